"""A figure written with "m" glued on and a dimension after it is in metres, not millions ("a 3.2m-wide
lane", "a 10m-high wave", "a 30m-long tunnel"; helper dup155, sets 153-156).

News writes a sum in millions and a length in metres the same way, "3.2m". The number reader takes
the glued "m" for a million, right for "$3m", "a 5m deal" or "2m people", and then reads "-wide" as
a compound adjective ("adj:wide"), so "a sloping alley about 3.2 metres wide" / "a narrow,
3.2m-wide lane" paired no figure. A length is told by the dimension it measures: "wide", "long",
"high", "deep", "tall", "thick" right after the "m" (hyphenated or not) tell metres, as "5km-long"
is read in kilometres already. Not when a currency sign stands before the figure ("$3m", "£5m"), nor
when the dimension opens a compound of its own ("a £5m long-term loan", "a 2m high-speed line":
"long-term" is no length).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.figures.rules import ADJECTIVE_PREFIX
from workbench.core.model import Quantity

#: The dimensions a length is told by.
_DIMENSIONS = r"(?:wide|long|high|deep|tall|thick)\b(?![-'’])"
#: The figure as written ends in digits with a lower-case "m" glued on ("3.2m", "about 500m"), no
#: currency sign before them; the number reader may have read a spaced dimension as what is counted
#: ("500m long").
_GLUED_M = re.compile(r"(?<![$£€¥\w.,])\d(?:[\d,]*\d)?(?:\.\d+)?m(\s+" + _DIMENSIONS + ")?$", re.I)
#: A dimension right after the "m", hyphenated or spaced, that opens no compound of its own.
_DIMENSION = re.compile(r"[-\s]" + _DIMENSIONS, re.I)
#: What a glued "m" multiplies a figure by when it is read as a million.
_MILLION = 1_000_000


def metres_measured(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each figure written "<digits>m" right before a dimension ("3.2m-wide") read in metres."""
    if "m-" not in text and "m " not in text:
        return found
    out = []
    for q in found:
        m = _GLUED_M.search(q.text) if (q.unit is None or q.unit.startswith(ADJECTIVE_PREFIX)) and q.value else None
        if m and (m.group(1) or _DIMENSION.match(text, q.end)):
            q = _in_metres(q, len(m.group(1) or ""))
        out.append(q)
    return out


def _in_metres(q: Quantity, dimension: int) -> Quantity:
    """`q` in metres, without the dimension word (`dimension` characters) read as what it counts."""
    def down(v: float | None) -> float | None:
        return None if v is None else v / _MILLION

    return replace(q, value=down(q.value), low=down(q.low), high=down(q.high), unit="m", counted=None,
                   text=q.text[:len(q.text) - dimension], end=q.end - dimension)
