"""A ship's or a plane's flag or owner tells two of them apart (`match.kind_slots.other_flag`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.kind_slots import other_flag


def test_two_flags_or_owners_are_two_ships() -> None:
    a = "The Houthis attacked a Greek-owned tanker in the Red Sea"
    b = "The Houthis attacked a Liberian-flagged tanker in the Red Sea"
    c = compare(a, b)
    assert c.relation == "related"
    assert "another flag or owner: greek / liberian: a different fact" in c.reasons


@pytest.mark.parametrize("a, b", [
    # one ship told with both its owner and its flag, or its flag's country spelt another way
    ("the houthis attacked a greek owned liberian flagged tanker", "the houthis attacked a liberian flagged tanker"),
    ("a panamanian flagged bulk carrier was hit", "a bulk carrier flagged in panama was hit"),
    ("a liberian flagged tanker was hit", "a tanker registered in liberia was hit"),
    # an owner that is no country ("state-owned") is no flag
    ("a state owned tanker was hit", "a liberian flagged tanker was hit"),
])
def test_one_flag_or_no_country_is_no_other_ship(a: str, b: str) -> None:
    assert other_flag(a, b) is None
