"""One doer doing another act to another thing in the same words is another fact
(`acts.other_act_on_things`); one change told two ways, or one object, is not."""

from workbench.core.match.acts import other_act_on_things
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


def test_suspending_one_thing_and_withdrawing_another_are_two_acts() -> None:
    a, b = ("The governor closed schools across the province after the floods.",
            "The governor cancelled exams across the province after the floods.")
    result = compare(a, b)
    assert result.relation != Relation.DUPLICATE
    assert any("another act on another thing" in r for r in result.reasons)


def test_reading_needs_one_doer_and_two_things() -> None:
    assert other_act_on_things("chakwera suspend foreign travel for cabinet ministers as part of austerity measures",
                               "chakwera withdraw fuel allowances for cabinet ministers as part of austerity measures")
    # one change told two ways ("raised" / "increased") is no other act
    assert other_act_on_things("the central bank raise interest rates by two points on thursday",
                               "the central bank increase borrowing costs by two points on thursday") is None
    # another doer is the doer rules' business
    assert other_act_on_things("the ministry suspend foreign travel for cabinet ministers as part of austerity measures",
                               "the treasury withdraw fuel allowances for cabinet ministers as part of austerity measures") is None


def test_verbs_the_outcome_table_does_not_know_are_no_other_act() -> None:
    assert other_act_on_things("police seize weapons and explosives worth millions of euros",
                               "police confiscate arms and explosives worth millions of euros") is None


def test_one_rate_rise_told_two_ways_stays_a_duplicate() -> None:
    a, b = ("The central bank raised interest rates by two points on Thursday.",
            "The central bank increased borrowing costs by two points on Thursday.")
    assert compare(a, b).relation == Relation.DUPLICATE
