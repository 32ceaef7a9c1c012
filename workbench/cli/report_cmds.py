"""`workbench export`, `workbench tag`, `workbench evidence`: prepare a project and report on it from scripts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.cli import common
from workbench.core.model import RELIABILITY_GRADES, SourceKind, Status

EXPORT_EXAMPLES = """\
  workbench export iraq.db --format html -o report.html
  workbench export iraq.db --format pdf -o report.pdf --status false --status disputed
  workbench export iraq.db --format md -o report.md --group-by article --title "Iraq border, week 25"
  workbench export iraq.db --format csv -o claims.csv --claims 12,14,15
  workbench export iraq.db --format claimreview -o reviews.jsonld --url https://example.org/checks/iraq
  workbench export iraq.db --format json -o report.json --analyst "J. Doe" --json
"""

TAG_EXAMPLES = """\
  workbench tag iraq.db 12 --status verified --confidence high
  workbench tag iraq.db 14 --status disputed --source "Lt Gen Qassem Atta" --reliability C \\
      --note "Government figure; Reuters reports dozens."
  workbench tag iraq.db 15 --status false --json
"""

EVIDENCE_EXAMPLES = """\
  workbench evidence iraq.db 12 3 --stance supports --note "Reuters confirms the seizure"
  workbench evidence iraq.db 15 4 --stance contradicts --json
