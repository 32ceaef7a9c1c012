"""A rate or a price that rose and one that eased, slowed, dipped or cooled to the same figure
tell its two directions (helper pairsconf4): opposite outcomes, never one fact."""

import pytest

from workbench.core.match.compare import compare_many


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


@pytest.mark.parametrize("down", ["eased", "slowed", "dipped", "cooled", "edged down"])
def test_a_rate_up_and_down_to_one_figure_is_a_conflict(down: str) -> None:
    got = _got("Kenya's inflation rose to 6.8 percent in March, the statistics office said",
               f"Inflation in Kenya {down} to 6.8% in March, according to the statistics office")
    assert got.relation == "conflict"
    assert any(r.startswith("opposite outcomes") for r in got.reasons)


def test_a_rate_that_accelerated_is_no_rate_that_fell() -> None:
    got = _got("Ghana's inflation accelerated to 23 percent in June",
               "Inflation in Ghana fell to 23% in June")
    assert got.relation == "conflict"


def test_one_direction_told_two_ways_stays_one_fact() -> None:
    assert _got("Kenya's inflation eased to 6.8 percent in March",
                "Inflation in Kenya slowed to 6.8% in March").relation == "duplicate"
    assert _got("Petrol prices edged up to 190 shillings a litre in May",
                "The price of petrol rose to 190 shillings per litre in May").relation == "duplicate"
