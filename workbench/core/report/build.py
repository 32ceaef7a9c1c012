"""The sourced report: one data structure built from the store, rendered to many formats.

`build_report(store, ReportOptions(...))` reads the project through the store's query methods
and returns a plain, JSON-ready dict (documented in docs/report-json-schema.md). Every
renderer (HTML, Markdown, CSV, JSON, ClaimReview JSON-LD; PDF lives in workbench.ui.export)
works from that dict alone, so a report saved as JSON can be rendered again later with
`load_report_json` and gives the same output.

Determinism: everything is sorted by stable keys; the only value that changes from run to run
is `generated_at` (and the report `date`, which defaults to generated_at's day), both of which
callers may pin.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.core.store import Store, StoreError
from workbench.core.store.validate import check_status
from workbench.core.vocab import (
    RELIABILITY_GRADES,
    STATUS_DESCRIPTIONS,
    STATUS_LABELS,
    STATUS_REPORT_ORDER,
    LinkState,
    Relation,
    Stance,
    Status,
)

SCHEMA_VERSION = 1

#: Output formats and the file extension each one gets by default.
FORMATS: dict[str, str] = {
    "html": ".html",
    "md": ".md",
    "pdf": ".pdf",
    "csv": ".csv",
    "json": ".json",
    "claimreview": ".jsonld",
}

GROUPINGS = ("status", "article", "cluster")

#: Status order in the report (findings that need attention first); labels and meanings from vocab.
STATUS_ORDER: tuple[str, ...] = STATUS_REPORT_ORDER

UNKNOWN_OUTLET = "(unknown outlet)"


class ReportError(Exception):
    """Bad report options or an unreadable report file; the message is for users."""


@dataclass
class ReportOptions:
    title: str = "Verification report"
    analyst: str | None = None  # falls back to project / user settings, then "Analyst"
    organisation: str | None = None
    statuses: Sequence[str] | None = None  # None = every status
    claim_ids: Sequence[int] | None = None  # None = every claim (after the status filter)
    group_by: str = "status"
    generated_at: str | None = None  # ISO timestamp; None = now (UTC)
    date: str | None = None  # the report's date (YYYY-MM-DD); None = generated_at's day
    report_url: str | None = None  # where the report will be published (ClaimReview url)
    include_history: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


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


def validate_options(options: ReportOptions) -> None:
    if options.group_by not in GROUPINGS:
        raise ReportError(f"cannot group by {options.group_by!r} (use {', '.join(GROUPINGS)})")
    for status in options.statuses or []:
        try:
            check_status(status)
        except StoreError as exc:
            raise ReportError(str(exc)) from None


def _link_sort_key(item: dict[str, Any]) -> tuple:
    return (item.get("ref") or 0, item.get("start") or 0, item["claim_id"])


def build_report(store: Store, options: ReportOptions | None = None) -> dict[str, Any]:
    """Read the project and return the report as a JSON-ready dict."""
    from workbench.core.store import ClaimFilter

    options = options or ReportOptions()
    validate_options(options)
    generated_at = options.generated_at or datetime.now(UTC).isoformat(timespec="seconds")
    date = options.date or generated_at[:10]
    analyst = (options.analyst or "").strip() or _analyst_from_settings(store) or "Analyst"
    organisation = (options.organisation or "").strip() or _organisation_from_settings(store)

    statuses = list(dict.fromkeys(options.statuses)) if options.statuses else None
    flt = ClaimFilter(statuses=statuses)
    rows = store.claims(flt, sort="position")
    if options.claim_ids is not None:
        wanted = {int(i) for i in options.claim_ids}
        missing = sorted(wanted - {r["id"] for r in store.claims_by_ids(sorted(wanted))})
        if missing:
            raise ReportError(f"no claim with id {missing[0]}")
        rows = [r for r in rows if r["id"] in wanted]

    articles = {a["id"]: a for a in store.articles(with_text=False)}
    article_order = {aid: i for i, aid in enumerate(articles)}  # publication order from the store
    sources = {s["id"]: s for s in store.sources()}
    evidence_by_claim: dict[int, list[dict[str, Any]]] = {}
    for ev in store.evidence():
        evidence_by_claim.setdefault(ev["claim_id"], []).append(ev)

    # Which articles are cited, so they can be numbered in publication order afterwards.
    cited: set[int] = set()
    raw_claims: list[dict[str, Any]] = []
    for row in rows:
        cid = row["id"]
        cited.add(row["article_id"])
        similar = [s for s in store.similar_claims(cid) if s["state"] != LinkState.REJECTED.value]
        # The other claims' spans and urls are not in similar_claims(); fetch them in one go.
        others = {o["id"]: o for o in store.claims_by_ids(sorted({s["claim_id"] for s in similar}))}
        for s in similar:
            cited.add(s["article_id"])
        evs = evidence_by_claim.get(cid, [])
        for ev in evs:
            cited.add(ev["article_id"])
        history = store.history("claim", cid, limit=10_000) if options.include_history else []
        raw_claims.append({"row": row, "similar": similar, "others": others, "evidence": evs, "history": history})

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
    for item in raw_claims:
        row = item["row"]
        cid = row["id"]
        source = sources.get(row["source_id"]) if row.get("source_id") else None
        own = article_ref(row["article_id"])
        appearances = [{**own, "claim_id": cid, "quote": row["quote"], "start": row["start"], "end": row["end"],
                        "original": True, "link_state": None}]
        duplicates, conflicts, related = [], [], []
        for s in item["similar"]:
            other = item["others"].get(s["claim_id"], {})
            entry = {
                **article_ref(s["article_id"]),
                "claim_id": s["claim_id"],
                "text": s["text"],
                "quote": s["quote"],
                "start": other.get("start"),
                "end": other.get("end"),
                "speaker": s.get("speaker"),
                "status": s.get("status"),
                "relation": s["relation"],
                "state": s["state"],
                "score": round(float(s["score"]), 1),
                "reasons": list(s.get("reasons") or []),
            }
            if s["relation"] == Relation.DUPLICATE.value:
                duplicates.append(entry)
                if s["article_id"] != row["article_id"]:
                    appearances.append({
                        **article_ref(s["article_id"]), "claim_id": s["claim_id"], "quote": s["quote"],
                        "start": other.get("start"), "end": other.get("end"), "original": False,
                        "link_state": s["state"],
                    })
            elif s["relation"] == Relation.CONFLICT.value:
                conflicts.append(entry)
            elif s["relation"] == Relation.RELATED.value:
                related.append(entry)
        for group in (duplicates, conflicts, related):
            group.sort(key=_link_sort_key)
        appearances = appearances[:1] + sorted(appearances[1:], key=_link_sort_key)
        evidence = sorted(
            (
                {
                    **article_ref(ev["article_id"]),
                    "evidence_id": ev["id"],
                    "stance": ev["stance"],
                    "note": ev.get("note") or "",
                }
                for ev in item["evidence"]
            ),
            key=lambda e: (e["stance"] != Stance.SUPPORTS.value, e["ref"] or 0, e["evidence_id"]),
        )
        history = sorted(
            (
                {"time": h["time"], "action": h["action"], "entity": h["entity"], "field": h.get("field"),
                 "old": h.get("old"), "new": h.get("new")}
                for h in item["history"]
            ),
            key=lambda h: (h["time"], h["entity"], h["action"], h["field"] or "", h["new"] or ""),
        )
        claims.append({
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
            "duplicates": duplicates,
            "conflicts": conflicts,
            "related": related,
            "history": history,
        })

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

    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"Claim Workbench {__version__}",
        "title": options.title or "Verification report",
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
        "summary": _summary(claims, references, statuses),
        "groups": groups,
        "claims": claims,
        "references": references,
    }


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


# -- JSON round trip ---------------------------------------------------------------------------

REQUIRED_KEYS = ("schema_version", "title", "analyst", "date", "summary", "groups", "claims", "references")


def dump_report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def load_report_json(source: str | bytes | Path) -> dict[str, Any]:
    """Read a report saved with --format json (a path, or the JSON text itself)."""
    if isinstance(source, Path):
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as exc:
            raise ReportError(f"{source}: {exc.strerror or exc}") from exc
    else:
        text = source.decode("utf-8") if isinstance(source, bytes) else source
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ReportError(f"not a report JSON file ({exc})") from exc
    if not isinstance(data, dict):
        raise ReportError("not a report JSON file (expected an object)")
    missing = [k for k in REQUIRED_KEYS if k not in data]
    if missing:
        raise ReportError(f"not a report JSON file (missing {', '.join(missing)})")
    version = data["schema_version"]
    if not isinstance(version, int) or version < 1:
        raise ReportError(f"bad schema_version {version!r}")
    if version > SCHEMA_VERSION:
        raise ReportError(f"report schema {version} is newer than this Claim Workbench ({SCHEMA_VERSION})")
    return data


# -- rendering --------------------------------------------------------------------------------


def render(report: dict[str, Any], fmt: str) -> bytes:
    """Render a report to bytes in one of the text formats (PDF: workbench.ui.export.pdf)."""
    from workbench.core.report import formats as rf

    renderers = {
        "html": lambda r: rf.render_html(r).encode("utf-8"),
        "md": lambda r: rf.render_markdown(r).encode("utf-8"),
        "csv": rf.render_csv,
        "json": lambda r: dump_report_json(r).encode("utf-8"),
        "claimreview": lambda r: rf.render_claimreview(r).encode("utf-8"),
    }
    if fmt == "pdf":
        raise ReportError("PDF is rendered by workbench.ui.export.pdf (it needs Qt)")
    if fmt not in renderers:
        raise ReportError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    return renderers[fmt](report)


def write_report(report: dict[str, Any], fmt: str, path: str | Path) -> Path:
    """Render and write atomically (temp file + rename)."""
    if fmt == "pdf":
        raise ReportError("PDF is written by workbench.ui.export.pdf.write_pdf")
    return write_bytes_atomically(path, render(report, fmt))


def write_bytes_atomically(path: str | Path, data: bytes) -> Path:
    """Write through a temp file and a rename, so a crash never leaves half a report."""
    import os

    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportError(f"{path}: {exc.strerror or exc}") from exc
    return path


__all__ = [
    "write_bytes_atomically", "FORMATS", "GROUPINGS", "STATUS_ORDER", "SCHEMA_VERSION", "ReportError", "ReportOptions",
    "build_report", "dump_report_json", "load_report_json", "render", "write_report",
]
