"""Quantities and dates: the readings matching relies on (bounds, counted noun, units, ISO dates)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from workbench.core.figures.numbers import find_dates, find_quantities, quantity_from_text
from workbench.core.figures.words import parse_number_words


def one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    # the span covers the quantity; its text is that span without quotation marks
    assert re.sub(r'["“”]', "", text[q.start:q.end]) == q.text
    return q


def test_vague_hundreds_of_soldiers_in_quotes():
    q = one('Atta admitted that "hundreds" of soldiers had been killed')
    assert (q.value, q.low, q.high, q.approximate, q.counted) == (None, 200, 999, True, "soldiers")
    assert q.text == "hundreds of soldiers"  # no stray quotation mark (mee-iraq-border-crossing)


def test_quote_between_number_and_counted_noun():
    # the closing quote neither hides what is counted nor stays in the text
    q = one('Police said “some 500” people fled.')
    assert (q.text, q.counted, q.value) == ("some 500 people", "people", 500)
    q = one('He said "500" had died.')
    assert q.text == "500" and q.counted is None


def test_some_500000_people_is_approximate_with_ten_percent_bounds():
    q = one("prompting some 500,000 people to flee their homes")
    assert q.value == 500_000 and q.approximate and q.counted == "people"
    assert q.low == pytest.approx(450_000) and q.high == pytest.approx(550_000)
    assert q.text == "some 500,000 people"


def test_half_a_million_is_exact_and_overlaps_some_500000():
    half = one("half a million refugees")
    some = one("some 500,000 refugees")
    assert half.value == 500_000 and not half.approximate
    assert some.low <= half.value <= some.high


def test_dozens_and_hundreds_do_not_overlap():
    dozens, hundreds = one("dozens of people"), one("hundreds of people")
    assert dozens.high < hundreds.low


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("at least 5 people", 5, None),
        ("more than 300 troops", 300, None),
        ("up to 40 boats", None, 40),
        ("fewer than 20 pirates", None, 20),
        ("nearly 500,000 refugees", 450_000, 500_000),
        ("between 10 and 20 people", 10, 20),
        ("10-20 people", 10, 20),
    ],
)
def test_approximators_and_ranges_bound_the_value(text, low, high):
    q = one(text)
    assert q.low == (pytest.approx(low) if low is not None else None)
    assert q.high == (pytest.approx(high) if high is not None else None)
    assert q.approximate


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$1.5 billion in aid", 1.5e9, "USD"),
        ("32.7 % of households", 32.7, "%"),
        ("15 percent of voters", 15, "%"),
        ("€35,000 reward", 35_000, "EUR"),
        ("£2m of jewels", 2e6, "GBP"),
        ("100 billion USD worth", 1e11, "USD"),
        ("a 7.2 magnitude quake", 7.2, "magnitude"),
    ],
)
def test_money_percent_and_measures_carry_a_unit(text, value, unit):
    q = one(text)
    assert q.value == pytest.approx(value) and q.unit == unit and q.counted is None


@pytest.mark.parametrize(
    ("words", "value"),
    [("three hundred", 300), ("twenty-five thousand", 25_000), ("one hundred and twenty", 120),
     ("half a million", 500_000), ("a dozen", 12), ("two million", 2_000_000), ("banana", None)],
)
def test_number_words(words, value):
    assert parse_number_words(words) == value


def test_number_words_in_text_with_counted_noun():
    q = one("The US sent three hundred soldiers to Baghdad")
    assert q.value == 300 and q.counted == "soldiers"


@pytest.mark.parametrize(("text", "counted"), [
    ("China sent 106 military aircraft near Taiwan", "aircraft"),
    ("Five Russian aircraft violated the airspace", "aircraft"),
    ("Raiders drove off 400 village livestock", "livestock"),
    ("Raiders stole 300 Merino sheep from the village", "sheep"),
])
def test_plurals_without_an_s_are_the_counted_noun(text, counted):
    """An uninflected plural after a modifier is what is counted: "106 military aircraft" counts
    aircraft, and two tellings of a fleet with two figures then clash ("71 warplanes")."""
    assert one(text).counted == counted


def test_several_quantities_in_one_sentence():
    found = find_quantities("killing at least eight people and injuring about 30 others, including two Americans")
    assert [(q.value, q.counted) for q in found] == [(8, "people"), (30, "others"), (2, "americans")]


@pytest.mark.parametrize(
    "text",
    ["elections in 2014 were late", "at 9:25 Thursday morning", "No. 10 Downing Street", "on 9 June",
     "no one knows", "one of the biggest heists"],
)
def test_years_times_dates_and_pronouns_are_not_quantities(text):
    assert find_quantities(text) == []


def test_quantity_from_text_returns_first_or_none():
    q = quantity_from_text("some 300 advisors")
    assert q is not None and q.value == 300
    assert quantity_from_text("no figures here") is None


REF = date(2014, 6, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the fighting flared up on 9 June", "2014-06-09"),
        ("on June 9, 2014", "2014-06-09"),
        ("9 June 2014", "2014-06-09"),
        ("fell on Sunday", "2014-06-22"),
        ("late Monday", "2014-06-23"),
        ("on Tuesday", "2014-06-24"),
        ("yesterday", "2014-06-23"),
        ("since April elections", "2014-04"),
        ("in December 2013", "2013-12"),
        ("in 2013", "2013"),
        ("Nov 11", "2013-11-11"),
    ],
)
def test_dates_resolve_against_reference(text, value):
    found = find_dates(text, REF)
    assert [d.value for d in found] == [value]
    assert text[found[0].start:found[0].end] == found[0].text


def test_relative_dates_without_reference_keep_no_value():
    assert [(d.text, d.value) for d in find_dates("on Sunday, 9 June", None)] == [("Sunday", None), ("9 June", None)]


def test_modal_may_is_not_a_date():
    assert find_dates("you may go", REF) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a two-million euro booty", 2e6, "EUR"),
        ("a $2.6-million loss", 2.6e6, "USD"),
        ("Rs 5 crore in cash", 5e7, "INR"),
        ("a 7.2-magnitude quake", 7.2, "magnitude"),
        ("it measured 4ft long", 4 * 0.3048, "m"),  # imperial measures are read in metric ones
        ("weighed 33lbs", 33 * 0.45359237, "kg"),
        ("$1.5bn in aid", 1.5e9, "USD"),
    ],
)
def test_hyphenated_and_attached_scales_and_units(text, value, unit):
    q = one(text)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_one_of_is_not_a_count():
    assert find_quantities("one of the world's biggest heists") == []


def test_the_month_may_after_a_preposition_but_not_the_modal():
    assert [(d.text, d.value) for d in find_dates("elections in May", REF)] == [("May", "2014-05")]
    assert find_dates("the talks may fail", REF) == []


@pytest.mark.parametrize(("text", "value"), [
    ("The fire has burned through 12,000 hectares", 120), ("It scorched 18000 ha", 180),
    ("Floods covered 30,000 acres", 121.4),
])
def test_land_areas_are_measures_in_square_kilometres(text, value):
    """Hectares and acres are areas, compared with square kilometres: "12,000 hectares" / "120 sq km"."""
    from workbench.core.figures.numbers import in_base_unit

    q = in_base_unit(one(text))
    assert q.counted is None and q.unit == "km2" and q.value == pytest.approx(value, rel=0.01)


@pytest.mark.parametrize("text", ["The 76ers fired coach Maurice Cheeks", "Philadelphia 76ers coach Maurice Cheeks was fired",
                                  "The 49ers signed a new quarterback"])
def test_a_number_with_ers_written_onto_it_is_a_name_not_a_count(text):
    """"76ers" names a team: read as 76, it anchored two coaches' sackings as one fact (ECB+).
    Matching's reader (`quantities_of`) falls back to a second reader when the first finds
    nothing: neither may read it."""
    from workbench.core.figures.fallback import quantities_of

    assert find_quantities(text) == [] and quantities_of(text) == []
    assert quantities_of(text.upper()) == []


def test_a_glued_unit_is_still_a_figure():
    assert [q.value for q in find_quantities("Prices rose 80pc and 300 people fled")] == [80, 300]
