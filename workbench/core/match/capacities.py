"""A capacity and a count of an act: "the new prison can hold up to 2,000 inmates" / "as many as
2,000 inmates were moved to the new prison". The figures pair and agree (one number, one noun),
so the pair read as one fact; but one tells how many a place can take, the other how many an act
moved, housed or brought: two facts (helper dup117, sets 117-120, read beside the capacity
`language.told_otherwise` writes one way). Two capacities ("can hold up to 3,000" / "as many as
3,000 can be housed") stay one fact, and a count whose sense the words do not tell is left alone.

A cap is a capacity too: what a rule, deal or scheme lets at most ("allows up to 280 a year to
move", "a quota of 1,200 workers", "capped at 500"), against how many one round of it selected,
accepted or recruited ("the first ballot selected 280"): a ceiling and an occurrence, two facts
(helper notobj121, sets 121-124). Two caps ("allows up to" / "lets as many as ... can move") stay.
"""

from __future__ import annotations

import re

from workbench.core.match.measure_senses import figure_at
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

_BOUND = r"(?:(?:up\s+to|as\s+many\s+as|about|around|some|nearly|almost|more\s+than|over|roughly)\s+)*"
#: Words before a count telling a capacity ("can hold", "a capacity of", "room for", "holds up to").
_CAPACITY_BEFORE = re.compile(r"\b(?:(?:can|could|will|would)\s+(?:hold|accommodate|house|shelter|seat|sleep)"
                              r"|capacity\s+(?:of|for)|room\s+for|(?:built|designed)\s+(?:to\s+(?:hold|house|accommodate)|for)"
                              r"|(?:holds|hold|accommodates|houses)\s+(?=up\s+to\s+$)"
                              # a cap: what a rule lets at most ("a quota of", "capped at")
                              r"|(?:an?\s+(?:annual\s+|yearly\s+)?(?:cap|quota|ceiling|limit|maximum)\s+of)|capped\s+at)\s+"
                              + _BOUND + r"$", re.I)
#: A rule letting a count, a cap when the count is bounded ("allows up to 280", `_UPPER_BOUND`), not
#: a count let ("allowed 280 people to leave").
_LETS_BEFORE = re.compile(r"\b(?:allows?|allowing|permits?|permitting|lets|let)\s+" + _BOUND + r"$", re.I)
_UPPER_BOUND = re.compile(r"\b(?:up\s+to|as\s+many\s+as)\b", re.I)
#: Words after a count telling a capacity ("... people can be housed at").
_CAPACITY_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:can|could|will|would)\s+be\s+(?:housed|accommodated|held|hosted"
                             r"|sheltered|seated)\b", re.I)
#: Words after a count telling an act done to or by what it counts ("... inmates were moved to").
_ACT_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been|are\s+being|were\s+being)\s+"
                        r"(?:moved|transferred|sent|taken|brought|housed|held|detained|admitted|rescued|evacuated"
                        r"|deported|returned|relocated|flown|bused|placed|selected|chosen|picked|accepted|recruited|resettled)"
                        r"|arrived|fled|landed|crossed)\b", re.I)
#: Words before a count telling an act done to it ("moved 2,000 inmates", "took in 500 refugees").
_ACT_BEFORE = re.compile(r"\b(?:moved|transferred|sent|took\s+in|received|brought|housed|detained|admitted|rescued"
                         r"|evacuated|deported|returned|relocated|selected|chose|picked|accepted|recruited|resettled)\s+"
                         + _BOUND + r"$", re.I)


#: The words any capacity above is told with: a claim holding none tells none (read once per text).
_CAPACITY_WORDS = ("hold", "held", "accommodat", "hous", "shelter", "seat", "sleep", "capacity", "room for", "built",
                   "designed", "hosted", "allow", "permit", "lets", "let up", "cap", "quota", "ceiling", "limit",
                   "maximum")


@text_cache()
def _tells_capacity(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _CAPACITY_WORDS)


def _sense(q: Quantity, text: str) -> str | None:
    """"capacity" or "act" for a count in `text`, or None when the words do not tell."""
    if (at := figure_at(q, text)) is None:
        return None
    before, after = text[max(0, at[0] - 50):at[0]], text[at[1]:at[1] + 50]
    if _CAPACITY_BEFORE.search(before) or _CAPACITY_AFTER.search(after) or _LETS_BEFORE.search(before) \
            and _UPPER_BOUND.search(before[-15:] + " " + q.text[:15]):
        return "capacity"
    if _ACT_AFTER.search(after) or _ACT_BEFORE.search(before):
        return "act"
    return None


def capacity_apart(pairs: list, texts: tuple[str, str]) -> str | None:
    """'a capacity and a count of an act: ...' when of two paired counts (`pairs`: the figure
    step's pairs, each opening with the two `Quantity`s) one is told as a capacity and the other
    as the count of an act; `texts`: the claims as written."""
    if not pairs or not (_tells_capacity(texts[0]) or _tells_capacity(texts[1])):
        return None  # (one of the two must be a capacity)
    for q, r, *_ in pairs:
        sq, sr = _sense(q, texts[0]), _sense(r, texts[1])
        if sq is not None and sr is not None and sq != sr:
            return f"a capacity and a count of an act: {' '.join(q.text.split())} / {' '.join(r.text.split())}"
    return None
