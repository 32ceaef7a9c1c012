"""The thing acted on named by where it stands ("a prison in Kissy") against another named one
("Pademba Road prison") is another thing named (`named_objects._done_to`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize("a, b", [
    ("Gunmen attacked Pademba Road prison in central Freetown on Sunday, the government said.",
     "Gunmen attacked a prison in Kissy, in eastern Freetown, on Sunday, the government said."),
    ("Gunmen attacked the Wilberforce barracks in Freetown on Sunday, according to officials.",
     "Gunmen attacked the naval barracks at Murray Town in Freetown on Sunday, according to officials."),
    ("Militants stormed Kuje prison near Abuja on Tuesday night, officials said.",
     "Militants stormed a prison at Suleja near Abuja on Tuesday night, officials said."),
    ("Rebels attacked the Kamanyola barracks in South Kivu on Saturday, the army said.",
     "Rebels attacked the army barracks at Uvira in South Kivu on Saturday, the army said."),
])
def test_another_located_thing_is_another_fact(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("another thing named") for r in c.reasons)


@pytest.mark.parametrize("a, b", [
    ("Militants stormed Kuje prison near Abuja on Tuesday night, officials said.",
     "Gunmen attacked a prison at Kuje near Abuja on Tuesday night, officials said."),
    ("Fire destroyed the Owino market in central Kampala overnight, police said.",
     "A blaze gutted a market at Owino in Kampala overnight, police said."),
])
def test_the_same_thing_named_by_its_place_is_one_fact(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"
