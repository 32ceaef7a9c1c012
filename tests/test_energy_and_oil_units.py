"""Units of power, energy, oil and water read as measures, each converted to one unit: "bpd" and
"barrels a day", "1.2 GW" and "1,200 MW", "15 bcm" and "15 billion cubic metres" (helper figs84)."""

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def _check(a: str, b: str) -> fig.FigureCheck:
    return fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))


@pytest.mark.parametrize(("a", "b"), [
    ("some 450 thousand bpd", "about 450,000 barrels of oil per day"),
    ("2.7 mb/d of crude", "2.7 million barrels a day"),
    ("1.2 gigawatts of power", "a capacity of 1,200 MW"),
    ("4.5 terawatt hours", "4,500 GWh"),
    ("15 bcm of gas", "15 billion cubic metres of gas"),
    ("10,000 gallons of diesel", "around 38,000 litres of diesel"),
])
def test_one_measure_in_two_units_agrees(a: str, b: str) -> None:
    check = _check(a, b)
    assert check.agreements and not check.conflicts and not check.unpaired_a and not check.unpaired_b


@pytest.mark.parametrize(("a", "b"), [
    ("about 180,000 bpd", "around 80,000 barrels a day"),
    ("300 megawatts", "800 MW"),
    ("40 million cubic metres", "14 mcm"),
])
def test_two_values_in_two_units_clash(a: str, b: str) -> None:
    assert _check(a, b).conflicts


def test_power_and_energy_or_barrels_and_tonnes_are_different_things() -> None:
    assert compare("The solar park in Rajasthan has a capacity of 500 MW, the company said.",
                   "The company said the Rajasthan solar park would produce 500 GWh a year.").relation != "duplicate"
    assert compare("Exports from the Ceyhan terminal reached 700,000 bpd in May.",
                   "Exports from the Ceyhan terminal reached 700,000 tonnes in May.").relation != "duplicate"


def test_an_oil_flow_in_bpd_and_in_barrels_a_day() -> None:
    a = "Flows through the pipeline resumed at about 180,000 bpd, the oil ministry said."
    assert compare(a, "Initial flows through the pipeline were around 80,000 barrels a day, the oil ministry "
                      "said.").relation == "conflict"
    assert compare("The pipeline was carrying about 450,000 barrels of oil per day before it was shut.",
                   "Some 450 thousand bpd flowed through the pipeline before the shutdown.").relation == "duplicate"
