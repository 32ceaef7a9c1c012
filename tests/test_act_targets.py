"""The target of an act is a slot (`language.kinds`: offices of state, ports, financing): the
same act on another building or another kind of money is another fact; a wider word bridges."""

from __future__ import annotations

from workbench.core.match.claim_readings import claim_readings
from workbench.core.match.compare import compare
from workbench.core.match.kind_slots import kinds_read, other_member


def _rel(a: str, b: str) -> str:
    return compare(a, b).relation


def test_two_buildings_of_the_state_are_two_targets():
    assert _rel("Rioters torched the town hall in Kasese on Saturday night",
                "Rioters torched the courthouse in Kasese on Saturday night") != "duplicate"
    assert other_member("a mob burned a tax office", "a mob burned a police station") is not None
    assert other_member("a mob burned the courthouse", "a mob burned government buildings") is None


def test_a_port_is_no_airport_and_a_town_named_port_is_no_port():
    assert other_member("shelling closed the port", "shelling closed the airport") is not None
    assert "seaports" not in kinds_read("Gangs shut the airport in Port-au-Prince", "gangs shut the airport in port au prince")
    assert "seaports" in kinds_read("Rebels shelled the port of Hodeidah", "rebels shelled the port of hodeidah")
    assert claim_readings("Flights left Port Sudan", "flights left port sudan").kinds == {}


def test_a_grant_is_no_loan_but_funding_may_be_either():
    assert _rel("The lender approved a $50 million grant for Malawi",
                "The lender approved a $50 million loan for Malawi") != "duplicate"
    assert other_member("approved $50 million in funding", "approved a $50 million loan") is None
