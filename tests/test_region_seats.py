"""A region's seat of government and the region: no different places, and the seat named for the
region's authorities (helper figs84)."""

from workbench.core.match.compare import compare
from workbench.core.match.place_names import places_differ


def test_a_seat_lies_in_its_region() -> None:
    assert places_differ("Tiraspol", "Transnistria") is None
    assert places_differ("Mekelle", "Tigray") is None
    assert places_differ("Erbil", "Iraqi Kurdistan") is None


def test_other_places_stay_apart() -> None:
    assert places_differ("Tiraspol", "Chisinau")
    assert places_differ("Mekelle", "Adigrat")
    assert places_differ("Madrid", "Catalonia")


def test_a_count_told_by_officials_of_the_seat_clashes() -> None:
    assert compare("Around 350,000 people in Transnistria were left without heating, officials said.",
                   "Officials in Tiraspol put the number of people left without heating at some 35,000."
                   ).relation == "conflict"


def test_the_seat_for_the_region_s_authorities() -> None:
    assert compare("The Kuchurgan power plant in Transnistria has switched from gas to coal, the region's "
                   "authorities said.",
                   "According to Tiraspol, the Cuciurgan power station is now burning coal instead of gas."
                   ).relation == "duplicate"
