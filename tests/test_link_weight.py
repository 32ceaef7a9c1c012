"""A duplicate link weighs at least `DUPLICATE_WEIGHT_MIN` in average linkage (helper group20k):
an anchored duplicate is shown at the duplicate cut when its words say little, and at that
weight two groups of one fact merged only when every cross pair was linked."""

from workbench.core.match.link_groups import DUPLICATE_WEIGHT_MIN, GROUP_LINKAGE, group_links, link_weight


def test_a_duplicate_at_the_cut_weighs_the_floor_and_a_sure_one_its_score() -> None:
    assert link_weight(50.0) == DUPLICATE_WEIGHT_MIN
    assert link_weight(92.0) == 0.92


def test_groups_joined_by_most_of_their_cross_pairs_at_the_cut_merge() -> None:
    # {0, 1, 2} and {3, 4, 5, 6}; eleven of the twelve cross pairs anchored duplicates (50): 5.5 / 12
    # at the cut's own weight kept them apart
    one, two = (0, 1, 2), (3, 4, 5, 6)
    inside = [(a, b, "duplicate", 90.0) for g in (one, two) for a in g for b in g if a < b]
    across = [(a, b, "duplicate", 50.0) for a in one for b in two if (a, b) != (2, 6)]
    assert group_links(inside + across) == [[0, 1, 2, 3, 4, 5, 6]]


def test_one_link_still_never_chains_a_claim_onto_a_pair() -> None:
    assert DUPLICATE_WEIGHT_MIN / 2 < GROUP_LINKAGE
    links = [(0, 1, "duplicate", 95.0), (1, 2, "duplicate", 50.0)]
    assert group_links(links) == [[0, 1]]
    # a sure link is no different: 0.9 / 2 < 0.5
    assert group_links([(0, 1, "duplicate", 95.0), (1, 2, "duplicate", 90.0)]) == [[0, 1]]


def test_a_conflict_across_still_keeps_groups_apart() -> None:
    links = [(0, 1, "duplicate", 90.0), (2, 3, "duplicate", 90.0), (0, 2, "duplicate", 50.0),
             (0, 3, "duplicate", 50.0), (1, 2, "duplicate", 50.0), (1, 3, "conflict", 60.0)]
    assert group_links(links) == [[0, 1], [2, 3]]
