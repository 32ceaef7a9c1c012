"""A long month name with one typing slip is still the month: its day is a date, not a figure."""

import pytest

from workbench.core.figures.dates import MONTH_SLIPS, find_dates, month_number
from workbench.core.figures.numbers import find_quantities
from workbench.core.match.compare import compare


@pytest.mark.parametrize("text, value", [
    ("on Septtember 3, 2025", "2025-09-03"),   # a letter doubled
    ("on 14 Febuary 2024", "2024-02-14"),      # a letter dropped
    ("from Novmeber 2024", "2024-11"),         # two letters swapped
    ("on Septembre 14, 2023", "2023-09-14"),   # the French ending, a swap
])
def test_mistyped_month_is_read_as_the_month(text, value):
    assert [d.value for d in find_dates(text)] == [value]


def test_the_day_after_a_mistyped_month_is_no_figure():
    text = "between 20 and 40 votes were declared invalid in Nairobi on Septtember 3, 2025"
    assert [q.text for q in find_quantities(text)] == ["between 20 and 40 votes"]


def test_short_month_names_and_words_are_never_slips():
    # slips of short names make words and names ("Mach", "Marc", "Jule"); Augst is a Swiss town
    assert not {"mach", "marc", "jule", "augst", "mays"} & set(MONTH_SLIPS)
    assert find_dates("Marc Jule said on Mach 3") == []


def test_month_number_reads_names_abbreviations_and_slips():
    assert [month_number(w) for w in ("March", "Sept.", "sep", "Decmber")] == [3, 9, 9, 12]


def test_a_mistyped_month_no_longer_makes_a_conflict():
    a = "Twenty to forty ballot papers were declared invalid in Nairobi on September 3."
    b = "The electoral commission: between 20 and 40 votes were declared invalid in Nairobi on Septtember 3, 2025"
    assert compare(a, b).relation != "conflict"
