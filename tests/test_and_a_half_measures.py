"""A measure with a half or a quarter added read as one figure: "two and a half years", "a
two-and-a-half-year halt", "a year and a half", "an hour and a half" (helper figs84)."""

import pytest

from workbench.core import figures as fig
from workbench.core.figures.halves import spell_halves


@pytest.mark.parametrize(("text", "value", "unit", "words"), [
    ("after a two-and-a-half-year halt", 2.5, "years", "two-and-a-half-year"),
    ("after two and a half years of talks", 2.5, "years", "two and a half years"),
    ("freed after a year and a half", 1.5, "years", "a year and a half"),
    ("An hour and a half after the quake", 1.5, "hours", "An hour and a half"),
    ("4 and a half hours", 4.5, "hours", "4 and a half hours"),
    ("two and a quarter years", 2.25, "years", "two and a quarter years"),
])
def test_read_as_one_figure_with_its_words_as_written(text: str, value: float, unit: str, words: str) -> None:
    (q,) = fig.quantities_of(text)
    assert (q.value, q.unit, q.text) == (value, unit, words)


def test_a_scale_is_still_read_by_the_number_words() -> None:
    (q,) = fig.quantities_of("three and a half million people fled")
    assert q.value == 3_500_000 and q.counted == "people"
    assert spell_halves("three and a half million people") == ("three and a half million people", None)


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("a two-and-a-half-year halt", "a stoppage of some 30 months", True),
    ("after three and a half years in captivity", "after 42 months in captivity", True),
    ("an hour and a half later", "90 minutes later", True),
    ("held for 36 hours", "after a day and a half", True),
    ("a two-and-a-half-month closure", "shut for five months", False),
    ("held for 36 hours", "after two and a half days", False),
])
def test_spans_in_other_units_compare(a: str, b: str, agree: bool) -> None:
    check = fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))
    assert bool(check.agreements) == agree and bool(check.conflicts) == (not agree)
