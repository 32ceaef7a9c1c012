"""Ordinals as figures: "the 60th anniversary" / "the 50th anniversary", "the 12th round" / "the
ninth round" tell which one of a series, and two of them of the same thing disagree as two counts
do; "60th" / "sixtieth" are one figure.

Extraction does not report ordinals as quantities ("2nd", "March 3rd" are no counts:
`figures.numbers`), so they are read here, only before a noun of a series (`SERIES`), with at most
two words between ("60th independence anniversary", "third consecutive term"). An ordinal of a
date ("March 3rd", "the 3rd of March") or of a century read on one side only is no clash: both
claims must give one of the same noun, and none in common.
"""

from __future__ import annotations

import re

from workbench.core.figures.words import TENS, UNITS
from workbench.core.text_caches import text_cache

#: Nouns of the things news numbers in a series: an ordinal before one says which of them.
SERIES = frozenset({
    "anniversary", "birthday", "round", "term", "summit", "edition", "session", "congress",
    "conference", "century", "season", "stage", "phase", "wave", "meeting", "plenum", "festival",
    "championship", "tournament", "election", "legislature", "parliament", "republic",
})

#: Nouns of a line that one joins or holds in turn, numbered as news counts it: "the 191st member",
#: "the 27th member state", "the tenth signatory", "the 50th state", "the 46th president", "the 267th
#: pope", "its third title". Two ordinals of one of them told of one subject ("became the IMF's 191st
#: member" / "had become its 192nd member") disagree as two counts do (sets 161-164, helper conf161).
#: Kept apart from `SERIES`, which `match.ordinal_members` reads as "when, not who": "a second member
#: of the crew" is still one member against "three members".
SUCCESSION = frozenset({
    "member", "signatory", "state", "country", "nation", "president", "pope", "monarch", "king", "queen",
    "emperor", "chancellor", "title",
})
_NUMBERED = SERIES | SUCCESSION

_UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
#: Word ordinals: the table above, "thirteenth" to "nineteenth" and the tens ("sixtieth") from
#: `figures.words`, and compounds "twenty-first" / "twenty first", and "hundredth".
WORD_ORDINALS: dict[str, int] = {
    **_UNIT_ORDINALS,
    **{w + "th": v for w, v in UNITS.items() if 13 <= v <= 19},
    **{w[:-1] + "ieth": v for w, v in TENS.items()},
    **{f"{t}{sep}{u}": tv + uv for t, tv in TENS.items() for u, uv in _UNIT_ORDINALS.items() if uv < 10
       for sep in ("-", " ")},
    "hundredth": 100,
}
_WORD_ALT = "|".join(sorted(WORD_ORDINALS, key=len, reverse=True))
_ORDINAL = re.compile(rf"\b(?:(\d{{1,4}})(?:st|nd|rd|th)|({_WORD_ALT}))\b(?=((?:[\s-]+[a-z'’]+){{1,3}}))", re.I)


#: Words that join two ordinals of one noun ("the 3rd and 4th rounds", "its 9th or 10th edition").
_JOINS = frozenset({"and", "or", "to"})


def _noun(word: str) -> str:
    """A series noun from its written form ("anniversaries", "rounds"), or ''."""
    w = word.lower().strip("'’")
    for form in (w, w[:-3] + "y" if w.endswith("ies") else w, w[:-1] if w.endswith("s") else w):
        if form in _NUMBERED:
            return form
    return ""


#: What every written form of a series noun contains ("anniversar" for "anniversaries"): a claim
#: naming none has no ordinal to read, and most claims are passed over without the regex (~0.1 ms).
_SERIES_PARTS = tuple(n[:-1] if n.endswith("y") else n for n in _NUMBERED)


@text_cache()
def ordinals_of(text: str) -> dict[str, frozenset[int]]:
    """{series noun: the ordinals told of it} ("the Maldives' 60th independence anniversary":
    {"anniversary": {60}}); the noun within the three words after the ordinal."""
    low = text.lower()
    if not any(part in low for part in _SERIES_PARTS):
        return {}
    found: dict[str, set[int]] = {}
    pending: set[int] = set()  # "the 3rd and 4th rounds": an ordinal joined to the next one's noun
    for m in _ORDINAL.finditer(text):
        pending.add(int(m.group(1)) if m.group(1) else WORD_ORDINALS[" ".join(m.group(2).lower().split())])
        words = m.group(3).split()[:3]
        noun = next((n for n in map(_noun, words) if n), "")
        if noun:
            found.setdefault(noun, set()).update(pending)
        if noun or words[0].lower() not in _JOINS:
            pending = set()
    return {k: frozenset(v) for k, v in found.items()}


def ordinal_text(n: int) -> str:
    """21 -> "21st", 12 -> "12th", 60 -> "60th"."""
    last = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{last}"


def ordinals_clash(a: str, b: str) -> tuple[str, int, int] | None:
    """(noun, A's ordinal, B's ordinal) when both claims number the same series noun and no
    ordinal of it is in both ("60th anniversary" / "50th anniversary"); else None."""
    oa, ob = ordinals_of(a), ordinals_of(b)
    for noun in sorted(oa.keys() & ob.keys()):
        if not oa[noun] & ob[noun]:
            return noun, min(oa[noun]), min(ob[noun])
    return None
