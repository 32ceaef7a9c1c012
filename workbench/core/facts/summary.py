"""What a fact amounts to: its appearances, outlets, independent sources, verdict and conflicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.core.facts.grouping import regroup
from workbench.core.match.matching import figures_over_time
from workbench.core.match.wire import independent_sources
from workbench.core.store import Store


def ensure_facts(store: Store) -> None:
    """Regroup the facts if the links changed since they were last grouped (cheap when current)."""
    regroup(store)


def _conflicting(store: Store) -> dict[int, set[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for pair in store.conflicting_fact_pairs():
        out[pair["fact_a"]].add(pair["fact_b"])
        out[pair["fact_b"]].add(pair["fact_a"])
    return out


def _summarise(fact: dict[str, Any], members: list[dict[str, Any]], conflicting: set[int],
               evidence: int) -> dict[str, Any]:
    members = sorted(members, key=lambda m: (m.get("published") is None, m.get("published") or "", m["id"]))
    articles = sorted({m["article_id"] for m in members})
    outlets: list[str] = []
    for m in members:
        if m.get("outlet") and m["outlet"] not in outlets:
            outlets.append(m["outlet"])
    dated = [m["published"] for m in members if m.get("published")]
    return {
        "id": fact["id"],
        "text": fact["text"],
        "claims": [m["id"] for m in members],
        "articles": articles,
        "outlets": outlets,
        "independent_sources": independent_sources(members),
        "status": fact["status"],
        "confidence": fact["confidence"],
        "notes": fact["notes"],
        "rating_conflict": any(m["status"] != fact["status"] for m in members),
        "apart_claims": [m["id"] for m in members if m["verdict_apart"] or m["status"] != fact["status"]],
        "conflicting_facts": sorted(conflicting),
        "first_published": min(dated) if dated else None,
        "evidence": evidence,
    }


def fact_summaries(store: Store, fact_ids: Sequence[int] | None = None, *, refresh: bool = True) -> list[dict[str, Any]]:
    """One summary per fact (all facts when `fact_ids` is None), largest first unless ids are given."""
    if refresh:
        ensure_facts(store)
    facts = store.facts_table(fact_ids)
    members: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for m in store.fact_members([f["id"] for f in facts] if fact_ids is not None else None):
        if m["fact_id"] is not None:
            members[m["fact_id"]].append(m)
    conflicting = _conflicting(store)
    evidence = store.evidence_counts_by_fact()
    out = [_summarise(f, members[f["id"]], conflicting.get(f["id"], set()), evidence.get(f["id"], 0))
           for f in facts if members.get(f["id"])]
    if fact_ids is None:
        out.sort(key=lambda s: (-len(s["claims"]), -len(s["articles"]), s["id"]))
    return out


def fact_of_claim(store: Store, claim_id: int) -> dict[str, Any]:
    """The summary of the fact a claim belongs to (regrouping first if needed)."""
    ensure_facts(store)
    fact_id = store.claim(claim_id).get("fact_id")
    if fact_id is None:
        from workbench.core.store import StoreError

        raise StoreError(f"claim {claim_id} is not a checkable claim (headline, opinion or boilerplate): it has no fact")
    return fact_summaries(store, [fact_id], refresh=False)[0]


def filter_facts(summaries: Iterable[dict[str, Any]], *, statuses: Sequence[str] | None = None,
                 conflicts: bool = False) -> list[dict[str, Any]]:
    """Facts with one of these statuses; with `conflicts`, only those with conflicting versions or a
    rating conflict."""
    out = []
    for s in summaries:
        if statuses and s["status"] not in statuses:
            continue
        if conflicts and not (s["conflicting_facts"] or s["rating_conflict"]):
            continue
        out.append(s)
    return out


def figure_timeline(store: Store, fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The figures a fact's claims and its conflicting versions' claims report, in order of
    publication (`match.figures_over_time`): a toll that rose between reports is split into
    conflicting facts, and read together its versions show the update. Each point names the fact
    it belongs to (`fact_id`); claims without a figure are left out. `fact` is a `fact_summaries` row."""
    others = fact_summaries(store, sorted(fact["conflicting_facts"]), refresh=False) if fact["conflicting_facts"] else []
    fact_of = {c: o["id"] for o in others for c in o["claims"]}
    fact_of.update({c: fact["id"] for c in fact["claims"]})
    points = [p for p in figures_over_time(store, list(fact_of)) if p["figures"]]
    for p in points:
        p["fact_id"] = fact_of[p["claim_id"]]
    return points
