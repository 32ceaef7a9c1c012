"""`workbench export`: write the sourced verification report of a project (the core's export action)."""

from __future__ import annotations

import argparse
import sys
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
    from workbench.core.report.options import FORMATS, GROUPINGS

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
    p.add_argument("--title", default=None,
                   help='report title (default: the project\'s report title, else "Verification report")')
    p.add_argument("--analyst", default=None, help="analyst name (default: from settings)")
    p.add_argument("--organisation", default=None, help="organisation publishing the report (default: from settings)")
    p.add_argument("--url", default=None,
                   help="absolute http(s) address where the report will be published (ClaimReview needs it)")
    p.add_argument("--per", choices=("fact", "claim"), default="fact",
                   help="one entry per fact (default: every appearance of a statement together) or per claim")
    p.add_argument("--include-unrated", action="store_true",
                   help="with --per fact: include the facts not rated yet (default: rated facts only)")
    p.add_argument("--date", default=None, help="report date YYYY-MM-DD (default: today)")
    p.add_argument("--generated-at", default=None, help="pin the generated-at stamp (ISO), for reproducible output")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(func=cmd_export)


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


def _pdf_bytes(report: dict[str, Any]) -> bytes:
    """The Qt PDF renderer, imported only when a PDF is asked for (the CLI stays quick without it)."""
    from workbench.ui.export.pdf import render_pdf

    return render_pdf(report)


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.core.actions.export import export_report, guess_format
    from workbench.core.report.options import ReportError, ReportOptions, validate_options

    fmt = args.format or guess_format(args.output)
    from workbench.core.report.claimreview import NO_URL_WARNING, ReviewUrlError, check_review_url

    try:
        if args.url is not None or (fmt == "claimreview" and args.per == "fact"):
            check_review_url(args.url)  # a bad address is refused before anything is read or written
    except ReviewUrlError as exc:
        raise common.CliError(f"--url: {exc}") from None
    if fmt == "claimreview" and args.url is None:
        print(f"warning: {NO_URL_WARNING}", file=sys.stderr)
    options = ReportOptions(
        title=args.title, analyst=args.analyst, organisation=args.organisation,
        statuses=args.status, claim_ids=_parse_ids(args.claims), group_by=args.group_by,
        generated_at=args.generated_at, date=args.date, report_url=args.url,
        extra={"per": args.per, "include_unrated": args.include_unrated},
    )
    try:
        validate_options(options)
    except ReportError as exc:
        raise common.CliError(str(exc)) from exc
    if args.output == "-" and fmt == "pdf":
        raise common.CliError("PDF cannot be written to standard output; give a file with -o")
    store = common.open_project(args.project)
    try:
        output = sys.stdout.buffer if args.output == "-" else args.output
        result = export_report(store, options, fmt, output, renderers={"pdf": _pdf_bytes})
    except ReportError as exc:
        raise common.CliError(str(exc)) from exc
    finally:
        store.close()
    if args.output == "-":
        sys.stdout.flush()
        return 0
    if args.json:
        common.print_json(result.as_dict())
    elif result.facts is not None:
        n = result.facts
        print(f"wrote {result.path} ({fmt}, {n} fact{'' if n == 1 else 's'} from {result.articles} articles)")
    else:
        print(f"wrote {result.path} ({fmt}, {result.claims} claims, {result.articles} articles cited)")
    return 0
