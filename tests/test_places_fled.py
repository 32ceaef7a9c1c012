"""A place fled, evacuated or abandoned is read as the verb's object, as "fled from" was
(`place_names.taken_places`): two such places are two facts."""

from __future__ import annotations

from workbench.core.match.bare_places import one_wider_place
from workbench.core.match.compare import compare


def test_a_place_fled_is_read():
    assert one_wider_place("About 900 families fled Kamwenge after the raid") == ("Kamwenge", 1)
    assert one_wider_place("Residents evacuated Kherson on Monday") == ("Kherson", 1)


def test_two_places_fled_are_two_facts():
    assert compare("About 900 families fled Kamwenge after the raid, officials said",
                   "About 900 families fled their villages in Bundibugyo after the raid, officials said"
                   ).relation != "duplicate"
