"""Two counts of two sides of one vote: "Fifty of the 81 deputies voted for the motion" / "Only one
of the 81 deputies voted against the motion". The figure reader pairs 50 with 1 (deputies both)
and the whole (81) agrees, so the pair read as one count told two ways, a conflict or, with "one"
unread, a duplicate; yet those voting for and those voting against are two groups: two facts
(helper not109).

Read on each clashing figure's own clause: the first ballot side told after the figure, before
the clause ends ("voted for", "backed"; "voted against", "opposed"; "abstained"). The same count
told for two sides ("all 81 deputies voted for" / "... against") agrees and is left a clash.

A share that turned out and a share on one side (`turnout_apart`, helper not161b, sets 161-164):
"Some 55.8 percent of voters approved IMF membership" / "Some 55.8 percent of eligible voters
turned out for the IMF vote". One figure agrees, and "turned out" is read as "turnout"; but a
referendum's turnout and its yes (or no) share are two results of one vote, news tells both, and
one told for the other is another fact. Read on agreeing figures: the turnout told after the figure
("turned out", "took part", "cast ballots", "went to the polls", "voted" with no side) or right
before it ("Turnout was 41.2 percent"), the side as above; two turnouts or two sides are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.match.measure_senses import figure_at
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
#: Taking part in a vote, told after the share that did ("voted" with no side after it).
_TURNOUT_AFTER = re.compile(r"\b(?:turned\s+out|took\s+part|participated|went\s+to\s+the\s+polls"
                            r"|cast\s+(?:their\s+|a\s+)?(?:ballots?|votes?)"
                            r"|voted\b(?!\s+(?:for|against|in\s+favou?r|yes|no)\b))", re.I)
#: "Turnout was 41.2 percent", "a turnout of 62 percent": the word a few words before the share.
_TURNOUT_BEFORE = re.compile(r"\bturnout\b[^.;:,]{0,40}$", re.I)
#: A cheap test on both claims before any figure is read.
_VOTE_WORDS = re.compile(r"turn|part|cast|poll|vot", re.I)


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


def _share_side(text: str, q: Quantity) -> str | None:
    """"turnout" or the ballot side the share `q` of `text` tells of, whichever is told first after
    it in its clause; "turnout" when the word stands right before it; else None."""
    if (at := figure_at(q, text)) is None:
        return None
    if _TURNOUT_BEFORE.search(text, max(0, at[0] - 50), at[0]):
        return "turnout"
    after = text[at[1]:at[1] + _SIDE_WITHIN]
    if (stop := _CLAUSE_END.search(after)) is not None:
        after = after[:stop.start()]
    found = [(m.start(), "turnout") for m in [_TURNOUT_AFTER.search(after)] if m is not None]
    found += [(m.start(), m.lastgroup or "") for m in [_SIDE.search(after)] if m is not None]
    return min(found)[1] if found else None


def turnout_apart(q: Quantity, r: Quantity, texts: tuple[str, str]) -> str | None:
    """'a turnout and a vote's side: ...' when two agreeing figures (`q` of the first claim, `r` of
    the second) tell one a share that took part in a vote, the other a share on one side of it."""
    if not _VOTE_WORDS.search(texts[0]) or not _VOTE_WORDS.search(texts[1]):
        return None
    sx, sy = _share_side(texts[0], q), _share_side(texts[1], r)
    if sx is None or sy is None or sx == sy or "turnout" not in (sx, sy):
        return None
    return f"a turnout and a vote's side: {' '.join(q.text.split())} {sx} / {' '.join(r.text.split())} {sy}"
