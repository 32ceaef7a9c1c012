"""Figures written as a part of a whole or as an area (helper pairsconf): a change "by half", "by a
third" is a share in percent, as "by 50 percent" is; an area in square kilometres or square miles
is read in one unit whichever way it is abbreviated."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare


@pytest.mark.parametrize(("text", "value"), [
    ("Tourist arrivals fell by half last year", 50.0),
    ("The budget was cut by about a third", 33.33),
    ("Wheat prices rose by two-thirds in a month", 66.67),
])
def test_a_change_by_a_part_is_a_share(text, value):
    shares = [q for q in fig.quantities_of(text) if q.unit == "%"]
    assert [q.value for q in shares] == [value]


def test_a_part_of_a_measure_or_a_word_stays_as_it_was_read():
    assert [(q.value, q.unit) for q in fig.quantities_of("Turnout fell by half a percentage point")] == [(0.5, "pp")]
    assert not [q for q in fig.quantities_of("The reform was carried out by half-hearted officials") if q.unit == "%"]


def test_a_change_by_half_agrees_with_fifty_percent():
    c = compare("Remittances to Somalia dropped by half in 2023, the central bank said",
                "The central bank said remittances to Somalia fell 50 percent in 2023")
    assert any(r.startswith("figures agree") for r in c.reasons), c.reasons
    assert c.relation == "duplicate", c.reasons


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("The fire burned 1,200 square kilometres of forest", "The fire burned 1,200 sq km of forest", True),
    ("The reserve covers 10,000 square miles", "The reserve covers about 25,900 square kilometres", True),
    ("The fire burned 1,200 square kilometres of forest", "The fire burned 12,000 sq km of forest", False),
])
def test_areas_compare_in_one_unit(a, b, agree):
    check = fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))
    assert len(check.pairs) == 1
    assert bool(check.agreements) is agree
