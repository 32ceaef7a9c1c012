"""Figures that tie two claims to one fact without a day: one change told by both, a measure told in
two units, several figures all agreeing; and a change told as a multiple (helper figures141).

`anchor.anchor_floor` needs the same day (or, undated, the same place) beside an agreeing figure,
since one figure alone recurs across events. Some figures say more than one figure does:

- a change's old and new figure both agreeing, each in its role ("raised the fee from $65 to $200"
  / "tripled the levy, to $200 from $65"): every slot of the change agrees, so in one place it is
  anchored as a pair whose slots all agree is (`anchor.ANCHORED_ALL_SLOTS_MIN_SAME`);
- a measure told in two units whose values agree once converted, within `CONVERTED_CLOSE` ("about
  1,600 feet" / "roughly 488 metres"): the second outlet converted the first's figure, and a
  figure converted that closely is no coincidence;
- `SEVERAL_FIGURES` figures or more, all paired and agreeing ("aged 6 to 12 pay half, under six are
  exempt" / "six to 12 pay 50 %, younger than six pay nothing");
- one span after one event, told by both ("51 hours after the crash" / "51 hours after the
  accident": `spans_after`), a moment as a day is, anchored as an undated pair in one place is.

The last two stand in for the day, as a figure paired by number alone does
(`anchor.ANCHORED_BY_NUMBER_MIN_SAME`). A multiple ("more than tripled") beside a change whose two
figures give that ratio (200 / 65) is the change told in another shape, no figure of its own
(`multiples_told`).
"""

from __future__ import annotations

import re

from workbench.core.figures.compare import FigureCheck, converted_unit
from workbench.core.figures.shares import MULTIPLE
from workbench.core.match import knowledge
from workbench.core.match.anchor import (
    ANCHORED_ALL_SLOTS_MIN_SAME,
    ANCHORED_BY_NUMBER_MIN_SAME,
    ANCHORED_UNDATED_MIN_SAME,
)
from workbench.core.match.claim_view import ClaimView
from workbench.core.match.spans_after import one_span_after, only_spans_after
from workbench.core.model import Quantity

#: Two values of one measure told in two units agree this closely (relatively) when one was
#: converted from the other ("1,600 feet" is 487.7 m: "488 metres"); a writer's rounding of a
#: converted figure to three digits stays within it, two estimates in two units rarely do.
CONVERTED_CLOSE = 0.01
#: How many figures, all paired and agreeing, tie two undated claims to one fact.
SEVERAL_FIGURES = 3
#: A change's ratio and a multiple agree within this part of the multiple (a change's figures are
#: rounded: "tripled" from $65 to $200 is x3.08).
RATIO_BAND = 0.05
#: "from" (or "up from", "down from") right before a figure: the old figure of a change.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)


def _old_figure(text: str, q: Quantity) -> bool:
    return _FROM_BEFORE.search(text, max(0, q.start - 20), q.start) is not None


def _changes(check: FigureCheck, a: str, b: str) -> list[tuple[tuple[Quantity, Quantity], tuple[Quantity, Quantity]]]:
    """The agreeing pairs that make one change told by both claims: ((old_a, old_b), (new_a, new_b)),
    of one unit, the old figure after "from" in both claims and the new one after it in neither."""
    olds = [(x, y) for x, y in check.agreements if _old_figure(a, x) and _old_figure(b, y)]
    if not olds:
        return []
    news = [(x, y) for x, y in check.agreements if not _old_figure(a, x) and not _old_figure(b, y)]
    return [(o, n) for o in olds for n in news if o[0].unit == n[0].unit and o[1].unit == n[1].unit
            and o[0].value is not None and n[0].value is not None and o[0].value != n[0].value]


def multiples_told(check: FigureCheck, a: str, b: str) -> FigureCheck:
    """`check` without a claim's unpaired multiple ("more than tripled") whose ratio the change both
    claims tell gives (`_changes`: from $65 to $200 is x3.08): the change told in another shape."""
    if not check.unpaired_a and not check.unpaired_b or not check.agreements:
        return check
    multiples = [q for q in (*check.unpaired_a, *check.unpaired_b) if q.unit == MULTIPLE]
    if not multiples:
        return check
    ratios = [n[0].value / o[0].value for o, n in _changes(check, a, b) if o[0].value and n[0].value]
    told = {id(q) for q in multiples for r in ratios
            if q.low is not None and q.high is not None and q.low * (1 - RATIO_BAND) <= r <= q.high * (1 + RATIO_BAND)}
    if not told:
        return check
    return FigureCheck(check.pairs, [q for q in check.unpaired_a if id(q) not in told],
                       [q for q in check.unpaired_b if id(q) not in told])


def _converted_close(x: Quantity, y: Quantity) -> bool:
    """One of the two figures was read in another unit than written and the values agree within
    `CONVERTED_CLOSE`."""
    if x.value is None or y.value is None or not x.value or converted_unit(x) == converted_unit(y):
        return False
    return abs(x.value - y.value) <= CONVERTED_CLOSE * max(abs(x.value), abs(y.value))


def figures_floor(floor: float | None, check: FigureCheck, dates: knowledge.DateCheck, same_place: bool,
                  texts: tuple[str, str], views: tuple[ClaimView, ClaimView]) -> tuple[float | None, str | None]:
    """`floor` (`anchor.anchor_floor`), lowered when the figures tie the claims to one fact
    themselves (the module's docstring): every figure paired and agreeing and no date apart; and
    what tied them when it was lowered (a reason), else None. A pair whose only figures are spans
    after an event ("two days after the fire") is tied by them only when it tells one act then
    (`spans_after`): "visited the village two days after the fire" / "sacked the fire chief two days
    after the fire" share a moment, not a fact (stop 52, at the dup154 / dup155 merge)."""
    if floor is not None and only_spans_after(check, *texts) and not one_span_after(check, *texts, views):
        floor = None
    if not check.agreements or check.conflicts or check.unpaired_a or check.unpaired_b \
            or dates.verdict not in (None, knowledge.DATES_AGREE):
        return floor, None
    at, why = None, None
    if same_place and len(check.agreements) >= 2 and _changes(check, *texts):
        at, why = ANCHORED_ALL_SLOTS_MIN_SAME, "one change told by both, its old and new figures agreeing"
    elif dates.verdict is None and len(check.agreements) >= SEVERAL_FIGURES:
        at, why = ANCHORED_BY_NUMBER_MIN_SAME, f"{len(check.agreements)} figures all agreeing and nothing clashing"
    elif dates.verdict is None and any(_converted_close(x, y) for x, y in check.agreements):
        at, why = ANCHORED_BY_NUMBER_MIN_SAME, "one measure told in two units and nothing clashing"
    elif dates.verdict is None and one_span_after(check, *texts, views):  # "51 hours after the crash" (`spans_after`)
        at, why = ANCHORED_UNDATED_MIN_SAME, "one span after one event and nothing clashing"
    if at is None or floor is not None and floor <= at:
        return floor, None
    return at, why
