"""A decision, a plan, an order backed against one rejected by one side: opposite stances
(`match.opposites`; sets 125-128, helper conf125a)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("Several regional governors publicly backed the president's plan to raise fuel taxes.",
     "Regional governors publicly rejected the president's plan to raise fuel taxes."),
    ("The farmers' union supported the government's water rationing order.",
     "The farmers' union rejected the government's water rationing order."),
]
DUPLICATES = [
    ("The farmers' union backed the government's water rationing order.",
     "The farmers' union supported the government's water rationing order."),
    ("The rebel-backed council rejected the ceasefire proposal.", "The rebel-backed council turned down the ceasefire proposal."),
]


def test_opposite_outcomes_are_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_outcome_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
