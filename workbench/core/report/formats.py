"""Renderers for the report dict built by workbench.core.report.build: HTML, Markdown, CSV, ClaimReview.

All article-derived text is untrusted: HTML goes through Jinja2 autoescaping (and only http(s)
URLs ever become links), Markdown escapes every character that could form markup or raw HTML,
CSV neutralises cells a spreadsheet would treat as a formula.
"""

from __future__ import annotations

import csv
import io
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from workbench.core.language.quotes import in_quotes
from workbench.core.paths import resources_dir
from workbench.core.report.claimreview import appearance_item
from workbench.core.report.options import ReportError
from workbench.core.vocab import (
    CONFIDENCE_LABELS,
    CONFIDENCE_UNSET_LABEL,
    RELIABILITY_GRADES,
    STATUS_DESCRIPTIONS,
    SourceKind,
    Stance,
    Status,
)

#: ClaimReview rating scale (documented in docs/report-json-schema.md).
RATING_VALUES: dict[str, int] = {
    Status.FALSE.value: 1,
    Status.DISPUTED.value: 2,
    Status.UNVERIFIABLE.value: 3,
    Status.VERIFIED.value: 5,
}
BEST_RATING = 5
WORST_RATING = 1

_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)


def safe_url(url: Any) -> str | None:
    """The URL if it is a plain http(s) address, else None (javascript:, data:, file: never link)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if _SAFE_URL.match(url) else None


# -- shared helpers for templates ------------------------------------------------------------


def _confidence_label(value: str | None) -> str:
    return CONFIDENCE_LABELS.get(value or "", CONFIDENCE_UNSET_LABEL)


def _reliability(source: dict[str, Any] | None) -> str:
    if not source or not source.get("reliability"):
        return ""
    grade = source["reliability"]
    return f"{grade} ({RELIABILITY_GRADES.get(grade, '')})".replace(" ()", "")


def _article_line(a: dict[str, Any]) -> str:
    """'Outlet, Title, 2024-06-12' (plain text; escaped by the caller)."""
    parts = [a.get("outlet") or None, f"\u201c{a['title']}\u201d" if a.get("title") else None, a.get("published")]
    return ", ".join(p for p in parts if p)


def _one_line(text: Any) -> str:
    return " ".join(str(text or "").split())


def _omitted(claim: dict[str, Any], name: str) -> int:
    """How many entries of a claim's link list were left out by the report's cap (0 when none)."""
    return int((claim.get("links_omitted") or {}).get(name, 0))


def _template_context(report: dict[str, Any]) -> dict[str, Any]:
    claims = {c["id"]: c for c in report["claims"]}
    return {
        "r": report,
        "claims_by_id": claims,
        "groups": [
            {**g, "claims": [claims[i] for i in g["claim_ids"] if i in claims]} for g in report["groups"]
        ],
        "statuses": [s["status"] for s in report["summary"]["by_status"]],
        "status_labels": {s["status"]: s["label"] for s in report["summary"]["by_status"]},
        "status_descriptions": STATUS_DESCRIPTIONS,
        "fact_ids": {f["id"] for f in report.get("facts") or []},
        "jsonld": _jsonld(report),
    }


def _jsonld(report: dict[str, Any]) -> Any:
    """The ClaimReviews of the report's facts as JSON-LD for the HTML head (when a report URL is known)."""
    if "facts" not in report or not report.get("report_url"):
        return None
    from markupsafe import Markup

    from workbench.core.report.claimreview import ReviewUrlError, fact_claim_reviews

    try:
        reviews = fact_claim_reviews(report["facts"], url=report.get("report_url"), date=report["date"],
                                     analyst=report.get("analyst"), organisation=report.get("organisation"))
    except ReviewUrlError:
        return None
    text = json.dumps(reviews, ensure_ascii=False, sort_keys=True)
    # inside <script>: no "</" or "<!--" can end or open anything
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _filters(env: jinja2.Environment) -> None:
    env.filters["safe_url"] = safe_url
    env.filters["confidence"] = _confidence_label
    env.filters["reliability"] = _reliability
    env.filters["article_line"] = _article_line
    env.filters["one_line"] = _one_line
    env.filters["omitted"] = _omitted
    env.filters["in_quotes"] = in_quotes  # ‘"hundreds" of soldiers …’, never “"hundreds" of …”


