"""Figure misreadings that made two figures pair and clash (invented sentences): an age read as
a count, a rounding read as another figure, a fraction of a unit, a unit prefix read as a
million, "several hundred", a period or a decade read as a count, a decimal comma. The right
conflicts next to each fix stay conflicts."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.figures.rules import AGE, is_rounding_of, written_step


def _values(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in fig.quantities_of(text)]


def _check(a: str, b: str) -> fig.FigureCheck:
    return fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b))


def _verdicts(a: str, b: str) -> list[tuple[str, str, bool]]:
    return [(x.text, y.text, ok) for x, y, ok in _check(a, b).pairs]


# --- ages ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hollis, 52, was charged on Monday.",
    "The driver, Anna Kowalski, 52.",
    "The clerk is 52 years old.",
    "A 52-year-old clerk was charged.",
    "The trial covers clerks 52 and older.",
])
def test_an_age_is_read_as_an_age(text: str) -> None:
    assert _values(text) == [(52.0, AGE)]


def test_an_age_does_not_pair_with_a_count() -> None:
    check = _check("Hollis faces three counts of fraud.", "Hollis, 52, faces fraud charges.")
    assert check.pairs == [] and not check.conflicts


def test_an_age_does_not_pair_with_a_duration() -> None:
    assert _check("Hollis, 52, was jailed.", "Hollis was jailed for 25 years.").pairs == []


@pytest.mark.parametrize(("a", "b"), [
    ("Hollis, 52, was charged.", "Hollis, 53, was charged."),
    ("The clerk is 31 years old.", "The clerk is 32 years old."),
    ("Hollis, 31, was charged.", "Hollis, 32 years old, was charged."),
])
def test_different_ages_still_conflict(a: str, b: str) -> None:
    assert [ok for _, _, ok in _check(a, b).pairs] == [False]


def test_a_percentage_after_a_name_is_no_age() -> None:
    assert _values("Hollis, 52 percent, said no.") == [(52.0, "%")]


# --- rounding at the figure's own precision ---------------------------------------------------

def test_written_step() -> None:
    assert written_step("2,345", 2345.0) == 1
    assert written_step("2,344.81", 2344.81) == pytest.approx(0.01)
    assert written_step("1.2 million people", 1_200_000.0) == pytest.approx(100_000)
    assert written_step("three quarters", 3.0) is None
    assert written_step("2 1/2 weeks", 2.5) is None  # a fraction: no plain decimal


def test_is_rounding_of() -> None:
    assert is_rounding_of(2345, 1, 2344.81, 0.01)
    assert not is_rounding_of(2345, 1, 2345.62, 0.01)  # rounds to 2,346
    assert not is_rounding_of(30, 1, 31, 1)  # the same precision: no rounding of each other


@pytest.mark.parametrize(("a", "b"), [
    ("The index closed at 2,345.", "The index closed at 2,344.81."),
    ("The index closed at 2,345.", "The index closed at 2,345.4."),
    ("1.2 million voters", "1,249,000 voters"),
    ("The stock closed at $12.", "The stock closed at $11.75."),
])
def test_a_rounding_agrees(a: str, b: str) -> None:
    assert [ok for _, _, ok in _check(a, b).pairs] == [True]
    assert [ok for _, _, ok in _check(b, a).pairs] == [True]


@pytest.mark.parametrize(("a", "b"), [
    ("The index closed at 2,345.", "The index closed at 2,355."),
    ("The index closed at 2,345.", "The index closed at 2,345.62."),
    ("The index closed at 1,121.", "The index closed at 1,131."),
    ("Rebels killed 30 soldiers.", "Rebels killed 31 soldiers."),
    ("The stock closed at $12.", "The stock closed at $12.60."),
    ("1.2 million voters", "1,260,000 voters"),
])
def test_not_a_rounding_still_conflicts(a: str, b: str) -> None:
    assert [ok for _, _, ok in _check(a, b).pairs] == [False]


# --- fractions of a unit, unit prefixes, "several hundred" --------------------------------------

def test_a_fraction_of_a_unit() -> None:
    assert _values("The peso lost three quarters of a percent.") == [(0.75, "%")]
    assert _verdicts("The peso lost three quarters of a percent.", "The peso lost 0.75 percent.")[0][2]
    assert not _verdicts("The peso lost three quarters of a percent.", "The peso lost 3 percent.")[0][2]


def test_a_vulgar_fraction_after_a_whole_number() -> None:
    assert _values("The route is 3 ½ miles long.") == [(5.632704, "km")]  # 3.5 miles, read in km


def test_a_unit_prefix_in_a_list_of_rates_is_no_million() -> None:
    assert [v for v, _ in _values("Links run at 10M, 20M and 40Mbit/s.")] == [10.0, 20.0, 40.0]
    assert [v for v, _ in _values("The card holds 256M bytes.")] == [256.0]
    assert not _check("Links run at 10M, 20M and 40Mbit/s.", "Links run at 10, 20 and 40Mbit/s.").conflicts
    assert _values("The club has 5M members.") == [(5_000_000.0, None)]  # a million all the same
    assert _values("They bid £1.7m by Friday.") == [(1_700_000.0, "GBP")]


def test_several_hundred_is_hundreds() -> None:
    q = fig.quantities_of("The fire threatened several hundred homes.")[0]
    assert (q.low, q.high) == (300, 900)
    assert _verdicts("The fire threatened several hundred homes.", "The fire threatened hundreds of homes.")[0][2]
    assert not _verdicts("The fire threatened several hundred homes.", "The fire threatened 50 homes.")[0][2]


# --- periods, decades, decimal commas ---------------------------------------------------------

def test_a_period_of_years_is_no_count() -> None:
    assert _values("From 1994 to 1997, 12 percent of pupils left.") == [(12.0, "%")]
    assert _values("From 10 to 20 pupils left.") == [(15.0, None)]  # a range of counts stays


@pytest.mark.parametrize("text", ["She sang with the band in the 80's.", "Prices rose in the 1970s."])
def test_a_decade_is_no_figure(text: str) -> None:
    assert fig.quantities_of(text) == []


def test_a_decimal_comma_before_a_scale_word() -> None:
    assert _values("Some 2,5 million tourists came.") == [(2_500_000.0, None)]
    assert _values("Some 2,500 million tourists came.") == [(2_500_000_000.0, None)]
    assert not _check("Some 2,5 million tourists came.", "Some 2.5 million tourists came.").conflicts


# --- partitives, "aged", a decimal without its 0 ----------------------------------------------

def test_a_partitive_counts_what_its_whole_counts() -> None:
    a = "Four of the six leading Democratic mayoral candidates spoke on Friday."
    assert [q.counted for q in fig.quantities_of(a)] == ["candidates", "candidates"]
    assert not _check(a, "Four mayoral candidates spoke on Friday.").conflicts
    assert _check("Four of the six candidates spoke.", "Five candidates spoke.").conflicts  # still a clash


def test_ages_after_aged() -> None:
    assert _values("Police held two men aged 19 and 23.") == [(2.0, None), (19.0, AGE), (23.0, AGE)]


def test_a_decimal_without_its_zero() -> None:
    assert _values("Wheat futures settled .65 cent lower.") == [(0.65, None)]
    assert _check("Wheat settled .65 cent lower.", "Wheat settled 0.25 cent lower.").conflicts


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Between 1,800 and 2,000 people marched.", 1800, 2000),
    ("From 1900 to 2000 troops were sent.", 1900, 2000),
])
def test_a_range_of_counts_that_look_like_years_stays(text: str, low: float, high: float) -> None:
    q = fig.quantities_of(text)[0]
    assert (q.low, q.high) == (low, high)
