"""A finding denied against the finding told, of a thing pointing to the same event, the thing named
in other words (`match.states_told_apart`; sets 141-144, helper conf141a): "detected no sound
consistent with X" / "detected an acoustic signature consistent with X"."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.states_told_apart import found, not_found
from workbench.core.vocab import Relation

CONFLICTS = [
    ("Seismologists said they had recorded no tremor consistent with an underground explosion at the test site.",
     "Seismologists said they had recorded a shallow pulse consistent with an underground explosion hours after the"
     " warning."),
    ("Air monitors recorded no reading consistent with a gas leak near the refinery.",
     "Air monitors recorded a spike in methane consistent with a gas leak hours after the evacuation."),
    ("The auditors found no sign of embezzlement in the club's books for 2019.",
     "The auditors found irregular payments indicative of embezzlement after the chairman resigned."),
]
NOT_CONFLICTS = [
    # what it points to is another event
    ("Seismologists said they recorded no tremor consistent with an underground explosion.",
     "Seismologists said they recorded a shallow pulse consistent with a landslide."),
    # both findings denied
    ("Coastguard radar picked up nothing consistent with a distress flare that night.",
     "Coastguard radar picked up no signal consistent with a distress flare, officials said."),
    # "of" after a thing that is no evidence names a part, not what it points to
    ("Divers found no survivors of the sinking.", "Divers found the bodies of the sinking's victims."),
]


def test_the_readings_of_one_claim() -> None:
    assert not_found("It detected no sound consistent with an implosion in the area.") == (frozenset({"implosion"}),)
    assert found("It detected an acoustic signature consistent with an implosion shortly after.") == \
        (frozenset({"implosion"}),)
    assert not found("It did not detect any sound consistent with an implosion.")
    assert not found("Divers found the bodies of the victims.")


def test_not_found_against_found_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_look_alikes_are_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
