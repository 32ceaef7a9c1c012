"""Claim <-> claim matching: duplicates, conflicting figures, clusters, at project scale.

Layers (each usable alone):
- `normalize` (workbench.core.match.normalize): case, accents, punctuation, number words -> numbers,
  British -> American spelling, light stems, stop words.
- a `Scorer`: text similarity 0-100 of two normalised claims, "same statement, figures aside".
  `LexicalScorer` is the default (weighted token alignment with transliteration-tolerant token
  matching + rapidfuzz token/character scorers). A semantic scorer (a local embedding model) can
  implement the same protocol and be passed as `scorer=` without touching callers.
- figures (workbench.core.figures.compare): quantities paired across the two claims and checked for
  compatible bounds; dates; negation.
- event context (workbench.core.match.events): inside a project, articles about different events never
  yield duplicates or conflicts.
- blocking (workbench.core.match.blocking): prefix-filtered inverted index + a cheap rapidfuzz check,
  so 100k claims match without comparing all pairs.

Relations: duplicate (same fact, compatible figures and dates), conflict (same fact,
incompatible figures, dates or a denial), related (same topic, different fact, or the same words
about a different event), unrelated.
"""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from rapidfuzz import fuzz, process

from workbench.core import figures as fig
from workbench.core.match.blocking import CHEAP_CUTOFF, MatchCancelled, run_chunks, verified_pairs
from workbench.core.match.events import EventContext, same_event
from workbench.core.match.normalize import Normalized, implicit_negation, normalize, skeleton
from workbench.core.model import DateMention, Quantity
from workbench.core.vocab import LINKED_RELATIONS, LinkState, Relation

if TYPE_CHECKING:
    from workbench.core.store import Store

__all__ = [
    "Comparison", "Scorer", "LexicalScorer", "compare", "compare_many", "cluster_texts",
    "match_project", "MatchSummary", "figures_over_time", "MatchCancelled",
    "DUPLICATE_THRESHOLD", "AUTO_LINK_THRESHOLD", "RELATED_THRESHOLD", "find_wire_groups", "independence",
    "project_clusters",
]

#: Text similarity from which two claims state the same fact (tuned on MRPC train + STS dev).
DUPLICATE_THRESHOLD = 60.0
#: Above this a duplicate is linked automatically (state confirmed, auto); between the
#: duplicate threshold and this one it is only suggested to the analyst.
AUTO_LINK_THRESHOLD = 85.0
#: Disagreeing figures make a conflict only from this similarity (a duplicate needs less): with
#: different figures, everything else must match closely to be sure it is the same fact.
CONFLICT_THRESHOLD = 70.0
#: Below DUPLICATE_THRESHOLD but above this: same topic, different fact.
RELATED_THRESHOLD = 35.0
#: A denial ("not", "false", "hoax") in only one of two claims is a conflict from this similarity.
NEGATION_MIN_SIM = 70.0
#: Weight of one figure in the token alignment (a content word weighs about 1).
NUMBER_WEIGHT = 1.5


@dataclass
class Comparison:
    score: float  # 0-100
    relation: str  # duplicate | conflict | related | unrelated
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Scorer(Protocol):
    """Text similarity of two normalised claims, 0-100, with human-readable reasons."""

    name: str

    def similarity(self, a: Normalized, b: Normalized, *, extra_matched: float = 0.0,
                   extra_a: float = 0.0, extra_b: float = 0.0,
                   weights: dict[str, float] | None = None) -> tuple[float, list[str]]: ...


def _token_weight(tok: str, proper: frozenset[str], weights: dict[str, float] | None) -> float:
    if weights is not None:
        return weights.get(tok, 1.0)
    if tok in proper:
        return 1.6
    if len(tok) <= 3:
        return 0.7
    return 1.0


@lru_cache(maxsize=200_000)
def _skeleton(tok: str) -> str:
    return tok[0] + skeleton(tok) if len(tok) >= 4 else ""


def _token_match(x: str, y: str) -> float:
    """1 for the same token, less for transliteration/spelling variants, 0 otherwise."""
    if x == y:
        return 1.0
    if len(x) >= 4 and len(y) >= 4:
        if _skeleton(x) == _skeleton(y):
            return 0.9
        if len(x) >= 5 and len(y) >= 5 and fuzz.ratio(x, y) >= VARIANT_RATIO:
            return 0.85
    return 0.0


