"""A place named with an Arabic article joined inside its name ("Wadi al-Kabir") is named by the
other claim without it ("the Wadi Kabir area"): no other place (helper dup139, sets 137-140)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.place_names import names_written, place_words, places_differ_unnamed


def test_an_article_inside_a_place_name_is_no_word_of_it() -> None:
    assert place_words("Wadi al-Kabir") == frozenset({"wadi", "kabir"})
    assert place_words("Hay al-Amil") == frozenset({"hay", "amil"})


def test_a_district_with_and_without_its_article_is_one_place() -> None:
    a = "The car bomb exploded in Baghdad's Hay al-Amil neighbourhood."
    b = "The car bomb went off in the Hay Amil area of Baghdad."
    assert places_differ_unnamed("Hay al-Amil", "Baghdad", names_written(a), names_written(b)) is None
    assert compare(a, b).relation == "duplicate"
    assert compare("Fighting broke out in Tripoli's Ain al-Zara district on Friday.",
                   "Clashes erupted on Friday in the Ain Zara area of Tripoli.").relation == "duplicate"


def test_two_districts_of_one_city_stay_apart() -> None:
    a = "The car bomb exploded in Baghdad's Hay al-Amil neighbourhood."
    assert compare(a, "The car bomb went off in the Hay al-Jihad area of Baghdad.").relation != "duplicate"
    assert compare("Fighting broke out in Tripoli's Ain al-Zara district on Friday.",
                   "Clashes erupted on Friday in the Abu Salim area of Tripoli.").relation != "duplicate"
