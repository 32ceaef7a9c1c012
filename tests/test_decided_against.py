"""A choice against an act ("decided against raising rates", "opted against renewing") is the act
refused, as "declined to" tells it (`match.refusals`; sets 137-140, helper conf137a)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.refusals import refused_acts
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The regional parliament decided against holding a referendum on the new constitution.",
     "The regional parliament held a referendum on the new constitution."),
    ("The central bank decided against raising interest rates at its March meeting.",
     "The central bank raised interest rates at its March meeting."),
    ("The board opted against renewing the coach's contract.",
     "The board renewed the coach's contract for two more years."),
]
#: the same act chosen against in both claims: one fact, no denial
BOTH = [("The city decided against closing the market.",
         "The city decided against closing the market after protests by traders.")]


def test_a_choice_against_reads_as_a_refusal() -> None:
    assert refused_acts("The board opted against renewing the contract.")
    assert not refused_acts("The board voted against the contract.")


def test_a_choice_against_the_act_done_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_the_same_choice_twice_is_no_conflict() -> None:
    for (a, b), c in zip(BOTH, compare_many(BOTH), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
