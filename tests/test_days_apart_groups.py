"""Two groups holding claims told on two days never merge (`link_groups.group_links` with `day_keys`),
even when no pair of their dated claims was compared: retellings that give no day link to both
sibling facts, and an uncompared pair counts 0 in average linkage, not a conflict."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.match import link_groups
from workbench.core.match.grouping import average_linkage_groups

TEXTS = [
    "Officials shut 300 polling units in Nairobi on 6 September.",
    "Three hundred polling units were shut in Nairobi on September 12.",
    "Officials shut 300 polling units in Nairobi.",
    "Three hundred polling units were shut in Nairobi, officials said.",
    "The commission closed 300 polling units in Nairobi on Sept. 6.",
]
# {0, 2} and {1, 3} first; 0 and 1 never compared; 2 and 3 (no day) linked across
LINKS = [(0, 2, "duplicate", 97.0), (1, 3, "duplicate", 96.0), (2, 3, "duplicate", 90.0),
         (0, 3, "duplicate", 85.0), (1, 2, "duplicate", 88.0)]


def _days() -> dict[int, tuple]:
    return link_groups.day_keys([fig.dates_of(t) for t in TEXTS])


def test_days_read_and_told_apart() -> None:
    days = _days()
    assert set(days) == {0, 1, 4}
    assert link_groups.days_apart(days[0], days[1])
    assert not link_groups.days_apart(days[0], days[4])  # "6 September" / "Sept. 6"


def test_undated_retellings_do_not_glue_two_days() -> None:
    assert link_groups.group_links(LINKS) == [[0, 1, 2, 3]]  # without the days: the mean 2.63 / 4 reaches 0.5
    assert link_groups.group_links(LINKS, _days()) == [[0, 2], [1, 3]]


def test_the_same_day_in_other_words_still_groups() -> None:
    links = [(0, 2, "duplicate", 97.0), (2, 4, "duplicate", 96.0), (0, 4, "duplicate", 90.0)]
    assert link_groups.group_links(links, _days()) == [[0, 2, 4]]


def test_grouping_keys_are_optional_and_generic() -> None:
    links = [(1, 2, 0.9), (2, 3, 0.9), (1, 3, 0.9)]
    assert average_linkage_groups(links, threshold=0.5) == [[1, 2, 3]]
    assert average_linkage_groups(links, threshold=0.5, keys={1: "a", 3: "b"}, apart=lambda x, y: x != y) \
        in ([[1, 2]], [[2, 3]])


def test_groups_told_apart_are_not_completed() -> None:
    links = LINKS[:4]  # the mean 1.75 / 4: (0, 1) and (1, 2) compared would reach 0.5
    assert link_groups.pairs_to_complete(links) == [(0, 1), (1, 2)]
    assert link_groups.pairs_to_complete(links, days=_days()) == []
