"""Readings found missing by helper probes6's invented pairs (set21..set24), tested on other
invented sentences: a date after a reporting verb in the passive is the fact's own date ("the
case was confirmed on 9 July"); "X died of Y" is "Y killed X", no swap of roles; a numeric date
that reads either way round ("3/4/2024") agrees with either reading; opposite outcomes of a
nomination, a market, a vessel and a labour strike; envoys, pacts, pay rises; a share of the vote
taken is won; Pacific and African capitals for their governments."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.figures.dates import find_dates
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite
from workbench.core.match.roles import roles, roles_swapped


def test_a_date_after_a_passive_reporting_verb_is_the_facts_own():
    # "was confirmed on": the confirmation is the fact; "confirmed on": the day of the report
    assert [d.text for d in fig.dates_of("The first anthrax case was confirmed on 4 June")] == ["4 June"]
    assert fig.dates_of("The ministry confirmed on 4 June that the clinic had closed") == []
    c = compare("The first anthrax case in Uganda was confirmed on 4 June",
                "The first anthrax case in Uganda was confirmed on June 14")
    assert c.relation == "conflict", c.reasons
    assert any(r.startswith("dates differ") for r in c.reasons), c.reasons


def test_dying_of_a_cause_is_being_killed_by_it():
    doer, done = roles("twelve people die of cholera")
    assert "cholera" in doer and "cholera" not in done
    assert roles_swapped("cholera kill twelve people", "twelve people die of cholera") is None
    assert roles("twelve people die in kasai") is None  # no cause named: no roles read
    c = compare("Cholera killed 12 people in Kasai", "Twelve people died of cholera in Kasai")
    assert c.relation == "duplicate", c.reasons


def test_a_numeric_date_that_reads_either_way_is_a_date_that_agrees_with_either_reading():
    found = find_dates("The strike began on 3/4/2024")
    assert [(d.text, d.value) for d in found] == [("3/4/2024", None)]
    assert [d.value for d in find_dates("on 13/4/2024")] == ["2024-04-13"]  # one reading only
    assert find_dates("scored 3/4/20") == []  # no four-digit year: no date
    for other in ("The strike began on 3 April 2024", "The strike began on March 4, 2024"):
        c = compare("The strike began on 3/4/2024", other)
        assert c.relation == "duplicate", c.reasons
        assert any(r.startswith("same date") for r in c.reasons), c.reasons
    c = compare("The strike began on 3/4/2024", "The strike began on 9 April 2024")
    assert c.relation != "duplicate" and any(r.startswith("dates differ") for r in c.reasons), c.reasons


@pytest.mark.parametrize(("a", "b"), [
    ("The assembly confirmed the new attorney general", "The assembly rejected the new attorney general"),
    ("The rand rebounded on Thursday", "The rand slumped on Thursday"),
    ("The cargo boat docked off Lombok", "The cargo boat sank off Lombok"),
    ("Dock workers in Durban called off the strike", "Dock workers in Durban went on strike"),
])
def test_opposite_outcomes_of_a_nomination_a_market_a_vessel_and_a_strike(a, b):
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("opposite outcomes: ") for r in c.reasons), c.reasons


@pytest.mark.parametrize(("a", "b", "hit"), [
    ("Wellington recalled its envoy to Samoa", "New Zealand withdrew its ambassador to Samoa", "envoy = ambassador"),
    ("Lusaka signed a trade pact with Lilongwe", "Zambia signed a trade agreement with Malawi", "pact = agreement"),
    ("The teachers won a 7% pay raise", "The teachers won a 7 per cent pay increase", "pay increase = pay rise"),
    ("Ruto took 50.5% of the ballots", "Ruto won 50.5 per cent of the vote", "took = won"),
    ("Port Moresby deployed 300 police to Enga", "Papua New Guinea sent 300 police to Enga", "Port Moresby = Papua New Guinea"),
])
def test_envoys_pacts_pay_rises_vote_shares_and_capitals_told_another_way(a, b, hit):
    c = compare(a, b)
    assert c.relation == "duplicate", c.reasons
    assert any(hit in r for r in c.reasons), c.reasons


def test_took_is_won_only_before_a_share_of_the_vote():
    assert "won" in rewrite("The mayor took 61 percent of the vote")[0]
    assert "won" not in rewrite("The rebels took the town of Goma")[0]
    assert "won" not in rewrite("The count took 12 hours")[0]


def test_declared_over_is_ended_and_clashes_with_declared():
    assert rewrite("Officials declared the Ebola outbreak over on Monday")[0].startswith("Authorities ended the Ebola outbreak")
    assert rewrite("Russia declared war over the border dispute")[0] == "Russia declared war over the border dispute"
    c = compare("Kampala declared the Ebola outbreak over", "Kampala declared an Ebola outbreak")
    assert c.relation != "duplicate" and any(r.startswith("opposite outcomes: ") for r in c.reasons), c.reasons
