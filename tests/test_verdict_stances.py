"""A thing called disappointing, unacceptable or welcome: a stance, criticised or welcomed
(`language.object_outcomes`; sets 125-128, helper conf125a)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("The union welcomed the employers' offer.", "The union called the employers' offer unacceptable."),
    ("The opposition called the budget disappointing.", "The opposition welcomed the budget."),
]
DUPLICATES = [
    ("The opposition called the budget disappointing.", "The opposition criticised the budget."),
    ("Critics called the minister's decision disappointing.", "Critics called the minister's decision regrettable."),
    ("The union's spokesman said the new offer was a first step in the right direction.",
     "The union described the new offer as a first step in the right direction."),
]


def test_opposite_outcomes_are_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_outcome_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
