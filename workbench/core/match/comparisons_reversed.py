"""One comparison told the opposite way: "radiation on the atolls was higher than near Chernobyl" /
"lower than near Chernobyl", "more deaths among men than among women" / "fewer deaths ...",
"rainfall was above the long-term average" / "below the long-term average", "more than 300
people" / "fewer than 300 people" (sets 145-148, helper conf145).

Two claims that tell the same thing measured against the same yardstick, one in each direction,
tell opposite outcomes. No verb row reads it (the comparative is an adjective or an adverb, not an
act), the words differ in one token the lexical scorer weighs like any other, and sentence vectors
hardly see the direction: such pairs were scored duplicates at 0.95 and more.

A comparison is read as its direction (a comparative word and the dimension it measures, from
`language.comparatives`: "higher" up and "lower" down on one, "longer" / "shorter" on another), the words between it and "than"
("more *deaths among men* than") and its yardstick, the words after "than" up to a clause mark or a
verb (at most `_YARDSTICK_WORDS`; its figures kept: "than 300 people"). "above" and "below" take
their yardstick without "than"; a multiple before a comparative ("three times weaker") with no "than"
is read with an empty yardstick. A "no", "not" or "never" right before the comparative turns its
direction ("no more than 300" is "300 or fewer").

The two comparisons are one when their yardsticks are (the smaller's words all in the larger, none
empty unless both are) and so are the words between: "higher than in Delhi" / "higher than in Dhaka"
are two yardsticks, "more deaths than" / "fewer injuries than" two things measured. Who is compared
is left to the rest of the comparison (another place or doer is another fact). A claim telling
both directions against one yardstick is left out.
"""

from __future__ import annotations

import re

from workbench.core.language.comparatives import DIMENSIONS
from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Each comparative's (dimension, direction) pairs: 1 up, -1 down.
_SIDES: dict[str, tuple[tuple[int, int], ...]] = {}
for _k, (_up, _down) in enumerate(DIMENSIONS):
    for _forms, _side in ((_up, 1), (_down, -1)):
        for _w in _forms.split("|"):
            _SIDES[_w] = (*_SIDES.get(_w, ()), (_k, _side))
_WORD = "|".join(sorted(_SIDES, key=len, reverse=True))
#: Words after "than" that end a yardstick: a verb of saying or being, a conjunction, a relative word.
_STOP = (r"(?:and|but|or|while|whereas|which|who|that|when|because|although|though|as|said|says|according"
         r"|is|are|was|were|had|has|have|will|would|did|do|does|after|before|since|despite|during|amid|until)")
#: How many words a yardstick runs to at most.
_YARDSTICK_WORDS = 5
_YARDSTICK = r"((?:(?!" + _STOP + r"\b)[\w'’.,$%-]*[\w$%]\s*){1," + str(_YARDSTICK_WORDS) + r"})"
#: A comparison: a turning word, the comparative, up to five words, "than" and its yardstick;
#: "above" / "below" and the yardstick; a multiple and a comparative ("three times weaker").
#: Read as written: the yardstick's end words in lower case only ("than the WHO limit" runs on).
_THAN = re.compile(r"(?i:\b(?:(no|not|never)\s+)?(" + _WORD + r")\s+((?:(?!than\b)[\w'’-]+\s+){0,5}?)than)\s+"
                   + _YARDSTICK)
_ABOVE = re.compile(r"(?i:\b(?:(no|not|never)\s+)?(above|below))\s+()" + _YARDSTICK)
_TIMES = re.compile(r"(?i:\b(?:\w+\s+times|\w+-?fold)\s+(" + _WORD + r")\b(?!\s+(?:[\w'’-]+\s+){0,5}?than\b))")
#: A change told as a multiple: a size ("threefold", "by a factor of three", "three times" at a clause's
#: end: "three times this year" counts occasions), after a verb of rising or falling, or before a noun of
#: change; "doubled", "tripled", "quadrupled" and "halved" (not "doubled as", "doubled down").
_SIZE = (r"(?:by\s+)?(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over)\s+)?"
         r"(?:[a-z]+-?fold\b|by\s+a\s+factor\s+of\s+\w+|by\s+half\b|[a-z]+\s+times(?=\s*(?:[,.;:]|$|from\b|to\b)))")
_MULTIPLE_UP = re.compile(r"(?i:\b(?:doubl|tripl|quadrupl)(?:ed|ing)\b(?!\s+(?:as|down|back|over|up)\b)"
                          r"|\b(?:r[io]se[ns]?|rising|increas(?:e|es|ed|ing)|gr[eo]w[ns]?|grown|growing|jump(?:s|ed)"
                          r"|soar(?:s|ed)|surg(?:e|es|ed)|climb(?:s|ed)|(?:went|gone)\s+up)\s+" + _SIZE +
                          r"|\b[a-z]+-?fold\s+(?:increase|rise|jump|growth|surge)\b)")
