"""Figure readings that fed vetoes (invented sentences, second round): ages read after a place
name or missed after "Jr." and "at the age of", the day of a date and a two-digit year read as
figures, a game's "first half", thousands written "2, 000", "$200MM", a Richter magnitude. Real
figure differences next to each still clash."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def _read(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in fig.quantities_of(text)]


@pytest.mark.parametrize("text, unit", [
    ("Four were hurt in Lyon, 12, in the raid.", None),        # a place before the comma
    ("The strike in Kent, 3, and Essex, 2, closed schools.", None),
    ("Syria, 12, and Chad, 4, voted against.", None),           # a country's name
    ("Omar Ruiz Jr., 49, escaped from the van.", "age"),        # a suffix after the name
    ("The actress died at the age of 85.", "age"),
    ("Police charged Ann Moss, age 61, with fraud.", "age"),
    ("Ana Ruiz, 20 and Ben Cole, 24, were convicted.", "age"),  # "and" another name after the age
    ("Peterson, 31, was charged.", "age"),
    ("Ben Cole, 20 and from Leeds, was charged.", "age"),
])
def test_an_age_is_read_after_a_name_not_after_a_place(text: str, unit: str | None) -> None:
    q = next(q for q in fig.quantities_of(text) if q.value in (3, 12, 31, 49, 85, 61, 20))
    assert q.unit == unit


def test_place_number_is_no_age_and_a_real_age_gap_still_conflicts() -> None:
    c = compare("Ann Moss, age 61, was charged with fraud.", "Ann Moss, 45, was charged with fraud.")
    assert c.features["figures_conflict"] == 1 and c.relation != "duplicate"
    # an age never clashes with a count
    c = compare("The actress, who had two sons, died at the age of 85.", "The actress died of pneumonia, nine days after a stroke.")
    assert c.features["figures_conflict"] == 0


@pytest.mark.parametrize("text", [
    "Taxes due Aug. 15 are timely if paid by Aug. 22.",           # days of dates (the raw-text reader)
    "The ship thwarted a raid on 10 Nov 11.",                      # a two-digit year
    "27 / 09 / 2013 - Elections to be held on a new basis",        # a date with spaced slashes
    "He scored midway through the first half.",                   # a part of the game
])
def test_dates_and_game_parts_are_no_figures(text: str) -> None:
    assert [v for v, _ in _read(text)] == []


def test_days_of_two_dates_do_not_clash_as_figures_but_the_dates_do() -> None:
    c = compare("Taxes due Aug. 15 are timely if paid by Aug. 22.", "Taxes due from Friday are timely if paid by Aug. 22.")
    assert c.features["figures_conflict"] == 0
    c = compare("The trial opens on July 3.", "The trial opens on July 30.")
    assert c.features["dates_conflict"] == 1 and c.relation != "duplicate"


def test_numbers_written_oddly() -> None:
    assert _read("The climber fell 2, 000ft to his death.") == [(609.6, "m")]   # 2,000 ft: a space after the comma
    assert [q.text for q in fig.quantities_of("He paid $3, 050 for it.")] == ["$3, 050"]
    assert _read("They offered him a $200MM deal.") == [(200_000_000.0, "USD")]  # millions, as finance writes
    assert _read("A quake of 6.1 on the Richter scale hit the coast.") == [(6.1, "magnitude")]
    assert _read("Too bad the game put the 2012 Indianapolis Colts through.") == [(2012.0, "year")]  # a name follows
    assert _read("Rebels seized 2000 vehicles near the town.") == [(2000.0, None)]  # a plural noun: a count
    assert _read("About 2000 people marched.")[0][0] == 2000.0                  # a count
    # real differences still clash
    c = compare("The climber fell 2, 000ft to his death.", "The climber fell 3,000 feet to his death.")
    assert c.features["figures_conflict"] == 1
    c = compare("A quake of 6.1 on the Richter scale hit the coast.", "A 5.2-magnitude quake hit the coast.")
    assert c.features["figures_conflict"] == 1


def test_a_score_pairs_only_with_a_score() -> None:
    assert _read("Colts beat Chiefs 20-13 to clinch a spot.") == [(20.0, "score"), (13.0, "score")]
    assert _read("Between 10-15 people were hurt.") == [(12.5, None)]  # a range stays a range
    c = compare("Colts beat Chiefs 20-13 to clinch a spot.", "Luck threw for 205 yards as Colts beat Chiefs 20-13.")
    assert c.features["figures_conflict"] == 0
    c = compare("Colts clinch a playoff berth with a 31-24 win.", "Colts clinch a playoff berth with a 20-13 win.")
    assert c.features["figures_conflict"] == 1 and c.relation != "duplicate"
