"""Places that fed "different places" vetoes (invented sentences): a country or a large region
(a US state, an English county) and a town in it, a bank branch or a store and its town, may lie
one in the other. Two towns, two countries, two regions, a country and another country's capital
still differ."""

from __future__ import annotations

import pytest

from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def _other_place(a: str, b: str) -> bool:
    return any(r.startswith("different places") for r in compare(a, b).reasons)


@pytest.mark.parametrize("a, b", [
    ("A gunman opened fire at a school in Germany on Tuesday.", "A gunman opened fire at a school in Ulm on Tuesday."),
    ("The convict escaped from a prison van in Texas.", "The convict escaped from a prison van near Lufkin."),
    ("Fire destroyed the supermarket in Somerset overnight.", "Fire destroyed the supermarket in Taunton overnight."),
    ("Three staff died at the Omega Savings Bank.", "Three staff died in a blaze in Patras."),
])
def test_a_place_that_may_lie_in_the_other_is_no_other_place(a: str, b: str) -> None:
    assert not _other_place(a, b) and not _other_place(b, a)


@pytest.mark.parametrize("a, b", [
    ("Rebels shelled the army base in Hama.", "Rebels shelled the army base in Idlib."),
    ("Storms hit farms in Texas on Monday.", "Storms hit farms in Oklahoma on Monday."),
    ("Protesters marched in Germany on Sunday.", "Protesters marched in Paris on Sunday."),
    ("Protesters marched in Syria on Sunday.", "Protesters marched in Iraq on Sunday."),
])
def test_different_places_still_veto(a: str, b: str) -> None:
    assert _other_place(a, b) and compare(a, b).relation != "duplicate"


def test_may_contain() -> None:
    assert knowledge.may_contain("Greece", "Athens") and knowledge.may_contain("Britain", "London")
    assert not knowledge.may_contain("Britain", "Paris") and not knowledge.may_contain("Hama", "Idlib")
