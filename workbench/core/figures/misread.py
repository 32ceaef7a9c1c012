"""Two figures that are one figure misread: its digits swapped ("12" / "21", "3.7" / "7.3") or a
power of ten apart ("4,000" / "40,000"). Told of one event, such figures are two reports that
disagree, never one retold, even when one is open ("at least 12" / "21 killed", "more than 4,000" /
"some 40,000"): a hedge leaves room for a toll that rises, not for a toll that reads its digits
another way round (which is what an analyst must see).
"""

from __future__ import annotations

from functools import lru_cache

from workbench.core.figures.rules import open_bound
from workbench.core.model import Quantity

#: The largest power of ten two figures may be apart and still be one misread (a zero too many).
_MOST_ORDERS = 3


def _digits(value: float) -> str:
    """The figure's significant digits as written ("4000" -> "4000", "7.4" -> "74")."""
    text = f"{value:.6g}" if value != int(value) else str(int(value))
    return text.replace(".", "").replace("-", "")


@lru_cache(maxsize=1 << 16)  # asked for each figure pair of each compared pair (~160k at dense 8k), of few values
def misread(x: float, y: float) -> bool:
    """Whether two different figures are one with its digits swapped or a power of ten apart."""
    if x == y or x <= 0 or y <= 0:
        return False
    dx, dy = _digits(x), _digits(y)
    if len(dx) == len(dy) and len(dx) >= 2 and sorted(dx) == sorted(dy):
        return True
    low, high = min(x, y), max(x, y)
    return any(abs(high - low * 10 ** k) < 1e-9 * high for k in range(1, _MOST_ORDERS + 1))


#: Significant digits a figure needs for its digits swapped to be a misread whatever else the
#: claims say: "1,426" / "1,246" is rarely two counts by chance, "12" / "21" may be.
_MOST_TELLING_DIGITS = 3


def digits_swapped(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are one with its digits swapped, of three significant digits or more
    ("1,426" / "1,246", "356" / "365"; not a power of ten apart, not "12" / "21")."""
    x, y = _number(a), _number(b)
    if x is None or y is None or x == y or x <= 0 or y <= 0:
        return False
    dx, dy = _digits(float(x)), _digits(float(y))
    return len(dx) == len(dy) >= _MOST_TELLING_DIGITS and sorted(dx) == sorted(dy)


def _number(q: Quantity) -> float | None:
    """The number a figure is told with: its bound when open ("at least 18": 18), else its value."""
    o = open_bound(q)
    return o[1] if o else q.value


def figures_misread(a: Quantity, b: Quantity) -> bool:
    """`misread` of two figures' numbers (an open figure's bound), when both give one."""
    x, y = _number(a), _number(b)
    return x is not None and y is not None and misread(float(x), float(y))
