"""A tie, a hub, an allegiance kept against one switched: opposite outcomes (`match.opposites`;
sets 121-124, helper conf121)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("The Dominican Republic's government confirmed it would maintain diplomatic relations with Taiwan.",
     "The Dominican Republic's government said it would switch diplomatic recognition from Taiwan to China."),
    ("The airline said it would keep its European hub in Frankfurt.",
     "The airline said it would switch its European hub from Frankfurt to Munich."),
]
DUPLICATES = [
    ("The airline said it would switch its European hub from Frankfurt to Munich.",
     "The airline said it would move its European hub from Frankfurt to Munich."),
    ("The government said it would keep the fuel subsidy in place this year.",
     "The government said it would maintain the fuel subsidy this year."),
]


def test_kept_against_switched_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_switch_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
