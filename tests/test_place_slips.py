"""A typing slip in one spelling of a place is that place (helper sitreprecall)."""

from workbench.core.match.place_names import places_differ


def test_a_slip_of_a_spelling_in_the_table_is_the_place() -> None:
    assert places_differ("Chisiamio", "Kismayo") is None  # "Chisimaio" with two letters swapped
    assert places_differ("Baydhba", "Baidoa") is None  # "Baydhaba" with a letter dropped


def test_a_slip_of_a_spelling_with_the_same_skeleton_is_the_place() -> None:
    assert places_differ("Agfoi", "Afgooye") is None  # "Afgoi"


def test_other_places_stay_apart() -> None:
    assert places_differ("Palma", "Parma") is not None
    assert places_differ("Gambia", "Zambia") is not None
    assert places_differ("Homs", "Hama") is not None


def test_names_that_begin_apart_are_other_places() -> None:
    # one letter apart in their skeletons, but a transliteration keeps a name's first sound (stop 34)
    assert places_differ("Nagpur", "Jaipur") is not None
    assert places_differ("Kandahar", "Qandahar") is None
    assert places_differ("Kaduqli", "Kadugli") is None
    assert places_differ("Mykolaiv", "Nikolaev") is None  # the first sound written another way
