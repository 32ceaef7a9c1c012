"""People captured alive against the same people killed (`match.whole_fates.taken_alive_or_killed`;
sets 137-140, helper conf137b): one group's fate told two ways, not an arrest and a killing."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The two bank robbers were caught alive by officers near the border.",
     "The two bank robbers were shot dead by officers near the border."),
    ("Soldiers captured the kidnapper alive in the forest.", "Soldiers killed the kidnapper in the forest."),
]
NOT_CONFLICTS = [
    # an arrest without "alive" may come before a death
    ("The bank robber was arrested by officers near the border.", "The bank robber was shot dead by officers near the border."),
    # other people
    ("The two bank robbers were caught alive by officers.", "The driver of the getaway car was shot dead by officers."),
]


def test_taken_alive_against_killed_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_an_arrest_alone_or_other_people_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
