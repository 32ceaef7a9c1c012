"""Periods told from the day of writing ("this weekend" / "last weekend", "this year" / "last
year") that differ are two times: another fact (`match.periods`)."""

from workbench.core.match.compare import compare
from workbench.core.match.periods import periods_apart, periods_named
from workbench.core.vocab import Relation


def test_periods_are_read_one_way() -> None:
    assert periods_named("Exports fell over the previous year, and will rise next Year") == {"last year", "next year"}


def test_the_past_week_is_no_period_apart_from_this_week():
    """"In the past week" reaches back from the day of writing: it may be this week or last."""
    assert periods_named("Clashes killed 40 people in the past week") == frozenset()
    assert compare("Clashes killed 40 people in the past week in Kidal",
                   "Clashes killed 40 people this week in Kidal").relation == "duplicate"
    assert periods_named("This weekend's storm") == frozenset()  # a name's possessive: read with it
    assert periods_named("in the year 2020") == frozenset()


def test_one_unit_counted_two_ways_is_two_times() -> None:
    assert periods_apart(frozenset({"this weekend"}), frozenset({"last weekend"})) == \
        "another period: this weekend / last weekend"
    assert periods_apart(frozenset({"last year"}), frozenset({"last year", "this month"})) is None
    assert periods_apart(frozenset({"this week"}), frozenset({"last year"})) is None  # two units: not compared


def test_a_forecast_and_what_happened_before_are_two_facts() -> None:
    a, b = ("Strong winds are forecast for Sindh this week, the met office said",
            "Strong winds toppled power lines in Sindh last week, the met office said")
    result = compare(a, b)
    assert result.relation != Relation.DUPLICATE
    assert any("another period" in r for r in result.reasons)
    same = compare("The WFP fed 2 million people in Sindh last year", "Last year the WFP fed 2 million people in Sindh")
    assert same.relation == Relation.DUPLICATE
