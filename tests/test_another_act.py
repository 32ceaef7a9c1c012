"""Two claims whose main verbs are two kinds of act (`event_verbs.ACT_KINDS`, `roles.other_act`):
the same people or things doing or undergoing another act are another fact; verbs of one kind,
or a verb the other claim also names, stay one fact."""

from __future__ import annotations

from workbench.core.match.acts import other_act
from workbench.core.match.compare import compare
from workbench.core.match.roles import main_act


def _rel(a: str, b: str) -> str:
    return compare(a, b).relation


def test_the_main_verb_is_read_in_either_voice():
    assert main_act("the convoy was attacked near the border") == "attack"
    assert main_act("twelve boats sailed through the strait on monday") == "sail"
    assert main_act("30 patients were transferred to the capital") == "transfer"


def test_a_passage_and_an_attack_are_two_facts():
    assert _rel("Two tankers sailed through the Bosphorus on Friday",
                "Two tankers were hit in the Bosphorus on Friday") != "duplicate"
    assert _rel("A fuel convoy was ambushed near Rafah", "A fuel convoy crossed into Egypt at Rafah") != "duplicate"


def test_people_hurt_are_not_people_moved():
    assert _rel("Fifteen detainees were injured in the fire at the detention centre, officials said",
                "Officials said 15 detainees were transferred out of the detention centre after the fire") != "duplicate"


def test_a_mission_extended_is_not_a_mission_launched():
    assert _rel("NATO extended its training mission in Iraq for another year",
                "NATO launched its training mission in Iraq in October 2018") != "duplicate"


def test_an_envoy_expelled_is_not_an_envoy_recalled():
    assert other_act("lima expelled the mexican ambassador", "lima withdraw its ambassador from mexico",
                     frozenset(), frozenset()) == "another act: expell / withdraw"


def test_one_kind_of_act_in_other_words_stays_one_fact():
    assert other_act("the army shelled the village", "the village was bombed by the army",
                     frozenset(), frozenset()) is None
    assert _rel("The UN Security Council extended the mission's mandate by one year",
                "The Security Council renewed the mission's mandate for 12 months") == "duplicate"
    # a verb the other claim names too: not two acts
    assert other_act("the convoy was attacked while it crossed the border", "the convoy crossed the border",
                     frozenset(["attack", "cross", "convoy", "border"]), frozenset(["cross", "convoy", "border"])) is None


def test_steps_of_a_court_case_are_two_facts():
    assert _rel("The court convicted the former minister of fraud",
                "The court sentenced the former minister to five years for fraud") != "duplicate"
    assert _rel("The former minister was jailed for five years for fraud",
                "The court sentenced the former minister to five years for fraud") == "duplicate"


def test_a_clash_is_one_act_told_two_ways_not_two_acts():
    # opposite outcomes or a denial stay a conflict: no "another act" in front of them
    assert _rel("The president appointed Ali Musa as army chief",
                "The president dismissed Ali Musa as army chief") == "conflict"


def test_people_abducted_are_not_people_killed():
    assert _rel("At least 17 people were killed in the protests, the rights group said",
                "At least 17 people have been abducted since the protests started, the rights group said") != "duplicate"
    assert _rel("Gunmen kidnapped 20 passengers on the highway", "Gunmen abducted twenty travellers on the highway") \
        == "duplicate"
