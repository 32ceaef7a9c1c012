"""A ballot's two sides told of one motion by one body are a conflict ("voted for" / "voted against"
the bill: `told_two_ways`); two counts of the two sides stay two groups (`vote_sides`)."""

from workbench.core.match.compare import compare
from workbench.core.match.told_two_ways import told_two_ways


def test_voted_for_against_one_motion_is_a_conflict() -> None:
    c = compare("Parliament voted for the bill on Tuesday.", "Parliament voted against the bill on Tuesday.")
    assert c.relation == "conflict"
    assert any("opposite" in r for r in c.reasons)


def test_voted_for_is_rewritten_only_against_the_other_side() -> None:
    assert told_two_ways("The Senate votes for the motion.", "The Senate votes against the motion.")[0] == \
        "The Senate votes in favour of the motion."
    assert told_two_ways("Voters voted for a new parliament.", "Voters elected a new parliament.") is None
    assert told_two_ways("Ten voted for it and two voted against.", "Ten voted against it.") is None


def test_counts_of_the_two_sides_stay_two_groups() -> None:
    c = compare("Fifty of the 81 deputies voted for the motion.", "Only one of the 81 deputies voted against the motion.")
    assert c.relation == "related"