#: rapidfuzz ratio from which two long tokens are spelling variants of one word.
VARIANT_RATIO = 84


class LexicalScorer:
    """Weighted soft token alignment + rapidfuzz scorers on normalised text.

    sim = 100 * (W_DICE * dice + W_COVER * coverage + W_SORT * token_sort + W_SET * token_set),
    where dice / coverage are weighted overlaps of content tokens in which "al-waleed" matches
    "al-walid" (consonant skeleton) and near-identical long tokens match (rapidfuzz ratio).
    """

    name = "lexical"
    W_DICE = 0.45
    W_COVER = 0.25
    W_SORT = 0.15
    W_SET = 0.15

    def similarity(self, a: Normalized, b: Normalized, *, extra_matched: float = 0.0,
                   extra_a: float = 0.0, extra_b: float = 0.0,
                   weights: dict[str, float] | None = None) -> tuple[float, list[str]]:
        ta = list(dict.fromkeys(a.tokens))
        tb = list(dict.fromkeys(b.tokens))
        wa = {t: _token_weight(t, a.proper, weights) for t in ta}
        wb = {t: _token_weight(t, b.proper, weights) for t in tb}
        set_b = set(tb)
        exact = [t for t in ta if t in set_b]
        matched = sum((wa[t] + wb[t]) / 2 for t in exact)
        variants: list[str] = []
        rest_a = [t for t in ta if t not in set_b and len(t) >= 4]
        if rest_a:
            set_a = set(ta)
            free_b = [u for u in tb if u not in set_a and len(u) >= 4]
            if free_b:
                skel_b = {_skeleton(u): u for u in free_b}
                for t in rest_a:
                    u = skel_b.pop(_skeleton(t), None)
                    q = 0.9
                    if u is None and len(t) >= 5:
                        hit = process.extractOne(t, [x for x in skel_b.values() if len(x) >= 5],
                                                 scorer=fuzz.ratio, score_cutoff=VARIANT_RATIO)
                        if hit is not None:
                            u, q = hit[0], 0.85
                            skel_b.pop(_skeleton(u), None)
                    if u is not None:
                        matched += q * (wa[t] + wb[u]) / 2
                        variants.append(f"{t}~{u}")
                    if not skel_b:
                        break
        if not exact and not variants:
            # figures alone ("One" / "Two") do not make two statements the same fact
            extra_matched *= 0.3
        total_a = sum(wa.values()) + extra_a
        total_b = sum(wb.values()) + extra_b
        matched += extra_matched
        if total_a <= 0 or total_b <= 0:
            return 0.0, ["nothing to compare"]
        dice = 2 * matched / (total_a + total_b)
        cover = matched / min(total_a, total_b)
        sa, sb = " ".join(ta), " ".join(tb)
        tsort = fuzz.token_sort_ratio(sa, sb) / 100
        tset = fuzz.token_set_ratio(sa, sb) / 100
        sim = 100 * (self.W_DICE * dice + self.W_COVER * min(1.0, cover) + self.W_SORT * tsort
                     + self.W_SET * tset)
        reasons = []
        if exact:
            reasons.append("shared words: " + ", ".join(exact[:8]))
        if variants:
            reasons.append("spelling variants: " + ", ".join(variants[:5]))
        return max(0.0, min(100.0, sim)), reasons


DEFAULT_SCORER: Scorer = LexicalScorer()


def _date_parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    return int(m.group(1)), (int(m.group(2)) if m.group(2) else None), (int(m.group(3)) if m.group(3) else None)


def _days_apart(x: tuple[int, int | None, int | None], y: tuple[int, int | None, int | None]) -> int:
    """Days between two dates at their common precision (a year alone only says which year)."""
    from datetime import date

    if x[1] is None or y[1] is None:
        return 365 * abs(x[0] - y[0])
    if x[2] is None or y[2] is None:
        return 30 * abs((x[0] * 12 + x[1]) - (y[0] * 12 + y[1]))
    try:
        return abs((date(*x) - date(*y)).days)  # type: ignore[arg-type]
    except ValueError:
        return 0


