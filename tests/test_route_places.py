"""A place passed through ("the main road through Kutaisi", "via Djibouti") is read to tell two
places apart (`place_names._ROUTE_RE`, `places_apart`), as places taken or visited are."""

from __future__ import annotations

from workbench.core.match.bare_places import places_apart
from workbench.core.match.compare import compare


def test_a_road_through_one_town_is_not_a_road_in_another():
    a = "Truckers blocked the main highway in Gyumri for six hours on Monday"
    b = "Drivers blocked the main road through Vanadzor for six hours on Monday"
    assert places_apart(a, b) == "different places: Gyumri / Vanadzor"
    assert compare(a, b).relation != "duplicate"


def test_the_same_place_passed_through_is_one_place():
    assert places_apart("The convoy drove through Vanadzor on Monday", "The convoy passed Vanadzor on Monday") is None
    assert places_apart("Aid reached Gyumri via Vanadzor", "Aid reached Gyumri through Vanadzor") is None
