"""One thing told to have survived an event and to have been destroyed by it
(`match.states_told_apart`; sets 141-144, helper conf141a)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.states_told_apart import destructions, survivals
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The medieval abbey survived the bombing raid, historians said.",
     "Historians said the medieval abbey was destroyed in the bombing raid."),
    ("The wooden pier survived the hurricane.", "The hurricane destroyed the wooden pier."),
]
NOT_CONFLICTS = [
    # another thing destroyed
    ("The farmer survived the tornado, neighbours said.", "Neighbours said the tornado destroyed the farmer's barn."),
    # another event
    ("The wooden pier survived the 2004 hurricane.", "The wooden pier was destroyed by a fire in 2011."),
    # destroyed in part
    ("The wooden pier survived the hurricane.", "The wooden pier was partly destroyed by the hurricane."),
    # both told in each claim
    ("The chapel survived the fire that destroyed the school.", "The fire destroyed the school but the chapel survived."),
]


def test_the_readings_of_one_claim() -> None:
    (thing, event), = survivals("The historic banyan tree on Front Street survived the fire.")
    assert "banyan" in thing[1] and event
    (thing, event), = destructions("The fire destroyed the town's historic library.")
    assert "library" in thing[0] and event
    assert not destructions("The pier was partly destroyed by the storm.")


def test_survived_against_destroyed_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_look_alikes_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
