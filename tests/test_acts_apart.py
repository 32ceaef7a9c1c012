"""Acts news tells with one noun that are different acts: ballots counted / rejected at a count,
flights cancelled (scrapped, grounded) / delayed, homes destroyed (washed or swept away) / damaged."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def _rel(a: str, b: str) -> str:
    return compare(a, b).relation


def test_ballots_counted_are_not_ballots_rejected():
    assert _rel("Officials counted 2,500 ballots in Kisumu on 9 August.",
                "2,500 ballots were rejected in Kisumu on 9 August.") != "duplicate"
    assert _rel("Election staff tallied 400 votes in Kano on 25 February.",
                "400 votes were declared invalid in Kano on 25 February.") != "duplicate"
    assert _rel("2,500 ballots were rejected in Kisumu on 9 August.",
                "There were 2,500 rejected votes in Kisumu on 9 August.") == "duplicate"
    assert _rel("Officials counted 60 ballots in Kano.", "Sixty ballots were tallied in Kano.") == "duplicate"


def test_a_bill_rejected_by_votes_is_no_ballot_thrown_out():
    assert "invalidat" not in rewrite("Parliament rejected the bill by 200 votes to 150.")[0]


def test_flights_grounded_or_scrapped_are_cancelled_not_delayed():
    assert _rel("Airlines grounded 120 flights at Frankfurt on Tuesday.",
                "120 flights were delayed at Frankfurt on Tuesday.") != "duplicate"
    assert _rel("The strike scrapped 120 flights at Frankfurt on Tuesday.",
                "120 flights were cancelled at Frankfurt on Tuesday.") == "duplicate"


def test_homes_washed_away_are_destroyed_not_damaged():
    assert _rel("Floods swept away 300 homes in Assam on 2 July.",
                "300 homes were damaged in Assam on 2 July.") != "duplicate"
    assert _rel("300 houses were washed away in Assam on 2 July.",
                "Floods destroyed 300 homes in Assam on 2 July.") == "duplicate"
    assert "destroy" not in rewrite("The river swept away 12 people in Assam.")[0]


def test_a_measure_scrapped_is_still_the_opposite_of_introduced():
    assert _rel("The government scrapped the fuel tax on Monday.",
                "The government introduced the fuel tax on Monday.") == "conflict"