"""


def register(subparsers: Any) -> None:
    from workbench.core.report.build import FORMATS, GROUPINGS

    statuses = [s.value for s in Status]

    p = common.add_command(subparsers, "export", "Write the sourced verification report of a project.", EXPORT_EXAMPLES)
    p.add_argument("project", help="the project file")
    p.add_argument("--format", "-f", choices=list(FORMATS), default=None,
                   help="output format (default: from the file extension of -o, else html)")
    p.add_argument("-o", "--output", required=True, help="the file to write ('-' for standard output, text formats only)")
    p.add_argument("--status", action="append", metavar="STATUS",
                   help=f"only claims with this status (repeatable; one of {', '.join(statuses)})")
    p.add_argument("--group-by", choices=list(GROUPINGS), default="status", help="how claims are grouped (default: status)")
    p.add_argument("--claims", metavar="ID,...", help="only these claim ids (comma-separated)")
    p.add_argument("--title", default=None, help='report title (default: "Verification report")')
    p.add_argument("--analyst", default=None, help="analyst name (default: from settings)")
    p.add_argument("--organisation", default=None, help="organisation publishing the report (default: from settings)")
    p.add_argument("--url", default=None, help="where the report will be published (used for ClaimReview url)")
    p.add_argument("--date", default=None, help="report date YYYY-MM-DD (default: today)")
    p.add_argument("--generated-at", default=None, help="pin the generated-at stamp (ISO), for reproducible output")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(func=cmd_export)

    p = common.add_command(subparsers, "tag", "Set a claim's status, confidence, source or notes (recorded in history).",
                           TAG_EXAMPLES)
    p.add_argument("project", help="the project file")
    p.add_argument("claim_id", type=int, help="the claim's id (see `workbench claims PROJECT --json`)")
    p.add_argument("--status", metavar="STATUS", help=f"one of {', '.join(statuses)}")
    p.add_argument("--confidence", metavar="C", help="low, moderate or high")
    p.add_argument("--source", metavar="NAME", help="who the claim comes from (created if missing)")
    p.add_argument("--source-kind", choices=[k.value for k in SourceKind], default=None,
                   help="kind of a new source (default: person)")
    p.add_argument("--reliability", choices=list(RELIABILITY_GRADES), default=None,
                   help="Admiralty reliability grade A-F for the source")
    p.add_argument("--note", metavar="TEXT", help="text appended to the claim's notes")
    p.add_argument("--json", action="store_true", help="print the updated claim as JSON")
    p.set_defaults(func=cmd_tag)

    p = common.add_command(subparsers, "evidence", "Attach an article that supports or contradicts a claim.",
                           EVIDENCE_EXAMPLES)
    p.add_argument("project", help="the project file")
    p.add_argument("claim_id", type=int, help="the claim's id")
    p.add_argument("article_id", type=int, help="the article's id (see `workbench articles PROJECT --json`)")
    p.add_argument("--stance", required=True, metavar="STANCE", help="supports or contradicts")
    p.add_argument("--note", default="", metavar="TEXT", help="why this article supports or contradicts it")
    p.add_argument("--json", action="store_true", help="print the evidence entry as JSON")
    p.set_defaults(func=cmd_evidence)


# -- export ------------------------------------------------------------------------------------


def _check_status(value: str | None) -> None:
    allowed = [s.value for s in Status]
    if value is not None and value not in allowed:
        raise common.CliError(f"unknown status {value!r} (use {', '.join(allowed)})")


def _parse_ids(text: str | None) -> list[int] | None:
    if text is None:
        return None
    ids = []
    for part in text.replace(" ", ",").split(","):
        if not part:
            continue
        try:
            ids.append(int(part))
        except ValueError:
            raise common.CliError(f"--claims: {part!r} is not a claim id (use numbers separated by commas)") from None
    if not ids:
        raise common.CliError("--claims: no claim ids given")
    return ids


def _guess_format(output: str) -> str:
    from workbench.core.report.build import FORMATS

    suffix = Path(output).suffix.lower()
    for fmt, ext in FORMATS.items():
        if suffix == ext:
            return fmt
    return {".markdown": "md", ".htm": "html", ".jsonld": "claimreview"}.get(suffix, "html")


def cmd_export(args: argparse.Namespace) -> int:
    import sys

    from workbench.core.report.build import ReportError, ReportOptions, build_report, render, write_report

    fmt = args.format or _guess_format(args.output)
    for status in args.status or []:
        _check_status(status)
    if args.output == "-" and fmt == "pdf":
        raise common.CliError("PDF cannot be written to standard output; give a file with -o")
    options = ReportOptions(
        title=args.title or "Verification report", analyst=args.analyst, organisation=args.organisation,
        statuses=args.status, claim_ids=_parse_ids(args.claims), group_by=args.group_by,
        generated_at=args.generated_at, date=args.date, report_url=args.url,
    )
    store = common.open_project(args.project)
    try:
        report = build_report(store, options)
    except ReportError as exc:
        raise common.CliError(str(exc)) from exc
    finally:
        store.close()
    try:
        if args.output == "-":
            sys.stdout.buffer.write(render(report, fmt))
            sys.stdout.flush()
            return 0
        if fmt == "pdf":
            from workbench.ui.export.pdf import PdfExportError, write_pdf

            try:
                path = write_pdf(report, args.output)
            except PdfExportError as exc:
                raise common.CliError(str(exc)) from exc
        else:
            path = write_report(report, fmt, args.output)
    except ReportError as exc:
        raise common.CliError(str(exc)) from exc
    summary = {
        "file": str(path), "format": fmt, "claims": report["summary"]["claims"],
        "rated": report["summary"]["rated"], "articles": len(report["references"]), "bytes": path.stat().st_size,
    }
    if args.json:
        common.print_json(summary)
    else:
        print(f"wrote {path} ({fmt}, {summary['claims']} claims, {summary['articles']} articles cited)")
    return 0


# -- tag ---------------------------------------------------------------------------------------


def cmd_tag(args: argparse.Namespace) -> int:
    from workbench.core.store import StoreError

    if not any(v is not None for v in (args.status, args.confidence, args.source, args.note, args.reliability)):
        raise common.CliError("nothing to change: give --status, --confidence, --source, --reliability or --note")
    _check_status(args.status)
    if args.reliability and not args.source:
        raise common.CliError("--reliability grades a source: give --source NAME too")
    store = common.open_project(args.project, for_writing=True)
    try:
        try:
            claim = store.claim(args.claim_id)
        except StoreError as exc:
            raise common.CliError(str(exc)) from exc
        fields: dict[str, Any] = {}
        if args.status is not None:
            fields["status"] = args.status
        if args.confidence is not None:
            fields["confidence"] = args.confidence
        if args.note:
            old = (claim.get("notes") or "").rstrip()
            fields["notes"] = f"{old}\n{args.note.strip()}" if old else args.note.strip()
        created_source = False
        try:
            # One transaction: the source and the claim change land together or not at all.
            with store.atomic():
                if args.source:
                    source = store.source_by_name(args.source)
                    if source is None:
                        source_id = store.add_source(
                            args.source, kind=args.source_kind or SourceKind.PERSON.value,
                            reliability=args.reliability, action="tag claim: new source",
                        )
                        created_source = True
                    else:
                        source_id = source["id"]
                        changes = {}
                        if args.reliability and source.get("reliability") != args.reliability:
                            changes["reliability"] = args.reliability
                        if args.source_kind and source.get("kind") != args.source_kind:
                            changes["kind"] = args.source_kind
                        if changes:
                            store.update_source(source_id, action="tag claim: grade source", **changes)
                    fields["source_id"] = source_id
                if fields:
                    store.update_claim(args.claim_id, action="tag claim", **fields)
        except StoreError as exc:
            raise common.CliError(str(exc)) from exc
        claim = store.claim(args.claim_id)
    finally:
        store.close()
    out = {
        "id": claim["id"], "article_id": claim["article_id"], "text": claim["text"], "status": claim["status"],
        "confidence": claim["confidence"], "source": claim["source"], "source_reliability": claim["source_reliability"],
        "notes": claim["notes"], "source_created": created_source,
    }
    if args.json:
        common.print_json(out)
    else:
        bits = [f"status {out['status']}"]
        if out["confidence"]:
            bits.append(f"confidence {out['confidence']}")
        if out["source"]:
            grade = f" ({out['source_reliability']})" if out["source_reliability"] else ""
            bits.append(f"source {out['source']}{grade}" + (" [new]" if created_source else ""))
        print(f"claim {out['id']}: " + ", ".join(bits))
    return 0


# -- evidence ----------------------------------------------------------------------------------


def cmd_evidence(args: argparse.Namespace) -> int:
    from workbench.core.store import StoreError

    store = common.open_project(args.project, for_writing=True)
    try:
        try:
            evidence_id = store.add_evidence(args.claim_id, args.article_id, args.stance, args.note or "")
        except StoreError as exc:
            raise common.CliError(str(exc)) from exc
        entry = next(e for e in store.evidence(args.claim_id) if e["id"] == evidence_id)
    finally:
        store.close()
    out = {
        "id": entry["id"], "claim_id": entry["claim_id"], "article_id": entry["article_id"], "stance": entry["stance"],
        "note": entry["note"], "article_title": entry["article_title"], "outlet": entry["outlet"],
    }
    if args.json:
        common.print_json(out)
    else:
        print(f"claim {out['claim_id']}: article {out['article_id']} ({out['outlet'] or 'unknown outlet'}) "
              f"{out['stance']} it")
    return 0
