"""The sourced report: one data structure built from the store, rendered to many formats.

`build_report(store, ReportOptions(...))` reads the project through the store's query methods
(a fixed number of queries, however many claims: links and history are read in one streamed pass
each) and returns a plain, JSON-ready dict (documented in docs/report-json-schema.md). Every
renderer (`formats.py`, `render.py`; PDF lives in workbench.ui.export) works from that dict
alone, so a report saved as JSON can be rendered again later and gives the same output.

Each of a claim's link lists is capped (`ReportOptions.link_cap`, the rest counted in
`links_omitted`), so a project of near-identical articles stays bounded in memory.

Determinism: everything is sorted by stable keys; the only value that changes from run to run
is `generated_at` (and the report `date`, which defaults to generated_at's day), both of which
callers may pin.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.core.report.options import (
    DEFAULT_TITLE,
    SCHEMA_VERSION,
    STATUS_ORDER,
    UNKNOWN_OUTLET,
    ReportCancelled,
    ReportError,
    ReportOptions,
    builds_claim_entries,
    validate_options,
)
from workbench.core.store import ClaimFilter, Store
from workbench.core.vocab import (
    RELIABILITY_GRADES,
    STATUS_DESCRIPTIONS,
    STATUS_LABELS,
    Relation,
    Stance,
    Status,
)

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

#: a claim's link lists, in the order they are filled: (key in the claim, relation)
LINK_LISTS = ("duplicates", "conflicts", "related")
_PROGRESS_EVERY = 250


# -- building --------------------------------------------------------------------------------


def _analyst_from_settings(store: Store) -> str | None:
    for key in ("analyst_name", "analyst"):
        value = store.setting(key)
        if value and value.strip():
            return value.strip()
    try:
        from workbench.core.paths import load_settings

        settings = load_settings()
    except Exception:  # noqa: BLE001 - settings are optional
        return None
    for key in ("analyst_name", "analyst"):
        value = settings.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _organisation_from_settings(store: Store) -> str | None:
    value = store.setting("organisation") or store.setting("organization")
    if value and value.strip():
        return value.strip()
    try:
        from workbench.core.paths import load_settings

        settings = load_settings()
    except Exception:  # noqa: BLE001
        return None
    value = settings.get("organisation") or settings.get("organization")
    return value.strip() if isinstance(value, str) and value.strip() else None


def report_title(store: Store, options: ReportOptions) -> str:
    """The title given, else the project's report title, else the default: the CLI and the window alike."""
    return options.title or store.setting("report_title") or DEFAULT_TITLE


def _link_sort_key(item: dict[str, Any]) -> tuple:
    return (item.get("ref") or 0, item.get("start") or 0, item["claim_id"])


def _capped(items: list[dict[str, Any]], cap: int | None, key: Callable[[dict[str, Any]], Any]) -> tuple[list, int]:
    items.sort(key=key)
    if cap is None or len(items) <= cap:
        return items, 0
    return items[:cap], len(items) - cap


