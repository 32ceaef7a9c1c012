"""Project commands: new, import, articles, claims."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.cli.common import CliError, Progress, add_command, open_project, print_json
from workbench.core.vocab import Status

CLAIM_KEYS = (
    "id", "article_id", "text", "quote", "start", "end", "speaker", "relayed_by", "speaker_anonymous", "status",
    "confidence", "source", "source_reliability", "notes", "hedged", "kind", "quantities", "dates", "cluster_id",
    "outlet", "article_title", "published", "duplicates", "conflicts", "fact_id", "derived_from",
)


def register(subparsers: Any) -> None:
    p = add_command(subparsers, "new", "Create an empty project file.", "  workbench new iraq.db\n")
    p.add_argument("project", help="path of the project file to create")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_new)

    p = add_command(
        subparsers, "import",
        "Import article files (.txt, .md, .html) or folders of them, extract their claims and match them.",
        "  workbench import iraq.db ../shared/samples/\n  workbench import iraq.db saved-page.html notes.md --json\n",
    )
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    p.add_argument("--no-match", action="store_true", help="do not match the new claims against the project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = add_command(subparsers, "articles", "List the project's articles.",
                    "  workbench articles iraq.db\n  workbench articles iraq.db --json\n")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_articles)

    p = add_command(
        subparsers, "claims", "List claims, filtered by article, status or words (full-text search).",
        "  workbench claims iraq.db --status unverified\n"
        "  workbench claims iraq.db --article 2 --search \"soldiers killed\" --json\n",
    )
    p.add_argument("project")
    p.add_argument("--article", type=int, help="only claims of this article id")
    p.add_argument("--status", action="append", choices=[s.value for s in Status],
                   help="only claims with this status (repeatable)")
    p.add_argument("--search", help="words the claim must contain (prefix match on the last word)")
    p.add_argument("--all-kinds", action="store_true", help="include headlines, opinion and boilerplate")
    p.add_argument("--top-level", action="store_true",
                   help="leave out claims derived from another (a claim's core without its time and place)")
    p.add_argument("--sort", default="position", help="position, text, speaker, status, confidence, source, article")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_claims)


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.project)
    if path.exists():
        raise CliError(f"{path}: already exists (open it, or choose another name)")
    if not path.parent.exists():
        raise CliError(f"{path.parent}: no such folder")
    store = open_project(path, must_exist=False)
    store.close()
    if args.json:
        print_json({"project": str(path), "created": True})
    else:
        print(f"created {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.core.actions.importing import import_paths

    store = open_project(args.project, for_writing=True)
    with store:
        result = import_paths(store, args.paths, progress=Progress("importing", enabled=not args.json),
                              match=not args.no_match)
        if args.json:
            print_json(result.to_dict())
        else:
            print(f"imported {len(result.imported)} article(s) with {len(result.new_claim_ids)} claims; "
                  f"{len(result.duplicates)} already in the project; {len(result.errors)} failed")
            for dup in result.duplicates:
                print(f"  already imported: {dup}")
        for warning in result.warnings:
            print(f"workbench: warning: {warning}", file=sys.stderr)
        for error in result.errors:
            print(f"workbench: error: {error}", file=sys.stderr)
        if result.match_error:
            print(f"workbench: warning: {result.match_error}", file=sys.stderr)
    return 1 if result.errors else 0


def cmd_articles(args: argparse.Namespace) -> int:
    store = open_project(args.project)
    with store:
        rows = store.articles()
    if args.json:
        keys = ("id", "title", "outlet", "author", "published", "url", "file", "claims", "checked", "wire_group",
                "imported", "text")
        print_json([{k: row.get(k) for k in keys} for row in rows])
        return 0
    if not rows:
        print("no articles yet (add some with `workbench import`)")
    for row in rows:
        print(f"{row['id']:>4}  {row['published'] or '----------'}  {(row['outlet'] or '?')[:20]:<20}  "
              f"{row['claims']:>3} claims  {row['title'] or row['file']}")
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    from workbench.core.store import SORT_KEYS, ClaimFilter

    if args.sort not in SORT_KEYS:
        raise CliError(f"cannot sort by {args.sort!r} (use {', '.join(SORT_KEYS)})")
    store = open_project(args.project)
    flt = ClaimFilter(article_id=args.article, statuses=args.status, search=args.search, derived=not args.top_level)
    if args.all_kinds:
        flt.kinds = None
    with store:
        from workbench.core.facts import ensure_facts

        ensure_facts(store)  # `status` is the effective verdict: the fact's unless set apart
        rows = store.claims(flt, sort=args.sort)
    if args.json:
        print_json([{k: row.get(k) for k in CLAIM_KEYS} for row in rows])
        return 0
    for row in rows:
        who = f" — {row['speaker']}" if row["speaker"] else ""
        nested = f"  ↳ (of {row['derived_from']}) " if row.get("derived_from") else ""
        print(f"{row['id']:>5}  [{row['status']:<12}] {nested}{row['text']}{who}")
    if not rows:
        print("no claims match")
    return 0
