"""Measures news writes in several ways read as one unit: a speed written out or abbreviated, square
miles shortened, British papers' "pc" for per cent, a magnitude named before its number, "a single day" as a span of one day
(helper pairsdup6)."""

import pytest

from workbench.core import figures as fig


def _check(a: str, b: str) -> fig.FigureCheck:
    return fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))


@pytest.mark.parametrize(("a", "b"), [
    ("winds of 140 km/h", "winds of 140 kilometres per hour"),
    ("gusts of 90 kph", "gusts of 90 km/h"),
    ("85 mph winds", "winds of 85 miles an hour"),
    ("2,300 sq miles of forest", "2,300 square miles of forest"),
    ("a magnitude 5.9 quake", "a 5.9-magnitude quake"),
    ("an earthquake of magnitude 7.2", "a 7.2 magnitude earthquake"),
    ("80 mm of rain in 24 hours", "80 millimetres of rain in a single day"),
    ("turnout of 61pc", "turnout of 61 per cent"),
    ("gusts of 60 mph", "gusts of 97 km/h"),
])
def test_one_measure_written_two_ways_agrees(a: str, b: str) -> None:
    check = _check(a, b)
    assert check.agreements and not check.conflicts and not check.unpaired_a and not check.unpaired_b


def test_two_magnitudes_still_clash_and_a_comparison_is_no_span() -> None:
    assert _check("a magnitude 5.9 quake", "a 6.3-magnitude quake").conflicts
    assert not [q for q in fig.quantities_of("the highest level in a year") if q.unit in ("years", "days")]
