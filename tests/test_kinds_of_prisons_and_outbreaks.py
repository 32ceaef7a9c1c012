"""Kinds news tells apart that the tables lacked (helper pairsnot7): more diseases, pistols and rifles
among small arms, power beside water among the services, farmland and forests, medicines, and the
people of a prison story (prisoners, guards) and of a disaster (families); criminals by their
crime. Two members of one kind in two claims alike otherwise are two facts; a family stays a
household ("7,000 families" / "7,000 households" fled: one count)."""

from __future__ import annotations

import pytest

from workbench.core.match.claim_view import surface
from workbench.core.match.compare import compare
from workbench.core.match.kind_slots import kinds_read


@pytest.mark.parametrize("a, b", [
    ("Measles cases in Kasai rose to 3,200 this month, the WHO said",
     "The WHO said mumps cases in Kasai had risen to 3,200 this month"),
    ("Police seized 40 pistols in a raid on a warehouse in Cali on Sunday",
     "In a raid on a warehouse in Cali on Sunday, police seized 40 rifles"),
    ("Electricity was restored to most of Beira on Monday after a two-day outage",
     "Water supplies to most of Beira resumed on Monday after a two-day outage"),
    ("Fires destroyed 5,000 hectares of farmland in Chaco, officials said",
     "Officials said fires had destroyed 5,000 hectares of forest in Chaco"),
    ("Clinics in Gulu are running out of insulin, the health ministry said",
     "Clinics in Gulu are running out of antibiotics, the health ministry said"),
    ("The storm forced the evacuation of 200 inmates in Cebu", "The storm left 200 families homeless in Cebu"),
    ("Twelve guards went on trial on Monday over the jailbreak", "Twelve prisoners went on trial on Monday over the jailbreak"),
    ("Police arrested 25 suspected traffickers near Agadez this week", "Police dismantled 25 migrant camps near Agadez this week"),
])
def test_two_members_are_two_facts(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"


def test_families_are_households() -> None:
    assert compare("Some 7,000 families fled Kadugli on Thursday", "Some 7,000 households fled Kadugli on Thursday"
                   ).relation == "duplicate"
    assert compare("Local sources said almost 450 families returned on Thursday to Kadugli.",
                   "Arab militias allowed 450 households to return on 13 June to Kadugli.").relation != "related"


def test_prisoners_may_be_pirates_or_soldiers() -> None:
    assert compare("The pirates would be handed over to the authorities in Djibouti.",
                   "The prisoners would be handed over to the authorities in Djibouti.").relation == "duplicate"


def test_power_held_is_no_power_supply() -> None:
    held = "The junta, which seized power in July, cut the internet"
    assert kinds_read(held, surface(held)) == {"internet": "internet"}
    assert compare("The junta, which seized power in July, ordered the internet cut on Friday",
                   "The junta ordered the internet and phone services cut on Friday").relation == "duplicate"


def test_the_verb_build_names_no_building() -> None:
    assert compare("Congress approved 900 million pesos to build a prison in Colon",
                   "Congress approved 900 million pesos to repair hospitals in Colon").relation != "duplicate"
