"""Proposals or plans for a thing turned away against the thing made: opposite outcomes
(`match.stopped_or_done`; sets 125-128, helper conf125a)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("The city assembly set up an independent panel to investigate the flooding.",
     "The city assembly voted down proposals for a panel to investigate the flooding."),
    ("The federation created a new league for women's football.",
     "The federation rejected plans for a new league for women's football."),
]
DUPLICATES = [
    ("The federation rejected plans for a new league for women's football.",
     "The federation turned down a proposal for a new women's football league."),
]


def test_opposite_outcomes_are_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_outcome_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
