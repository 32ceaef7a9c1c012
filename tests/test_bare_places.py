"""Places named without a locative preposition make two retellings elsewhere two facts
(`match.bare_places`), without reading a group, a people or a state acting as a place."""

import pytest

from workbench.core.match.bare_places import bare_places, places_apart
from workbench.core.match.compare import compare
from workbench.core.vocab import Relation


@pytest.mark.parametrize(("text", "place"), [
    ("Gaza's health ministry said 112 people were killed", "Gaza"),  # a known place's possessive
    ("Malian troops held off an attack on the Kati base", "Kati base"),  # a name before a facility: its own
    ("A Nairobi court suspended the ban", "Nairobi"),
    ("The militants bombed the Mogadishu police academy", "Mogadishu"),
    ("The BLA said it carried out the blast at Quetta's railway station", "Quetta station"),
    ("Two soldiers were killed at the Gaza police station", "Gaza"),  # a known place's: the town's
    ("An aid convoy of 40 trucks reached Rutshuru on Monday", "Rutshuru"),  # a verb of reaching or striking
    ("The quake rocked Herat, killing 1,000", "Herat"),
    ("A magnitude 7.3 earthquake struck off Vanuatu on 17 December", "Vanuatu"),  # "off" a known place
    ("Police fired tear gas at protesters in central Nairobi", "Nairobi"),  # a town's centre
    ("Iran said it struck militant bases inside Pakistan's Balochistan province", "Balochistan"),
    ("The Aden-based central bank", "Aden bank"),
])
def test_a_place_in_a_position_the_grammar_marks_is_read(text: str, place: str) -> None:
    assert place in bare_places(text)


@pytest.mark.parametrize("text", [
    "Israeli jets hit Hamas targets",  # a name before the noun it modifies
    "Israel struck Hezbollah positions",
    "Kenya's police chief denied the report",  # a country's possessive: a state acting
    "Israel's strikes on Iran sent oil prices up",
    "Argentina's central bank cut its key rate",
    "Aung San Suu Kyi's prison sentence was cut",  # the end of a longer name
    "The Joseph Schulte left the port of Odesa",  # a port named after a verb
    "The Iran-backed militia fired rockets",
    "Japanese shares plunged 12.4%",  # a people's name
    "Troops stormed President Smith's residence",  # a title
])
def test_groups_peoples_and_states_are_no_places(text: str) -> None:
    assert bare_places(text) == []


def test_two_places_named_without_a_preposition_make_two_facts() -> None:
    assert places_apart("Gaza's health ministry said 112 people were killed",
                        "The health ministry in Rafah said 112 people died") == "different places: Gaza / Rafah"
    assert places_apart("An aid convoy of 40 trucks reached Rutshuru on Monday",
                        "Forty lorries carrying aid arrived in Gwoza on Monday") is not None
    a, b = ("Police fired tear gas at protesters in central Nairobi on Thursday",
            "Riot police fired tear gas at demonstrators in Mombasa on Thursday")
    assert compare(a, b).relation != Relation.DUPLICATE


@pytest.mark.parametrize(("a", "b"), [
    ("Gaza's health ministry said 112 people were killed", "The health ministry in Gaza said 112 people died"),
    ("The Aden-based central bank resumed paying salaries", "The central bank in Aden resumed paying salaries"),
    ("An aid convoy of 40 trucks reached Rutshuru on Monday", "Forty lorries carrying aid arrived in Rutshuru on Monday"),
    ("Israel struck Iran's nuclear sites", "Israel's strikes hit nuclear sites in Iran"),
])
def test_one_place_written_two_ways_is_no_other_place(a: str, b: str) -> None:
    assert places_apart(a, b) is None


def test_an_area_named_without_a_preposition_may_hold_an_unknown_town() -> None:
    a, b = "A bomb exploded at an Oregon bank.", "A bomb exploded Friday at a bank branch in Woodburn, Oregon."
    assert bare_places(a) == ["Oregon"] and places_apart(a, b) is None
    assert places_apart("A magnitude 7.3 earthquake struck Vanuatu on 17 December",
                        "A 7.3-magnitude quake hit near Katsina on Dec. 17") is not None  # two known places
