"""An act asked for (a need, a call) against the act done is another fact (`match.wanted`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare
from workbench.core.match.wanted import wanted, wanted_apart


@pytest.mark.parametrize("a, b", [
    ("The ministry said 12,000 food parcels had been handed out in Sindh",
     "According to the ministry, 12,000 more food parcels are still needed in Sindh"),
    ("Kenya received 50 million dollars in drought aid from donors", "Kenya needs 50 million dollars in drought aid, the UN said"),
    ("The rebels released 14 hostages in Cabo Delgado",
     "Church leaders demanded the release of 14 hostages held by rebels in Cabo Delgado"),
    ("Doctors in Gaza said 40 incubators had arrived at the Nasser hospital",
     "Doctors in Gaza appealed for 40 incubators for the Nasser hospital"),
    ("The city has hired 150 new nurses for its clinics", "The city requires 150 new nurses for its clinics"),
    ("Engineers restored power to 8,000 homes in Kharkiv on Friday",
     "Officials urged engineers to restore power to 8,000 homes in Kharkiv on Friday"),
])
def test_a_need_or_a_call_is_not_the_act_done(a: str, b: str) -> None:
    c = compare(a, b)
    assert c.relation != "duplicate"
    assert any(r.startswith("asked for, not done") for r in c.reasons)


@pytest.mark.parametrize("a, b", [
    # two calls, two needs: one kind of statement
    ("The UN called for an immediate ceasefire in El Fasher", "The United Nations urged an immediate truce in El Fasher"),
    ("Aid agencies say 3 million people need food assistance in Haiti", "Some 3 million Haitians require food aid, aid agencies said"),
    ("The IMF urged Zambia to restructure its debt", "The International Monetary Fund called on Zambia to restructure its debt"),
    # a call in the act's background asks for nothing the claim tells
    ("The health minister resigned after protesters demanded it", "The health minister stepped down following protests"),
])
def test_the_same_kind_of_statement_stays_one_fact(a: str, b: str) -> None:
    assert wanted_apart(a.lower(), b.lower()) is None
    assert compare(a, b).relation == "duplicate"


def test_a_need_is_of_a_thing_not_an_obligation_or_a_noun() -> None:
    assert wanted("aid reached 2 million people in need in the north") is None
    assert wanted("we need to take these threats seriously") is None
    assert wanted("the judge denied their request in a brief ruling") is None
    assert wanted("president bush called the blackout a wake up call for americans") is None
    assert wanted("kenya needs 50 million dollars in drought aid") == "need"
    assert wanted("3 000 more tents are still needed for survivors") == "need"
