"""A place at sea is read after "off" (`place_names._PLACE_RE`, stop 34): "capsized off Lampedusa",
"sank off the coast of Sicily", "off the Greek island of Crete"; a phrasal verb's "off" names no
place ("called off", "fended off")."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.place_names import one_place


@pytest.mark.parametrize(("text", "place"), [
    ("A fishing boat capsized off Lesbos on Sunday", "Lesbos"),
    ("The ferry sank off the coast of Sicily", "Sicily"),
    ("A dinghy overturned off the Spanish island of Gran Canaria", "Gran Canaria"),
    ("The tanker was seized off Yemen", "Yemen"),
])
def test_a_place_at_sea_is_read_after_off(text, place):
    assert one_place(text) == place


@pytest.mark.parametrize("text", [
    "Rebels called off Monday talks",
    "Kyiv fended off Russia for a week",
])
def test_a_phrasal_verbs_off_names_no_place(text):
    assert one_place(text) is None


def test_the_same_shipwreck_off_two_islands_is_two_facts():
    c = compare("A boat carrying 60 migrants sank off Lesbos on Sunday morning",
                "A boat carrying 60 migrants sank off the Italian island of Sicily on Sunday morning", cosine=None)
    assert c.relation != "duplicate"


def test_a_quake_off_an_island_and_one_near_a_town_are_two_places():
    c = compare("A magnitude 7.3 earthquake struck off Vanuatu on 17 December",
                "A 7.3-magnitude quake hit near Katsina on Dec. 17", cosine=None)
    assert any("different places: Vanuatu / Katsina" in r for r in c.reasons)