def _dates_conflict(da: list | None, db: list | None) -> tuple[str | None, str]:
    """('different_event' | Relation.CONFLICT | None, reason) from the ISO dates of the two claims."""
    if not da or not db:
        return None, ""

    def parts(d: Any) -> tuple[str, tuple[int, int | None, int | None] | None]:
        if isinstance(d, DateMention):
            return d.text, _date_parts(d.value)
        return str(d.get("text")), _date_parts(d.get("value"))

    va = [(t, p) for t, p in map(parts, da) if p]
    vb = [(t, p) for t, p in map(parts, db) if p]
    if not va or not vb:
        return None, ""
    best, pair = None, ""
    for ta, pa in va:
        for tb, pb in vb:
            d = _days_apart(pa, pb)
            if best is None or d < best:
                best, pair = d, f"{ta} vs {tb}"
    if not best:
        return None, ""
    if best > 31:
        return "different_event", f"dates far apart ({pair}): a different event"
    return Relation.CONFLICT.value, f"dates differ ({pair})"


def compare_normalized(
    a: str,
    b: str,
    na: Normalized,
    nb: Normalized,
    qa: list[Quantity],
    qb: list[Quantity],
    *,
    dates_a: list | None = None,
    dates_b: list | None = None,
    context_a: EventContext | None = None,
    context_b: EventContext | None = None,
    entity_weights: dict[str, float] | None = None,
    token_weights: dict[str, float] | None = None,
    scorer: Scorer | None = None,
) -> Comparison:
    scorer = scorer or DEFAULT_SCORER
    check = fig.pair_figures(qa, qb)
    # Paired figures fill the same slot of the statement (and absorb what they count), whether
    # or not the values agree: "300 advisers" / "3,000 advisers" is the same statement shape.
    counted_a = {t for q, _, _ in check.pairs for t in fig.counted_stems(q)}
    counted_b = {t for _, r, _ in check.pairs for t in fig.counted_stems(r)}
    na_eff, nb_eff = na, nb
    absorbed = 0.0
    if counted_a or counted_b:
        ta = [t for t in na.tokens if t not in counted_a or t in nb.tokens]
        tb = [t for t in nb.tokens if t not in counted_b or t in na.tokens]
        absorbed = 0.5 * ((len(set(na.tokens)) - len(set(ta))) + (len(set(nb.tokens)) - len(set(tb))))
        na_eff = Normalized(na.text, ta, na.numbers, na.negated, na.proper)
        nb_eff = Normalized(nb.text, tb, nb.numbers, nb.negated, nb.proper)
    n_pairs = len(check.pairs)
    n_agree = len(check.agreements) + len(check.year_agreements)
    extra_a = NUMBER_WEIGHT * (n_pairs + len(check.unpaired_a)) + absorbed
    extra_b = NUMBER_WEIGHT * (n_pairs + len(check.unpaired_b)) + absorbed
    # The reported score counts only agreeing figures as shared, so it tracks how similar the
    # two statements read; whether they are the same fact is decided with every paired figure
    # counted as filling the same slot ("300 advisers" / "3,000 advisers" is one statement shape).
    sim, reasons = scorer.similarity(na_eff, nb_eff, extra_matched=NUMBER_WEIGHT * n_agree + absorbed,
                                     extra_a=extra_a, extra_b=extra_b, weights=token_weights)
    fact_sim = sim
    if n_pairs > n_agree:
        fact_sim, _ = scorer.similarity(na_eff, nb_eff, extra_matched=NUMBER_WEIGHT * n_pairs + absorbed,
                                        extra_a=extra_a, extra_b=extra_b, weights=token_weights)
    for x, y in check.agreements:
        reasons.append(f"figures agree: {fig.describe(x)} ~ {fig.describe(y)}")
    conflicts = check.conflicts
    for x, y in conflicts:
        reasons.append(f"figures disagree: {fig.describe(x)} vs {fig.describe(y)}")
    date_verdict, date_reason = _dates_conflict(dates_a, dates_b)
    if check.year_conflicts and date_verdict is None:
        x, y = check.year_conflicts[0]
        date_verdict = "different_event"
        date_reason = f"years differ ({x.text.strip()} vs {y.text.strip()}): a different event"
    if date_reason:
        reasons.append(date_reason)
    event_ok: bool | None = None
    if context_a is not None and context_b is not None:
        event_ok, ev_reasons = same_event(context_a, context_b, entity_weights)
        reasons.extend(ev_reasons)
    # One claim denies what the other asserts. A denial word ("denied", "hoax", "debunk") in one
    # claim only clashes from the duplicate threshold, unless the other says the same with a
    # denial verb of its own ("rejected", "refused"). A different number of negations clashes
    # only when the rest is nearly the same, and not when an implicit negation makes both
    # claims negative: "did not give details" / "declined to give details", "does not have" /
    # "without" are the same statement. Implicit negations alone never make a clash.
    deny_a, deny_b = "deny" in na.tokens, "deny" in nb.tokens
    negation_clash = False
    if deny_a != deny_b:
        negation_clash = not implicit_negation(a if deny_b else b)
    nots_a, nots_b = na.tokens.count("not"), nb.tokens.count("not")
    if not negation_clash and nots_a != nots_b and fact_sim >= NEGATION_MIN_SIM:
        implicit_a, implicit_b = implicit_negation(a), implicit_negation(b)
        if implicit_a or implicit_b:
            negation_clash = (deny_a or implicit_a or nots_a > 0) != (deny_b or implicit_b or nots_b > 0)
        else:  # "not" twice against once ("No, ESPN is not ...") still reads as a denial
            negation_clash = True

    if fact_sim >= DUPLICATE_THRESHOLD:
        if event_ok is False or date_verdict == "different_event":
            relation = Relation.RELATED.value
        elif (conflicts or date_verdict == Relation.CONFLICT.value) and fact_sim >= CONFLICT_THRESHOLD:
            relation = Relation.CONFLICT.value
        elif conflicts or date_verdict == Relation.CONFLICT.value:
            # figures disagree but the rest is not close enough to be sure it is the same fact
            relation = Relation.RELATED.value
        elif negation_clash:
            relation = Relation.CONFLICT.value
            reasons.append("one claim denies what the other asserts")
        else:
            relation = Relation.DUPLICATE.value
    elif fact_sim >= RELATED_THRESHOLD:
        relation = Relation.RELATED.value
    else:
        relation = Relation.UNRELATED.value
    return Comparison(score=round(sim, 1), relation=relation, reasons=reasons)


