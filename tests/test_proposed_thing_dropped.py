"""A proposed or planned thing dropped, abandoned or shelved is cancelled, against one going ahead
(`language.object_outcomes`; sets 125-128, helper conf125a)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many

CONFLICTS = [
    ("After meeting the unions, the prime minister insisted the pension reform would go ahead.",
     "The prime minister dropped the proposed pension reform after meeting the unions."),
    ("The mayor insisted the new toll road would go ahead despite protests.",
     "The mayor abandoned the planned toll road after protests."),
]
DUPLICATES = [
    ("The mayor dropped the proposed toll road after protests.",
     "The mayor abandoned plans for the toll road after protests."),
    ("Oil prices dropped after the cartel said output cuts would go ahead.",
     "Oil prices fell after the cartel said output cuts would proceed."),
]


def test_opposite_outcomes_are_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_outcome_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
