"""Figures a claim gives only as an aside, left out of the pair's unpaired figures: a person's tenure
("Tuilaepa, who had been prime minister since 1998, conceded defeat", "the leader, in office for
more than two decades") and a time offset ("suspended parliament two days before it was due to
sit"). A retelling tells the fact without them, or tells them another way ("long-serving", "on
Monday"), and an unpaired figure keeps a pair from the anchor's floors as another fact would
(sets 109-112). Only figures left unpaired are read: two offsets or tenures that pair are compared
as figures still ("two days after" / "three days after").
"""

from __future__ import annotations

import re

from workbench.core.figures.compare import FigureCheck
from workbench.core.model import Quantity

#: A tenure before its figure: "who had been prime minister since", "who has ruled for", "in office
#: for more than", "at the helm for nearly".
_TENURE_BEFORE = re.compile(r"(?:\bwho\s+(?:had\s+|has\s+|have\s+)?(?:been|led|ruled|governed|served|held|run|headed)\b"
                            r"(?:\s+[\w'-]+){0,5}?|\b(?:in|held)\s+(?:office|power)|\bat\s+the\s+helm)"
                            r"\s+(?:for|since)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|some\s+)?$", re.I)
#: A time offset after its figure: "two days before", "three weeks after", "hours earlier".
_OFFSET_AFTER = re.compile(r"\s+(?:before|after|earlier|later|ahead\s+of|prior\s+to)\b", re.I)
_SPANS = frozenset(["hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
                    "decades"])


def _aside(text: str, q: Quantity) -> bool:
    if q.start is None or q.end is None:
        return False
    if _TENURE_BEFORE.search(text, max(0, q.start - 60), q.start):
        return True
    words = text[q.start:q.end].lower().split()
    return bool(words) and words[-1] in _SPANS and bool(_OFFSET_AFTER.match(text, q.end))


def without_asides(check: FigureCheck, a: str, b: str) -> FigureCheck:
    """`check` without the unpaired figures `a` and `b` give only as asides (tenures, time offsets)."""
    if not check.unpaired_a and not check.unpaired_b:
        return check
    kept = [[q for q in unpaired if not _aside(text, q)] for text, unpaired in ((a, check.unpaired_a), (b, check.unpaired_b))]
    if len(kept[0]) == len(check.unpaired_a) and len(kept[1]) == len(check.unpaired_b):
        return check
    return FigureCheck(check.pairs, kept[0], kept[1])
