"""A place written with an Arabic article and a space ("in al Fashir", "in el Fasher") is read,
and is the place written "Al-Fashir"; "in an Israeli strike" names no place."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.place_names import one_place, places_differ


def test_article_with_a_space_opens_a_place():
    assert one_place("Fighters captured 150 shops in al Fashir on 11 June.") == "al Fashir"
    assert one_place("Shelling hit 20 homes in el Fasher.") == "el Fasher"
    assert places_differ("al Fashir", "Al-Fashir") is None
    assert one_place("He was killed in an Israeli strike.") is None


def test_another_town_with_an_article_is_another_fact():
    assert compare("Rebels seized 150 shops in al Fashir on 11 June.",
                   "Rebels seized 150 shops in Kadugli on 11 June.").relation != "duplicate"