def compare(
    a: str,
    b: str,
    *,
    quantities_a: Iterable[Quantity | dict] | None = None,
    quantities_b: Iterable[Quantity | dict] | None = None,
    dates_a: list | None = None,
    dates_b: list | None = None,
    context_a: EventContext | None = None,
    context_b: EventContext | None = None,
    scorer: Scorer | None = None,
) -> Comparison:
    """Compare two claims. Quantities/dates default to what the text holds; contexts are the
    articles' event contexts (inside a project)."""
    qa = fig.as_quantities(quantities_a) if quantities_a is not None else fig.quantities_of(a)
    qb = fig.as_quantities(quantities_b) if quantities_b is not None else fig.quantities_of(b)
    if dates_a is None:
        dates_a = fig.dates_of(a)
    if dates_b is None:
        dates_b = fig.dates_of(b)
    return compare_normalized(a, b, normalize(a), normalize(b), qa, qb, dates_a=dates_a,
                              dates_b=dates_b, context_a=context_a, context_b=context_b, scorer=scorer)


def compare_many(pairs: Iterable[tuple[str, str]], scorer: Scorer | None = None) -> list[Comparison]:
    return [compare(a, b, scorer=scorer) for a, b in pairs]


# --------------------------------------------------------------------------------------------
# Many claims


def token_idf(norms: Sequence[Normalized]) -> dict[str, float]:
    """Inverse document frequency of content tokens over a collection (rare words weigh more)."""
    df: dict[str, int] = defaultdict(int)
    for n in norms:
        for t in set(n.tokens):
            df[t] += 1
    total = max(1, len(norms))
    # scaled to 0 .. 3 whatever the collection size: a word most claims hold weighs ~0, a word
    # only this claim holds ~3 (a content word weighs 1 without a collection)
    top = math.log((total + 1) / 0.5)
    return {t: max(0.1, 3 * math.log((total + 1) / (k + 0.5)) / top) for t, k in df.items()}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        p = self.parent.setdefault(x, x)
        while p != self.parent.setdefault(p, p):
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return sorted((sorted(g) for g in out.values() if len(g) > 1), key=lambda g: g[0])


