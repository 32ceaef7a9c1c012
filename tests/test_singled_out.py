"""Codes, route ends and nationalities single out one thing among its kind (`match.singled_out`):
two claims alike in every other word that name two of them tell two facts, while a retelling that
names the same one, or names it in other words, stays a duplicate."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.singled_out import codes_named, ends_named, nationalities_named


def test_codes_are_read_in_one_form():
    assert codes_named("Two F-16s and the N1 highway, flight MH370 and Resolution 2334") == \
        frozenset({"F16", "N1", "MH370", "RESOLUTION2334"})
    assert codes_named("The 3rd brigade moved 5km on 12 May") == frozenset()
    assert codes_named("Onions cost Rs90 a kilo and petrol N617 a litre, up from N1,000") == frozenset()  # prices


def test_two_codes_are_two_things():
    assert compare("Floods cut the N4 between Lusaka and Chipata, the roads agency said",
                   "Floods cut the N9 between Lusaka and Chipata, the roads agency said").relation != "duplicate"
    assert compare("Floods cut the N4 between Lusaka and Chipata, the roads agency said",
                   "The roads agency said floods had cut the N4 between Lusaka and Chipata").relation == "duplicate"


def test_route_ends_are_read_without_months():
    assert ends_named("Rockslides blocked the road between Cusco and Puno") == frozenset({"Cusco", "Puno"})
    assert ends_named("Prices rose between January and March") == frozenset()


def test_another_end_is_another_route():
    assert compare("Trains between Lyon and Turin were suspended after the landslide",
                   "Trains between Lyon and Geneva were suspended after the landslide").relation != "duplicate"


def test_nationalities_of_the_people_acted_on():
    assert nationalities_named("police deported 40 vietnamese workers") == frozenset({"Vietnam"})
    assert nationalities_named("vietnamese police deported 40 workers") == frozenset()  # (armed men: doers)


def test_people_of_two_countries_are_two_facts():
    assert compare("Forty Ethiopian migrants were arrested by police in Durban on Friday",
                   "Police in Durban arrested forty Somali migrants on Friday").relation != "duplicate"
    assert compare("Two Turkish engineers were kidnapped in Niger on Monday",
                   "Gunmen kidnapped two Chinese engineers in Niger on Monday").relation != "duplicate"
    assert compare("Forty migrants from Ethiopia were arrested by police in Durban on Friday",
                   "Police in Durban arrested forty Ethiopian migrants on Friday").relation == "duplicate"


def test_a_journey_from_one_place_to_another_names_its_ends() -> None:
    """'from Novi Sad to Strasbourg' / 'from Novi Sad to Brussels': two journeys (set 73)."""
    assert ends_named("Students cycled from Novi Sad to Strasbourg") == {"Novi Sad", "Strasbourg"}
    assert ends_named("The talks ran from January to March") == frozenset()
    found = compare("Students cycled from Novi Sad to Strasbourg to draw attention to the protests in Serbia.",
                    "Students ran from Novi Sad to Brussels to draw attention to the protests in Serbia.")
    assert found.relation != "duplicate", found.reasons
