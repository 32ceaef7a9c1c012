"""A request told as "asked X to act" is a call like "requested that X ..." (helper dup101)."""

from workbench.core.match.compare import compare
from workbench.core.match.wanted import wanted, wanted_apart


def test_asked_someone_to_act_is_a_call() -> None:
    assert wanted("niger asked france to withdraw its ambassador") == "call"
    assert wanted("the senator was asked to withdraw from the race") == "call"
    assert wanted("reporters asked whether he would resign") is None
    assert wanted("he was not asked to do any work for the firm") is None
    assert wanted("voters were asked to decide whether to allow it") is None
    assert wanted("he would be hard-pressed to veto the bill") is None


def test_order_is_set_apart_from_neither() -> None:
    assert wanted_apart("new delhi has ask for states to set up wards", "india has told states to create units") is None


def test_request_told_two_ways_is_one_fact() -> None:
    r = compare("Niger asked France to withdraw its ambassador from the country by Friday.",
                "Niamey has requested that Paris pull its envoy out by Friday.")
    assert r.relation == "duplicate"


def test_request_against_the_act_done_stays_apart() -> None:
    r = compare("Kenya asked Uganda to reopen the border crossing at Busia.",
                "Uganda reopened the border crossing at Busia.")
    assert r.relation != "duplicate"


def test_accented_male_is_the_maldives_government() -> None:
    r = compare("The Maldives asked China to extend the loan repayment deadline by two years.",
                "Malé has requested that Beijing push back the deadline for repaying the loan by two years.")
    assert r.relation == "duplicate"
    assert any("Malé = Maldives" in x for x in r.reasons)
