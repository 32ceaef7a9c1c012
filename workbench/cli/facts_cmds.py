"""`workbench facts`: the project's facts (claims that state the same thing across articles), verified once."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.cli.common import CliError, add_command, open_project, print_json
from workbench.core.vocab import Status

FACT_KEYS = (
    "id", "text", "claims", "articles", "outlets", "independent_sources", "status", "confidence",
    "rating_conflict", "conflicting_facts", "apart_claims", "first_published", "evidence", "notes",
)


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers, "facts",
        "List the project's facts, largest first: each groups the claims that state the same thing.",
        "  workbench facts iraq.db\n  workbench facts iraq.db --status unverified --json\n"
        "  workbench facts iraq.db --conflicts     # conflicting versions or rating conflicts only\n",
    )
    p.add_argument("project", help="the project file")
    p.add_argument("--status", action="append", choices=[s.value for s in Status],
                   help="only facts with this verdict (repeatable)")
    p.add_argument("--conflicts", action="store_true",
                   help="only facts with a conflicting version or a rating conflict")
    p.add_argument("--min-claims", type=int, default=1, metavar="N", help="only facts of at least N claims")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_facts)


def cmd_facts(args: argparse.Namespace) -> int:
    from workbench.core.facts import fact_summaries, filter_facts

    if args.min_claims < 1:
        raise CliError("--min-claims must be 1 or more")
    store = open_project(args.project)
    with store:
        facts = filter_facts(fact_summaries(store), statuses=args.status, conflicts=args.conflicts)
    facts = [f for f in facts if len(f["claims"]) >= args.min_claims]
    if args.json:
        print_json({"facts": [{k: f[k] for k in FACT_KEYS} for f in facts]})
        return 0
    if not facts:
        print("no facts match")
    for f in facts:
        flags = []
        if f["rating_conflict"]:
            flags.append("RATING CONFLICT")
        if f["conflicting_facts"]:
            flags.append("conflicts with fact " + ", ".join(map(str, f["conflicting_facts"])))
        extra = f"  [{'; '.join(flags)}]" if flags else ""
        print(f"fact {f['id']:>5}  [{f['status']:<12}] {len(f['claims'])} claims, {len(f['articles'])} articles, "
              f"{f['independent_sources']} independent: {f['text']}{extra}")
    return 0