def _claim_links(
    own_article: int, links: list[dict[str, Any]], order: dict[int, int], cap: int | None
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
    """A claim's links split by relation (plus duplicates in other articles), each sorted and capped.

    Sorted by (publication order of the article, position, claim id): the same order the report's
    reference numbers give, so the entries kept are the ones the report would list first.
    """
    def key(s: dict[str, Any]) -> tuple:
        return (order.get(s["article_id"], 1 << 30), s["article_id"], s["start"] or 0, s["claim_id"])

    buckets: dict[str, list[dict[str, Any]]] = {"duplicates": [], "conflicts": [], "related": [],
                                                 "appearances": [], "other": []}
    for s in links:
        relation = s["relation"]
        if relation == Relation.DUPLICATE.value:
            buckets["duplicates"].append(s)
            if s["article_id"] != own_article:
                buckets["appearances"].append(s)
        elif relation == Relation.CONFLICT.value:
            buckets["conflicts"].append(s)
        elif relation == Relation.RELATED.value:
            buckets["related"].append(s)
        else:  # cited, never listed (as before the cap)
            buckets["other"].append(s)
    kept: dict[str, list[dict[str, Any]]] = {}
    omitted: dict[str, int] = {}
    for name, items in buckets.items():
        kept[name], dropped = _capped(items, cap, key)
        if dropped and name != "other":
            omitted[name] = dropped
    return kept, omitted


def build_report(
    store: Store, options: ReportOptions | None = None, *,
    progress: ProgressFn | None = None, cancel: CancelFn | None = None,
) -> dict[str, Any]:
    """Read the project and return the report as a JSON-ready dict.

    `progress(done, total, message)` is called as claims are read; `cancel()` returning True
    stops with ReportCancelled.
    """
    options = options or ReportOptions()
    validate_options(options)
    from workbench.core.facts import ensure_facts

    ensure_facts(store)  # claims show their fact's verdict: group the facts before reading them
    generated_at = options.generated_at or datetime.now(UTC).isoformat(timespec="seconds")
    date = options.date or generated_at[:10]
    analyst = (options.analyst or "").strip() or _analyst_from_settings(store)  # never a placeholder
    organisation = (options.organisation or "").strip() or _organisation_from_settings(store)

    statuses = list(dict.fromkeys(options.statuses)) if options.statuses else None
    rows = store.claims(ClaimFilter(statuses=statuses), sort="position")
    if options.claim_ids is not None:
        wanted = {int(i) for i in options.claim_ids}
        missing = sorted(wanted - {r["id"] for r in store.claims_by_ids(sorted(wanted))})
        if missing:
            raise ReportError(f"no claim with id {missing[0]}")
        rows = [r for r in rows if r["id"] in wanted]
    total = len(rows)

    def step(done: int, message: str) -> None:
        if cancel is not None and cancel():
            raise ReportCancelled()
        if progress is not None:
            progress(done, total, message)

    step(0, "reading claims")
    articles = {a["id"]: a for a in store.articles(with_text=False)}
    if builds_claim_entries(options):
        claims, groups, references = _claims_part(store, options, rows, articles, step)
        summary = _summary(claims, references, statuses)
    else:  # a report per fact renders fact entries: no claim's links, evidence or history is read
        summary = _summary([{"status": r["status"], "article": {"outlet": articles.get(r["article_id"], {}).get(
            "outlet"), "article_id": r["article_id"]}} for r in rows], [], statuses)
        claims, groups, references = [], [], []

    report = {
        "schema_version": SCHEMA_VERSION,
        "generator": f"Claim Workbench {__version__}",
        "title": report_title(store, options),
        "analyst": analyst,
        "organisation": organisation,
        "date": date,
        "generated_at": generated_at,
        "report_url": options.report_url,
        "project": {"name": Path(str(store.path)).stem, "file": Path(str(store.path)).name},
        "filters": {
            "statuses": sorted(statuses, key=STATUS_ORDER.index) if statuses else None,
            "claim_ids": sorted({int(i) for i in options.claim_ids}) if options.claim_ids is not None else None,
            "group_by": options.group_by,
        },
        "summary": summary,
        "groups": groups,
        "claims": claims,
        "references": references,
    }
    from workbench.core.report.facts import add_facts

    add_facts(report, store, options)
    return report


def _claims_part(
    store: Store, options: ReportOptions, rows: list[dict[str, Any]], articles: dict[int, dict[str, Any]],
    step: Callable[[int, str], None],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The claim entries (numbered in group order), the groups and the references they cite."""
    row_of = {r["id"]: r for r in rows}
    total = len(rows)
    article_order = {aid: i for i, aid in enumerate(articles)}  # publication order from the store
    sources = {s["id"]: s for s in store.sources()}
    evidence_by_claim: dict[int, list[dict[str, Any]]] = {}
    for ev in store.evidence():
        if ev["claim_id"] in row_of:
            evidence_by_claim.setdefault(ev["claim_id"], []).append(ev)
    histories = store.claim_histories() if options.include_history else {}

    # Which articles are cited, so they can be numbered in publication order afterwards.
    cited: set[int] = {row["article_id"] for row in rows}
    for evs in evidence_by_claim.values():
        cited.update(ev["article_id"] for ev in evs)
    links_of: dict[int, tuple[dict[str, list[dict[str, Any]]], dict[str, int]]] = {}
    seen = 0
    for cid, links in store.links_by_claim():
        row = row_of.get(cid)
        if row is None:
            continue
        kept, omitted = _claim_links(row["article_id"], links, article_order, options.link_cap)
        for items in kept.values():
            for s in items:
                if not isinstance(s["reasons"], list):  # a duplicate is also an appearance: parse once
                    s["reasons"] = list(json.loads(s["reasons"] or "[]"))
                cited.add(s["article_id"])
        links_of[cid] = (kept, omitted)
        seen += 1
        if seen % _PROGRESS_EVERY == 0:
            step(seen, "reading links")

    ordered_articles = sorted(cited, key=lambda a: (article_order.get(a, 1 << 30), a))
    ref_of = {aid: n for n, aid in enumerate(ordered_articles, start=1)}

    def article_ref(aid: int) -> dict[str, Any]:
        art = articles.get(aid, {})
        return {
            "ref": ref_of.get(aid),
            "article_id": aid,
            "outlet": art.get("outlet"),
            "title": art.get("title"),
            "published": art.get("published"),
            "url": art.get("url"),
        }

    claims: list[dict[str, Any]] = []
    for n, row in enumerate(rows, start=1):
        if n % _PROGRESS_EVERY == 0:
            step(n, "building the report")
        kept, omitted = links_of.get(row["id"], ({}, {}))
        claims.append(_claim_entry(row, kept, omitted, sources, evidence_by_claim.get(row["id"], []),
                                   histories.get(row["id"], []), article_ref))
    step(total, "grouping")

    claims.sort(key=lambda c: (c["article"]["ref"] or 0, c["start"], c["id"]))
    groups = _group(claims, options.group_by)
    order = {cid: n for n, cid in enumerate((cid for g in groups for cid in g["claim_ids"]), start=1)}
    for claim in claims:
        claim["number"] = order[claim["id"]]
    claims.sort(key=lambda c: c["number"])

    references = []
    for aid in ordered_articles:
        art = articles.get(aid, {})
        references.append({
            "ref": ref_of[aid],
            "article_id": aid,
            "title": art.get("title"),
            "outlet": art.get("outlet"),
            "author": art.get("author"),
            "published": art.get("published"),
            "url": art.get("url"),
            "file": art.get("file"),
        })

    return claims, groups, references


def _claim_entry(
    row: dict[str, Any], kept: dict[str, list[dict[str, Any]]], omitted: dict[str, int],
    sources: dict[int, dict[str, Any]], evs: list[dict[str, Any]], history_rows: list[dict[str, Any]],
    article_ref: Callable[[int], dict[str, Any]],
) -> dict[str, Any]:
    """One claim of the report, from its row and its (already capped) links, evidence and history."""
    cid = row["id"]
    source = sources.get(row["source_id"]) if row.get("source_id") else None
    own = article_ref(row["article_id"])
    appearances = [{**own, "claim_id": cid, "quote": row["quote"], "start": row["start"], "end": row["end"],
                    "original": True, "link_state": None}]
    appearances += sorted((
        {**article_ref(s["article_id"]), "claim_id": s["claim_id"], "quote": s["quote"],
         "start": s["start"], "end": s["end"], "original": False, "link_state": s["state"]}
        for s in kept.get("appearances", [])
    ), key=_link_sort_key)
    lists: dict[str, list[dict[str, Any]]] = {}
    for name in LINK_LISTS:
        lists[name] = sorted((
            {
                **article_ref(s["article_id"]),
                "claim_id": s["claim_id"],
                "text": s["text"],
                "quote": s["quote"],
                "start": s["start"],
                "end": s["end"],
                "speaker": s.get("speaker"),
                "status": s.get("status"),
                "relation": s["relation"],
                "state": s["state"],
                "score": round(float(s["score"]), 1),
                "reasons": s["reasons"],
            }
            for s in kept.get(name, [])
        ), key=_link_sort_key)
    evidence = sorted(
        (
            {
                **article_ref(ev["article_id"]),
                "evidence_id": ev["id"],
                "stance": ev["stance"],
                "note": ev.get("note") or "",
            }
            for ev in evs
        ),
        key=lambda e: (e["stance"] != Stance.SUPPORTS.value, e["ref"] or 0, e["evidence_id"]),
    )
    history = sorted(
        (
            {"time": h["time"], "action": h["action"], "entity": h["entity"], "field": h.get("field"),
             "old": h.get("old"), "new": h.get("new")}
            for h in history_rows
        ),
        key=lambda h: (h["time"], h["entity"], h["action"], h["field"] or "", h["new"] or ""),
    )
    entry = {
        "id": cid,
        "text": row["text"],
        "quote": row["quote"],
        "start": row["start"],
        "end": row["end"],
        "kind": row.get("kind"),
        "status": row["status"],
        "status_label": STATUS_LABELS.get(row["status"], row["status"]),
        "confidence": row.get("confidence"),
        "speaker": row.get("speaker"),
        "relayed_by": row.get("relayed_by"),
        "speaker_anonymous": bool(row.get("speaker_anonymous")),
        "hedged": bool(row.get("hedged")),
        "quantities": row.get("quantities") or [],
        "dates": row.get("dates") or [],
        "source": None if source is None else {
            "id": source["id"],
            "name": source["name"],
            "kind": source.get("kind"),
            "reliability": source.get("reliability"),
            "reliability_label": RELIABILITY_GRADES.get(source.get("reliability") or "", None),
            "notes": source.get("notes") or "",
        },
        "article": own,
        "cluster_id": row.get("cluster_id"),
        "notes": row.get("notes") or "",
        "updated": row.get("updated"),
        "appearances": appearances,
        "evidence": evidence,
        "duplicates": lists["duplicates"],
        "conflicts": lists["conflicts"],
        "related": lists["related"],
        "history": history,
    }
    if omitted:
        entry["links_omitted"] = {name: omitted.get(name, 0) for name in ("appearances", *LINK_LISTS)}
    return entry


def _group(claims: list[dict[str, Any]], group_by: str) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []
    if group_by == "status":
        for status in STATUS_ORDER:
            ids = [c["id"] for c in claims if c["status"] == status]
            if ids:
                groups.append({"key": status, "label": STATUS_LABELS[status],
                               "description": STATUS_DESCRIPTIONS[status], "claim_ids": ids})
    elif group_by == "article":
        by_article: dict[int, list[dict[str, Any]]] = {}
        for c in claims:
            by_article.setdefault(c["article"]["ref"] or 0, []).append(c)
        for ref in sorted(by_article):
            art = by_article[ref][0]["article"]
            label = f"[{ref}] {art['title'] or 'Untitled article'}"
            desc = ", ".join(x for x in (art["outlet"], art["published"]) if x)
            groups.append({"key": str(art["article_id"]), "label": label, "description": desc,
                           "claim_ids": [c["id"] for c in by_article[ref]]})
    else:  # cluster
        clusters: dict[int, list[dict[str, Any]]] = {}
        loose: list[dict[str, Any]] = []
        for c in claims:
            if c["cluster_id"] is None:
                loose.append(c)
            else:
                clusters.setdefault(c["cluster_id"], []).append(c)
        for n, (cluster_id, members) in enumerate(
            sorted(clusters.items(), key=lambda kv: (kv[1][0]["article"]["ref"] or 0, kv[1][0]["start"], kv[0])),
            start=1,
        ):
            outlets = sorted({m["article"]["outlet"] or UNKNOWN_OUTLET for m in members})
            groups.append({"key": str(cluster_id), "label": f"Cluster {n}: {members[0]['text']}",
                           "description": f"{len(members)} claims in {', '.join(outlets)}",
                           "claim_ids": [m["id"] for m in members]})
        if loose:
            groups.append({"key": "none", "label": "Claims in no cluster", "description": "",
                           "claim_ids": [c["id"] for c in loose]})
    return groups


def _summary(
    claims: list[dict[str, Any]], references: list[dict[str, Any]], statuses: Sequence[str] | None = None
) -> dict[str, Any]:
    """Counts by status (only the statuses the report includes) and by outlet."""
    shown = [s for s in STATUS_ORDER if statuses is None or s in statuses]
    by_status = [
        {"status": s, "label": STATUS_LABELS[s], "count": sum(1 for c in claims if c["status"] == s)}
        for s in shown
    ]
    outlets: dict[str, dict[str, Any]] = {}
    for c in claims:
        name = c["article"]["outlet"] or UNKNOWN_OUTLET
        entry = outlets.setdefault(name, {"outlet": name, "articles": set(), "claims": 0,
                                          "statuses": {s: 0 for s in shown}})
        entry["articles"].add(c["article"]["article_id"])
        entry["claims"] += 1
        entry["statuses"][c["status"]] = entry["statuses"].get(c["status"], 0) + 1
    by_outlet = []
    for name in sorted(outlets, key=lambda n: (n == UNKNOWN_OUTLET, n.casefold(), n)):
        entry = outlets[name]
        by_outlet.append({"outlet": name, "articles": len(entry["articles"]), "claims": entry["claims"],
                          "statuses": entry["statuses"]})
    return {
        "claims": len(claims),
        "articles": len({c["article"]["article_id"] for c in claims}),
        "references": len(references),
        "rated": sum(1 for c in claims if c["status"] != Status.UNVERIFIED.value),
        "by_status": by_status,
        "by_outlet": by_outlet,
    }

