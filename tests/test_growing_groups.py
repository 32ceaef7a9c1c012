"""`link_groups.GrowingGroups` regroups only the components new links touch, and gives the same
groups and pairs to complete as grouping the whole link list again (what `cluster_texts` did
each completion round)."""

from __future__ import annotations

import random

from workbench.core.match import link_groups, matching
from workbench.core.match.link_groups import GrowingGroups, group_links, pairs_to_complete


def _random_links(rng: random.Random, nodes: int, count: int) -> list[tuple[int, int, str, float]]:
    links = {}
    while len(links) < count:
        i, j = sorted(rng.sample(range(nodes), 2))
        rel = rng.choices(["duplicate", "conflict"], weights=[5, 1])[0]
        links[i, j] = (i, j, rel, float(rng.choice([50, 55, 62.5, 70, 80, 95, 100])))
    return list(links.values())


def test_batches_give_what_the_whole_list_gives() -> None:
    rng = random.Random(11)
    for trial in range(40):
        nodes = rng.randint(6, 60)
        links = _random_links(rng, nodes, rng.randint(4, nodes * 2))
        days = {k: ((2026, 3, rng.randint(1, 3), None),) for k in range(nodes) if rng.random() < 0.3}  # 1-3 March
        days = days if trial % 2 else None
        growing = GrowingGroups(days)
        taken: list[tuple[int, int, str, float]] = []
        done: set[tuple[int, int]] = set()
        cut = sorted(rng.sample(range(1, len(links)), min(3, len(links) - 1)))
        for batch in (links[a:b] for a, b in zip([0, *cut], [*cut, len(links)], strict=True)):
            growing.add(batch)
            taken += batch
            assert growing.groups() == group_links(taken, days)
            want = [p for p in pairs_to_complete(taken, days=days) if p not in done]
            assert [p for p in growing.pairs_to_complete() if p not in done] == want
            done.update(want)


def test_a_batch_regroups_only_the_components_it_touches(monkeypatch) -> None:
    first = [(0, 1, "duplicate", 90.0), (1, 2, "duplicate", 90.0), (5, 6, "duplicate", 80.0)]
    growing = GrowingGroups()
    growing.add(first)
    assert growing.groups() == group_links(first) == [[1, 2], [5, 6]]  # 0-2 never compared: 0 joins no group
    grouped: list[list] = []
    whole = link_groups.group_links

    def spy(links, days=None):
        grouped.append(sorted({x for i, j, _r, _s in links for x in (i, j)}))
        return whole(links, days)

    monkeypatch.setattr(link_groups, "group_links", spy)
    growing.add([(6, 7, "duplicate", 95.0), (5, 7, "duplicate", 95.0)])
    assert grouped == [[5, 6, 7]]  # the 0-1-2 component is left as it was
    assert growing.groups() == [[1, 2], [5, 6, 7]]
    growing.add([(2, 5, "conflict", 60.0)])  # across two components: bars nothing yet
    growing.add([(2, 6, "duplicate", 55.0)])  # joins them: the conflict now bars the merge
    assert growing.groups() == group_links(first + [(6, 7, "duplicate", 95.0), (5, 7, "duplicate", 95.0),
                                                    (2, 5, "conflict", 60.0), (2, 6, "duplicate", 55.0)])


def test_cluster_output_is_that_of_grouping_all_links() -> None:
    texts = ["Some 500,000 people fled their homes, the UN said.", "Half a million people have fled their homes.",
             "About 500,000 residents fled their homes.", "Nearly 2,000 civilians were killed in Deir ez-Zor.",
             "Almost two thousand civilians have been killed in Deir ez-Zor.", "Some 500,000 people fled on Monday."]
    groups, links = matching.cluster_texts(texts, semantic=False)
    assert groups == group_links(links)
