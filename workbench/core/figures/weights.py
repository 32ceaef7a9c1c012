"""Pounds weighed are a weight, not a sum ("the meteorite weighs about 33 pounds"; helper figures141).

The currency table reads "pounds" after a figure as sterling, so "weighs about 33 pounds" / "weighs
roughly 15 kilograms" (one weight, 33 lb is 15 kg) paired nothing, and "33 pounds" / "33
kilograms" read as no clash. A figure in pounds right after a verb of weighing ("weighs",
"weighed in at", "weighing") is read in pounds of weight (`rules.MEASURES` "lb", then in kg as
`rules.SCALED_UNITS` reads it). A fine, a price or a sum in pounds has no such verb before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.figures.numbers import in_base_unit
from workbench.core.figures.rules import MEASURES
from workbench.core.model import Quantity

#: A verb of weighing right before the figure (its hedge is part of the figure's words).
_WEIGHED = re.compile(r"\bweigh(?:s|ed|ing)?(?:\s+in)?(?:\s+at)?\s+$", re.I)
_POUNDS = re.compile(r"\bpounds?$", re.I)


def pounds_weighed(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each figure in pounds told after a verb of weighing read as a weight."""
    if "weigh" not in text.lower():
        return found
    return [in_base_unit(replace(q, unit=MEASURES["lb"])) if _POUNDS.search(q.text)
            and _WEIGHED.search(text, max(0, q.start - 20), q.start) else q for q in found]
