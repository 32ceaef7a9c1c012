"""Readings a chronicle of disasters, epidemics, elections, strikes, courts and markets needs
(invented sentences, `benchmarks/matching_chronicle.py`): shares written in words ("one in four",
"a third of") are percentages, a measure in another unit is the same measure ("15 cm" / "150
mm", "50 basis points" / "half a percentage point"), a renamed or exonym city is one place
("Chittagong" / "Chattogram"), and a handful of event readings (a labour walkout, a cancelled
flight is no delayed one, people displaced are not people evacuated, "US$" is no country)."""

from __future__ import annotations

import pytest

from workbench.core.figures import compare as figcmp
from workbench.core.figures.numbers import find_quantities
from workbench.core.language.place_names_table import place_alias
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite
from workbench.core.match.place_names import places, places_differ


def _one(text: str) -> tuple[float | None, str | None]:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0].value, found[0].unit


@pytest.mark.parametrize("text, value", [
    ("One in four eligible voters cast ballots", 25.0),
    ("three in five voters stayed home", 60.0),
    ("a tenth of school staff joined", 10.0),
    ("a third of teachers", 33.33),
    ("two-fifths of the electorate voted", 40.0),
    ("three quarters of the residents", 75.0),
    ("half of registered voters voted", 50.0),
])
def test_word_shares_are_percentages(text: str, value: float) -> None:
    assert _one(text) == (value, "%")


@pytest.mark.parametrize("text", ["in the first half of the year", "the fourth quarter of 2024",
                                  "half a million people"])
def test_parts_of_a_game_or_a_scale_are_no_shares(text: str) -> None:
    assert all(q.unit != "%" for q in find_quantities(text))


def test_a_share_agrees_with_its_rounded_percentage_and_not_another() -> None:
    third, = find_quantities("a third of voters")
    (p33,), (p40,) = find_quantities("33% of voters"), find_quantities("40% of voters")
    assert figcmp.compatible(third, p33)
    assert not figcmp.compatible(third, p40)


@pytest.mark.parametrize("a, b", [
    ("15 centimetres of rain", "150 millimetres of rain"),
    ("300mm of rain", "30 cm of rain"),
    ("by 50 basis points", "by half a percentage point"),
    ("by 25 bps", "by a quarter of a percentage point"),
    ("by 100 basis points", "by one percentage point"),
    ("12 inches of rain", "300 mm of rain"),  # a writer's rounded conversion
])
def test_one_measure_in_two_units_agrees(a: str, b: str) -> None:
    (qa,), (qb,) = find_quantities(a), find_quantities(b)
    assert qa.unit == qb.unit
    assert figcmp.compatible(qa, qb)


def test_another_measure_in_another_unit_still_differs() -> None:
    (qa,), (qb,) = find_quantities("by 50 basis points"), find_quantities("by two percentage points")
    assert not figcmp.compatible(qa, qb)
    (ra,), (rb,) = find_quantities("20 cm of rain"), find_quantities("250 mm of rain")
    assert not figcmp.compatible(ra, rb)


def test_a_measure_keeps_its_text_as_written() -> None:
    q, = find_quantities("Sylhet received 30 cm of rain")
    assert q.text == "30 cm" and q.value == 300.0


@pytest.mark.parametrize("a, b", [("Chittagong", "Chattogram"), ("Genoa", "Genova"), ("Bombay", "Mumbai"),
                                  ("Antwerpen", "Antwerp"), ("Lyons", "Lyon"), ("Dacca", "Dhaka")])
def test_two_names_of_one_place_are_no_different_places(a: str, b: str) -> None:
    assert place_alias(a) == place_alias(b)
    assert places_differ(a, b) is None


def test_places_of_the_table_still_differ_from_other_places() -> None:
    assert places_differ("Chittagong", "Dhaka") is not None
    assert places_differ("Genoa", "Milan") is not None


def test_a_place_after_across_is_read() -> None:
    assert places("Torrential rains killed 48 people across Sylhet.") == ("Sylhet",)


def test_a_renamed_city_pair_is_a_duplicate() -> None:
    r = compare("Floods killed 40 people in Chittagong on 3 September.",
                "40 people died in floods in Chattogram on 3 September.")
    assert r.relation == "duplicate", r.reasons


def test_a_share_in_words_pairs_with_its_percentage() -> None:
    r = compare("One in four eligible voters in Nairobi cast ballots.",
                "25 percent of the electorate in Nairobi voted.")
    assert any("figures agree" in x for x in r.reasons), r.reasons


def test_rescue_officials_tell_of_no_rescue() -> None:
    r = compare("Floods killed 40-60 villagers in Sindh.", "Floods in Sindh left 40-60 people dead, rescue officials said.")
    assert not any("different events" in x for x in r.reasons), r.reasons


@pytest.mark.parametrize("a, b", [
    ("The strike cancelled 350 flights in Genoa.", "The strike delayed 350 flights in Genoa."),
    ("Troops moved to safety 1,200 families from Sindh.", "Flooding in Sindh has displaced 1,200 families."),
])
def test_different_outcomes_are_different_events(a: str, b: str) -> None:
    r = compare(a, b)
    assert r.relation != "duplicate" and any("different events" in x for x in r.reasons), r.reasons


@pytest.mark.parametrize("a, b", [
    ("2500 staff walked out at the port of Marseille.", "2,500 workers went on strike in Marseille."),
    ("120 dockers went back to work in Rotterdam.", "120 dockers returned to work in Rotterdam."),
    ("Floods forced from their homes 1,200 families in Sindh.", "Floods displaced 1,200 families in Sindh."),
    ("Egypt's central bank hiked its key rate by 300 basis points.", "Egypt's central bank raised its key rate by three percentage points."),
])
def test_one_event_told_two_ways_is_a_duplicate(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"


def test_displaced_and_fled_are_one_exodus() -> None:
    r = compare("10,000 people were displaced by the floods in Sindh.", "10,000 people fled the floods in Sindh.")
    assert not any("different events" in x for x in r.reasons), r.reasons


def test_a_currency_is_no_country() -> None:
    out, hits = rewrite("Kenya issued US$40m of eurobonds, 40 million US dollars.")
    assert not any("United States" in h for h in hits), hits
    _, hits = rewrite("The US sent 40 engineers.")
    assert any("United States" in h for h in hits)


@pytest.mark.parametrize("a, b", [
    ("120 dockers went on strike in Rotterdam.", "120 dockers returned to work in Rotterdam."),
    ("120 dockers walked out in Rotterdam.", "120 dockers went back to work in Rotterdam."),
])
def test_on_strike_and_back_at_work_are_opposite_outcomes(a: str, b: str) -> None:
    r = compare(a, b)
    assert r.relation != "duplicate" and any("opposite outcomes" in x for x in r.reasons), r.reasons
