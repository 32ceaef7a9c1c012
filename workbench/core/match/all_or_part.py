"""All of a count against a part of the same count: "won all 30 seats" / "won 28 of the 30 seats"
(sets 133-136, helper conf133b).

The figure step pairs the two wholes ("30 seats" ~ "30 seats": they agree) and leaves the part
("28") unpaired, so the pair reads as one fact with a figure more. But "all N" tells every one of
the N, and "M of (the) N" with M below N tells that N - M were not: one count told two ways,
"all 12 miners were rescued" / "ten of the 12 miners were rescued", "all 27 member states signed"
/ "25 of the 27 member states signed". The two wholes must be the same number, of the same noun
when the part names one; a claim telling both an "all N" and an "M of N" of that N is left out, and
so are claims that tell more than the count apart (`_MAX_OTHER_WORDS` words of their own on a
side): "all 30 seats were contested" / "the ruling party won 28 of the 30 seats" tell two acts,
and "ten of the 12 were rescued within the first hour" may be a part of all 12 rescued. Other
wholes ("28 of 30 seats" / "28 of the 65 seats") are the figure step's.

A list closed with "only" against a longer one ("only for 2022" / "for both 2022 and 2023") is a
part told as the whole too: `only_listed`, asked here (helper conf137b).
"""

from __future__ import annotations

import re

from workbench.core.figures.words import WORD_ALT, parse_number_words
from workbench.core.match.normalize import normalize
from workbench.core.match.only_listed import only_or_more
from workbench.core.text_caches import text_cache

_NUM = r"(\d[\d,]*|(?:" + WORD_ALT + r")(?:[-\s](?:" + WORD_ALT + r"))?)"
#: "all 30 seats", "all the 12 miners".
_ALL = re.compile(r"\ball\s+(?:the\s+|of\s+the\s+)?" + _NUM + r"\s+([a-z][\w-]*)")
#: "28 of the 30 seats", "ten out of 12 miners", "13 of 15 districts" (the noun may be left out).
_PART = re.compile(r"\b" + _NUM + r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?" + _NUM + r"\b(?:\s+([a-z][\w-]*))?")
#: Words a claim may tell beyond the other's (a first name, "held") and still tell the same count.
_MAX_OTHER_WORDS = 2


def _value(number: str) -> float | None:
    digits = number.replace(",", "")
    return float(digits) if digits.isdigit() else parse_number_words(number)


def _noun(word: str | None) -> frozenset[str]:
    return frozenset(normalize(word).tokens) if word else frozenset()


@text_cache()
def wholes(text: str) -> tuple[tuple[float, frozenset[str]], ...]:
    """(N, the counted noun's tokens) for each "all N ..." of a claim; empty for none."""
    low = text.lower()
    if "all " not in low:
        return ()
    return tuple((v, _noun(m.group(2))) for m in _ALL.finditer(low) if (v := _value(m.group(1))) is not None)


@text_cache()
def parts(text: str) -> tuple[tuple[float, float, frozenset[str]], ...]:
    """(M, N, the counted noun's tokens) for each "M of (the) N ..." of a claim; empty for none."""
    low = text.lower()
    if " of " not in low:
        return ()
    return tuple((m_, n, _noun(m.group(3))) for m in _PART.finditer(low)
                 if (m_ := _value(m.group(1))) is not None and (n := _value(m.group(2))) is not None)


def all_or_part(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]],
                names: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'all 30 / 28 of the 30: seat' when one claim tells all of a count and the other a part of the
    same count (module docstring); `tokens`: the claims' normalised tokens, `names`: their names
    (a name told one way in one claim and another way in the other is no word of its own)."""
    for x, y in ((0, 1), (1, 0)):
        if not (every := wholes(texts[x])) or not (some := parts(texts[y])):
            continue
        for n, noun in every:
            if any(whole == n for _, whole, _ in parts(texts[x])) or any(v == n for v, _ in wholes(texts[y])):
                continue
            for m, whole, counted in some:
                if whole == n and m < n and (not counted or counted == noun) and _one_act(tokens, names):
                    return f"all {n:g} / {m:g} of the {n:g}: {' '.join(sorted(noun)) or 'one count'}"
    return (f"opposite outcomes: {only}" if (only := only_or_more(texts)) and _one_act(tokens, names) else None)


def _one_act(tokens: tuple[frozenset[str], frozenset[str]], names: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether neither claim tells more than `_MAX_OTHER_WORDS` words the other does not, names aside."""
    a, b = tokens[0] - names[0], tokens[1] - names[1]
    return len(a - tokens[1]) <= _MAX_OTHER_WORDS and len(b - tokens[0]) <= _MAX_OTHER_WORDS
