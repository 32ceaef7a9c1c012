"""What invented event pairs set29..set32 taught (helper probes8), each tested on other sentences:
phrasal verbs whose opposites are known ("cut short" / "extended", "barred from" / "allowed
into"), an act told as prevented ("turned back before reaching"), detained / freed as one
detention's two outcomes, people "still being held", roles swapped only within one act and with a
country named by its people, goods as kinds, UN missions by acronym, vote tallies "N to M"."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def _reasons(a: str, b: str) -> tuple[str, list[str]]:
    c = compare(a, b)
    return c.relation, c.reasons


@pytest.mark.parametrize(("a", "b"), [
    ("The president cut short his visit to Paris", "The president extended his visit to Paris"),
    ("Journalists were barred from the courtroom in Tunis", "Journalists were allowed into the courtroom in Tunis"),
    ("The ferry was turned back before reaching Lampedusa", "The ferry reached Lampedusa"),
    ("Police detained 14 journalists in Minsk", "Police released 14 journalists in Minsk"),
    ("The two French nationals were freed on Monday", "The two French nationals are still being held"),
])
def test_opposite_outcomes_in_other_words_are_a_conflict(a, b):
    relation, reasons = _reasons(a, b)
    assert relation == "conflict", reasons
    assert any(r.startswith("opposite outcomes: ") for r in reasons), reasons


def test_wrapped_up_is_ended():
    assert rewrite("The summit wrapped up in Doha")[0] == "The summit ended in Doha"
    assert rewrite("The talks ended in Doha")[0] == "The talks ended in Doha"  # written as it was


def test_an_act_prevented_with_its_blocker_is_not_an_outcome_of_the_claim():
    # both claims tell a block: no reach / block clash ("from reaching" is what was prevented)
    relation, reasons = _reasons("Militias blocked 30 trucks from reaching Kadugli", "Militias repelled 30 trucks near Kadugli")
    assert not any(r.startswith("opposite outcomes") for r in reasons), reasons


def test_held_is_detention_only_when_captivity_is_said():
    assert "detained" in rewrite("Two aid workers remain held by the rebels")[0] or \
        "arrest" in rewrite("Two aid workers remain held by the rebels")[0]
    for text in ("Talks are being held in Doha", "The summit is being held this week",
                 "The talks remained held up by disputes", "The rebels still held the town"):
        assert rewrite(text)[0] == text


def test_roles_are_swapped_only_within_one_act():
    for a, b in [("Some 40,000 people fled the floods in Sylhet", "Some 40,000 people were displaced by the floods in Sylhet"),
                 ("Kazakhstan exported 2 million tonnes of wheat through the Caspian corridor",
                  "2 million tonnes of wheat left through Kazakhstan's Caspian corridor")]:
        relation, reasons = _reasons(a, b)
        assert not any(r.startswith("roles swapped") for r in reasons), reasons


def test_a_country_and_its_peoples_name_are_one_side_of_a_swap():
    # ("Philippine" and "Philippines" are one token: the words the claims do not share are one each)
    for a in ("Manila expelled a Chinese diplomat", "A Chinese diplomat was expelled by Manila"):
        relation, reasons = _reasons(a, "Beijing expelled a Philippine diplomat")
        assert relation != "duplicate" and any(r.startswith("roles swapped") for r in reasons), reasons


@pytest.mark.parametrize(("a", "b"), [
    ("Argentina shipped 2 million tonnes of maize in May", "Argentina shipped 2 million tonnes of barley in May"),
    ("Nigeria's oil exports fell 10% in June", "Nigeria's gas exports fell 10% in June"),
])
def test_two_goods_are_two_facts(a, b):
    relation, reasons = _reasons(a, b)
    assert relation != "duplicate" and any(r.startswith("another kind") for r in reasons), reasons


def test_grain_may_be_wheat():
    _, reasons = _reasons("Argentina shipped 2 million tonnes of grain in May", "Argentina shipped 2 million tonnes of wheat in May")
    assert not any(r.startswith("another kind") for r in reasons), reasons


def test_un_missions_by_acronym():
    assert rewrite("The UN mission in South Sudan evacuated 40 civilians")[0].startswith("The UNMISS evacuate")
    assert rewrite("The U.N. peacekeeping force in Lebanon reported 30 violations")[0].startswith("The UNIFIL reported")


def test_a_vote_tally_told_with_to_is_read():
    relation, reasons = _reasons("The assembly voted 98 to 12 to adopt the law", "The assembly voted 98-21 to adopt the law")
    assert relation == "conflict", reasons
    relation, reasons = _reasons("The assembly voted 98 to 12 to adopt the law", "The assembly voted 98-12 to adopt the law")
    assert relation == "duplicate" and any(r.startswith("figures agree") for r in reasons), reasons


def test_a_capital_named_as_such_is_the_city():
    assert rewrite("Rwanda flew troops to Burundi's capital")[0].endswith("to the capital Gitega")
    relation, reasons = _reasons("Russian drones struck Kyiv overnight", "Russian drones hit the Ukrainian capital overnight")
    assert relation == "duplicate", reasons
    for text in ("Fighting reached the capital", "Gunmen attacked the state capital of Culiacan"):
        assert "capital" in rewrite(text)[0]


def test_came_under_fire_and_shot_at_are_attacked():
    assert rewrite("The convoy came under heavy fire near Kadugli")[0] == "The convoy was attack near Kadugli"
    assert rewrite("Protesters were fired on by police")[0].startswith("Protesters were attack by police")
    assert rewrite("The minister came under pressure")[0] == "The minister came under pressure"
    # rockets fired on a day were launched (gen8's reading), never attacked
    assert "attack" not in rewrite("Twelve rockets were fired on 10 June")[0]
    assert rewrite("He was shot dead")[0] == "He was kill"  # (the verb table's "shoot dead" = kill)
