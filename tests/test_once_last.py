"""What was done last, dated twice (`match.once_only`, "last"; sets 137-140, helper conf137b):
"its last execution in 1957" / "in 1987" is one last time told at two dates, a conflict."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.once_only import once_only
from workbench.core.vocab import Relation

CONFLICTS = [
    ("Portugal held its last bullfight in the city in 1995.", "Portugal held its last bullfight in the city in 2005."),
    ("The shipyard launched its last vessel in 2009.", "The shipyard launched its last vessel in 2014."),
]
NOT_CONFLICTS = [
    # last and first: two acts
    ("The shipyard launched its last vessel in 2009.", "The shipyard launched its first vessel in 1921."),
    # a vessel, not the last: another one
    ("The shipyard launched its last vessel in 2009.", "The shipyard launched a vessel in 2001."),
]


def test_last_reads_once() -> None:
    assert once_only("The shipyard launched its last vessel in 2009.")
    assert once_only("He spoke in public for the last time in 2019.")
    assert not once_only("The shipyard launched a vessel last year.")
    assert not once_only("The shipyard had its last year of profit in 2009.")  # a period
    assert not once_only("The last round of talks was held in 2019.")  # no owner: each round has one


def test_a_last_act_dated_twice_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_first_and_last_or_an_act_again_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
