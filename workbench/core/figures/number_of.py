"""A figure whose noun is named before it ("put the number of people left without heating at some
35,000", "the number of marchers stood at 5,000"): what the figure counts is the noun after "the
number of", as though it followed the figure. Without it the figure counted nothing, so a count of
another thing with the same number was not told apart (helper figs84). Not "to": "bringing the total
number of cases to 418" tells a total reached, whose other figures the pairing then mixed up (MRPC).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.model import Quantity

#: "the number of <noun> ... at", in the clause before the figure (no full stop, semicolon
#: or colon between); the noun is the first word after "of" (an article or a possessive skipped).
_NUMBER_OF_BEFORE = re.compile(
    r"\b(?:number|total)\s+of\s+(?:the\s+|their\s+|its\s+)?([a-z][a-z-]+)\b[^.;:]{0,60}?\sat\s+$", re.I)
#: How far before a figure "the number of" is looked for.
_REACH = 90


def counted_before(text: str, q: Quantity) -> Quantity:
    """`q` counting the noun named before it, when it counts nothing and has no unit."""
    if q.counted is not None or q.unit is not None or q.value is None:
        return q
    m = _NUMBER_OF_BEFORE.search(text, max(0, q.start - _REACH), q.start)
    if m is None or not _plural(noun := m.group(1).lower()):
        return q  # "the number of missing", "of dead": an adjective, whoever they are
    return replace(q, counted=noun)


#: Plurals without an "s" that news counts.
_PLURALS = frozenset(["people", "police", "children", "men", "women", "staff", "personnel", "cattle", "livestock"])


def _plural(word: str) -> bool:
    return word in _PLURALS or word.endswith("s") and not word.endswith("ss")
