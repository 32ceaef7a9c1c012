"""Two counts of two sides of one vote: "Fifty of the 81 deputies voted for the motion" / "Only one
of the 81 deputies voted against the motion". The figure reader pairs 50 with 1 (deputies both)
and the whole (81) agrees, so the pair read as one count told two ways, a conflict or, with "one"
unread, a duplicate; yet those voting for and those voting against are two groups: two facts
(helper not109).

Read on each clashing figure's own clause: the first ballot side told after the figure, before
the clause ends ("voted for", "backed"; "voted against", "opposed"; "abstained"). The same count
told for two sides ("all 81 deputies voted for" / "... against") agrees and is left a clash.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.model import Quantity

#: The sides of a ballot, as news tells them after the count of those on each.
_SIDES = (
    ("for", r"voted\s+(?:for|in\s+favou?r|yes)|back(?:ed|s)|support(?:ed|s)|approv(?:ed|es)|endors(?:ed|es)"),
    ("against", r"voted\s+(?:against|no)|oppos(?:ed|es)|reject(?:ed|s)"),
    ("abstain", r"abstain(?:ed|s)?|did\s+not\s+vote|(?:were|was)\s+absent"),
)
_SIDE = re.compile("|".join(rf"(?P<{name}>\b(?:{words})\b)" for name, words in _SIDES), re.I)
#: How far after its figure a count's side may be told ("of the 81 deputies voted for").
_SIDE_WITHIN = 60
_CLAUSE_END = re.compile(r"[.;:,]")


def _side(text: str, q: Quantity) -> str | None:
    """The ballot side the count `q` tells of in `text`, or None."""
    after = text[q.end:q.end + _SIDE_WITHIN]
    if (stop := _CLAUSE_END.search(after)) is not None:
        after = after[:stop.start()]
    m = _SIDE.search(after)
    return None if m is None else m.lastgroup


def sides_apart(conflicts: Sequence[tuple[Quantity, Quantity]], texts: tuple[str, str]) -> str | None:
    """'two sides of a vote counted: Fifty for / one against' when a clashing pair of figures counts
    those on two sides of a ballot (the module docstring), else None."""
    for x, y in conflicts:
        sx, sy = _side(texts[0], x), _side(texts[1], y)
        if sx is not None and sy is not None and sx != sy:
            return f"two sides of a vote counted: {' '.join(x.text.split())} {sx} / {' '.join(y.text.split())} {sy}"
    return None
