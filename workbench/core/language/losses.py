"""A loss told as a hit or a haircut ("depositors will lose 47.5 percent of their savings" /
"customers would take a 47.5% hit on deposits", "bondholders took a 30% haircut on their bonds"):
money news tells one share lost either way, and no word of the two tellings is shared but the
figure. Written as "lose <figure> of": only with a figure between ("took a hit", "a big hit on
sales" stay: no share named), so the share read is the one the figure gives.
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: A figure as money news writes a share or a sum: "47.5%", "30 percent", "€2 billion", "$40m".
_FIGURE = r"(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?%|\s+(?:percent|per\s+cent)|\s?(?:million|billion|bn|m))?"
_TAKE_A_HIT = re.compile(r"\b(take|takes|took|taking|taken|suffer|suffers|suffered|suffering)\s+an?\s+(" + _FIGURE + r")"
                         r"\s+(?:hit|haircut|loss)\s+(?:on|to|in)\s+")
_LOSE = {"take": "lose", "suffer": "lose", "takes": "loses", "suffers": "loses", "taking": "losing", "suffering": "losing"}


def rewrite_losses(text: str, hits: list[str]) -> str:
    """`text` with each share or sum lost told as a hit written "lose <figure> of"; rewrites appended to `hits`."""
    low = text.lower()
    if "hit" not in low and "haircut" not in low and "loss" not in low:
        return text
    note = noter(hits)
    return _TAKE_A_HIT.sub(lambda m: note(m, f"{_LOSE.get(m.group(1).lower(), 'lost')} {m.group(2)} of "), text)