def clusters_from_links(links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components (size >= 2) of 'same fact' links (duplicates and conflicts)."""
    uf = _UnionFind()
    for a, b in links:
        uf.union(a, b)
    return uf.groups()


@dataclass
class _Prepared:
    norms: list[Normalized]
    quantities: list[list[Quantity]]
    blocking_texts: list[str]
    blocking_tokens: list[list[str]]


def _prepare_chunk(texts: Sequence[str]) -> list[tuple[Normalized, list[Quantity]]]:
    return [(normalize(t), fig.quantities_of(t)) for t in texts]


def _prepare(texts: Sequence[str], quantities: Sequence[list[Quantity]] | None = None,
             workers: int = 1) -> _Prepared:
    if workers > 1 and quantities is None and len(texts) >= 20_000:
        import multiprocessing as mp

        step = 5000
        with mp.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_prepare_chunk, [texts[k:k + step] for k in range(0, len(texts), step)])
        norms = [n for part in parts for n, _ in part]
        qs = [q for part in parts for _, q in part]
    else:
        norms = [normalize(t) for t in texts]
        qs = list(quantities) if quantities is not None else [fig.quantities_of(t) for t in texts]
    return _Prepared(
        norms=norms,
        quantities=qs,
        blocking_texts=[n.text for n in norms],
        blocking_tokens=[n.all_tokens for n in norms],
    )


#: State shared with forked worker processes (set just before the pool starts).
_WORK: dict[str, Any] = {}
#: Pairs per unit of work (between two progress/cancel checks).
CHUNK = 20_000


def _compare_range(bounds: tuple[int, int]) -> list[tuple[int, int, Comparison]]:
    w = _WORK
    texts, prep, cands = w["texts"], w["prep"], w["cands"]
    dates, contexts, skip = w["dates"], w["contexts"], w["skip"]
    out = []
    for i, j, _cheap in cands[bounds[0]:bounds[1]]:
        if skip is not None and skip(i, j):
            continue
        c = compare_normalized(
            texts[i], texts[j], prep.norms[i], prep.norms[j], prep.quantities[i], prep.quantities[j],
            dates_a=dates[i] if dates else None, dates_b=dates[j] if dates else None,
            context_a=contexts[i] if contexts else None, context_b=contexts[j] if contexts else None,
            entity_weights=w["entity_weights"], token_weights=w["idf"], scorer=w["scorer"],
        )
        if c.relation in w["relations"]:
            out.append((i, j, c))
    return out


def default_workers() -> int:
    """Worker processes for large comparisons: the cores there are, when fork is available."""
    import multiprocessing as mp
    import os

    if "fork" not in mp.get_all_start_methods():
        return 1
    return max(1, min(4, os.cpu_count() or 1))


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
) -> list[tuple[int, int, Comparison]]:
    """Links (i, j, comparison), i < j, among `texts` (indices), found through blocking.

    `workers` > 1 compares candidate pairs in that many forked processes (Linux/macOS) once there
    are more than 2 chunks of pairs; call it so only from a process's main thread (the CLI,
    the benchmark), not from a GUI worker thread.
    """
    prep = _prepare(texts, quantities, workers)
    idf = token_idf(prep.norms)
    cands = verified_pairs(prep.blocking_tokens, cutoff=CHEAP_CUTOFF, query_ids=query_ids,
                           progress=progress, cancel=cancel, workers=workers)
    _WORK.update(texts=texts, prep=prep, cands=cands, dates=dates, contexts=contexts, skip=skip,
                 entity_weights=entity_weights, idf=idf, scorer=scorer, relations=relations)
    total = len(cands)
    chunks = [(k, min(total, k + CHUNK)) for k in range(0, total, CHUNK)]
    try:
        out: list[tuple[int, int, Comparison]] = run_chunks(
            _compare_range, chunks, workers=workers, total=total, message="comparing candidate pairs",
            progress=progress, cancel=cancel)
    finally:
        _WORK.clear()
    return out


def cluster_texts(texts: list[str], *, scorer: Scorer | None = None, workers: int = 1
                  ) -> tuple[list[list[int]], list[tuple[int, int, str, float]]]:
    """Deduplicate a list of claims: (clusters of 0-based indices, links (i, j, relation, score)).

    Clusters group claims stating the same fact (duplicates, and conflicting figures of that
    fact); claims alone are not listed.
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
    found = find_links([texts[i] for i in representatives], scorer=scorer, workers=workers)
    links += [(representatives[i], representatives[j], c.relation, c.score) for i, j, c in found]
    links.sort()
    return clusters_from_links((i, j) for i, j, _, _ in links), links


# --------------------------------------------------------------------------------------------
# Project matching (store-backed): see match_project below.


