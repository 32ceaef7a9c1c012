"""One comparison told the opposite way, and a change told as a multiple up against down
(`match.comparisons_reversed`; sets 145-148, helper conf145)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.comparisons_reversed import comparisons, multiples
from workbench.core.vocab import Relation

CONFLICTS = [
    ("A 2018 Oxford study found lead levels in Flint tap water higher than in Detroit.",
     "According to a 2018 Oxford study, lead levels in Flint tap water were lower than in Detroit."),
    ("The survey found more women than men in senior posts at the ministry.",
     "The survey found fewer women than men in senior posts at the ministry."),
    ("Snowfall in Oslo this winter was above the ten-year average, forecasters said.",
     "Snowfall in Oslo this winter was below the ten-year average, forecasters said."),
    ("Bread prices in Khartoum have fallen fourfold since the ceasefire, traders said.",
     "Bread prices in Khartoum have quadrupled since the ceasefire, traders said."),
    ("Wheat exports from Odesa halved in March, port officials said.",
     "Wheat exports from Odesa doubled in March, port officials said."),
]
NOT_CONFLICTS = [
    # one change told two ways
    ("Bread prices in Khartoum have risen fourfold since the ceasefire.",
     "Bread prices in Khartoum have quadrupled since the ceasefire."),
    ("The signal from the probe has weakened threefold.", "The signal from the probe has become three times weaker."),
    ("The signal from the probe decreased threefold.", "The signal from the probe became three times weaker."),
    # one direction against two yardsticks
    ("A 2018 Oxford study found lead levels in Flint tap water higher than in Detroit.",
     "A 2018 Oxford study found lead levels in Flint tap water higher than in Toledo."),
]


def test_the_readings_of_one_claim() -> None:
    (c,) = comparisons("Radiation was higher than near Chernobyl.")
    assert c[0] == ((0, 1),) and c[2] == frozenset({"near", "chernobyl"})
    (c,) = comparisons("No more than 300 people came.")
    assert c[0] == ((1, -1),) and "300" in c[2]  # "no more than": 300 or fewer
    assert multiples("Prices fell threefold.") == frozenset({-1})
    assert multiples("Prices tripled.") == frozenset({1})
    assert not multiples("Prices fell three times this year.")  # three occasions
    assert not multiples("The gym doubled as a shelter.")


def test_a_comparison_reversed_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_one_comparison_told_two_ways_is_no_conflict() -> None:
    found = compare_many(NOT_CONFLICTS)
    for (a, b), c in zip(NOT_CONFLICTS, found, strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
    assert found[-1].relation != Relation.DUPLICATE.value, found[-1].reasons  # two yardsticks: two findings
