"""`workbench export`: the sourced verification report of a project, from scripts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.cli import common
from workbench.core.vocab import Status

EXPORT_EXAMPLES = """\
  workbench export iraq.db --format html -o report.html
  workbench export iraq.db --format pdf -o report.pdf --status false --status disputed
  workbench export iraq.db --format md -o report.md --group-by article --title "Iraq border, week 25"
  workbench export iraq.db --format csv -o claims.csv --claims 12,14,15
  workbench export iraq.db --format claimreview -o reviews.jsonld --url https://example.org/checks/iraq
  workbench export iraq.db --format json -o report.json --analyst "J. Doe" --json
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


# -- export ------------------------------------------------------------------------------------


def _check_status(value: str | None) -> None:
    from workbench.core.store.validate import StoreError, check_status

    if value is not None:
        try:
            check_status(value)
        except StoreError as exc:
            raise common.CliError(str(exc)) from None


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
