"""An act done against the same act stopped or put off (`match.stopped_or_done`; sets 121-124, helper
conf121): an entry forced against one prevented, an act put off before it was due against it done."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.stopped_or_done import forced_entry, put_off

CONFLICTS = [
    ("Farmers broke into the agriculture ministry during Tuesday's protest.",
     "Riot police kept farmers from entering the agriculture ministry during Tuesday's protest."),
    ("Supporters of the candidate forced their way into the election commission's offices.",
     "Security guards prevented supporters of the candidate from entering the election commission's offices."),
    ("The referendum opened on 12 March as planned, the election commission said.",
     "The election commission postponed the referendum, which had been due to open on 12 March."),
    ("The corruption trial of the former governor began on Monday as scheduled.",
     "The court postponed the corruption trial of the former governor, which had been due to begin on Monday."),
]
DUPLICATES = [
    ("The court postponed the corruption trial of the former governor, which had been due to begin on Monday.",
     "The corruption trial of the former governor, due to begin on Monday, was postponed by the court."),
    ("Protesters broke into the parliament building on Monday.",
     "Protesters forced their way into the parliament building on Monday."),
]
NOT_CONFLICTS = [
    # the act done after the postponement, on the new date
    ("The summit, which had been due to open on Monday, was postponed until Wednesday.",
     "The summit opened on Wednesday."),
    # another place entered
    ("Police kept protesters from entering the parliament building on Monday.",
     "Protesters broke into a shopping centre near the parliament on Monday."),
]


def test_the_readings_of_one_claim() -> None:
    assert forced_entry("Protesters broke into the National Assembly building during the protest.") \
        >= {"national", "assembly"}
    assert not forced_entry("Thieves broke the window.")
    # a way fought into a contest is no entry, as the knowledge rewrite reads "forced their way into"
    assert forced_entry("Rioters fought their way into the palace on Monday.") == {"palac"}
    assert not forced_entry("The team fought their way into the final on Monday.")
    assert not forced_entry("The side forced its way into contention.")
    assert put_off("Australia postponed the ballot, which had been due to open on 16 June.") == {"open"}
    assert not put_off("The ballot is due to open on 16 June.")  # planned, not put off
    assert not put_off("The vote, due to open on Monday, was postponed to Friday.")  # a new date
    assert not put_off("The match was postponed due to flooding.")  # a cause, no act planned
    assert put_off("The trial, due to begin on Monday, was postponed.") == put_off("The court postponed the trial, "
                                                                                   "which was due to begin on Monday.")


def test_an_act_stopped_or_put_off_against_it_done_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_act_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != "conflict", (a, b, c.reasons)
