"""A change told "from A to B" ("cut vouchers from $10 to $8", "raised the fee from 2 to 3 euros")
read as its two figures, the old and the new, not as a range from A to B.

The range reader takes "from A to B" as one estimate ("from 1,800 to 2,000 people"); a figure that
changed is two figures, and another outlet tells them apart ("$8 a month instead of $10", "now $8,
down from $10"): as one range "8-10" agreed with "$8" alone and left "$10" over, and "cut from $10
to $6" / "$8 instead of $10" agreed (helper figs84). A change is read when the second figure is the
smaller (a range never runs down) or a word of change comes shortly before ("cut", "raised",
"rose", "an increase").
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.figures.currencies import MONEY_UNITS
from workbench.core.model import Quantity

#: Words that tell a figure changed, shortly before "from A to B" (verbs in their forms, and nouns).
_CHANGE_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing|tion)|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)"
    r"|decreas(?:e|es|ed|ing)|ros(?:e)|rise[sn]?|rising|f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?"
    r"|jump(?:s|ed|ing)?|slash(?:es|ed|ing)?|hik(?:e|es|ed|ing)|trim(?:s|med|ming)?|grew|grow(?:s|n|ing)?"
    r"|surg(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|soar(?:s|ed|ing)?|declin(?:e|es|ed|ing)|revis(?:e|es|ed|ing)"
    r"|chang(?:e|es|ed|ing)|boost(?:s|ed|ing)?|extend(?:s|ed|ing)?|shorten(?:s|ed|ing)?|went\s+(?:up|down))\b(?:\s+[\w'$%-]+){0,6}\s*$", re.I)
#: "from A to B" as the range reader wrote it: its two figures' words.
_FROM_TO = re.compile(r"from\s+(.+?)\s+to\s+(.+)", re.I | re.S)


def as_change(text: str, q: Quantity) -> list[Quantity] | None:
    """The old and the new figure of a change read as a range ("from $10 to $8"), or None when `q`
    is no such change. `q.low` and `q.high` are the two figures as written (the range reader keeps
    their order)."""
    if q.low is None or q.high is None or q.start >= len(text) or text[q.start:q.start + 4].lower() != "from":
        return None
    m = _FROM_TO.fullmatch(q.text)
    if m is None:
        return None
    if not (q.high < q.low or _CHANGE_BEFORE.search(text, max(0, q.start - 60), q.start)):
        return None
    old, new = q.low, q.high
    a_start, b_start = q.start + m.start(1), q.start + m.start(2)
    return [replace(q, text=m.group(1), value=old, low=old, high=old, approximate=False, start=a_start,
                    end=a_start + len(m.group(1))),
            replace(q, text=m.group(2), value=new, low=new, high=new, approximate=False, start=b_start, end=q.end)]



#: The old figure of a change told new first ("moved to 1,700 kwacha from about 1,180", "now $8,
#: down from 10"): "from", maybe "up" or "down", right before the bare figure (its hedge included).
_FROM_BEFORE = re.compile(r"\b(?:(?:up|down)\s+)?from\s+$", re.I)
#: What may stand between the new figure and "from": a few words (an abbreviation's points too:
#: "per U.S. dollar"), no clause's end, no figure.
_BETWEEN = re.compile(r"(?:[^.;:!?\d]|\.(?!\s+[A-Z]|\s*$)){0,40}")


#: The new figure is a change's size ("dropped by 73 percent, from 1,540 ..."), or the old figure
#: opens a "from A to B" of its own ("from 1,540 in 2001 to 416"): no change told new first.
_BY = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$", re.I)
_TO_AFTER = re.compile(r"(?:\s+[^\s.;\d]+){0,3}?\s+to\s+(?:[a-z]+\s+)?[^\s\d]{0,3}\d", re.I)


def old_in_new_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the old figure of a change told new first in the new figure's unit, as "from A
    to B kwacha" reads A ("to 1,700 kwacha from about 1,180": 1,180 kwacha, not a count of nothing
    that another outlet's "K1,180" cannot pair with). Only a bare figure (no unit, nothing counted)
    right after "from", a sum or a rate a few words before it."""
    for new, old in zip(found, found[1:], strict=False):
        if old.unit is not None or old.counted is not None or not (new.unit in MONEY_UNITS or new.unit == "%"):
            continue
        before = _FROM_BEFORE.search(text, 0, old.start)
        if before is not None and new.end <= before.start() and _BETWEEN.fullmatch(text, new.end, before.start()) \
                and not _BY.search(text, 0, new.start) and not _TO_AFTER.match(text, old.end):
            old.unit = new.unit
    return found