@dataclass
class MatchSummary:
    links_found: int = 0
    duplicates: int = 0
    conflicts: int = 0
    auto_linked: int = 0
    exact_copies: int = 0
    clusters: list[list[int]] = field(default_factory=list)
    wire_groups: list[list[int]] = field(default_factory=list)
    claims: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _claim_quantities(row: dict) -> list[Quantity]:
    qs = fig.as_quantities(row.get("quantities"))
    return qs if qs else fig.quantities_of(row.get("text") or "")


def match_project(store: Store, *, claim_ids: set[int] | None = None,
                  progress: Callable[[int, int, str], None] | None = None,
                  cancel: Callable[[], bool] | None = None, workers: int = 1) -> MatchSummary:
    """Link duplicate and conflicting claims across a project's articles, and cluster them.

    `claim_ids=None` matches every claim against every other (through blocking); otherwise only
    pairs touching these (new) claims are compared and only their machine links are replaced.
    Exact copies (same normalised text) are linked first, by hash. Links the analyst confirmed or
    rejected are never changed (the store keeps them). Nothing is written until all comparisons
    are done; `cancel()` returning True before then raises MatchCancelled with the project unchanged.
    """
    from workbench.core.match.events import article_context, entity_weights

    t0 = time.perf_counter()

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise MatchCancelled()

    def report(done: int, total: int, message: str) -> None:
        if progress is not None:
            progress(done, total, message)

    report(0, 1, "reading the project")
    articles = store.articles()
    wire_groups = find_wire_groups(articles)
    group_of = {aid: min(g) for g in wire_groups for aid in g}
    contexts: dict[int, EventContext] = {}
    for art in articles:
        ctx = article_context(art)
        ctx.wire_group = group_of.get(art["id"])
        contexts[art["id"]] = ctx
    ew = entity_weights(contexts.values())
    rows = store.claims_for_matching()
    check_cancel()
    texts = [r["text"] or r.get("quote") or "" for r in rows]
    quantities = [_claim_quantities(r) for r in rows]
    dates = [r.get("dates") or None for r in rows]
    ctx_list = [contexts.get(r["article_id"]) for r in rows]
    article_of = [r["article_id"] for r in rows]
    query_ids = None
    if claim_ids is not None:
        wanted = set(claim_ids)
        query_ids = {k for k, r in enumerate(rows) if r["id"] in wanted}

    # 1. exact copies by hash of the normalised text
    by_hash: dict[str, list[int]] = defaultdict(list)
    for k, t in enumerate(texts):
        by_hash[normalize(t).text].append(k)
    exact: set[tuple[int, int]] = set()
    for members in by_hash.values():
        if len(members) < 2:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if article_of[i] == article_of[j]:
                    continue
                if query_ids is not None and i not in query_ids and j not in query_ids:
                    continue
                exact.add((i, j))

    # 2. everything else through blocking + full comparison
    found = find_links(
        texts, quantities=quantities, dates=dates, contexts=ctx_list, entity_weights=ew,
        query_ids=query_ids, skip=lambda i, j: article_of[i] == article_of[j] or (i, j) in exact,
        progress=progress, cancel=cancel, workers=workers,
    )
    check_cancel()
    summary = MatchSummary(claims=len(rows), wire_groups=wire_groups, exact_copies=len(exact))
    out: list[dict[str, Any]] = []
    for i, j in sorted(exact):
        reasons = ["exact copy (same normalised text)"]
        ci, cj = ctx_list[i], ctx_list[j]
        if ci is not None and cj is not None and ci.wire_group is not None and ci.wire_group == cj.wire_group:
            reasons.append("copies of one wire story: counts as one source")
        out.append({"claim_a": rows[i]["id"], "claim_b": rows[j]["id"], "relation": Relation.DUPLICATE.value,
                    "score": 100.0, "reasons": reasons, "state": LinkState.CONFIRMED.value})
    for i, j, c in found:
        auto = c.relation == Relation.DUPLICATE.value and c.score >= AUTO_LINK_THRESHOLD
        a, b = sorted((rows[i]["id"], rows[j]["id"]))
        out.append({"claim_a": a, "claim_b": b, "relation": c.relation, "score": c.score,
                    "reasons": c.reasons, "state": LinkState.CONFIRMED.value if auto else LinkState.SUGGESTED.value})
    for link in out:
        link["claim_a"], link["claim_b"] = sorted((link["claim_a"], link["claim_b"]))
    summary.links_found = len(out)
    summary.duplicates = sum(link["relation"] == Relation.DUPLICATE.value for link in out)
    summary.conflicts = sum(link["relation"] == Relation.CONFLICT.value for link in out)
    summary.auto_linked = sum(link["state"] == LinkState.CONFIRMED.value for link in out)
    check_cancel()  # last point where nothing has been written

    report(1, 1, "saving links")
    # Saved in short transactions (a concurrent edit never waits long); until the last one,
    # the claims stay recorded as pending, so a kill in between is completed by the next run.
    store.check_writable()
    if claim_ids is not None:
        store.add_pending("match", claim_ids)
    else:
        store.add_pending("match-all", [0])
    store.set_wire_groups(wire_groups)
    store.save_links(out, scope_claim_ids=set(claim_ids) if claim_ids is not None else None)
    summary.clusters = project_clusters(store)
    store.set_clusters(summary.clusters)
    with store.atomic():
        if claim_ids is not None:
            store.clear_pending("match", claim_ids)
        else:
            store.clear_pending("match")
            store.clear_pending("match-all")
    summary.seconds = time.perf_counter() - t0
    return summary


