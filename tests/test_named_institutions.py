"""A named institution after "the" is a place (`place_names._INSTITUTION_RE`), and two facilities
in one town are two places (`places_differ`); a facility and its town stay one place."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.place_names import places, places_differ


def test_a_named_institution_is_read_with_its_town():
    assert places("Troops were deployed at the Federal University of Technology in Owerri") == (
        "Federal University of Technology (Owerri)",)
    assert places("He spoke at the World Bank in Nairobi") == ("Nairobi",)  # a bank names a body as often


def test_two_institutions_in_one_town_are_two_places():
    assert places_differ("Makerere University (Kampala)", "Kyambogo University (Kampala)") is not None
    assert places_differ("Makerere University (Kampala)", "Kampala") is None
    assert compare("Police arrested 40 students at Makerere University in Kampala",
                   "Police arrested 40 students at the Federal University of Technology in Kampala"
                   ).relation != "duplicate"
