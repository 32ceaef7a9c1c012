"""The verb "close", before a determiner, against a thing kept open: opposite outcomes
(`language.object_outcomes`; sets 125-128, helper conf125a). "close to" stays a hedge."""

from __future__ import annotations

from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("The company said it would keep its factory in Ohio open.", "The company said it would close its factory in Ohio."),
    ("The ministry said it would keep the border crossing open overnight.",
     "The ministry said it would close the border crossing overnight."),
]
DUPLICATES = [
    ("The company said it would close its factory in Ohio.", "The company said it would shut its factory in Ohio."),
    ("The company said sales were close to 500 million dollars.", "The company said sales were nearly 500 million dollars."),
]


def test_opposite_outcomes_are_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_outcome_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
