"""Opposite outcomes told in words the opposites table did not hold (helper conf93, sets 93-96):
a requirement met / fallen short of, eligibility kept / removed, results rejected ("would not
accept them") / accepted, and a span of one unit told "a week of" against a count of days. Each
pair is a conflict, on both paths; the hard negatives around them are not."""

from __future__ import annotations

import pytest

from workbench.core.figures.fallback import quantities_of
from workbench.core.match.compare import compare, compare_many
from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize
from workbench.core.match.opposites import outcome_acts

CONFLICTS = [
    ("EU monitors said the vote fell short of the standards of Kenya's constitution and international norms.",
     "EU monitors said the vote met the standards of Kenya's constitution and international norms."),
    ("Ethiopia was removed from AGOA eligibility at the start of 2022, the US trade office said.",
     "Ethiopia will remain eligible for AGOA trade benefits in 2022, the US trade office said."),
    ("The union rejected the pay offer and said its members would not accept it.",
     "The union accepted the pay offer and called off the strike."),
    ("Peru declared three days of national mourning after the bus crash.",
     "Peru declared a week of national mourning after the bus crash."),
]


@pytest.mark.parametrize(("a", "b"), CONFLICTS)
def test_opposite_outcomes_in_other_words_conflict(a, b):
    assert compare(a, b).relation == "conflict", compare(a, b).reasons
    assert compare_many([(a, b)], semantic=False)[0].relation == "conflict"


def test_the_new_knowledge_is_shown_in_the_reasons():
    reasons = compare(*CONFLICTS[0]).reasons
    assert any("opposite outcomes" in r for r in reasons), reasons
    assert any("fell short of = missed" in r for r in reasons), reasons


def test_refused_to_accept_is_no_opposite_of_rejected():
    a = "The opposition leader rejected the results and said he would not accept them."
    b = "The opposition leader refused to accept the results, calling them a fraud."
    for c in (compare(a, b), compare_many([(a, b)], semantic=False)[0]):
        assert c.relation == "duplicate", c.reasons


def test_the_same_span_in_days_and_weeks_agrees():
    a = "Peru declared a week of national mourning after the bus crash."
    b = "Peru declared seven days of national mourning after the bus crash."
    assert compare(a, b).relation == "duplicate"


def test_a_negated_act_is_no_outcome_of_its_claim():
    n = normalize("his party would not accept them")
    assert "accept" not in outcome_acts(n.tokens, n.words)
    n = normalize("his party accepted them and would not accept more")
    assert "accept" in outcome_acts(n.tokens, n.words)  # told as done too


def test_requirements_and_eligibility_rewrites_keep_other_objects():
    assert "missed" in rewrite("The bank fell short of the capital requirements")[0]
    assert "missed" not in rewrite("The bank's profits fell short of analysts' forecasts")[0]
    assert "met" in rewrite("The health minister met provincial officials in March")[0]
    assert "ineligible" in rewrite("Uganda was removed from AGOA eligibility")[0]
    assert "ineligible" not in rewrite("Uganda was removed from the UN Human Rights Council")[0]


def test_a_span_of_is_read_but_not_within_a_time_after():
    assert [q.unit for q in quantities_of("They declared a week of national mourning.")] == ["weeks"]
    assert not quantities_of("It happened on a day of the election campaign.")
