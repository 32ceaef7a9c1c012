"""A deadline at a month's end ("until the end of March 2025") is its last day (helper figures141)."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_the_end_of_a_month_is_its_last_day() -> None:
    assert [d.value for d in fig.dates_of("The waiver runs until the end of February 2024.")] == ["2024-02-29"]
    assert [d.value for d in fig.dates_of("The fair opens at the end of June 2024.")] == ["2024-06"]


def test_another_day_of_that_month_clashes() -> None:
    assert compare("The Thai visa waiver runs until the end of March 2025.",
                   "Thailand's visa waiver expires on March 15, 2025.").relation == "conflict"
    assert compare("The Thai visa waiver runs until the end of March 2025.",
                   "Thailand's visa waiver runs until March 31, 2025.").relation != "conflict"
