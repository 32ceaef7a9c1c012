"""A regulator named by its long name in one claim and by its field in the other ("the Information
and Communication Technologies Authority ordered ..." / "the telecoms regulator told ...",
"the Civil Aviation Authority" / "the aviation watchdog"): one body, written as the other's
description, so that every step that compares doers and words reads one doer (helper dup115,
sets 113-116).

A pair rewrite like `capital_places`: only the other claim tells which description the long name
stands for. The body must end in a word of a body ("Authority", "Commission", "Agency") and hold
a word of the description's own field: "the Civil Aviation Authority" / "the telecoms regulator"
are two bodies and stay as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.text_caches import text_cache

#: A regulator's field as a description names it, and the words its long name holds for it.
FIELDS: dict[str, tuple[str, ...]] = {
    "telecoms": ("telecommunications", "telecommunication", "telecom", "telecoms", "communications", "communication",
                 "ict"),
    "telecommunications": ("telecommunications", "telecommunication", "telecom", "telecoms", "communications",
                           "communication", "ict"),
    "communications": ("telecommunications", "telecommunication", "communications", "communication", "ict"),
    "media": ("media", "broadcasting", "broadcast", "communications", "press"),
    "broadcasting": ("broadcasting", "broadcast", "media"),
    "aviation": ("aviation", "civil aviation", "airports"),
    "energy": ("energy", "electricity", "power", "petroleum", "oil", "gas"),
    "electricity": ("electricity", "energy", "power"),
    "financial": ("financial", "finance", "securities", "markets", "conduct"),
    "securities": ("securities", "exchange", "markets"),
    "markets": ("markets", "securities", "exchange"),
    "competition": ("competition", "fair trade", "antitrust", "consumer"),
    "drug": ("drug", "drugs", "medicines", "pharmaceutical", "health products"),
    "drugs": ("drug", "drugs", "medicines", "pharmaceutical", "health products"),
    "medicines": ("drug", "drugs", "medicines", "pharmaceutical", "health products"),
    "nuclear": ("nuclear", "atomic", "radiation"),
    "data": ("data", "data protection", "information", "privacy"),
    "privacy": ("data protection", "privacy", "information"),
    "banking": ("banking", "bank", "financial", "monetary"),
    "gambling": ("gambling", "gaming", "lottery"),
    "food": ("food", "food safety", "food standards"),
}
#: The description: "the telecoms regulator", "Kenya's media watchdog", "the country's aviation regulator".
_DESCRIPTION = re.compile(r"\b(" + "|".join(sorted(FIELDS, key=len, reverse=True))
                          + r")\s+(?:regulator|regulatory\s+(?:authority|agency|body)|watchdog)\b", re.I)
#: A body's long name: capitalised words (and "and", "of", "for", "the" between them) ending in a
#: word of a body, an acronym in brackets after it left with it.
_BODY = re.compile(r"\b(?:[Tt]he\s+)?((?:[A-Z][\w-]*\s+(?:(?:and|of|for|the|&)\s+)*){1,8}"
                   r"(?:Authority|Commission|Agency|Regulator|Regulatory\s+Authority|Board|Administration|Council|Office))"
                   r"(?:\s+\([A-Z]{2,}\))?")


@lru_cache(maxsize=1)
def _field_pattern() -> dict[str, re.Pattern[str]]:
    return {field: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
            for field, words in FIELDS.items()}


@text_cache()
def _description(text: str) -> tuple[str, str] | None:
    """(the field, the description as written) of the first regulator a claim names by its field."""
    m = _DESCRIPTION.search(text)
    return (m.group(1).lower(), m.group(0)) if m else None


def regulator_named(a: str, b: str) -> tuple[str, str, str] | None:
    """(`a`, `b` with one claim's regulator by long name written as the description the other
    gives, what fired), or None."""
    for one, other, flip in ((a, b, False), (b, a, True)):
        if (told := _description(other)) is None or _description(one) is not None:
            continue
        field, description = told
        for m in _BODY.finditer(one):
            if not _field_pattern()[field].search(m.group(1)):
                continue
            article = "" if re.search(r"['’]s\s+$", one[:m.start()]) else "the "  # ("Britain's Civil Aviation Authority")
            new = one[:m.start()] + article + description.lower() + one[m.end():]
            if m.start() == 0:
                new = new[0].upper() + new[1:]
            hit = f"same body: {m.group(0)} = {description}"
            return (other, new, hit) if flip else (new, other, hit)
    return None


def regulators_apart(a: str, b: str) -> str | None:
    """'another regulator: <long name> / <description>' when one claim names a regulator by its
    field and the other a body whose long name holds words of other fields only ("the Civil Aviation
    Authority" / "the telecoms regulator"), neither naming the other's way too: two bodies."""
    for one, other in ((a, b), (b, a)):
        if (told := _description(other)) is None or _description(one) is not None:
            continue
        patterns = _field_pattern()
        for m in _BODY.finditer(one):
            if patterns[told[0]].search(m.group(1)):
                return None
            if any(p.search(m.group(1)) for p in patterns.values()):
                return f"another regulator: {m.group(1)} / {told[1]}"
    return None
