"""A place after "parts of", "much of", "some areas of" is read as the claim's place (`place_names.places`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.place_names import places


@pytest.mark.parametrize("text, place", [
    ("Voting was extended into Thursday in parts of Harare.", ("Harare",)),
    ("Power was cut in much of Lagos on Monday.", ("Lagos",)),
    ("Curfews were imposed in some areas of Dhaka.", ("Dhaka",)),
    ("Mobile internet was cut in large parts of Port Sudan on Tuesday.", ("Port Sudan",)),
    ("Floods hit parts of northern Kenya.", ()),
])
def test_a_place_after_parts_of(text: str, place: tuple[str, ...]) -> None:
    assert places(text) == place


def test_two_places_in_the_same_slot_are_two_facts() -> None:
    c = compare("Heavy rain flooded streets in parts of Accra on Sunday.",
                "Heavy rain flooded streets in parts of Kumasi on Sunday.")
    assert c.relation != "duplicate"


@pytest.mark.parametrize("a, b", [
    ("Mobile internet was cut in large parts of Khartoum on Tuesday.", "Mobile internet was cut in parts of Khartoum on Tuesday."),
    ("Water supplies were cut in parts of Tripoli after the militia clashes.",
     "Water supplies were cut in Tripoli after the militia clashes."),
])
def test_a_part_of_the_place_and_the_place_are_one(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"
