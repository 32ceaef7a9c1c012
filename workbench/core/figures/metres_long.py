"""A figure with "m" written onto it before a word of size is a length in metres, not millions
("the 400m-long Ever Given", "a 3m-high wall", "a 50m-wide crater"; helper dup153, and
helper dup155's "a 3.2m-wide lane", read the same way).

The number reader takes "m" written onto a figure as a million ("$12.7m", "4m people"), so "the
400m-long ship" read as 400,000,000 and the compound as an adjective ("adj:long"), never pairing
with "a 400-metre container ship" or "400 metres long" (unit "m"). A million is never long, high,
tall, wide or deep: before such a word the figure is the size in metres. A sum (a figure with
its currency) is left alone, and so is a word of size that opens a compound ("a 5m long-term loan").
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.figures.currencies import MONEY_UNITS
from workbench.core.model import Quantity

#: "m" (or "km") written onto the digits, then a word of size joined by a hyphen or a space, itself
#: no part of a compound ("a 5m long-term loan", "a $2m high-speed link" stay millions).
_SIZED = re.compile(r"(\d+(?:\.\d+)?)(k?m)[\s-](?:long|high|tall|wide|deep|thick)\b(?![-'’])", re.I)


def metres_long(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each figure of `_SIZED` read as its length (metres, or kilometres)."""
    if not found or "m-" not in text and "m " not in text:
        return found
    sized = list(_SIZED.finditer(text))
    if not sized:
        return found
    out = []
    for q in found:
        m = next((m for m in sized if q.start <= m.start() < q.end and q.end <= m.end()), None)
        if m is None or not q.value or q.unit in MONEY_UNITS:
            out.append(q)
            continue
        value = float(m.group(1))
        out.append(replace(q, value=value, low=_scaled(q.low, q.value, value), high=_scaled(q.high, q.value, value),
                           counted=None, unit=m.group(2).lower()))
    return out


def _scaled(bound: float | None, read: float, value: float) -> float | None:
    """A bound of the figure as read (`read`, millions) in the length `value`: a hedge's bounds
    scaled alike ("some 400m-long"), an exact figure's bound the value itself."""
    return value if bound == read else None if bound is None else bound * value / read
