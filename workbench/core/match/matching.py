"""Claim <-> claim matching at scale: candidate pairs, full comparisons, groups.

Modules, each with one job:
- `normalize`: case, accents, punctuation, number words, spelling, light stems, stop words;
  `knowledge`: actor aliases, event-verb synonyms, opposite outcomes, dates.
- `scoring`: the lexical scorer (`Scorer` protocol); `embedding`: sentence vectors (semantic).
- `compare`: one pair -> figure, date, negation steps -> `decision` (learned probability).
- `blocking`: prefix-filtered inverted index + a cheap rapidfuzz check, so 100k claims match
  without comparing all pairs (this module runs the full comparison on the survivors).
- `grouping`: groups without chaining (average linkage; a conflict never glues two groups);
  `link_groups`: a cluster's groups from its links, and the pairs completed before two merge.
- `project`: the store-backed `match_project` / `rematch_claims`; `wire`: wire copies, independence.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.blocking import (
    CHEAP_CUTOFF,
    MIN_SPAN,
    MatchCancelled,
    chunk_step,
    frozen_heap,
    run_chunks,
    spans,
    verified_pair_arrays,
)
from workbench.core.match.claim_view import ClaimView, Roles, claim_roles, claim_view, surface
from workbench.core.match.compare import (
    Comparison,
    GateView,
    compare,
    compare_many,
    compare_normalized,
    prepared_rewrite,
)
from workbench.core.match.embedding import CLUSTER_NEW_VECTORS
from workbench.core.match.events import EventContext
from workbench.core.match.gate import PairGate, gate_view
from workbench.core.match.grouping import clusters_from_links
from workbench.core.match.link_groups import COMPLETE_ROUNDS, GrowingGroups, day_keys, group_links
from workbench.core.match.normalize import Normalized, normalize
from workbench.core.match.scoring import LexicalScorer, Scorer, token_idf
from workbench.core.match.shared_parts import shared_normalized, shared_strings
from workbench.core.match.story_year import with_story_year
from workbench.core.model import Quantity
from workbench.core.text_caches import shared
from workbench.core.vocab import LINKED_RELATIONS, Relation

if TYPE_CHECKING:
    from workbench.core.store import Store

__all__ = [
    "Comparison", "Scorer", "LexicalScorer", "compare", "compare_many", "cluster_texts", "find_links",
    "group_links", "figures_over_time", "MatchCancelled", "token_idf", "default_workers",
    "match_project", "MatchSummary", "CLUSTER_NEW_VECTORS", "project_clusters", "rematch_claims", "find_wire_groups", "independence",
]


#: The relations' values, read once (an enum member's `.value` is a descriptor call per link).
_DUPLICATE, _CONFLICT = Relation.DUPLICATE.value, Relation.CONFLICT.value


@dataclass
class Prepared:
    """Each claim read once: normalised form (after the knowledge rewrite), the knowledge that
    fired, figures, blocking tokens, and `exact_keys` (the normalised original text: two claims
    with the same key are exact copies; empty strings when not asked for: `cluster` finds its
    copies before, and the key is a second normalisation of every claim)."""

    norms: list[Normalized]
    quantities: list[list[Quantity]]
    hits: list[list[str]]
    blocking_tokens: list[list[str]]
    exact_keys: list[str]
    dates: list[list] | None = None
    #: `compare`'s surface of each claim (its wording without reporting frames, ~100 us to read):
    #: read here, once, rather than in every comparing process that meets the claim.
    surfaces: list[str] | None = None
    #: `claim_view.claim_roles` of each claim, read here once (with the reporting frame found for its
    #: surface) rather than in every comparing process that meets the claim (~0.3 ms a claim, and 2
    #: workers build ~34,000 views for dense 20k's 20,000 claims).
    roles: list[Roles] | None = None
    #: `fig.dates_of` each text, when `prepare` was asked (`read_dates`): read in its worker
    #: processes rather than serially in the main one (~0.5 CPU s at 20k claims).
    text_dates: list[list] | None = None
    #: What the pre-check (`gate.gate_view`) reads of each claim, read in `prepare`'s workers
    #: rather than serially in the main process before blocking: `knowledge.event_verbs` of its
    #: tokens, and `knowledge.read_dates` of its `text_dates` (then of its dates in the story's year,
    #: set by `find_links`, also read by `cluster_texts`' grouping).
    events: list[frozenset[str]] | None = None
    read_dates: list[knowledge.ReadDates] | None = None
    #: `knowledge.rewritten` of each claim (~100 us), None where it leaves the text as written:
    #: read here rather than again in each comparing process (its negation and refusal checks).
    rewritten: list[str | None] | None = None
    #: `token_idf(norms)`, computed at the first `find_links` and kept for the next (`cluster_texts`'
    #: completion rounds: ~0.05 s each at 20k, serial).
    idf: dict[str, float] | None = None


_Read = tuple[Normalized, list[str], str, str, Roles, str | None]


def _read_claim(text: str, exact: bool = True) -> _Read:
    norm, hits, rewritten = prepared_rewrite(text)
    return (shared_normalized(norm), shared_strings(hits), normalize(text).text if exact else "", surface(text),
            claim_roles(text, norm), None if rewritten == text else rewritten)


#: What `prepare` reads, shared with its forked workers (set just before they start).
_PREP: dict[str, Any] = {}
#: Claims `prepare` reads between two progress reports and cancel checks (at most: fewer with many
#: workers, `blocking.spans`).
PREPARE_STEP = 1000
READING_MESSAGE = "reading claims"


_Row = tuple[_Read, list[Quantity] | None, list | None, frozenset[str], knowledge.ReadDates | None]


def _prepare_range(span: tuple[int, int]) -> list[_Row]:
    texts, exact, read_quantities, read_dates = (_PREP[k] for k in ("texts", "exact", "quantities", "dates"))
    out: list[_Row] = []
    for t in texts[span[0]:span[1]]:
        read = _read_claim(t, exact)
        dates = fig.dates_of(t) if read_dates else None
        out.append((read, fig.quantities_of(t) if read_quantities else None, dates,
                    shared(frozenset(knowledge.event_verbs(read[0].tokens))),
                    knowledge.read_dates(dates) if read_dates else None))
    return out


def prepare(texts: Sequence[str], quantities: Sequence[list[Quantity]] | None = None, workers: int = 1,
            exact_keys: bool = True, read_dates: bool = False,
            progress: Callable[[int, int, str], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> Prepared:
    """Read every claim once (in `workers` forked processes for 5,000 claims or more; main thread
    only); `read_dates`: the dates the texts hold too (`Prepared.text_dates`). `progress(done,
    total, READING_MESSAGE)` and `cancel()` (raises `MatchCancelled`) every PREPARE_STEP claims:
    a 100k project takes ~45 s here."""
    _PREP.update(texts=texts, exact=exact_keys, quantities=quantities is None, dates=read_dates)
    forked = workers > 1 and len(texts) >= 5_000
    chunks = spans(len(texts), workers if forked else 1, PREPARE_STEP, MIN_SPAN)
    try:
        if forked:  # the knowledge tables (~0.4 CPU s) built once here, inherited by every worker
            _prepare_range((0, 1))
        with frozen_heap():
            read = run_chunks(_prepare_range, chunks, workers=workers if forked else 1,
                              total=len(texts), message=READING_MESSAGE, progress=progress, cancel=cancel)
    finally:
        _PREP.clear()
    rows = [r[0] for r in read]
    norms = [r[0] for r in rows]
    return Prepared(norms=norms, quantities=[r[1] for r in read] if quantities is None else list(quantities),
                    hits=[r[1] for r in rows], exact_keys=[r[2] for r in rows],
                    blocking_tokens=[n.all_tokens for n in norms], surfaces=[r[3] for r in rows],
                    roles=[r[4] for r in rows], rewritten=[r[5] for r in rows], text_dates=[r[2] for r in read] if read_dates else None,
                    events=[r[3] for r in read], read_dates=[r[4] for r in read] if read_dates else None)


#: State shared with forked worker processes (set just before the pool starts).
_WORK: dict[str, Any] = {}
#: Pairs per unit of work (between two progress/cancel checks).
CHUNK = 20_000
MIN_CHUNK = 500
#: Claim views (`claim_view.claim_view`, up to ~11 KB each, part shared with compare's caches; 30-65 us
#: to build) a comparing process keeps at most. Past it, the views no later pair reads are dropped,
#: then those of the claims furthest ahead (`_make_room`). 30,000 holds fewer views at 100k than the
#: old 20,000 checked once a chunk did (~34,000 at its peak) and builds ~25 % fewer (docs/matching.md).
#: 27,000 since stop 49: six more readers' caches took a 100k dense match to 1,505 MB, over the issue's
#: 1.5 GB; 27,000 gives 1,488 MB for 383 / 367 s wall, 719 / 690 CPU s (one run each, 'Stop 49').
#: 24,000 since stop 53: its twenty-four readers' caches took it to 1,510 MB; 24,000 gives 1,487 MB, P / R the same.
VIEWS_MAX = 24_000
#: Most partners per claim compared in full (best cheap scores first): keeps dense news linear.
#: 12, not 20 (stop 41): a third fewer pairs compared on dense 20k for recall 0.966 -> 0.956, and at
#: most 0.010 of recall on the other generators at 5k; a 100k dense project loses more (0.802 -> 0.740:
#: look-alikes crowd the places). docs/matching.md, "Stop 41".
MAX_PARTNERS = 12


def _compare_range(bounds: tuple[int, int]) -> list[Any]:
    w = _WORK
    texts, prep, cands, vectors = w["texts"], w["prep"], w["cands"], w["vectors"]
    dates, contexts, skip = w["dates"] or prep.dates, w["contexts"], w["skip"]
    views, surfaces, roles, rewritten, explain = w["views"], prep.surfaces, prep.roles, prep.rewritten, w["reasons"]

    def view(k: int) -> ClaimView:
        return claim_view(texts[k], prep.norms[k], surfaces[k] if surfaces else None, dates[k] if dates else None,
                          roles[k] if roles else None,
                          None if rewritten is None else texts[k] if rewritten[k] is None else rewritten[k])

    out: list[Any] = []
    for i, j in zip(cands[0][bounds[0]:bounds[1]].tolist(), cands[1][bounds[0]:bounds[1]].tolist(), strict=True):
        if skip is not None and skip(i, j):
            continue
        va, vb = views.get(i), views.get(j)
        if (va is None or vb is None) and len(views) >= VIEWS_MAX - 1:
            _make_room(views, i)
        if va is None:
            va = views[i] = view(i)
        if vb is None:
            vb = views[j] = view(j)
        cosine = None
        if vectors is not None and vectors[i] is not None and vectors[j] is not None:
            cosine = float(vectors[i] @ vectors[j])
        c = compare_normalized(
            texts[i], texts[j], prep.norms[i], prep.norms[j], prep.quantities[i], prep.quantities[j],
            dates_a=dates[i] if dates else None, dates_b=dates[j] if dates else None,
            context_a=contexts[i] if contexts else None, context_b=contexts[j] if contexts else None,
            entity_weights=w["entity_weights"], token_weights=w["idf"], scorer=w["scorer"], cosine=cosine,
            knowledge_hits=[*prep.hits[i], *prep.hits[j]] if explain else (), explain=explain, views=(va, vb),
            links_only=w["links_only"])
        if c.relation in w["relations"]:
            if w["rows"]:  # a tuple pickles ~15x faster than a Comparison on its way back from a worker
                out.append((i, j, c.relation, c.score))
                continue
            c.features = {}  # the model's inputs, not needed by links: ~1 KB a link at 100k links a run
            out.append((i, j, c))
    return out


def chunk_size(total: int, workers: int) -> int:
    """Pairs per chunk: CHUNK, or less so that `workers` processes get CHUNKS_PER_WORKER chunks each
    (the last chunk leaves the other workers idle: 2 workers on dense 20k's 16 chunks of 20,000
    pairs waited up to ~2.5 s for it), but never below MIN_CHUNK (a few thousand pairs to
    complete two groups are then compared in the workers too, not in the parent alone)."""
    return chunk_step(total, workers, CHUNK, MIN_CHUNK)


def _make_room(views: dict[int, Any], i: int) -> None:
    """Keep at most half of VIEWS_MAX views, those most likely read again. Candidate pairs come
    sorted by their first claim, each with partners after it, so in a full match a claim before
    `i` is never read again; of the others, the closest ahead are read soonest (at the latest
    when their own partners come), those far ahead only if some partner reaches them first.
    (A new claim's partners may come before it: then a dropped view is only built again.)"""
    ahead = sorted(k for k in views if k >= i)[:VIEWS_MAX // 2]
    kept = {k: views[k] for k in ahead}
    views.clear()
    views.update(kept)


def _gate_views(texts: Sequence[str], prep: Prepared, dates: Sequence[list | None] | None,
                contexts: Sequence[EventContext | None] | None) -> list[GateView]:
    """`gate.gate_view` of each claim, with what `prepare`'s workers read of it. A claim's dates
    are read here only when they are not the list the workers read (given by the caller, or
    another year given by `with_story_year`); `prep.read_dates` then holds the dates read."""
    pair_dates = dates or prep.dates
    held, read, events = prep.text_dates, prep.read_dates, prep.events
    own = bool(pair_dates) and not dates and held is not None and read is not None
    views = [gate_view(texts[k], prep.norms[k], pair_dates[k] if pair_dates else None,
                       contexts[k] if contexts else None, prep.roles[k] if prep.roles else None,
                       events[k] if events is not None else None,
                       read[k] if own and pair_dates[k] is held[k] else None)  # type: ignore[index]
             for k in range(len(texts))]
    if own:
        prep.read_dates = [v.dates for v in views]
    return views


def find_links(
    texts: Sequence[str],
    *,
    quantities: Sequence[list[Quantity]] | None = None,
    dates: Sequence[list | None] | None = None,
    contexts: Sequence[EventContext | None] | None = None,
    entity_weights: dict[str, float] | None = None,
    query_ids: set[int] | None = None,
    skip: Callable[[int, int], bool] | None = None,
    relations: tuple[str, ...] = LINKED_RELATIONS,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    scorer: Scorer | None = None,
    workers: int = 1,
    vectors: Sequence[Any] | Callable[[list[int]], Sequence[Any]] | None = None,
    prep: Prepared | None = None,
    reasons: bool = True,
    sink: Callable[[list[tuple[int, int, Comparison]]], None] | None = None,
    pairs: Sequence[tuple[int, int]] | None = None,
    rows: bool = False,
) -> list[Any]:
    """Links (i, j, comparison), i < j, among `texts` (indices), found through blocking (or among
    exactly `pairs`, i < j, when given: `cluster_texts` completing two groups about to merge).

    `workers` > 1 compares candidate pairs in that many forked processes (Linux/macOS) once there
    are more than 2 chunks of pairs; call it so only from a process's main thread (the CLI,
    the benchmark), not from a GUI worker thread. `vectors` (unit sentence vectors, or None per
    claim) turn the semantic feature on for the pairs where both claims have one; a function
    instead is called once with the indices of the claims in some pair compared in full and
    returns the vectors of all claims (None where not asked). `prep`: the claims already read by
    `prepare` (same texts and quantities). `reasons=False` leaves the links' reasons out (a
    caller that only groups: less to carry back from the workers). `sink`: called with each
    chunk's links as they come, in order, instead of returning them all at the end (a project's
    million links are then never all held as comparisons at once). `rows=True` gives each link as
    (i, j, relation, score) instead, all a caller that only groups reads (`cluster_texts`).
    """
    with frozen_heap():  # fewer collector passes over the claims, views and links
        if prep is None:
            prep = prepare(texts, quantities, workers, read_dates=dates is None, progress=progress, cancel=cancel)
        if dates is None and prep.dates is None:  # a plain list of claims: the dates the texts hold,
            held = prep.text_dates if prep.text_dates is not None else [fig.dates_of(t) for t in texts]
            prep.dates = with_story_year(held)  # in the lines' own year
        idf = prep.idf = prep.idf if prep.idf is not None else token_idf(prep.norms)
        accept = may_link = None
        if pairs is None and set(relations) <= set(LINKED_RELATIONS):
            # Pairs the hard rules make `related` at best never take a partner's place, nor a full comparison.
            gate = PairGate(_gate_views(texts, prep, dates, contexts), entity_weights)
            may_link = gate.may_link_many
            if skip is not None or gate.other_parts:
                def accept(i: int, j: int) -> bool:
                    return not ((skip is not None and skip(i, j)) or gate.rest_differ(i, j))

        import numpy as np

        # two int32 arrays, not millions of tuples (~130 B a pair), held while comparing
        if pairs is not None:
            cands = (np.fromiter((i for i, _ in pairs), dtype=np.int32, count=len(pairs)),
                     np.fromiter((j for _, j in pairs), dtype=np.int32, count=len(pairs)))
        else:
            cands = verified_pair_arrays(prep.blocking_tokens, cutoff=CHEAP_CUTOFF, query_ids=query_ids,
                                         progress=progress, cancel=cancel, workers=workers, limit=MAX_PARTNERS,
                                         accept=accept, may_link=may_link)[:2]
        # the pre-check's views and memos are not read by the comparing workers: dropped before they
        # are forked, so that none inherits them (with `release_free_heap`: 1,470 -> 1,462 MB at 100k)
        gate = accept = may_link = None  # type: ignore[assignment]
        if callable(vectors):  # only claims in a pair compared in full need a vector
            vectors = vectors(np.union1d(cands[0], cands[1]).tolist())
        _WORK.update(texts=texts, prep=prep, cands=cands, vectors=vectors, dates=dates, contexts=contexts, skip=skip,
                     entity_weights=entity_weights, idf=idf, scorer=scorer, relations=relations, reasons=reasons,
                     views={}, rows=rows, links_only=set(relations) <= set(LINKED_RELATIONS))
        total = len(cands[0])
        # pairs given (a completion round's few thousand, each ~0.2 ms with its claims' views
        # built again): chunks of MIN_SPAN, so many workers share them rather than a few taking 500
        step = chunk_size(total, workers) if pairs is None else chunk_step(total, workers, CHUNK, MIN_SPAN)
        chunks = [(k, min(total, k + step)) for k in range(0, total, step)]
        try:
            out: list[Any] = run_chunks(
                _compare_range, chunks, workers=workers, total=total, message="comparing candidate pairs",
                progress=progress, cancel=cancel, sink=sink)
        finally:
            _WORK.clear()
        return out



def cluster_texts(texts: list[str], *, scorer: Scorer | None = None, workers: int = 1,
                  semantic: bool | None = None, progress: Callable[[int, int, str], None] | None = None,
                  vector_cache: bool = False, max_new_vectors: int | None = None,
                  notice: Callable[[str], None] | None = None,
                  ) -> tuple[list[list[int]], list[tuple[int, int, str, float]]]:
    """Deduplicate a list of claims: (groups of 0-based indices, links (i, j, relation, score)).

    Groups hold claims stating the same fact (duplicates close to the group as a whole);
    conflicting versions are linked, not grouped. Claims alone are not listed. With the semantic
    scorer on (`semantic` None = the default setting), every distinct line that some pair compares
    in full is embedded once (after the candidate pairs are known); with `vector_cache` (what
    the `cluster` command asks unless turned off), only lines whose vectors the user's cache lacks
    (`vector_cache`), and those are kept there. `max_new_vectors`: when more lines than that lack
    a vector, none is embedded and the words decide every pair (`notice(message)` says so; the
    `cluster` command's default is `CLUSTER_NEW_VECTORS`). `progress(done, total, message)`
    through each stage: candidate pairs, embedding, comparing, completing groups.
    """
    # Exact copies first, by their folded text: a line repeated thousands of times would
    # otherwise make all its words too common for the blocking index to pair anything.
    first_of: dict[str, int] = {}
    representatives: list[int] = []
    links: list[tuple[int, int, str, float]] = []
    for index, text in enumerate(texts):
        key = " ".join(text.casefold().split())
        if key in first_of:
            links.append((first_of[key], index, Relation.DUPLICATE.value, 100.0))
        else:
            first_of[key] = index
            representatives.append(index)
    unique = [texts[i] for i in representatives]
    from workbench.core.match.embedding import OverEmbeddingBudget, embed_many, semantic_enabled

    def vectors(needed: list[int]) -> list[Any]:
        """Sentence vectors of the lines some pair compares in full (the others are never read)."""
        from workbench.core.match.vector_cache import open_default

        out: list[Any] = [None] * len(unique)
        if not needed:
            return out
        cache = open_default() if vector_cache else None
        try:
            got = embed_many([unique[k] for k in needed], workers=workers, progress=progress, cache=cache,
                             max_new=max_new_vectors)
        except OverEmbeddingBudget as over:
            if notice is not None:
                notice(f"at least {over.missing:,} of {over.lines:,} lines have no sentence vector yet, more than "
                       f"the {over.budget:,} a run embeds by default: matching by words only")
            return out
        finally:
            if cache is not None:
                cache.close()
        for k, v in zip(needed, got, strict=True):
            out[k] = v
        return out

    use = bool(unique) and semantic_enabled(flag=semantic)
    embedded: list[Any] = []

    def vectors_once(needed: list[int]) -> list[Any]:
        if not embedded:
            embedded.append(vectors(needed))
        return embedded[0]

    # grouping and completion too: the collector walked the links and groups kept (~5 % of dense 20k's CPU)
    with frozen_heap():
        prep = prepare(unique, None, workers, exact_keys=False, read_dates=True,  # exact copies are found above
                       progress=progress)
        unique_links: list[tuple[int, int, str, float]] = find_links(
            unique, scorer=scorer, workers=workers, vectors=vectors_once if use else None, reasons=False, prep=prep,
            progress=progress, rows=True)
        done_pairs: set[tuple[int, int]] = set()
        groups: list[list[int]] | None = None  # group_links(unique_links), while no link is added
        days = day_keys(prep.dates or [], prep.read_dates)  # the dates as the pre-check read them
        growing = GrowingGroups(days)  # each round regroups only what its new links touch
        more = unique_links
        for _round in range(COMPLETE_ROUNDS):
            growing.add(more)
            groups = growing.groups()
            missing = [pair for pair in growing.pairs_to_complete() if pair not in done_pairs]
            if not missing:
                break
            done_pairs.update(missing)
            more = find_links(unique, scorer=scorer, workers=workers, reasons=False, prep=prep, pairs=missing,
                              vectors=embedded[0] if embedded else None, progress=progress, rows=True)
            if not more:  # the same links: the next round would find the same pairs, all compared
                break
            groups = None
            unique_links += more
        links += [(representatives[i], representatives[j], rel, score) for i, j, rel, score in unique_links]
        links.sort()
        exact = clusters_from_links((i, j) for i, j, rel, s in links if s >= 100.0 and rel == _DUPLICATE)
        # exact copies join their representative's group
        rep_of = {m: g[0] for g in exact for m in g}
        if groups is None or any(s >= 100.0 and rel == _DUPLICATE for _i, _j, rel, s in unique_links):
            groups = group_links([(rep_of.get(i, i), rep_of.get(j, j), rel, s) for i, j, rel, s in links
                                  if rep_of.get(i, i) != rep_of.get(j, j)],
                                 {representatives[k]: key for k, key in days.items()})
        else:  # the last round's groups: with exact copies only from the first pass (the representatives,
            # in increasing order, are their groups' first members), the links above between the groups'
            # first members are `unique_links` mapped in order, and average linkage groups them alike
            groups = [[representatives[r] for r in g] for g in groups]
        members = {g[0]: g for g in exact}
        grouped = [sorted(m for r in g for m in members.get(r, [r])) for g in groups]
        in_group = {m for g in grouped for m in g}
        grouped += [g for g in exact if g[0] not in in_group]
        return sorted(grouped, key=lambda g: g[0]), links


#: Most worker processes a match forks: each holds its own claim views and caches (~150-250 MB
#: at 20k-100k claims), so more would break the memory goal before they gain much.
WORKERS_MAX = 4
#: Up to this many claims a worker holds little (~150 MB at 20k), so a machine with more cores
#: may use up to WORKERS_MAX_SMALL of them (a `cluster` of a few thousand lines on 8 cores).
SMALL_JOB = 30_000
WORKERS_MAX_SMALL = 8


def default_workers(claims: int | None = None) -> int:
    """Worker processes for large comparisons (and embedding): the cores this process may run on
    (a container's CPU set, not the host's count), up to WORKERS_MAX, or WORKERS_MAX_SMALL for a
    job of at most SMALL_JOB `claims`, when fork is available."""
    import multiprocessing as mp
    import os

    if "fork" not in mp.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # macOS has no affinity call
        cores = os.cpu_count() or 1
    cap = WORKERS_MAX_SMALL if claims is not None and claims <= SMALL_JOB else WORKERS_MAX
    return max(1, min(cap, cores))


# --------------------------------------------------------------------------------------------
# Figures over time

def _best_value(q: Quantity) -> float | None:
    if q.value is not None:
        return float(q.value)
    b = fig.bounds(q)
    if b is None:
        return None
    return b[0] if b[1] == math.inf else (b[0] + b[1]) / 2


def figures_over_time(store: Store, cluster_claim_ids: Iterable[int]) -> list[dict[str, Any]]:
    """The figures a cluster's claims report, in order of publication.

    Each point: claim_id, article_id, outlet, published, text, figures (text, value, low, high,
    counted) and `reading`: "first report", "same as earlier", "higher than earlier (possible
    update)", "lower than earlier", "no figure". A later, higher toll is thus readable as an
    update, while the conflict links between the claims stay for the analyst to judge.
    """
    rows = store.claims_for_matching(list(cluster_claim_ids))
    rows.sort(key=lambda r: (r.get("published") is None, r.get("published") or "", r["id"]))
    points: list[dict[str, Any]] = []
    previous: float | None = None
    for r in rows:
        qs = [q for q in claim_quantities(r) if fig.figure_kind(q) == fig.COUNT]
        value = _best_value(qs[0]) if qs else None
        if value is None:
            reading = "no figure"
        elif previous is None:
            reading = "first report"
        elif abs(value - previous) <= 0.02 * max(abs(previous), 1):
            reading = "same as earlier"
        elif value > previous:
            reading = "higher than earlier (possible update)"
        else:
            reading = "lower than earlier"
        if value is not None:
            previous = value
        points.append({
            "claim_id": r["id"], "article_id": r["article_id"], "outlet": r.get("outlet"),
            "published": r.get("published"), "text": r["text"],
            "figures": [{"text": q.text, "value": q.value, "low": q.low, "high": q.high, "counted": q.counted}
                        for q in qs],
            "reading": reading,
        })
    return points


# Store-backed matching and wire copies live in their own modules; re-exported for callers.
from workbench.core.match.project import (  # noqa: E402
    MatchSummary,
    claim_quantities,
    match_project,
    project_clusters,
    rematch_claims,
)
from workbench.core.match.wire import find_wire_groups, independence  # noqa: E402
