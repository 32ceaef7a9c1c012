"""`cluster` tells how far it is: each stage (reading, candidate pairs, embedding, comparing) reports
through the progress callback and ends full, so a long run on the command line is visibly alive."""

from __future__ import annotations

from test_matching_speed import CLAIMS

from workbench.core.match import matching


def _stages(calls: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
    stages: dict[str, list[tuple[int, int]]] = {}
    for done, total, message in calls:
        stages.setdefault(message, []).append((done, total))
    return stages


def _ends_full(points: list[tuple[int, int]]) -> bool:
    done, total = points[-1]
    return total > 0 and done == total and all(d <= t for d, t in points)


def test_cluster_reports_every_stage_and_ends_full():
    calls: list[tuple[int, int, str]] = []
    quiet = matching.cluster_texts(CLAIMS, semantic=False)
    told = matching.cluster_texts(CLAIMS, semantic=False, progress=lambda d, t, m: calls.append((d, t, m)))
    assert told == quiet  # reporting changes nothing
    stages = _stages(calls)
    assert "finding candidate pairs" in stages and "comparing candidate pairs" in stages
    assert list(stages)[0] == matching.READING_MESSAGE  # reading the claims comes first
    assert "embedding the claims" not in stages  # the lexical path embeds nothing
    assert all(_ends_full(points) for points in stages.values())


def test_semantic_cluster_reports_the_embedding(semantic):
    from workbench.core.match.embedding import EMBEDDING_MESSAGE

    calls: list[tuple[int, int, str]] = []
    matching.cluster_texts(CLAIMS, progress=lambda d, t, m: calls.append((d, t, m)))
    stages = _stages(calls)
    assert EMBEDDING_MESSAGE in stages and _ends_full(stages[EMBEDDING_MESSAGE])
    assert list(stages)[:4] == [matching.READING_MESSAGE, "finding candidate pairs", EMBEDDING_MESSAGE,
                                "comparing candidate pairs"]


def test_embedding_in_worker_processes_reports_each_part(semantic):
    from workbench.core.match.embedding import EMBEDDING_MESSAGE, embed_many

    calls: list[tuple[int, int, str]] = []
    vectors = embed_many(CLAIMS * 2, workers=2, min_per_worker=4, progress=lambda d, t, m: calls.append((d, t, m)))
    assert len(vectors) == len(CLAIMS) * 2
    # each distinct line is run once over all parts: the count is of lines run
    assert len(calls) > 1 and calls[-1] == (len(CLAIMS), len(CLAIMS), EMBEDDING_MESSAGE)
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
