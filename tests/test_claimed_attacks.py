"""An attack "claimed" by a group is one it claimed responsibility for, and "IS" is the Islamic
State outside a headline in capitals (helper dup139, sets 137-140)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def test_an_attack_claimed_is_written_as_responsibility_claimed() -> None:
    assert rewrite("Al-Shabaab claimed the hotel siege in Mogadishu.")[0] \
        == rewrite("Al-Shabaab claimed responsibility for the hotel siege in Mogadishu.")[0]
    assert rewrite("The group claims the bombing of the police station.")[0] \
        == rewrite("The group claims responsibility for the bombing of the police station.")[0]


def test_claimed_before_a_clause_or_no_attack_stays_as_written() -> None:
    for text in ["Russia claimed the attack on the bridge was staged by Ukraine.",
                 "He claimed the attack had been faked.", "Rebels claimed victory in the battle."]:
        assert rewrite(text)[0] == text


def test_is_is_the_islamic_state_outside_a_headline() -> None:
    assert rewrite("IS claimed the attack.")[0] == rewrite("Islamic State claimed the attack.")[0]
    assert rewrite("WHAT IS NEXT FOR THE ARMY")[0] == "WHAT IS NEXT FOR THE ARMY"


def test_a_claimed_attack_and_responsibility_for_it_are_one_fact() -> None:
    assert compare("IS claimed the attack on the checkpoint in Kirkuk.",
                   "The Islamic State group claimed responsibility for the attack on the Kirkuk checkpoint.").relation \
        == "duplicate"
    assert compare("Al-Shabaab claimed the hotel siege in Mogadishu on Sunday.",
                   "Al-Shabaab claimed responsibility for the siege of the Mogadishu hotel on Sunday.").relation \
        == "duplicate"


def test_claimed_and_denied_and_two_places_stay_apart() -> None:
    assert compare("IS claimed responsibility for the attack on the checkpoint in Kirkuk.",
                   "IS denied responsibility for the attack on the checkpoint in Kirkuk.").relation != "duplicate"
    assert compare("IS claimed the attack on the checkpoint in Kirkuk.",
                   "IS claimed the attack on the police station in Mosul.").relation != "duplicate"
    assert compare("IS claimed the attack on the checkpoint in Kirkuk.",
                   "Al-Shabaab claimed the attack on the checkpoint in Kirkuk.").relation != "duplicate"
