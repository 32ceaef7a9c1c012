"""Temperatures, wind speeds and imperial measures as figures (stop 34): "47C" and "47 degrees
Celsius" are one temperature, "40 knots" and "46 mph" speeds read in km/h, "100 miles" a length in
km; and two figures of different dimensions, or a physical measure against a count of named things,
are figures of different things: another fact however alike the words."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def _read(text: str) -> list[tuple[float | None, str | None]]:
    return [(None if q.value is None else round(q.value, 1), q.unit) for q in fig.quantities_of(text)]


@pytest.mark.parametrize(("text", "read"), [
    ("Temperatures reached 45C in Multan", [(45.0, "°C")]),
    ("Temperatures reached 45 degrees Celsius in Multan", [(45.0, "°C")]),
    ("A high of 45°C was forecast", [(45.0, "°C")]),
    ("It was 113 degrees Fahrenheit in Phoenix", [(113.0, "°F")]),
    ("Gusts of 60 knots hit the coast", [(111.1, "km/h")]),
    ("Gusts of 69 mph hit the coast", [(111.0, "km/h")]),
    ("The convoy drove 100 miles north", [(160.9, "km")]),
])
def test_temperatures_speeds_and_miles_are_read_in_one_unit(text, read):
    assert _read(text) == read


def test_a_spaced_capital_c_is_no_temperature():
    assert _read("Under section 5 C of the act, 12 officers were suspended")[0][1] is None


def test_one_temperature_in_two_spellings_is_one_figure_and_two_temperatures_clash():
    same = compare("Jacobabad recorded 51C on Sunday, the met office said",
                   "The met office said a temperature of 51 degrees Celsius was recorded in Jacobabad on Sunday",
                   cosine=None)
    assert same.relation == "duplicate"
    other = compare("Jacobabad recorded 51C on Sunday, the met office said",
                    "The met office said a temperature of 48 degrees Celsius was recorded in Jacobabad on Sunday",
                    cosine=None)
    assert other.relation == "conflict"


def test_a_wind_speed_in_knots_agrees_with_the_same_speed_in_mph():
    c = compare("The typhoon brought winds of 100 knots to Okinawa on Monday",
                "Winds of 115 mph battered Okinawa on Monday as the typhoon passed", cosine=None)
    assert c.relation != "conflict"
    assert not any("figures disagree" in r for r in c.reasons)


@pytest.mark.parametrize(("a", "b"), [
    ("Floods have left 800 trucks stuck on the highway near Rosario, drivers said",
     "Floods have left 800 tonnes of grain spoiling on the highway near Rosario, drivers said"),
    ("Gusts of up to 50 knots were recorded as the ferry sank, the port authority said",
     "Swells of up to six metres were recorded as the ferry sank, the port authority said"),
])
def test_figures_of_two_dimensions_are_two_facts(a, b):
    c = compare(a, b, cosine=None)
    assert c.relation != "duplicate"
    assert any("figures of different things" in r for r in c.reasons)


def test_two_counts_of_one_thing_are_no_figures_of_different_things():
    c = compare("Floods have left 800 trucks stuck near Rosario", "Floods left some 800 lorries stranded near Rosario",
                cosine=None)
    assert not any("figures of different things" in r for r in c.reasons)


def test_a_converted_figure_says_the_unit_it_was_read_in():
    (miles,) = fig.quantities_of("The convoy drove about 30 miles north")
    assert fig.describe(miles) == '"about 30 miles" (41.28-55.76 km)'
    (written,) = fig.quantities_of("The rain reached 240 mm in a day")
    assert fig.describe(written) == '"240 mm" (240)'
