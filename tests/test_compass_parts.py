"""Two compass parts of one thing are two places (`match.compass`); a direction within the other
is none. A compass part of a province is read as the claim's place (`bare_places.one_wider_place`)."""

from __future__ import annotations

from workbench.core.match.bare_places import one_wider_place
from workbench.core.match.compare import compare
from workbench.core.match.compass import compass_apart, compass_parts


def test_two_directions_of_one_thing_are_apart():
    assert compare("Floods displaced 4,000 people in two eastern provinces",
                   "Floods displaced 4,000 people in two western provinces").relation != "duplicate"
    assert compass_apart(compass_parts("fighting in North Kivu"), compass_parts("fighting in South Kivu"))
    assert compass_apart(compass_parts("a fire north of Kamloops"), compass_parts("a fire south of Kamloops"))


def test_a_direction_within_the_other_or_of_another_thing_is_no_clash():
    assert compass_apart(compass_parts("in northern Nigeria"), compass_parts("in north-eastern Nigeria")) is None
    assert compass_apart(compass_parts("in northern Nigeria"), compass_parts("in southern Niger")) is None
    assert compass_apart(compass_parts("in northern Nigeria"), compass_parts("in Nigeria")) is None


def test_a_compass_part_of_a_province_is_a_place():
    assert one_wider_place("Crews fought fires in northern Saskatchewan") == ("Northern Saskatchewan", 1)
    assert compare("The army sent 200 soldiers to fight fires in Ontario",
                   "The army sent 200 soldiers to fight fires in northern Saskatchewan").relation != "duplicate"
