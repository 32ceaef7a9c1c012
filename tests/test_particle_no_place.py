"""A phrasal verb's particle is no "in" of a place (helper dup125, sets 125-128 read): "was sworn
in before the emir" names nobody inside the emir, so "took the oath in front of the emir" is the
same act, not "inside and outside one place"; a crowd inside a building and one in front of it
stay two facts."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.inside_outside import inside_and_outside, places_read


def test_a_particle_before_a_preposition_names_no_place() -> None:
    inside, _, _ = places_read("the new cabinet was sworn in before the emir on sunday")
    assert "emir" not in inside
    inside, _, _ = places_read("she was sworn in as prime minister")
    assert "minister" not in inside
    assert inside_and_outside("the cabinet was sworn in before the emir",
                              "the cabinet took the oath in front of the emir") is None


def test_sworn_in_before_and_in_front_of_are_one_act() -> None:
    assert compare("Ecuador's new interior minister was sworn in before the national assembly on Monday.",
                   "On Monday the new interior minister of Ecuador took the oath of office in front of the national "
                   "assembly.").relation == "duplicate"
    assert compare("Twelve new judges were sworn in before the chief justice in Nairobi on Friday.",
                   "On Friday in Nairobi twelve new judges took the oath in front of the chief justice.").relation \
        == "duplicate"


def test_inside_and_in_front_of_stay_apart() -> None:
    assert compare("About 300 protesters gathered in front of the parliament building in Tbilisi.",
                   "About 300 protesters gathered inside the parliament building in Tbilisi.").relation != "duplicate"
    assert compare("Hundreds of migrants are sheltering in the stadium in Tijuana.",
                   "Hundreds of migrants are sheltering outside the stadium in Tijuana.").relation != "duplicate"
