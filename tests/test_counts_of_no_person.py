"""A count of people or deaths and a count of things no person is (`figures.counted.COUNTS_NO_PEOPLE`:
points, sites, wells, cattle, doses ...) told with one number are two facts: the figures are not
paired by number alone. A head noun no table knows still pairs with a count of people (news names
people by many words: "miners", "ex-combatants")."""

from __future__ import annotations

from workbench.core.figures import compare as fc
from workbench.core.figures.fallback import quantities_of
from workbench.core.match.compare import compare


def _paired(a: str, b: str) -> bool:
    return bool(fc.pair_figures(quantities_of(a), quantities_of(b)).pairs)


def test_deaths_and_places_set_up_do_not_pair():
    deaths = "Officials have recorded 2,340 deaths from measles since January."
    for things in ("2,340 vaccination sites", "2,340 water points", "2,340 boreholes", "2,340 cattle",
                   "2,340 vaccine doses", "2,340 treatment centres"):
        assert not _paired(deaths, f"Officials have set up {things} since January."), things


def test_a_count_of_deaths_and_one_of_places_is_no_duplicate():
    assert compare("Haiti has recorded 1,480 cholera deaths since October, the health ministry said.",
                   "Haiti has opened 1,480 oral rehydration points since October, the health ministry said."
                   ).relation != "duplicate"


def test_people_told_by_an_unknown_noun_still_pair():
    assert _paired("Rescuers pulled 14 people from the mine.", "Rescuers pulled fourteen miners from the mine.")
    assert _paired("At least 87 bodies were recovered.", "At least eighty-seven people were recovered.")