def project_clusters(store: Store) -> list[list[int]]:
    """Clusters of claim ids from the stored links: duplicates and conflicts (same fact), minus
    links the analyst rejected."""
    return clusters_from_links(
        (lk["claim_a"], lk["claim_b"]) for lk in store.links()
        if lk["state"] != LinkState.REJECTED.value and lk["relation"] in LINKED_RELATIONS
    )


# --------------------------------------------------------------------------------------------
# Wire copies and independence

#: Share of the shorter article's word 5-grams found in the other for a wire copy.
WIRE_CONTAINMENT = 0.8


def _shingles(text: str, n: int = 5) -> list[str]:
    words = normalize(text[:20_000]).text.split() if len(text) < 400 else \
        [w for w in re.findall(r"[a-z0-9]+", text[:20_000].lower())]
    return list({" ".join(words[k:k + n]) for k in range(max(1, len(words) - n + 1))})


def find_wire_groups(articles: Sequence[dict]) -> list[list[int]]:
    """Groups of article ids whose texts are (near-)copies of one another (one wire story):
    at least WIRE_CONTAINMENT of the shorter text's word 5-grams appear in the other."""
    arts = [a for a in articles if (a.get("text") or "").strip()]
    if len(arts) < 2:
        return []
    sets = [set(_shingles(a["text"])) for a in arts]
    index: dict[str, list[int]] = defaultdict(list)
    for k, sh in enumerate(sets):
        for x in sh:
            index[x].append(k)
    uf = _UnionFind()
    for k, sh in enumerate(sets):
        shared: dict[int, int] = defaultdict(int)
        for x in sh:
            posting = index[x]
            if len(posting) > 50:  # boilerplate shared by many articles
                continue
            for other in posting:
                if other > k:
                    shared[other] += 1
        for other, count in shared.items():
            small = min(len(sh), len(sets[other])) or 1
            if count / small >= WIRE_CONTAINMENT:
                uf.union(arts[k]["id"], arts[other]["id"])
    return uf.groups()


def independence(store: Store, claim_ids: Iterable[int]) -> dict[str, Any]:
    """How many independent sources carry these claims: wire copies count once, and so does
    one outlet publishing several articles."""
    rows = store.claims_for_matching(list(claim_ids))
    wire = {a["id"]: a.get("wire_group") for a in store.articles()}
    article_ids = sorted({r["article_id"] for r in rows})
    units: set[Any] = set()
    outlets: dict[Any, str] = {}
    for aid in article_ids:
        unit = ("wire", wire[aid]) if wire.get(aid) is not None else ("article", aid)
        units.add(unit)
    for r in rows:
        unit = ("wire", wire[r["article_id"]]) if wire.get(r["article_id"]) is not None else ("article", r["article_id"])
        outlets.setdefault(unit, (r.get("outlet") or "").strip().lower() or f"article {r['article_id']}")
    return {
        "claims": len(rows),
        "articles": len(article_ids),
        "independent_sources": len(set(outlets.values())),
        "wire_groups": sorted({u[1] for u in units if u[0] == "wire"}),
    }


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
        qs = [q for q in _claim_quantities(r) if fig.figure_kind(q) == fig.COUNT]
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
