"""Figures news writes two ways (helper pairsdup7), on invented sentences: a multiple told as
"N-fold" ("risen threefold" = "tripled"), a measure in its singular before a noun ("a 50-kilogram
sack" = "a 50-kg sack"), the cedi's sign as Ghana's press writes it ("GH¢"), and the dead as a count
of any people ("Twelve dead in ..." / "Twelve miners were killed ...")."""

from __future__ import annotations

import pytest

from workbench.core.figures import pair_figures, quantities_of
from workbench.core.match.compare import compare


@pytest.mark.parametrize(("text", "value"), [
    ("Rents in the capital have risen threefold since 2020", 3.0),
    ("a fourfold increase in cases", 4.0),
    ("prices rose 10-fold", 10.0),
])
def test_n_fold_is_a_multiple(text: str, value: float) -> None:
    assert [(q.value, q.unit) for q in quantities_of(text)] == [(value, "×")]


def test_a_multiple_told_as_a_verb_and_as_n_fold_agree() -> None:
    check = pair_figures(quantities_of("The price of bread has tripled"),
                            quantities_of("The price of bread has risen threefold"))
    assert check.agreements and not check.conflicts


@pytest.mark.parametrize(("a", "b"), [
    ("a 50-kilogram sack of rice", "a 50-kg sack of rice"),
    ("a 10-tonne truck", "a 10-ton truck"),
    ("GH¢3 million", "3 million cedis"),
])
def test_one_measure_or_sum_written_two_ways_agrees(a: str, b: str) -> None:
    check = pair_figures(quantities_of(a), quantities_of(b))
    assert check.agreements and not check.conflicts and not check.unpaired_a and not check.unpaired_b


def test_the_dead_are_a_count_of_any_people() -> None:
    c = compare("Twelve dead in collapse at Obuasi gold mine",
                "Twelve miners were killed when a shaft collapsed at the Obuasi gold mine, police said")
    assert not any("two counts" in r for r in c.reasons)
    assert c.relation == "duplicate", c.reasons
    homes = compare("Twelve dead in floods in Obuasi", "Twelve homes were destroyed in floods in Obuasi")
    assert homes.relation != "duplicate"
