"""Counts of two sides of one vote are two facts; "one of the 81" is a count (`match.vote_sides`)."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_one_of_a_counted_whole_is_a_count():
    assert [q.value for q in fig.quantities_of("Only one of the 60 senators voted against the bill.")] == [1.0, 60.0]
    assert [q.value for q in fig.quantities_of("It is one of the world's biggest mines.")] != [1.0, 60.0]


def test_for_and_against_counted():
    c = compare("Forty of the 60 senators voted for the bill.", "Only one of the 60 senators voted against the bill.")
    assert c.relation == "related"
    assert any(r.startswith("two sides of a vote counted") for r in c.reasons)


def test_one_side_two_counts_is_a_conflict():
    assert compare("One of the 12 miners died in the collapse.",
                   "Two of the 12 miners died in the collapse.").relation == "conflict"
