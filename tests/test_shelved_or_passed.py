"""A measure passed or going ahead against one shelved: opposite outcomes (`match.opposites`;
sets 125-128, helper conf125a)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("The city council approved the long-delayed tram extension in May.",
     "In May the city council shelved the long-delayed tram extension, citing costs."),
    ("The senate passed the pension reform bill on Thursday.", "The senate shelved the pension reform bill on Thursday."),
]
DUPLICATES = [
    ("The board shelved the plan to sell the stadium.", "The board put the plan to sell the stadium on hold."),
]


def test_opposite_outcomes_are_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_outcome_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
