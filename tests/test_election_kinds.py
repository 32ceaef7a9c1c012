"""Kinds of election (`language.kinds`: presidential, parliamentary, local, referendums) are events:
two of them are two facts, "election" and "vote" stay one."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.kind_slots import other_member
from workbench.core.match.place_names import places


def test_two_kinds_of_election_are_two_facts():
    assert other_member("the opposition boycotted the presidential election",
                        "the opposition boycotted the municipal elections") is not None
    assert compare("The opposition will boycott the parliamentary elections in March",
                   "The opposition will boycott the referendum in March").relation != "duplicate"


def test_an_election_is_any_of_them_and_a_vote():
    assert other_member("the opposition boycotted the election", "the opposition boycotted the referendum") is None
    assert compare("The election was put off until 12 May", "The vote was postponed to May 12").relation == "duplicate"
    assert places("Fraud was alleged in Russian elections") == ("Russian",)  # a people's name before them is where
