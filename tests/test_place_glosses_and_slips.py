"""A place glossed in brackets is either name ("Islamabad (Anantnag)"), a place name with a typing
slip is the place ("Naiobi" / "Nairobi"), and a language a quote was translated from is no place
(`match.place_names`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.place_names import one_place, places_differ


@pytest.mark.parametrize(("a", "b"), [
    ("Islamabad (Anantnag)", "Anantnag"), ("Chattogram (Chittagong)", "Chittagong"),
    ("Naiobi", "Nairobi"), ("Le Have", "Le Havre"), ("Gneova", "Genova"), ("Guaave", "Guasave"),
])
def test_one_place(a: str, b: str) -> None:
    assert places_differ(a, b) is None


@pytest.mark.parametrize(("a", "b"), [
    ("Palma", "Parma"), ("Gambia", "Zambia"), ("Islamabad (Anantnag)", "Srinagar"), ("Homs", "Hama"),
])
def test_other_places(a: str, b: str) -> None:
    assert places_differ(a, b) is not None


def test_a_gloss_is_read_with_its_place() -> None:
    assert one_place("300 civilians were set free in Islamabad (Anantnag), an army spokesman said.") == "Islamabad (Anantnag)"


def test_the_language_of_a_translation_is_no_place() -> None:
    text = '"2,000 rockets were fired in Tete," an official said, according to a translation from Portuguese.'
    assert one_place(text) == "Tete"


def test_a_glossed_place_anchors_its_retelling() -> None:
    r = compare("According to the magistrate, 550 vehicles were destroyed on 9 June 2025 near Islamabad (Anantnag).",
                "An army spokesman said militants razed 550 vehicles in and around Anantnag on Monday, June 9.")
    assert r.relation == "duplicate", r.reasons
