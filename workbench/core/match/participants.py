"""A count of an event's participants told by those who joined it: one count.

"The hunger strike began with about 800 participants" / "Only about 80 inmates joined the hunger
strike" (sets 149-152, helper conffig149): "participants" names people by their taking part,
whoever they are; the other claim names the same people by who they are ("inmates", "students",
"farmers") and tells their taking part by its verb ("joined", "took part in", "participated in").
The figure pairing reads "participants" and "inmates" as two kinds of people (`figures.counted`:
two roles, two counts), so the two figures were left unpaired and the clash read as two counts of
different things ("two counts: ..."). Told this way both count whoever took part: one count, which
pairs, and a clash of its numbers is a conflict.

The people noun is read as a participant only by its verb, right after the figure: a count of
people at an event told with another act ("Police detained 100 protesters at the rally", "200
journalists covered the summit", "150 workers were laid off") counts some of them, not all who took
part, and stays unpaired. "Attended" is no such verb (journalists, guests, observers attend).
Plain "people" pairs with any people noun already (`counted.counted_alike`); this reads only the
role noun "participants" against a people noun.
"""

from __future__ import annotations

import re

from workbench.core.figures.compare import FigureCheck, compatible
from workbench.core.figures.counted import counted_set, names_people
from workbench.core.figures.rules import COUNT, figure_kind
from workbench.core.model import Quantity

#: The role noun of those taking part, as `counted.counted_set` reads it.
_PARTICIPANTS = counted_set("participants")
#: A count's people told as taking part, right after the figure ("80 inmates joined", "3,000 farmers
#: took part in", "60 prisoners have joined", "2,000 students were taking part").
_TOOK_PART = re.compile(r"\s*(?:(?:have|has|had|were|are|had\s+been|have\s+been)\s+)?(?:also\s+)?"
                        r"(?:joined|join|joining|took\s+part|taken\s+part|take\s+part|taking\s+part"
                        r"|participated|participating|participate)\b", re.I)


def _is_participants(q: Quantity) -> bool:
    return bool(q.counted) and counted_set(q.counted) == _PARTICIPANTS


def _joined(q: Quantity, text: str) -> bool:
    """Whether `q` counts people of some kind told as taking part right after the figure."""
    return bool(q.counted) and names_people(counted_set(q.counted)) and q.end is not None \
        and _TOOK_PART.match(text, q.end) is not None


def participants_told(check: FigureCheck, a: str, b: str) -> FigureCheck:
    """`check` with one count of participants and one count of people told as joining the event
    paired (the module doc), when each claim's one count was left unpaired; else `check`."""
    if check.pairs or len(check.unpaired_a) != 1 or len(check.unpaired_b) != 1 \
            or "articipant" not in a and "articipant" not in b:
        return check
    q, r = check.unpaired_a[0], check.unpaired_b[0]
    if figure_kind(q) != COUNT or figure_kind(r) != COUNT or q.unit or r.unit:
        return check
    if not (_is_participants(q) and _joined(r, b) or _is_participants(r) and _joined(q, a)):
        return check
    return FigureCheck([(q, r, compatible(q, r))], [], [])
