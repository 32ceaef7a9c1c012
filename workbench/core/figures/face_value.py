"""A price told as cents on the dollar is a share of face value ("bought back its bonds at 55 cents
on the dollar" / "for 55 percent of face value"; helper figs157).

Debt news tells what a bond, a claim or a deposit fetches as a part of what it is worth on paper in
two ways: in the currency's small coin per unit ("55 cents on the dollar", "40 cents on the euro",
"20 pence in the pound", "30 cents for every dollar owed") or as a percentage ("55 percent of face
value", "55% of par", "30 percent of what they are owed"). The figure reader read the first as a
count of cents, a figure of another kind than the percentage, so the two paired nothing: no
agreement for the same price, no clash for another ("25 cents on the dollar" / "40 percent of face
value" read as two figures of two things). A count of the small coin (cents, pence) followed by
"on / in / per / for every" and the unit it is a hundredth of is read as that share, in percent,
its words and hedge kept. A price in cents alone ("a coffee costs 95 cents") is no share and stays
as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.model import Quantity

#: The small coin, a hundredth of the unit named after it: "cents on the dollar", "pence in the pound".
_COIN = re.compile(r"(?:cents?|c|pence|p|centimes|kopecks?|pesewas?)$", re.I)
#: What follows the coin: "on the dollar", "in the pound", "per euro", "for every dollar (owed)".
_ON_THE_UNIT = re.compile(
    r"\s+(?:on|in|per|for)\s+(?:the|a|each|every)?\s*(?:dollar|euro|pound|franc|rouble|ruble|cedi|rand|peso)\b", re.I)


def face_value_shares(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each count of cents or pence told per unit of the currency ("55 cents on the
    dollar") read as that share of face value, in percent (55 %)."""
    if " on the " not in text and " in the " not in text and " per " not in text and " every " not in text:
        return found
    out = []
    for q in found:
        m = _ON_THE_UNIT.match(text, q.end) if q.unit is None and q.counted and _COIN.match(q.counted) else None
        if m is None or q.value is None or not 0 < q.value <= 100:
            out.append(q)
            continue
        out.append(replace(q, text=text[q.start:m.end()], unit="%", counted=None, end=m.end()))
    return out
