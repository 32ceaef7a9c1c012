"""Places read where news writes them: "in the Martissant area", a quote opening "In Dessie, ...",
a Title Case headline's "in and Around Kupwara", "AT LEAST 220" in capitals (no place "Least"),
and a place inside another ("in Georgetown in Washington": one place, either name)."""

from __future__ import annotations

import pytest

from workbench.core.figures.shouting import untitle
from workbench.core.match.place_names import one_place, places_differ


@pytest.mark.parametrize(("text", "place"), [
    ("Forty vehicles were captured by police on June 15 in the Martissant area.", "Martissant"),
    ('"In Dessie, federal forces fired 120 rockets on 10 June," a spokesman said.', "Dessie"),
    ("Pakistani Forces Destroy 3 Vehicles in and Around Kupwara", "Kupwara"),
    ("GUNMEN DELIVER AT LEAST 220 TONNES OF FOOD AID IN THE CITY OF GUASAVE", "Guasave"),
    ("He was arrested in Georgetown in Washington on Monday.", "Georgetown (Washington)"),
])
def test_the_place_is_read(text: str, place: str) -> None:
    assert one_place(text) == place


def test_no_place_in_an_institution() -> None:
    assert one_place("The bill was passed in the Senate on Monday.") is None


def test_a_place_inside_another_is_either() -> None:
    assert places_differ("Georgetown (Washington)", "Washington") is None
    assert places_differ("Georgetown (Washington)", "Baltimore") is not None


def test_untitle_keeps_sentences_and_length() -> None:
    assert untitle("Troops Destroy Three Vehicles in and Around Kupwara") == "Troops Destroy Three Vehicles in and around Kupwara"
    sentence = "Around 300 people fled in and around the town."
    assert untitle(sentence) == sentence
