"""Two names news uses for one thing (helper pairsdup2): protests are demonstrations (as
protesters are demonstrators), and "Brussels" as an actor is the European Union, whose
institutions sit there, as a capital stands for its government; "in Brussels" stays a place."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def test_demonstrations_are_written_as_protests():
    assert rewrite("Thousands joined the demonstrations in Lima")[0] == rewrite("Thousands joined the protests in Lima")[0]
    assert rewrite("a demonstration outside the embassy")[0] == "a protest outside the embassy"


def test_brussels_acting_is_the_european_union():
    assert rewrite("Brussels has fined the tech giant")[0] == rewrite("The EU has fined the tech giant")[0].replace(
        "The ", "")
    assert "Brussels" in rewrite("A summit was held in Brussels on Monday")[0]


def test_arrests_since_the_protests_began_told_two_ways_are_one_fact():
    c = compare("More than 300 protesters have been arrested since the demonstrations began, the interior ministry said",
                "Over 300 demonstrators have been detained since the start of the protests, according to the ministry")
    assert c.relation == "duplicate", c.reasons


def test_brussels_and_the_eu_suspending_one_thing_is_one_fact():
    c = compare("Brussels has suspended budget support to the Malian government",
                "The European Union has halted budget support for the government of Mali")
    assert c.relation == "duplicate", c.reasons
