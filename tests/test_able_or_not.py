"""An "-able" adjective against the passive verb after "can" / "could", told of one subject with the
other polarity (`match.states_told_apart`; sets 141-144, helper conf141a): "was preventable" / "could
not have been prevented", "is reversible" / "cannot be reversed"."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.states_told_apart import abilities
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The coroner concluded that the boy's death was preventable.",
     "The coroner concluded that the boy's death could not have been prevented."),
    ("Specialists said the damage to her liver was reversible.",
     "Specialists said the damage to her liver cannot be reversed."),
    ("Engineers said the cracked hull was not repairable.", "Engineers said the cracked hull could be repaired."),
]
NOT_CONFLICTS = [
    # one polarity told twice
    ("The coroner concluded that the boy's death was avoidable.",
     "The coroner concluded that the boy's death could have been avoided."),
    # another subject
    ("Doctors said the infection was treatable.", "Doctors said the patient could not be treated in time."),
    # an active verb of another act
    ("The report said the collision was avoidable.", "The report said the captain could not avoid the storm."),
]


def test_the_readings_of_one_claim() -> None:
    (who, verb, can, adjective), = abilities("The implosion was preventable.")
    assert "implosion" in who[0] and "prevent" in verb and can and adjective
    (_, verb, can, adjective), = abilities("The implosion could not have been prevented.")
    assert "prevent" in verb and not can and not adjective
    assert any(not can for _, _, can, _ in abilities("The damage was irreparable."))


def test_able_against_not_able_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_look_alikes_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