_MULTIPLE_DOWN = re.compile(r"(?i:\bhalv(?:ed|ing)\b"
                            r"|\b(?:f[ae]ll(?:s|en|ing)?|drop(?:s|ped)|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)"
                            r"|shr[aiu]nk|shrinks|plung(?:e|es|ed)|plummet(?:s|ed)|slump(?:s|ed)|cut|reduced"
                            r"|(?:went|gone)\s+down)\s+" + _SIZE +
                            r"|\b[a-z]+-?fold\s+(?:decrease|drop|fall|decline|reduction|cut)\b)")
#: Cheap first test (as written, lower case).
_CHEAP = re.compile(r"\bthan\b|\babove\b|\bbelow\b")
_MULTIPLE_CHEAP = re.compile(r"fold\b|times\b|factor|half|halv|doubl|tripl|quadrupl")
_FIGURE = re.compile(r"\d[\d,.]*")
#: Denials that leave a claim's multiples out ("did not double").
_DENIALS = frozenset(["not", "deny", "never"])


@text_cache()
def _words(words: str) -> frozenset[str]:
    """The normalised tokens of a comparison's words, with their figures as written (commas out)."""
    figures = {f.rstrip(".,").replace(",", "") for f in _FIGURE.findall(words)}
    return frozenset(normalize(rewrite(words)[0]).tokens) | figures


Comparison = tuple[tuple[tuple[int, int], ...], frozenset[str], frozenset[str], frozenset[str]]
_NAME = re.compile(r"\b[A-Z][\w'’-]+")


@text_cache()
def comparisons(text: str) -> tuple[Comparison, ...]:
    """Each comparison a claim tells: its (dimension, direction) pairs, the words between the
    comparative and "than", its yardstick's, and the names its yardstick holds (lower case)
    (module docstring); empty for none."""
    if not _CHEAP.search(text.lower()):
        return ()
    out = []
    for m in (*_THAN.finditer(text), *_ABOVE.finditer(text)):
        turn = -1 if m.group(1) else 1
        sides = tuple((k, turn * side) for k, side in _SIDES[m.group(2).lower()])
        names = frozenset(n.lower() for n in _NAME.findall(m.group(4)))
        out.append((sides, _words(m.group(3)), _words(m.group(4)), names))
    return tuple(out)


@text_cache()
def multiples(text: str) -> frozenset[int]:
    """The directions (1 up, -1 down) of the changes a claim tells as multiples ("tripled", "fell
    threefold", "three times weaker"); empty for none."""
    low = text.lower()
    if not _MULTIPLE_CHEAP.search(low):
        return frozenset()
    found = {1 for _ in _MULTIPLE_UP.finditer(low)} | {-1 for _ in _MULTIPLE_DOWN.finditer(low)}
    return frozenset(found | {side for m in _TIMES.finditer(low) for _, side in _SIDES[m.group(1).lower()]})


def _one(x: frozenset[str], y: frozenset[str]) -> bool:
    return x <= y or y <= x


def _yardsticks(x: frozenset[str], y: frozenset[str]) -> bool:
    """One yardstick: both empty, or neither and the smaller's words all in the larger."""
    return x == y or bool(x) and bool(y) and _one(x, y)


def _against(c: Comparison, d: Comparison) -> bool:
    """Whether two comparisons measure one thing against one yardstick in opposite directions."""
    return bool(_yardsticks(c[2], d[2]) and _one(c[1], d[1])
                and any((k, -side) in d[0] for k, side in c[0]))


def comparison_reversed(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'opposite outcomes: a comparison reversed: chernobyl' when the claims tell one comparison in
    opposite directions, 'opposite outcomes: a multiple up / down' when one tells a change as a
    multiple up and the other down (module docstring); `tokens`: the claims' normalised tokens."""
    ma, mb = multiples(texts[0]), multiples(texts[1])
    if len(ma) == 1 and len(mb) == 1 and ma != mb and not (_DENIALS & tokens[0] or _DENIALS & tokens[1]):
        return "opposite outcomes: a multiple up / down"
    ca, cb = comparisons(texts[0]), comparisons(texts[1])
    if not ca or not cb:
        return None
    for c in ca:
        for d in cb:
            if _against(c, d) and not any(_against(c, e) for e in ca) and not any(_against(d, e) for e in cb):
                return f"opposite outcomes: a comparison reversed: {' '.join(sorted(c[2] | d[2])) or 'as a multiple'}"
    return None


def yardsticks_apart(texts: tuple[str, str]) -> str | None:
    """'another yardstick: chernobyl / fukushima' when the claims tell one thing measured the same
    way against two named yardsticks ("higher than near Chernobyl" / "higher than near Fukushima"):
    two findings, not one. Each yardstick must hold a name the other claim does not write at all,
    and no figure ("more than 300" / "more than 400" is a clash of figures, the figure step's)."""
    ca, cb = comparisons(texts[0]), comparisons(texts[1])
    if not ca or not cb:
        return None
    low_a, low_b = texts[0].lower(), texts[1].lower()
    for c in ca:
        for d in cb:
            if set(c[0]) & set(d[0]) and _one(c[1], d[1]) and not _one(c[2], d[2]) \
                    and (na := {n for n in c[3] if n not in low_b}) and (nb := {n for n in d[3] if n not in low_a}) \
                    and not any(t[:1].isdigit() for t in c[2] | d[2]):
                return f"another yardstick: {min(na)} / {min(nb)}"
    return None
