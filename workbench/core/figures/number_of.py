"""A figure whose noun is named before it ("put the number of people left without heating at some
35,000", "the number of marchers stood at 5,000"): what the figure counts is the noun after "the
number of", as though it followed the figure. Without it the figure counted nothing, so a count of
another thing with the same number was not told apart (helper figs84). Not "to": "bringing the total
number of cases to 418" tells a total reached, whose other figures the pairing then mixed up (MRPC).

A part of a whole counted after it ("took 19 of the assembly's 50 seats", "won 9 of its 12 matches")
counts what the whole counts: without it "19" counted nothing, and "19 of 50 seats" / "29 of the 50
seats" paired only the wholes, the parts left unread (helper conf125b, sets 125-128).
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


#: What lies between a part and its whole: "of", then at most two determiners or owners ("of the
#: assembly's", "of its", "of the country's"), nothing else.
_PART_OF_WHOLE = re.compile(r"\s*of\s+(?:(?:the|its|their|his|her|our|[a-z][\w-]*['’]s?)\s+){0,2}$", re.I)

#: An owner read as the thing counted ("19 of the assembly's 50 seats": "assembly's").
_OWNER = re.compile(r"['’]s?$")


def parts_counted(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with each bare figure written as a part of the next one ("19 of the 50 seats")
    counting what that whole counts, when the whole is a count at least as large. A figure read as
    counting the owner between ("19 of the assembly's": "assembly's") counts no owner."""
    if " of " not in text or len(found) < 2:
        return found
    out = list(found)
    for i, (q, whole) in enumerate(zip(found, found[1:], strict=False)):
        if q.counted is not None and not _OWNER.search(q.counted) or q.unit is not None or q.value is None or whole.counted is None \
                or whole.unit is not None or whole.value is None or whole.value < q.value:
            continue
        number = re.match(r"\s*[\w.,-]+", text[q.start:whole.start])
        if number and _PART_OF_WHOLE.match(text, q.start + number.end(), whole.start):
            out[i] = replace(q, counted=whole.counted)
    return out
