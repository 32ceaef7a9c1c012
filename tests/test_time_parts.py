"""A span told in a unit of time and the next smaller one ("an hour and 45 minutes", "3 hours 15
minutes", "two days and six hours") read as one figure in the smaller unit (`rules.TIME_PARTS`,
helper figures141)."""

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare


@pytest.mark.parametrize(("text", "value", "unit", "words"), [
    ("sank about an hour and 45 minutes after leaving port", 105.0, "minutes", "about an hour and 45 minutes"),
    ("landed two hours and 20 minutes after take-off", 140.0, "minutes", "two hours and 20 minutes"),
    ("the session lasted 3 hours 15 minutes", 195.0, "minutes", "3 hours 15 minutes"),
    ("the rescue took two days and six hours", 54.0, "hours", "two days and six hours"),
    ("a wait of one hour, forty-five minutes", 105.0, "minutes", "one hour, forty-five minutes"),
])
def test_read_as_one_figure_in_the_smaller_unit(text: str, value: float, unit: str, words: str) -> None:
    (q,) = fig.quantities_of(text)
    assert (q.value, q.unit, q.text) == (value, unit, words)


def test_a_smaller_part_of_a_whole_unit_or_more_is_no_such_span() -> None:
    assert [q.value for q in fig.quantities_of("it took two days and 30 hours")] == [2.0, 30.0]


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The Tokyo earthquake drill lasted one hour and 10 minutes.", "The Tokyo earthquake drill lasted 70 minutes.",
     "duplicate"),
    ("The rescue flight landed in Nairobi two hours and 20 minutes after take-off.",
     "The rescue plane touched down in Nairobi 140 minutes after departing.", "duplicate"),
    ("The Lagos flight was delayed by one hour and 30 minutes.", "The Lagos flight was delayed by 30 minutes.", "conflict"),
    ("The Kenyan ferry sank about an hour and 45 minutes after leaving port.",
     "The Kenyan ferry sank roughly 45 minutes after leaving port.", "conflict"),
])
def test_spans_compare_as_one_figure(a: str, b: str, want: str) -> None:
    assert compare(a, b).relation == want


def test_two_days_and_six_hours_is_no_two_days() -> None:
    assert compare("The Bolivian mine rescue took two days and six hours.",
                   "The Bolivian mine rescue took two days.").relation != "duplicate"
