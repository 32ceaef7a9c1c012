"""Ranges written in words, and ranges whose scale word is written once, after the high end."""

import pytest

from workbench.core.figures.numbers import find_quantities


def bounds(text):
    return [(q.low, q.high) for q in find_quantities(text)]


@pytest.mark.parametrize("text, low, high", [
    ("Twenty to forty ballot papers were declared invalid", 20, 40),
    ("Seventy to one hundred and twenty staff walked out", 70, 120),
    ("five to ten years in prison", 5, 10),
])
def test_a_range_in_words(text, low, high):
    assert bounds(text) == [(low, high)]


@pytest.mark.parametrize("text, low, high", [
    ("2 to 3 million people fled", 2_000_000, 3_000_000),
    ("between two and three thousand people", 2_000, 3_000),
    ("2-3 million", 2_000_000, 3_000_000),
    ("two to three hundred homes", 200, 300),
    ("1.5 to 2 billion dollars", 1_500_000_000, 2_000_000_000),
])
def test_the_scale_written_once_applies_to_both_ends(text, low, high):
    assert bounds(text) == [(low, high)]


@pytest.mark.parametrize("text, low, high", [
    ("ten to two hundred people", 10, 200),          # 10 x 100 would pass the high end
    ("between 500 and 3 million", 500, 3_000_000),   # the low end is already past 3
    ("between 1 million and 2 million", 1_000_000, 2_000_000),
])
def test_a_low_end_that_cannot_share_the_scale_keeps_its_own(text, low, high):
    assert bounds(text) == [(low, high)]


@pytest.mark.parametrize("text", ["it was ten to five when they left", "one to one meetings",
                                  "call 800-800-3855"])
def test_a_falling_or_flat_pair_is_no_range(text):
    assert not any(q.high is not None and q.low is not None and q.low < q.high for q in find_quantities(text))
