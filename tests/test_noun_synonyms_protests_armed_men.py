"""Nouns news writes two ways (helper pairsdup2): protests are demonstrations (as protesters are
demonstrators), and armed men are gunmen (the plain description of unnamed attackers)."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def test_demonstrations_are_written_as_protests():
    assert rewrite("Thousands joined the demonstrations in Lima")[0] == rewrite("Thousands joined the protests in Lima")[0]
    assert rewrite("a demonstration outside the embassy")[0] == "a protest outside the embassy"


def test_armed_men_are_gunmen():
    assert rewrite("Armed men attacked the convoy")[0] == rewrite("Gunmen attacked the convoy")[0]
    assert rewrite("the armed man was arrested")[0] == rewrite("the gunman was arrested")[0]


def test_arrests_since_the_protests_began_told_two_ways_are_one_fact():
    c = compare("More than 300 protesters have been arrested since the demonstrations began, the interior ministry said",
                "Over 300 demonstrators have been detained since the start of the protests, according to the ministry")
    assert c.relation == "duplicate", c.reasons


def test_a_raid_by_armed_men_told_as_gunmen_is_one_fact():
    c = compare("Armed men in hoods burst into a radio station in Cali during a live show, police said",
                "Hooded gunmen burst into a Cali radio station during a live show, police said")
    assert c.relation == "duplicate", c.reasons
