"""In claims naming no place, the names of one all among the other's stand for it beside a figure
(`doers.same_doer` given the names written, `same_place.places_alike`; helper pairsconf5): a first
word the other claim writes as a name is one ("Congress voted down" / "rejected by Peru's
Congress"); two named doers never do ("France" / "the World Bank"); without a figure the names
must be the same ("Mr Sorbello was taken to hospital" / "..., while Mr Pennisi ...")."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.doers import same_doer

WRITTEN = (frozenset({"daniel", "chapo"}), frozenset({"daniel", "chapo", "frelimo"}))


def test_names_of_one_among_the_others():
    assert same_doer(frozenset(), frozenset(), ("daniel", "chapo"), ("daniel", "chapo", "frelimo"), WRITTEN)
    assert not same_doer(frozenset(), frozenset(), ("daniel", "chapo"), ("daniel", "chapo", "frelimo"))
    assert not same_doer(frozenset(), frozenset(), ("daniel", "chapo"), ("venancio", "mondlane"),
                         (frozenset({"daniel", "chapo"}), frozenset({"venancio", "mondlane"})))


def test_without_a_figure_the_names_must_be_the_same():
    c = compare("Although Mr Sorbello was taken to hospital for a check-up, he was later released.",
                "Mr Sorbello was taken to hospital for a check-up and later released, while Mr Pennisi thinks he may "
                "have cracked ribs.")
    assert c.relation != "duplicate", c.reasons


def test_a_first_word_the_other_writes_as_a_name():
    written = (frozenset({"congress"}), frozenset({"peru", "congress"}))
    assert same_doer(frozenset(), frozenset({"peru", "congress"}), (), ("peru", "congress"), written)
    assert not same_doer(frozenset(), frozenset({"peru", "congress"}), (), ("peru", "congress"))


def test_two_named_doers_stand_for_nothing():
    assert not same_doer(frozenset({"franc"}), frozenset({"world", "bank"}), ("centralafricanrepublic",),
                         ("centralafricanrepublic", "world", "bank"), (frozenset({"france"}), frozenset()))
    c = compare("France suspended budget support to the Central African Republic",
                "The World Bank suspended budget support to the Central African Republic, citing governance concerns")
    assert c.relation != "duplicate", c.reasons


def test_the_court_confirming_the_winner_told_two_ways_is_a_duplicate():
    c = compare("The Constitutional Council confirmed Frelimo's Daniel Chapo as president-elect with 65 percent of the vote.",
                "Mozambique's top electoral court upheld Daniel Chapo's victory, giving the Frelimo candidate 65% of the votes.")
    assert c.relation == "duplicate", c.reasons


def test_an_age_alone_anchors_no_names():
    c = compare("Scott Russell is 46 years old.",
                "Woodburn's police chief, 46-year-old Scott Russell, is in a Portland hospital, in critical condition.")
    assert c.relation != "duplicate", c.reasons

