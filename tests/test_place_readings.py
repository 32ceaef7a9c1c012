"""Places that fed "different places" vetoes (invented sentences): a large region (a US state, an
English county) and its country, a country and its people's name read as a place ("in Afghan
bomb blast"), a bank branch or a store and its town are no different places. Two towns, two
countries, two regions, a town and a country still differ (no gazetteer says which town lies
where)."""

from __future__ import annotations

import pytest

from workbench.core.match import place_names
from workbench.core.match.compare import compare


def _other_place(a: str, b: str) -> bool:
    return any(r.startswith("different places") for r in compare(a, b).reasons)


@pytest.mark.parametrize("a, b", [
    ("Two soldiers were killed in Afghan bomb blast.", "Two soldiers were killed in Afghanistan blast."),
    ("Storms closed roads in Texas on Monday.", "Storms closed roads in the United States on Monday."),
    ("Three staff died at the Omega Savings Bank.", "Three staff died in a blaze in Patras."),
    ("Fire destroyed the Harlow Supermarket overnight.", "Fire destroyed the supermarket in Taunton overnight."),
])
def test_a_place_that_may_lie_in_the_other_is_no_other_place(a: str, b: str) -> None:
    assert not _other_place(a, b) and not _other_place(b, a)


@pytest.mark.parametrize("a, b", [
    ("Rebels shelled the army base in Hama.", "Rebels shelled the army base in Idlib."),
    ("Storms hit farms in Texas on Monday.", "Storms hit farms in Oklahoma on Monday."),
    ("Protesters marched in Germany on Sunday.", "Protesters marched in Paris on Sunday."),
    ("Protesters marched in Syria on Sunday.", "Protesters marched in Iraq on Sunday."),
    ("Police clashed with mourners in Belfast.", "Police clashed with mourners in Tunisia."),
])
def test_different_places_still_veto(a: str, b: str) -> None:
    assert _other_place(a, b) and compare(a, b).relation != "duplicate"


def test_may_contain() -> None:
    assert place_names.may_contain("Texas", "United States") and place_names.may_contain("Lebanon", "Lebanese")
    assert not place_names.may_contain("Texas", "Alaska") and not place_names.may_contain("Hama", "Idlib")
    assert not place_names.may_contain("Iran", "Iraqi") and not place_names.may_contain("India", "Indiana")


def test_a_peoples_name_is_its_own_countrys_only():
    from workbench.core.match.place_names import may_contain

    assert may_contain("Afghan", "Afghanistan") and may_contain("Lebanon", "Lebanese") and may_contain("Mexican", "Mexico")
    # a shared stem alone is not enough: Australians are not Austria's people
    assert not may_contain("Australian", "Austria") and not may_contain("Austria", "Australian")


@pytest.mark.parametrize("word", ["Haitian", "Congolese", "Afghan", "Turkish", "Syrian", "Lebanese", "Haiti"])
def test_a_peoples_name_is_known_by_its_countrys(word: str) -> None:
    assert place_names.is_people_name(word)


@pytest.mark.parametrize("word", ["Officials", "Gangs", "Indiana", "haitian"])
def test_other_words_are_no_peoples_name(word: str) -> None:
    assert not place_names.is_people_name(word)


@pytest.mark.parametrize("text, place", [
    ("Forces loyal to Gaddafi fired 40 rockets in the city of Kyiv.", ("Kyiv",)),
    ("Fighters linked to Hamas fled to Rafah.", ("Rafah",)),
    ("Militias allied to the army attacked Goma.", ()),
    ("Owing to the floods, 300 people fled to Tobruk.", ("Tobruk",)),
])
def test_to_after_a_word_that_takes_a_party_names_no_place(text: str, place: tuple[str, ...]) -> None:
    assert place_names.places(text) == place
