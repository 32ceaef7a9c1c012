"""Places read where a name is none: a storm named with its kind ("from Tropical Storm Sara"), a
country owning what a state acts through ("to Chad's army"); and a facility named with the town it
lies in ("at El Porvenir prison in La Ceiba") read as one place (`match.place_names.places`)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.place_names import places


def test_a_storm_is_no_place():
    assert places("Damage from Hurricane Otis was worst in Acapulco") == ("Acapulco",)
    assert places("Flooding from Tropical Storm Alberto forced evacuations in Monterrey") == ("Monterrey",)


def test_a_country_owning_an_army_is_no_place():
    assert places("Britain handed the camp in Lashkar Gah to Afghanistan's army") == ("Lashkar Gah",)
    assert places("The aid went to Greece's second city") == ()


def test_a_facility_in_its_town_is_one_place():
    assert places("Inmates rioted at Lurigancho prison in Lima") == ("Lurigancho (Lima)",)


def test_two_towns_are_two_facts():
    assert compare("France handed over its base in Gao to the Malian army on Sunday",
                   "France handed over its base in Timbuktu to Mali's army, officials said").relation != "duplicate"
    assert compare("A riot at Ancon prison left 12 dead, officials said",
                   "A riot at Lurigancho prison in Lima left 12 dead, officials said").relation != "duplicate"
