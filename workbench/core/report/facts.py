"""The report per fact: one entry per fact with every appearance, its verdict, evidence and flags.

Appearances are the fact's member claims only (grouped from confirmed and automatic duplicate
links), so machine suggestions never appear as places where a rated fact was published.
Conflicting versions are listed inside each entry; a rating conflict (a claim set apart with
another verdict) and a verified fact with no evidence are flagged. By default only rated facts
are reported; `include_unrated` adds the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from workbench.core.facts import DEBT_RULES, fact_summaries
from workbench.core.facts.debt import debt_of
from workbench.core.store import Store
from workbench.core.vocab import STATUS_REPORT_ORDER, Status

#: Facts with these verdicts are findings; a fact still unverified is open work.
RATED = tuple(s.value for s in Status if s != Status.UNVERIFIED)
#: Report order: what needs attention first.
FACT_ORDER = STATUS_REPORT_ORDER
FLAG_LABELS: dict[str, str] = {
    "rating_conflict": "Rating conflict: an appearance carries another verdict",
    "conflicting_versions": "Conflicting versions exist (figures or dates disagree)",
    **{f"debt:{k}": v for k, v in DEBT_RULES.items()},
}


def _appearance(claim: dict[str, Any], fact_status: str) -> dict[str, Any]:
    return {
        "claim_id": claim["id"],
        "article_id": claim["article_id"],
        "outlet": claim.get("outlet"),
        "title": claim.get("article_title"),
        "published": claim.get("published"),
        "url": claim.get("url"),
        "quote": claim.get("quote"),
        "text": claim.get("text"),
        "speaker": claim.get("speaker"),
        "status": claim["status"],
        "own_verdict": bool(claim.get("verdict_apart")) or claim["status"] != fact_status,
    }


def fact_entries(store: Store, *, include_unrated: bool = False, statuses: Sequence[str] | None = None,
                 fact_ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
    """Entries for the report, in report order (verdict, then most appearances)."""
    summaries = fact_summaries(store)
    by_id = {s["id"]: s for s in summaries}
    wanted = [s for s in summaries
              if (include_unrated or s["status"] in RATED)
              and (not statuses or s["status"] in statuses)
              and (fact_ids is None or s["id"] in set(fact_ids))]
    ids = [s["id"] for s in wanted]
    members: dict[int, list[dict[str, Any]]] = {}
    for m in store.fact_members(ids):
        members.setdefault(m["fact_id"], []).append(m)
    fresh = set(store.new_conflicts_since_rating())
    evidence_of = store.evidence_by_fact()  # one query, not one per fact
    entries = []
    for s in wanted:
        rows = sorted(members.get(s["id"], []), key=lambda m: (m.get("published") is None, m.get("published") or "", m["id"]))
        appearances = [_appearance(m, s["status"]) for m in rows]
        dated = [a for a in appearances if a["published"]]
        evidence = [
            {"article_id": e["article_id"], "outlet": e.get("outlet"), "title": e.get("article_title"),
             "url": e.get("url"), "published": e.get("published"), "stance": e["stance"], "note": e.get("note") or ""}
            for e in evidence_of.get(s["id"], [])
        ]
        flags = []
        if s["rating_conflict"]:
            flags.append("rating_conflict")
        if s["conflicting_facts"]:
            flags.append("conflicting_versions")
        flags += [f"debt:{name}" for name in debt_of(s, rows, s["id"] in fresh)]
        entries.append({
            "id": s["id"],
            "text": s["text"],
            "status": s["status"],
            "confidence": s["confidence"],
            "notes": s["notes"],
            "appearances": appearances,
            "first_appearance": dated[0] if dated else (appearances[0] if appearances else None),
            "first_published": dated[0]["published"] if dated else None,
            "outlets": s["outlets"],
            "articles": s["articles"],
            "independent_sources": s["independent_sources"],
            "rating_conflict": s["rating_conflict"],
            "conflicting_versions": [
                {"fact_id": other, "text": by_id[other]["text"], "status": by_id[other]["status"],
                 "appearances": len(by_id[other]["claims"]), "outlets": by_id[other]["outlets"]}
                for other in s["conflicting_facts"] if other in by_id
            ],
            "evidence": evidence,
            "flags": flags,
            "flag_labels": [FLAG_LABELS[f] for f in flags],
        })
    order = {status: k for k, status in enumerate(FACT_ORDER)}
    entries.sort(key=lambda e: (order.get(e["status"], 9), -len(e["appearances"]), e["id"]))
    return entries


def fact_findings(entries: Sequence[dict[str, Any]], all_facts: int) -> dict[str, Any]:
    """The summary that opens the report: facts by verdict and the key findings."""
    by_status = Counter(e["status"] for e in entries)
    findings = []
    widest = sorted((e for e in entries if e["status"] in (Status.FALSE, Status.DISPUTED)),
                    key=lambda e: (-len(e["appearances"]), e["id"]))[:3]
    for e in widest:
        findings.append(f"{e['status'].capitalize()}: \u201c{e['text']}\u201d "
                        f"({len(e['appearances'])} appearances in {len(e['outlets']) or len(e['articles'])} outlets)")
    counts = Counter(f for e in entries for f in e["flags"])
    if counts["rating_conflict"]:
        findings.append(f"{counts['rating_conflict']} fact(s) with a rating conflict between outlets")
    if counts["debt:no_evidence"]:
        findings.append(f"{counts['debt:no_evidence']} verified fact(s) without evidence")
    if counts["conflicting_versions"]:
        findings.append(f"{counts['conflicting_versions']} fact(s) with conflicting versions")
    return {
        "facts": len(entries),
        "facts_in_project": all_facts,
        "by_status": {s: by_status.get(s, 0) for s in FACT_ORDER},
        "appearances": sum(len(e["appearances"]) for e in entries),
        "flags": dict(counts),
        "key_findings": findings,
    }


def add_facts(report: dict[str, Any], store: Store, options: Any) -> None:
    """Add the per-fact entries to a built report when `options.extra["per"] == "fact"` (what the
    CLI and the window ask for by default); `extra["include_unrated"]` adds the facts not rated yet."""
    extra = getattr(options, "extra", None) or {}
    if extra.get("per") != "fact":
        return
    include_unrated = bool(extra.get("include_unrated"))
    entries = fact_entries(store, include_unrated=include_unrated, statuses=getattr(options, "statuses", None))
    report["facts"] = entries
    report["fact_summary"] = fact_findings(entries, len(store.fact_ids_by_size()))
    report["fact_options"] = {"include_unrated": include_unrated}
