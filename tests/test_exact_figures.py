"""Figures written the ways outlets write them, and a figure precise enough to stand for its event.

- a decimal below 10 before a quake word is the quake's magnitude ("a 5.2 aftershock" / "a
  5.2-magnitude aftershock"); a sentence's opening "A" is the article, no model's letters ("A 6.1
  quake", not "AK 47");
- "2 dozen" is 24, as "two dozen" is;
- "m" set apart from its figure is metres when no noun follows ("12.7 m at Manaus") and a million
  when one does ("4 m people", "$4 m deal");
- part of a count counts the whole's noun ("45 of the 120 seats": 45 seats, no clash with "45 seats");
- a currency sign with a country's letters ("R$514 million") normalises as "$514 million" does;
- an agreeing figure of three significant digits or more binds two claims naming no place and no
  day to one event (`same_place._exact`), as a shared place does for a rounder figure.
"""

from __future__ import annotations

import pytest

from workbench.core.figures.numbers import find_quantities
from workbench.core.match.compare import compare, compare_many
from workbench.core.match.normalize import normalize


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("A 6.1 quake struck Herat", 6.1, "magnitude"),
    ("Afghan quake: 5.2 aftershock in Kunar on Thursday", 5.2, "magnitude"),
    ("Record low for Rio Negro: 12.7 m at Manaus port", 12.7, "m"),
    ("Waves of 3 m hit the coast.", 3.0, "m"),
    ("4 m people need aid", 4_000_000.0, None),
    ("The $4 m deal was signed", 4_000_000.0, "USD"),
    ("Police detained 2 dozen activists", 24.0, None),
])
def test_figures_as_written(text: str, value: float, unit: str | None) -> None:
    q = find_quantities(text)[0]
    assert (q.value, q.unit) == (value, unit)


def test_part_of_a_count_counts_its_noun() -> None:
    part, whole = find_quantities("The opposition won 45 of the 120 seats")
    assert (part.value, part.counted, whole.counted) == (45.0, "seats", "seats")
    assert compare("The opposition won 45 of the 120 seats",
                   "The opposition took 45 seats in the 120-member parliament").relation != "conflict"


def test_counted_quakes_keep_their_count() -> None:
    q = find_quantities("Two aftershocks hit Kunar")[0]
    assert (q.value, q.unit, q.counted) == (2.0, None, "aftershocks")


def test_a_model_name_is_still_no_count() -> None:
    assert find_quantities("The AK 47 was found") == []


def test_currency_letters_normalise_away() -> None:
    assert normalize("R$514 million was freed").text == normalize("$514 million was freed").text


@pytest.mark.parametrize(("a", "b"), [
    ("The government released an extra 514 million reais to fight wildfires, the finance ministry said",
     "Brazil's finance ministry said an additional R$514 million had been freed up for firefighting"),
    ("The Rio Negro at Manaus fell to 12.7 metres on 4 October, its lowest level since records began in 1902",
     "Record low for Rio Negro: 12.7 m at Manaus port on October 4"),
    ("Afghan quake: 5.2 aftershock in Kunar on Thursday",
     "A 5.2-magnitude aftershock shook Kunar province on Thursday, seismologists said"),
])
def test_one_fact_told_with_its_figure_written_otherwise(a: str, b: str) -> None:
    for semantic in (True, False):
        r = compare_many([(a, b)], semantic=semantic)[0]
        assert r.relation == "duplicate", (semantic, r.reasons)


@pytest.mark.parametrize(("a", "b"), [
    # an exact figure of another kind of thing, or of another act
    ("Rebels freed 1,215 prisoners.", "Rebels killed 1,215 soldiers."),
    ("Officials counted 1,284 damaged homes.", "Officials counted 1,284 damaged schools."),
])
def test_no_anchor_from_an_exact_figure_of_another_fact(a: str, b: str) -> None:
    assert compare(a, b).relation != "duplicate"


def test_a_place_named_by_one_and_a_facility_named_by_both_is_one_place() -> None:
    """One claim gives the town, the other only the prison both name: the figure anchors them
    (`same_place.places_alike`); a country alone named by both does not ("Italy ... in Albania")."""
    found = compare("Guards found nearly 200 mobile phones during a search of El Pozo prison in Ilama",
                    "Almost two hundred cellphones were seized in a raid on the El Pozo jail, officials told Reuters")
    assert found.relation == "duplicate", found.reasons
    other = compare("Italy will spend 800 million euros on new migrant centres in Albania",
                    "Italy will spend 800 million euros on upgrading its coast guard fleet, the government said")
    assert other.relation != "duplicate", other.reasons


def test_half_a_dozen_and_men_counted() -> None:
    assert find_quantities("rescuers had pulled just half a dozen bodies")[0].value == 6.0
    q = find_quantities("Some thirty gunmen ambushed Kosovo police in Banjska")[0]
    assert (q.value, q.counted) == (30.0, "gunmen")


def test_a_cap_is_no_lower_bound() -> None:
    """'no more than 125,000' is at most 125,000 (it read 'more than'), so against 'up to 325,000'
    the two caps disagree."""
    q = find_quantities("no more than 125,000 people joined the protest")[0]
    assert (q.low, q.high) == (None, 125_000.0)
    assert compare("The archive estimated the crowd in Belgrade on 15 March at up to 325,000 people.",
                   "According to the archive, no more than 125,000 people joined the 15 March protest in Belgrade."
                   ).relation == "conflict"

