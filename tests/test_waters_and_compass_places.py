"""Waters after "the" and compass parts of countries are places (`match.place_names.places_apart`)."""

from __future__ import annotations

import pytest

from workbench.core.match.bare_places import places_apart
from workbench.core.match.compare import compare
from workbench.core.match.place_names import one_place


@pytest.mark.parametrize("a, b", [
    ("The Houthis fired two missiles at a tanker in the Gulf of Aden", "The Houthis fired two missiles at a tanker in the southern Red Sea"),
    ("Thousands of displaced residents began returning to villages in southern Lebanon",
     "Thousands of displaced residents began returning to communities in northern Israel"),
    ("A cargo ship was seized in the Strait of Hormuz", "A cargo ship was seized in the Black Sea"),
])
def test_two_waters_or_two_compass_parts_are_two_places(a: str, b: str) -> None:
    assert places_apart(a, b) is not None
    assert compare(a, b).relation != "duplicate"


@pytest.mark.parametrize("a, b", [
    ("A tanker was hit in the Red Sea", "A tanker was hit in the southern Red Sea"),
    ("Gunmen killed 12 villagers in north-east Nigeria", "Gunmen killed 12 villagers in Nigeria"),
    ("Gunmen killed 12 villagers in southern Lebanon", "Gunmen killed 12 villagers in south Lebanon"),
    # a compass part of no known country is a town's part, not read ("in central Bamako")
    ("Protesters gathered in central Bamako", "Protesters gathered in Bamako"),
    # one claim naming no place at all
    ("Pirates attacked a merchant vessel in the Gulf of Aden", "Pirates tried to storm a ship"),
])
def test_one_place_in_two_wordings_or_none_is_no_other_place(a: str, b: str) -> None:
    assert places_apart(a, b) is None


def test_the_anchors_place_is_unchanged() -> None:
    # the sea is read for telling two places apart only: `one_place` (the anchor's) reads none
    assert one_place("Pirates attacked a merchant vessel in the Gulf of Aden") is None


@pytest.mark.parametrize("a, b, apart", [
    ("Fano fighters seized the town of Kobo after government troops withdrew",
     "Fano fighters took over Woldia after the withdrawal of government troops", True),
    ("The UN envoy visited the Tindouf camps", "The UN envoy visited Laayoune", True),
    ("Rebels seized the town of Kobo on Monday", "Rebels captured Kobo on Monday", False),
    ("Rebels seized the town of Kobo on Monday", "Rebels captured the town on Monday", False),
    # a known organisation taken on is no place ("stormed Hezbollah's positions" reads none)
    ("Troops overran Hezbollah positions", "Troops overran ISWAP positions", False),
])
def test_a_place_taken_or_visited_is_read_as_its_verbs_object(a: str, b: str, apart: bool) -> None:
    assert (places_apart(a, b) is not None) == apart
