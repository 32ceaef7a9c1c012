"""Two counts of different things that would disagree are no duplicate (`anchor.other_count`):
each claim's one figure counts something else, with another number, in the same frame of day
and place - a sibling fact of dense news, not a retelling."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


def _count_reason(a: str, b: str) -> str | None:
    return next((r for r in compare(a, b).reasons if r.startswith("two counts")), None)


@pytest.mark.parametrize(("a", "b"), [
    ("Riot police wounded around forty staff members in Benghazi on 30 March, officials said.",
     "In Benghazi, seventy-five demonstrators were wounded by riot police on 30 March."),
    # the same number of two things the synonym table knows apart
    ("On June 21st, 300 protesters fled in Benghazi.", "According to the UN, on June 21st, 300 residents fled in Benghazi."),
    ("Riot police detained 1200 demonstrators in Kharkiv on 3 March.", "Riot police detained 1,200 workers in Kharkiv on March 3."),
])
def test_two_counts_of_different_things_are_another_fact(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation == "related"
    assert _count_reason(a, b) is not None
    assert c.probability < 0.5


@pytest.mark.parametrize(("a", "b"), [
    # one count, its noun told another way or paired by the number alone
    ("Police wounded 40 staff members in Benghazi on 30 March.", "Police wounded 40 workers in Benghazi on 30 March."),
    ("Police wounded 40 protesters in Benghazi on 30 March.", "Police wounded 40 demonstrators in Benghazi on 30 March."),
    # a hedge that holds the other figure ("about 40" / "42")
    ("Police wounded about 40 protesters in Benghazi.", "Police wounded 42 people in Benghazi."),
])
def test_one_count_told_another_way_is_no_other_count(a: str, b: str) -> None:
    assert _count_reason(a, b) is None


def test_ballots_and_votes_counted_are_one_count_that_disagrees() -> None:
    # one kind in `language.kinds` (a ballot counted is a vote counted): two figures of one count
    a = "1 500 ballots were counted by the election commission in Odesa on 13 April."
    b = "In Odesa, 3 500 votes were counted by the electoral commission on 13 April."
    assert _count_reason(a, b) is None
    assert compare(a, b).relation == "conflict"


def test_a_count_against_a_sum_or_a_claim_with_two_figures_is_not_read() -> None:
    # only one count on each side is read: several figures are paired by `pair_figures` as before
    assert _count_reason("The storm destroyed 300 homes in Odesa.", "The storm caused $3 million of damage in Odesa.") is None
    assert _count_reason("Police arrested 40 protesters and 12 journalists in Odesa.",
                         "Police arrested 75 students in Odesa.") is None


def test_the_same_count_with_another_figure_stays_a_conflict() -> None:
    # the same thing counted: paired, and a clear clash is a conflict, not "two counts"
    a, b = "Police arrested 40 protesters in Odesa on 3 May.", "Police arrested 75 protesters in Odesa on 3 May."
    assert _count_reason(a, b) is None
    assert compare(a, b).relation == "conflict"


def test_plain_people_may_be_any_kind_of_people() -> None:
    # "300 people" names no kind: it may be the other claim's protesters
    assert _count_reason("300 people protested in Kyiv on 3 May.", "300 protesters rallied in Kyiv on 3 May.") is None
