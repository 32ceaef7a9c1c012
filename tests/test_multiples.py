"""A change told as a multiple (`figures.shares.word_multiples`, stop 34): "tripled", "nearly
doubled", "three times higher", "twice as many" are figures (x3, x2), so "prices nearly tripled"
and "almost three times higher" are one change, and "doubled" against "tripled" two."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.figures.shares import MULTIPLE
from workbench.core.match.compare import compare


def _multiples(text: str) -> list[float | None]:
    return [q.value for q in fig.quantities_of(text) if q.unit == MULTIPLE]


@pytest.mark.parametrize(("text", "value"), [
    ("Rice prices have tripled since the cyclone", 3.0),
    ("The number of cholera cases nearly doubled in a week", 2.0),
    ("Bread now costs four times as much as in January", 4.0),
    ("Arrivals were twice as high as last year", 2.0),
    ("Imports are 3.5 times higher than before the war", 3.5),
])
def test_a_multiple_is_a_figure(text, value):
    assert _multiples(text) == [value]


@pytest.mark.parametrize("text", [
    "Police arrested him three times last year",
    "The striker doubled up in pain",
    "The school gym doubled as a shelter",
])
def test_a_count_of_times_or_a_phrasal_verb_is_no_multiple(text):
    assert _multiples(text) == []


def test_one_multiple_told_two_ways_agrees_and_two_multiples_clash():
    same = compare("Onion prices in Lagos have nearly tripled this year, traders said",
                   "Traders said onion prices in Lagos are almost three times higher than at the start of the year",
                   cosine=None)
    assert any("figures agree" in r and "tripled" in r for r in same.reasons)
    other = compare("Onion prices in Lagos have doubled this year, traders said",
                    "Onion prices in Lagos have tripled this year, traders said", cosine=None)
    assert other.relation == "conflict"
