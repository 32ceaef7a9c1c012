"""A decade is a period (`match.periods`): "captured the villages in the early 1990s" / "handed the
villages back in May 2024" are two acts decades apart, another fact."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.periods import periods_apart, periods_named


def test_decades_and_the_years_that_date_an_act_are_read():
    assert periods_named("The rebels seized the towns in the early 1980s.") == {"the 1980s"}
    assert periods_named("The villages were handed back in May 2024.") == {"year 2024"}
    assert periods_named("2019 people died in the floods.") == frozenset()  # a count, no year


def test_a_decade_against_a_year_of_another_decade_is_another_time():
    assert periods_apart(frozenset({"the 1990s"}), frozenset({"year 2024"})) == "another decade: the 1990s / the 2020s"
    assert periods_apart(frozenset({"the 1980s"}), frozenset({"year 1987"})) is None  # within it
    assert periods_apart(frozenset({"year 2019"}), frozenset({"year 2024"})) is None  # two years: the date step's
    # a year shared does not hide two relative periods apart
    assert periods_apart(frozenset({"this year", "year 2024"}), frozenset({"last year", "year 2024"})) is not None


def test_an_act_and_its_reverse_decades_before_are_no_duplicate():
    a = "Soviet forces pulled out of the three towns in 1989."
    b = "Soviet forces seized the three towns in the early 1980s."
    assert compare(a, b).relation != "duplicate"
    assert compare("The factory closed its doors in the 1980s.", "The factory closed in the 1980s.").relation == "duplicate"
