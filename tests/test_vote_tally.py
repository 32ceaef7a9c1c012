"""A vote's tally counts the votes and those who cast them alike ("65 lawmakers against" / "65 votes
opposed": `figures.counted.VOTERS`, helper pairsconf5); ballots at a count stay a thing."""

from __future__ import annotations

from workbench.core.figures import compare as figcompare
from workbench.core.figures.counted import VOTERS, counted_set
from workbench.core.figures.numbers import find_quantities
from workbench.core.match.compare import compare


def test_votes_and_voters_count_one_thing():
    for word in ("votes", "lawmakers", "legislators", "senators", "voters", "MPs"):
        assert VOTERS in counted_set(word.lower()), word
    assert VOTERS not in counted_set("ballots") and VOTERS not in counted_set("protesters")


def test_the_tally_pairs_and_agrees():
    check = figcompare.pair_figures(find_quantities("with 65 lawmakers against"), find_quantities("with 65 votes opposed"))
    assert check.agreements and not check.unpaired_a and not check.unpaired_b


def test_the_congress_vote_told_two_ways_is_a_duplicate():
    c = compare("Congress voted down a proposal to bring elections forward to 2023, with 65 lawmakers against.",
                "A bill to hold early elections in 2023 was rejected by Peru's Congress, with 65 votes opposed.")
    assert c.relation == "duplicate", c.reasons
