"""`cluster`'s work around the comparisons changes no output: links carried back as rows, chunks
sized for the workers, a claim's roles read once in `prepare`, the last completion round's groups
reused for the result."""

from __future__ import annotations

import sys
from pathlib import Path

from workbench.core.match import blocking, matching
from workbench.core.match.claim_view import claim_view
from workbench.core.match.grouping import clusters_from_links
from workbench.core.vocab import Relation


def _dense_sample(n: int, seed: int = 5) -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from matching_dense import generate

    return generate(n, seed=seed)[0]


def test_rows_are_the_links_comparisons_give():
    texts = _dense_sample(500)
    full = [(i, j, c.relation, c.score) for i, j, c in matching.find_links(texts, reasons=False)]
    assert len(full) > 1000
    assert matching.find_links(texts, reasons=False, rows=True) == full
    assert matching.find_links(texts, reasons=False, rows=True, workers=2) == full


def test_chunks_give_each_worker_several_but_never_tiny_ones():
    assert matching.chunk_size(320_000, 1) == matching.CHUNK
    step = matching.chunk_size(320_000, 2)
    assert 2 * blocking.CHUNKS_PER_WORKER <= -(-320_000 // step) <= 2 * blocking.CHUNKS_PER_WORKER + 1
    assert matching.chunk_size(5_000, 2) == matching.MIN_CHUNK
    assert matching.chunk_size(10_000_000, 4) == matching.CHUNK


def test_roles_read_in_prepare_give_the_views_read_alone():
    texts = [*_dense_sample(200), "Russia's foreign minister said Moscow had sent 40 engineers to Syria.",
             "The UN said the army and not the rebels shelled the town on Monday.",
             "Rebels were accused by the army of shelling the town.", "NATO said its jets struck 12 targets."]
    prep = matching.prepare(texts)
    assert prep.roles is not None
    for k, text in enumerate(texts):
        alone = claim_view(text, prep.norms[k])
        assert claim_view(text, prep.norms[k], roles=prep.roles[k]) == alone
    assert any(r[1] for r in prep.roles) and any(r[1] is not None and not r[1] for r in prep.roles)


def _groups_of_all_links(links: list[tuple[int, int, str, float]]) -> list[list[int]]:
    """`cluster`'s groups as computed before reusing the last round's: exact copies (and pairs
    scored 100) folded into their first member, then average linkage over all the links."""
    dup = Relation.DUPLICATE.value
    exact = clusters_from_links((i, j) for i, j, rel, s in links if s >= 100.0 and rel == dup)
    rep_of = {m: g[0] for g in exact for m in g}
    groups = matching.group_links([(rep_of.get(i, i), rep_of.get(j, j), rel, s) for i, j, rel, s in links
                                   if rep_of.get(i, i) != rep_of.get(j, j)])
    members = {g[0]: g for g in exact}
    grouped = [sorted(m for r in g for m in members.get(r, [r])) for g in groups]
    in_group = {m for g in grouped for m in g}
    return sorted(grouped + [g for g in exact if g[0] not in in_group], key=lambda g: g[0])


def test_cluster_groups_are_those_of_all_its_links():
    texts = _dense_sample(700)
    texts = texts + [texts[k].upper() for k in range(0, 700, 7)] + [" " + texts[3]]  # exact copies
    groups, links = matching.cluster_texts(texts, semantic=False)
    assert sum(1 for _i, _j, rel, s in links if s >= 100.0 and rel == Relation.DUPLICATE.value) >= 100
    assert len(groups) > 50
    assert groups == _groups_of_all_links(links)


def test_a_compared_pair_scored_100_still_groups_as_before(monkeypatch):
    """With a pair of distinct lines scored 100 (folded like an exact copy), the groups are
    computed again from all the links, not reused."""
    texts = _dense_sample(300, seed=8)
    real = matching.find_links

    def some_100(*args, **kwargs):
        found = real(*args, **kwargs)
        if kwargs.get("rows") and kwargs.get("pairs") is None:
            dups = [k for k, row in enumerate(found) if row[2] == Relation.DUPLICATE.value]
            for k in dups[::5]:
                i, j, rel, _s = found[k]
                found[k] = (i, j, rel, 100.0)
        return found

    monkeypatch.setattr(matching, "find_links", some_100)
    groups, links = matching.cluster_texts(texts, semantic=False)
    assert sum(1 for _i, _j, rel, s in links if s >= 100.0 and rel == Relation.DUPLICATE.value) >= 20
    assert groups == _groups_of_all_links(links)
