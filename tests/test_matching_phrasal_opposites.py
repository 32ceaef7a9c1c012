"""Phrasal verbs, opposite outcomes and actor nouns found by helper probes4's invented pairs
(set13..set16), tested on other invented sentences: a push into a place is an advance, the
opposite of a pull-out; a campaign stepped up is the opposite of one scaled back; "closed" is
"shut"; a military government is a junta; two sides blaming each other are two facts."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite

OPPOSITE = [
    ("Tanks pushed into the suburbs of Kursk", "Tanks pulled out of the suburbs of Kursk"),
    ("The cartel stepped up its attacks on police", "The cartel scaled back its attacks on police"),
    ("Both sides de-escalated the fighting in the north", "Both sides escalated the fighting in the north"),
    ("Authorities closed the airport on Friday", "Authorities reopened the airport on Friday"),
    ("The nurses' union intensified the strike", "The nurses' union called off the strike"),
    ("Militia fighters advanced on the port city", "Militia fighters fell back from the port city"),
    ("The governor remained in office after the vote", "The governor quit after the vote"),
]

SAME = [
    ("Authorities shut the airport on Friday", "Authorities closed the airport on Friday"),
    ("The military government banned protests in the capital", "The junta banned protests in the capital"),
    ("Twelve soldiers gave themselves up to the rebels", "Twelve soldiers surrendered to the rebels"),
]


@pytest.mark.parametrize(("a", "b"), OPPOSITE)
def test_opposite_outcomes_told_with_phrasal_verbs_are_never_duplicates(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("opposite outcomes: ") for r in c.reasons), c.reasons


@pytest.mark.parametrize(("a", "b"), SAME)
def test_the_same_act_told_another_way_is_a_duplicate(a, b):
    c = compare(a, b)  # the lexical path (no cosine)
    assert c.relation == "duplicate", c.reasons


def test_a_reflexive_object_splits_a_phrasal_verb():
    assert "surrender" in rewrite("Twelve soldiers gave themselves up to the rebels")[0]


@pytest.mark.parametrize(("a", "b"), [
    ("Israel said Hamas fired the rocket that hit the hospital", "Hamas said Israel fired the rocket that hit the hospital"),
    ("Washington said Tehran supplied the drones", "Iran said the US supplied the drones"),
])
def test_two_sides_blaming_each_other_are_two_facts(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("who says who did it, swapped: ") for r in c.reasons), c.reasons


def test_one_speaker_told_twice_is_no_swap():
    c = compare("Moscow said the dam was blown up by Ukraine", "Russia said the dam was blown up by Ukraine")
    assert not any(r.startswith("who says") for r in c.reasons) and c.relation == "duplicate", c.reasons


def test_more_phrasal_verbs_read_as_their_plain_verb():
    assert "retaliate" in rewrite("Tehran vowed to hit back at Washington")[0]
    assert "surrender" in rewrite("The garrison gave in to the besiegers")[0]
    assert "surrender" not in rewrite("The minister gave in an interview his account")[0]


def test_a_prefixed_irregular_verb_is_read_in_every_form():
    assert "recapture" in rewrite("Government troops retook the refinery")[0]
    c = compare("The militia did not retake the refinery", "The militia retook the refinery")
    assert c.relation != "duplicate" and "one claim denies what the other asserts" in c.reasons, c.reasons


def test_a_seat_of_government_stands_for_its_government_but_not_as_a_place():
    assert "UnitedStates" in rewrite("The White House condemned the raid")[0]
    assert "UnitedKingdom" in rewrite("Downing Street announced new sanctions")[0]
    assert "White House" in rewrite("Hundreds rallied outside the White House")[0]
    c = compare("The Pentagon said 300 troops would be sent to Poland", "Washington said 300 soldiers would be deployed to Poland")
    assert c.relation == "duplicate", c.reasons


@pytest.mark.parametrize(("a", "b"), [
    ("Troops killed 12 gunmen near Gao", "Troops killed 12 civilians near Gao"),
    ("The quake destroyed 80 schools in Herat", "The quake destroyed 80 hospitals in Herat"),
    ("Israel said it intercepted 20 drones", "Israel said it intercepted 20 missiles"),
])
def test_another_kind_of_victim_or_thing_in_the_same_words_is_another_fact(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("another kind in the same words: ") for r in c.reasons), c.reasons


@pytest.mark.parametrize(("a", "b"), [
    ("Troops killed 12 militants near Gao", "Troops killed 12 rebels near Gao"),  # one kind, two words
    ("The army killed 12 soldiers", "The army killed 12 soldiers on Monday"),
])
def test_words_for_one_kind_are_no_other_kind(a, b):
    assert not any(r.startswith("another kind") for r in compare(a, b).reasons)


@pytest.mark.parametrize("a, b", [
    # the same figure, day and place, but people voting are no people killed (an anchor is no fact)
    ("25,000 persons voted on June 3 in Benghazi.", "25,000 people were killed by the floods in Benghazi on June 3."),
    # candidates approved are no candidates disqualified
    ("The electoral commission approved 1,200 candidates in Luhansk on March 30.",
     "The election commission disqualified 1,200 candidates in Luhansk on March 30."),
])
def test_voting_and_approving_are_events_of_their_own(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"


def test_voting_told_another_way_stays_one_fact() -> None:
    assert compare("1,500 people voted in Luhansk on April 8.",
                   "1,500 people cast their ballots in Luhansk on April 8.").relation == "duplicate"
