"""Thousands written with spaces or dots ("2 000", "1.500 protesters") are read as the same figure
as "2,000", so outlets that group digits differently still match; decimals stay decimals."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.figures.separators import as_commas
from workbench.core.match.compare import compare


def values(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in fig.quantities_of(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Soldiers killed 2 000 civilians.", [(2000.0, None)]),
    ("Soldiers killed 2\u00a0000 civilians.", [(2000.0, None)]),  # a no-break space
    ("Soldiers killed 2\u202f000 civilians.", [(2000.0, None)]),  # a narrow no-break space
    ("Some 1 250 000 people fled.", [(1250000.0, None)]),
    ("Soldiers killed 2.000 civilians.", [(2000.0, None)]),  # continental dots before a counted word
    ("Police arrested 1.500 protesters.", [(1500.0, None)]),
    ("They counted 12 345 votes.", [(12345.0, None)]),
])
def test_thousands_grouped_by_spaces_or_dots_are_one_figure(text, want):
    assert values(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The river rose 1.500 metres.", [(1.5, "m")]),        # before a unit: a decimal point
    ("Shares rose to $1.500 on Friday.", [(1.5, "USD")]),  # money keeps its decimals
    ("The rate was 2.125 percent.", [(2.125, "%")]),
    ("The index closed at 9.107 points.", [(9.107, None)]),
    ("On June 3 500 soldiers arrived.", [(500.0, None)]),  # a day, then a count
    ("In 2014 500 people died.", [(500.0, None)]),          # a year, then a count
])
def test_decimals_days_and_years_are_left_alone(text, want):
    assert values(text) == want


def test_the_copy_keeps_every_offset():
    for text in ("killed 2 000 civilians", "fell 2, 000ft", "arrested 1.500 protesters", "rose 1.500 km"):
        assert len(as_commas(text)) == len(text)
    q = fig.quantities_of("Soldiers killed 2 000 civilians.")[0]
    assert q.text == "2 000 civilians"


def test_other_number_formats_match_and_exact_figures_still_clash():
    base = "Witnesses said soldiers killed 2,000 civilians in Deir ez-Zor on 13 June."
    for form in ("2 000", "2.000", "2\u00a0000"):
        assert compare(base, base.replace("2,000", form)).relation == "duplicate", form
    # "2 000" is written with every digit: no rounding of 2,013
    assert compare("Police said 2 000 people fled.", "Police said 2,013 people fled.").relation == "conflict"


@pytest.mark.parametrize(("text", "want"), [
    ("Southwest bought 15 737s last year.", [(15.0, None)]),             # fifteen Boeing 737s
    ("The yuan strengthened to 6.168 against the dollar.", [(6.168, None)]),
    ("The reading was 0.500 units.", [(0.5, None)]),
])
def test_model_numbers_and_decimals_before_other_words_are_no_thousands(text, want):
    assert values(text)[:1] == want
