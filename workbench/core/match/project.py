"""Matching inside a project (store-backed): link duplicates and conflicts, group, re-match on edit.

Sentence vectors are computed once per claim text (`embed_claims`, run by the import pipeline)
and stored in the project; matching only reads them, and embeds a claim only when its vector is
missing or was computed from another text (an edited claim). Analyst decisions (confirmed or
rejected links) are never changed: the store keeps them.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.core import figures as fig
from workbench.core.match import decision, embedding
from workbench.core.match.blocking import MatchCancelled
from workbench.core.match.events import EventContext
from workbench.core.match.grouping import average_linkage_groups
from workbench.core.model import MachineLink, Quantity
from workbench.core.vocab import LinkState, Relation

if TYPE_CHECKING:
    from workbench.core.match.matching import Prepared
    from workbench.core.store import Store


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
    semantic: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def claim_quantities(row: dict) -> list[Quantity]:
    qs = fig.as_quantities(row.get("quantities"))
    return qs if qs else fig.quantities_of(row.get("text") or "")


def _claim_text(row: dict) -> str:
    return row.get("text") or row.get("quote") or ""


def embed_claims(store: Store, claim_ids: Iterable[int] | None = None, *,
                 progress: Callable[[int, int, str], None] | None = None,
                 cancel: Callable[[], bool] | None = None, batch: int = 256,
                 vector_cache: bool | None = None) -> int:
    """Give a vector to the claims whose vector is missing or stale (text changed); returns how many.

    Each batch is saved on its own, so a cancelled run keeps what it computed and the next run
    starts where it stopped; a claim is never embedded twice for the same text. A text already in
    the user's vector cache (`vector_cache`; on unless `vector_cache` is False or the environment
    turns it off) is not embedded again: the project stores what embedding it would give.
    """
    from workbench.core.match.vector_cache import open_default

    rows = store.claims_for_matching(list(claim_ids) if claim_ids is not None else None)
    have = store.claim_vectors(embedding.MODEL_ID, [r["id"] for r in rows])
    todo = [(r["id"], _claim_text(r)) for r in rows
            if have.get(r["id"], ("", b""))[0] != embedding.text_key(_claim_text(r))]
    if not todo:
        return 0
    embedding.get_embedder()  # a missing or refused model fails here, before the cache is opened
    cache = open_default(vector_cache)
    try:
        for start in range(0, len(todo), batch):
            if cancel is not None and cancel():
                break
            part = todo[start:start + batch]
            if progress is not None:
                progress(start, len(todo), "reading claims for meaning")
            vecs = embedding.embed_many([t for _, t in part], cache=cache)
            store.save_claim_vectors(embedding.MODEL_ID, [
                (cid, embedding.text_key(t), embedding.to_blob(v)) for (cid, t), v in zip(part, vecs, strict=True)])
    finally:
        if cache is not None:
            cache.close()
    if progress is not None:
        progress(len(todo), len(todo), "reading claims for meaning")
    return len(todo)


def _vectors(store: Store, rows: list[dict]) -> list[Any] | None:
    """Stored vectors in row order (None for a claim without a current one)."""
    have = store.claim_vectors(embedding.MODEL_ID, [r["id"] for r in rows])
    out: list[Any] = []
    for r in rows:
        item = have.get(r["id"])
        ok = item is not None and item[0] == embedding.text_key(_claim_text(r))
        out.append(embedding.from_blob(item[1]) if ok and item is not None else None)
    return out if any(v is not None for v in out) else None


def match_project(store: Store, *, claim_ids: set[int] | None = None,
                  progress: Callable[[int, int, str], None] | None = None,
                  cancel: Callable[[], bool] | None = None, workers: int = 1,
                  semantic: bool | None = None, after_edit: bool = False) -> MatchSummary:
    """Link duplicate and conflicting claims across a project's articles, and group them.

    `claim_ids=None` matches every claim against every other (through blocking); otherwise only
    pairs touching these claims are compared and only their machine links are replaced.
    Exact copies (same normalised text) are linked first, by hash. With the semantic scorer on
    (`semantic` None: the project's setting), claims missing a vector are embedded first.
    Nothing is written until all comparisons are done; `cancel()` returning True before then
    raises MatchCancelled with the project unchanged. The write loop commits in short chunks
    (`save_links`), with the claims recorded as pending until the last one. `after_edit`: re-matching claims whose words
    changed (no article changed, so wire groups stay; the edit's history entry covers it).
    """
    from workbench.core.match.events import article_context, entity_weights
    from workbench.core.match.matching import find_links, prepare
    from workbench.core.match.wire import find_wire_groups

    t0 = time.perf_counter()

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise MatchCancelled()

    def report(done: int, total: int, message: str) -> None:
        if progress is not None:
            progress(done, total, message)

    report(0, 1, "reading the project")
    use_semantic = embedding.semantic_enabled(store, flag=semantic)
    if use_semantic:
        embed_claims(store, progress=progress, cancel=cancel)
        check_cancel()
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
    texts = [_claim_text(r) for r in rows]
    article_of = [r["article_id"] for r in rows]
    ctx_list = [contexts.get(a) for a in article_of]
    query_ids = None
    if claim_ids is not None:
        wanted = set(claim_ids)
        query_ids = {k for k, r in enumerate(rows) if r["id"] in wanted}

    quantities = [claim_quantities(r) for r in rows]
    for r in rows:  # held to the end: only id, text and dates are read below (~1 KB less a claim)
        for key in _UNREAD if r.get("text") else _UNREAD[:-1]:
            r.pop(key, None)
    prep = prepare(texts, quantities, workers, progress=progress, cancel=cancel)
    del quantities
    exact = {(i, j) for i, j in _exact_copies(prep.exact_keys, article_of, query_ids)
             if _copies_of_one_event(i, j, ctx_list, ew, prep, rows)}
    summary = MatchSummary(claims=len(rows), wire_groups=wire_groups, exact_copies=len(exact), semantic=use_semantic)
    # Each chunk of links goes to a temporary table as it arrives (compact, reasons as their JSON
    # text): a dense 100k project finds about a million; the project itself is written only below.
    with store.link_stage() as stage:
        auto_at = 100 * decision.threshold("auto_link")
        ids = [r["id"] for r in rows]

        def keep(links: list[MachineLink]) -> None:
            stage.add(links)
            summary.links_found += len(links)
            summary.duplicates += sum(link.relation == Relation.DUPLICATE.value for link in links)
            summary.conflicts += sum(link.relation == Relation.CONFLICT.value for link in links)
            summary.auto_linked += sum(link.state == LinkState.CONFIRMED.value for link in links)

        copies = []
        for i, j in sorted(exact):
            reasons = ["exact copy (same normalised text)"]
            ci, cj = ctx_list[i], ctx_list[j]
            if ci is not None and cj is not None and ci.wire_group is not None and ci.wire_group == cj.wire_group:
                reasons.append("copies of one wire story: counts as one source")
            copies.append(_link(ids[i], ids[j], Relation.DUPLICATE.value, 100.0, reasons, auto=True))
        keep(copies)
        find_links(
            texts, quantities=prep.quantities, dates=[r.get("dates") or None for r in rows],
            contexts=ctx_list, entity_weights=ew, query_ids=query_ids,
            skip=lambda i, j: article_of[i] == article_of[j] or (i, j) in exact,
            progress=progress, cancel=cancel, workers=workers, vectors=_vectors(store, rows) if use_semantic else None,
            prep=prep, sink=lambda part: keep([
                _link(ids[i], ids[j], c.relation, c.score, c.reasons,
                      auto=c.relation == Relation.DUPLICATE.value and c.score >= auto_at) for i, j, c in part]),
        )
        del prep, texts
        check_cancel()  # last point where nothing has been written

        report(1, 1, "saving links")
        # Saved in short transactions (a concurrent edit never waits long); until the last one,
        # the claims stay recorded as pending, so a kill in between is completed by the next run.
        store.check_writable()
        if claim_ids is not None:
            store.add_pending("match", claim_ids)
        else:
            store.add_pending("match-all", [0])
        if not after_edit:
            store.set_wire_groups(wire_groups)
        store.save_links(stage, scope_claim_ids=set(claim_ids) if claim_ids is not None else None,
                         log=not after_edit)
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


#: What `match_project` never reads of a claim's row once its quantities are read (the quote
#: when there is a text: `_claim_text`).
_UNREAD = ("quantities", "article_title", "outlet", "published", "kind", "hedged", "quote")


def _link(a: int, b: int, relation: str, score: float, reasons: list[str], *, auto: bool) -> MachineLink:
    a, b = sorted((a, b))
    return MachineLink(a, b, relation, float(score), LinkState.CONFIRMED.value if auto else LinkState.SUGGESTED.value,
                       json.dumps(list(reasons)))


def _copies_of_one_event(i: int, j: int, ctx_list: list[EventContext | None], weights: dict[str, float],
                         prep: Prepared, rows: list[dict[str, Any]]) -> bool:
    """An exact copy is linked unless its articles tell another event, or cannot tell and the line
    has nothing of its own to tie it to one ("It was unclear." in reports of two different quakes):
    the rule `compare` applies to every other pair."""
    from workbench.core.match.compare import copy_anchored
    from workbench.core.match.events import same_event

    ci, cj = ctx_list[i], ctx_list[j]
    if ci is None or cj is None:
        return True
    verdict, _ = same_event(ci, cj, weights, explain=False)
    if verdict is None:
        return copy_anchored(prep.norms[i], prep.quantities[i], rows[i].get("dates") or None, weights)
    return verdict


def _exact_copies(keys: list[str], article_of: list[int], query_ids: set[int] | None) -> set[tuple[int, int]]:
    """Pairs (i, j) of claims in different articles with the same normalised text (`keys`)."""
    by_hash: dict[str, list[int]] = defaultdict(list)
    for k, key in enumerate(keys):
        by_hash[key].append(k)
    exact: set[tuple[int, int]] = set()
    for members in by_hash.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if article_of[i] == article_of[j]:
                    continue
                if query_ids is not None and i not in query_ids and j not in query_ids:
                    continue
                exact.add((i, j))
    return exact


def rematch_claims(store: Store, claim_ids: Iterable[int], *, semantic: bool | None = None,
                   cancel: Callable[[], bool] | None = None) -> MatchSummary:
    """After a claim's text or span changed: recompute its machine links (re-embedding it if the
    semantic scorer is on); links the analyst confirmed or rejected are kept as they are."""
    ids = set(claim_ids)
    if not ids:
        return MatchSummary()
    return match_project(store, claim_ids=ids, semantic=semantic, cancel=cancel, after_edit=True)


def project_clusters(store: Store) -> list[list[int]]:
    """Groups of claim ids from the stored links: duplicates not rejected, by average linkage
    (a link the analyst confirmed counts as certain); conflicts link versions, never merge groups."""
    from workbench.core.match.link_groups import GROUP_LINKAGE, link_weight

    links = []
    for a, b, score, state, auto in store.duplicate_link_scores():
        certain = state == LinkState.CONFIRMED.value and not auto
        links.append((a, b, 1.0 if certain else link_weight(float(score or 0))))
    return average_linkage_groups(links, threshold=GROUP_LINKAGE)
