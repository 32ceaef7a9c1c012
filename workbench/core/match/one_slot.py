"""One event told two ways, with one slot that disagrees: when a clash of figures or of dates between
claims worded apart is still a conflict (docs/matching.md, "Sets 89-92, read: conflicts missed").

A conflict needs the same-statement probability at the conflict cut point, or at a floor when the
clash is anchored (`anchor.clash_floor`: the same figure's slot on the same day or in one place).
Retellings that name neither day nor place, or that give the day in the clashing slot itself, have
no such anchor, and their words differ as retellings' do: "Kazakhstan's prosecutor general put the
number of people killed in the unrest at 164" / "Kazakh officials said 225 people died in the
unrest"; "The road blockades began on 2 October" / "Indigenous leaders launched their highway
blockades on October 12". What ties them is that every other slot agrees or is left out: the
figures count the same thing, no place, doer, act or event sets them apart (`compare` has read that
before: such pairs are `other`, never here), and the two claims name one thing besides the clashing
slot, a word of the event or of what it is about ("unrest", "blockades", "referendum", "copper")
that is neither a name, nor a sayer, nor what the figure counts. Two counts of one kind of event in
other events ("87 people had died of cholera" / "the floods killed 120 people") share no such word.
"""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.acts import acts_of_two_kinds
from workbench.core.match.normalize import normalize
from workbench.core.model import Quantity

#: The same-statement probability (`anchor.same_statement`) that makes one slot told with two
#: figures, undated, a conflict; and one event told on two days.
ONE_SLOT_FIGURE_MIN_SAME = 0.35
ONE_SLOT_DATE_MIN_SAME = 0.45

#: Normalised words that tie no two claims to one event: who counts or says, the unit of a share,
#: people in general, and the frame of time.
_UNTIED = frozenset([
    "peopl", "person", "authority", "official", "percent", "per", "cent", "number", "total", "some", "about",
    "year", "month", "week", "day", "time", "report", "spokesman", "spokeswoman", "statement", "sourc",
    "company", "ministry", "government", "polic", "agency", "office", "world", "global", "country",
])


def _tie_words(acts_a: list[str], acts_b: list[str], proper: frozenset[str], counted: set[str]) -> set[str]:
    """The words of the event or its object both claims give, outside names, sayers and what is counted."""
    return (set(acts_a) & set(acts_b)) - proper - counted - _UNTIED


def _of_things(q: Quantity) -> bool:
    """A count or a share: the slot of how many or how much, not a span of time ("a 28-year
    veteran" / "promoted four years ago" tell two spans) nor a measure."""
    return fig.figure_kind(q) == fig.COUNT or q.unit == "%"


def one_slot_floor(check: fig.FigureCheck, dates: knowledge.DateCheck, told: tuple[list[str], list[str]],
                   proper: frozenset[str], wordings: tuple[str, str],
                   tokens: tuple[frozenset[str], frozenset[str]]) -> float | None:
    """The same-statement probability that makes a pair clashing in one slot only a conflict, or None.

    One slot: the figures all paired, counts or shares each counting the same thing as its partner,
    and at least one clashing, with no date in either claim; or the dates differing and no figure clashing or left
    unpaired. `told`: the two claims' tokens outside names (`doers.outcome_tokens`); `proper`: the
    names of either; `wordings`: their reported, rewritten wordings (`claim_view.claim_roles`) and
    `tokens` their normalised tokens, from which the main acts are read: two kinds of act
    (`acts.acts_of_two_kinds`) are two events whatever else agrees."""
    if check.unpaired_a or check.unpaired_b:
        return None
    if check.conflicts:
        paired = check.conflicts + check.agreements
        if dates.verdict is not None or not all(fig.count_the_same(x, y) and _of_things(x) and _of_things(y)
                                                for x, y in paired):
            return None
        floor = ONE_SLOT_FIGURE_MIN_SAME
        # what is counted, and the figure's own words ("as many as 20 people")
        counted = {t for q, r in paired for t in fig.counted_stems(q) | fig.counted_stems(r)
                   | set(normalize(q.text).tokens) | set(normalize(r.text).tokens)}
    elif dates.verdict == knowledge.DATES_DIFFER:
        floor, counted = ONE_SLOT_DATE_MIN_SAME, set()
    else:
        return None
    if not _tie_words(*told, proper, counted) or acts_of_two_kinds(*wordings, *tokens) is not None:
        return None
    return floor