def templates_dir() -> Path:
    folder = resources_dir() / "templates"
    if not (folder / "report.html.j2").is_file():
        raise ReportError(f"report templates not found in {folder} (is the resources folder installed?)")
    return folder


@lru_cache(maxsize=4)
def _environment(kind: str) -> jinja2.Environment:
    loader = jinja2.FileSystemLoader(str(templates_dir()))
    if kind == "html":
        env = jinja2.Environment(
            loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        )
    else:
        env = jinja2.Environment(
            loader=loader, autoescape=False, undefined=jinja2.StrictUndefined,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        )
        env.filters["md"] = md_escape
        env.filters["md_url"] = md_url
        env.filters["md_link"] = md_link
    _filters(env)
    return env


# -- HTML -------------------------------------------------------------------------------------


def render_html(report: dict[str, Any], *, variant: str = "browser") -> str:
    """One self-contained HTML file. variant="qt" simplifies the layout for QTextDocument (PDF, preview)."""
    if variant not in ("browser", "qt"):
        raise ValueError(f"unknown HTML variant {variant!r}")
    template = _environment("html").get_template("report.html.j2")
    return template.render(**_template_context(report), qt=(variant == "qt"))


# -- Markdown ---------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=#])")


def md_escape(text: Any) -> str:
    """Plain text -> Markdown that shows exactly that text (no markup, no raw HTML, one line)."""
    s = _one_line(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    # A list marker, heading or setext underline only counts at the start of a line.
    return _MD_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", s, count=1)


def md_url(url: Any) -> str:
    """An http(s) URL as an autolink; anything else as inert escaped text."""
    safe = safe_url(url)
    if safe:
        return "<" + safe.replace(">", "%3E").replace("<", "%3C") + ">"
    return md_escape(url) if url else ""


def md_link(text: Any, url: Any) -> str:
    """`text` (escaped) as a Markdown link to an http(s) URL; escaped plain text when there is none."""
    safe = safe_url(url)
    label = md_escape(text)
    if not safe:
        return label
    target = safe.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    return f"[{label}]({target})"


def render_markdown(report: dict[str, Any]) -> str:
    template = _environment("md").get_template("report.md.j2")
    text = template.render(**_template_context(report))
    # Collapse runs of blank lines the template's conditionals leave behind.
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"


# -- CSV --------------------------------------------------------------------------------------

CSV_COLUMNS = [
    "number", "claim_id", "group", "status", "confidence", "claim", "quote", "speaker", "relayed_by",
    "source", "source_kind", "source_reliability", "outlet", "article_title", "published", "url", "article_ref",
    "appearances", "appearance_outlets", "supporting", "contradicting", "evidence", "duplicates",
    "conflicts", "cluster_id", "notes", "fact_id", "evidence_urls",
]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """Neutralise a cell a spreadsheet would run as a formula (a leading ')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    s = str(value)
    return "'" + s if s.startswith(_FORMULA_START) else s


def render_csv(report: dict[str, Any]) -> bytes:
    """One row per claim, UTF-8 with a BOM so spreadsheets detect the encoding."""
    group_of = {cid: g["label"] for g in report["groups"] for cid in g["claim_ids"]}
    fact_of = {a["claim_id"]: f["id"] for f in report.get("facts") or [] for a in f["appearances"]}
    fact_of.update({c["id"]: c["fact_id"] for c in report["claims"] if c.get("fact_id") is not None})
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in report["claims"]:
        art = c["article"]
        src = c.get("source") or {}
        evidence = "; ".join(
            f"{e['stance']} [{e['ref']}] {_article_line(e)}" + (f": {_one_line(e['note'])}" if e["note"] else "")
            for e in c["evidence"]
        )
        row = {
            "number": c["number"], "claim_id": c["id"], "group": group_of.get(c["id"], ""),
            "status": c["status"], "confidence": c.get("confidence") or "", "claim": _one_line(c["text"]),
            "quote": _one_line(c["quote"]), "speaker": c.get("speaker") or "", "relayed_by": c.get("relayed_by") or "",
            "source": src.get("name", ""), "source_kind": src.get("kind") or "",
            "source_reliability": src.get("reliability") or "",
            "outlet": art.get("outlet") or "", "article_title": art.get("title") or "",
            "published": art.get("published") or "", "url": art.get("url") or "", "article_ref": art.get("ref"),
            "appearances": len(c["appearances"]) + _omitted(c, "appearances"),
            "appearance_outlets": "; ".join(
                f"[{a['ref']}] {a.get('outlet') or ''}".strip() for a in c["appearances"]
            ),
            "supporting": sum(1 for e in c["evidence"] if e["stance"] == Stance.SUPPORTS.value),
            "contradicting": sum(1 for e in c["evidence"] if e["stance"] == Stance.CONTRADICTS.value),
            "evidence": evidence,
            "duplicates": " ".join(str(d["claim_id"]) for d in c["duplicates"]),
            "conflicts": " ".join(str(d["claim_id"]) for d in c["conflicts"]),
            "cluster_id": c.get("cluster_id") if c.get("cluster_id") is not None else "",
            "notes": c.get("notes") or "",
            "fact_id": fact_of.get(c["id"], ""),
            "evidence_urls": " ".join(e["url"] for e in c["evidence"] if safe_url(e.get("url"))),
        }
        writer.writerow([csv_cell(row[k]) for k in CSV_COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# -- schema.org ClaimReview ---------------------------------------------------------------------


def _party(name: str, kind: str | None) -> dict[str, Any]:
    person = kind in (None, SourceKind.PERSON.value)
    return {"@type": "Person" if person else "Organization", "name": name}


def _claim_author(c: dict[str, Any]) -> dict[str, Any] | None:
    src = c.get("source")
    if src and src.get("name"):
        return _party(src["name"], src.get("kind"))
    if c.get("speaker"):
        return _party(c["speaker"], SourceKind.PERSON.value)
    outlet = c["article"].get("outlet")
    return {"@type": "Organization", "name": outlet} if outlet else None


def claim_reviews(report: dict[str, Any]) -> list[dict[str, Any]]:
    """A ClaimReview per rated claim (every status but unverified), in report order."""
    analyst, org = report.get("analyst"), report.get("organisation")
    if analyst and org:
        author: dict[str, Any] | None = {"@type": "Person", "name": analyst,
                                  "worksFor": {"@type": "Organization", "name": org}}
    elif org:
        author = {"@type": "Organization", "name": org}
    elif analyst:
        author = {"@type": "Person", "name": analyst}
    else:
        author = None
    base = report.get("report_url") or ""
    reviews = []
    for c in report["claims"]:
        if c["status"] not in RATING_VALUES:
            continue
        item: dict[str, Any] = {"@type": "Claim"}
        claim_author = _claim_author(c)
        if claim_author:
            item["author"] = claim_author
        appearances = [appearance_item(a) for a in c["appearances"]]
        item["appearance"] = appearances
        if appearances:
            item["firstAppearance"] = min(
                appearances, key=lambda a: (a.get("datePublished") is None, a.get("datePublished") or "")
            )
        if c["article"].get("published"):
            item["datePublished"] = c["article"]["published"]
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{base}#claim-{c['id']}",
            "claimReviewed": _one_line(c["text"]),
            "itemReviewed": item,
            "datePublished": report["date"],
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": RATING_VALUES[c["status"]],
                "bestRating": BEST_RATING,
                "worstRating": WORST_RATING,
                "alternateName": c["status_label"],
            },
        }
        if author:
            review["author"] = author
        if c.get("notes"):
            review["reviewBody"] = c["notes"]
        reviews.append(review)
    return reviews


def render_claimreview(report: dict[str, Any]) -> str:
    """One ClaimReview per rated fact (a report with facts); the per-claim reviews otherwise."""
    if "facts" in report:
        from workbench.core.report.claimreview import ReviewUrlError, fact_claim_reviews

        try:
            reviews = fact_claim_reviews(report["facts"], url=report.get("report_url"), date=report["date"],
                                         analyst=report.get("analyst"), organisation=report.get("organisation"))
        except ReviewUrlError as exc:
            from workbench.core.report.options import ReportError

            raise ReportError(str(exc)) from exc
        return json.dumps(reviews, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return json.dumps(claim_reviews(report), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
