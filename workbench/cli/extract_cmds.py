"""`workbench extract`: claims of article files without a project."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.cli.common import CliError, add_command, print_json
from workbench.core.vocab import ClaimKind

#: the reader's reason when a page holds nothing but navigation and furniture
NO_ARTICLE_TEXT = "no article text"


def register(subparsers: Any) -> None:
    p = add_command(
        subparsers, "extract", "Print the atomic claims of article files (no project needed).",
        "  workbench extract article.txt\n  workbench extract page.html other.txt --json\n",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--all-kinds", action="store_true", help="also show headlines, opinion and boilerplate")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_extract)


def cmd_extract(args: argparse.Namespace) -> int:
    from workbench.core.extract.extractor import extract_claims
    from workbench.core.ingest.reader import IngestError, expand_paths, read_article

    files, errors = expand_paths(args.files)
    notes: list[str] = []  # texts with nothing to extract: reported, not failures of the run
    out: list[dict[str, Any]] = []
    for path in files:
        try:
            article = read_article(path)
        except IngestError as exc:
            (notes if NO_ARTICLE_TEXT in str(exc) else errors).append(str(exc))
            continue
        claims = extract_claims(article.text, published=article.published, title=article.title)
        if not any(c.kind == "claim" for c in claims):
            notes.append(f"{path}: no claims (only boilerplate, headlines or opinion)")
        out.append({
            "file": path.name, "title": article.title, "outlet": article.outlet, "author": article.author,
            "published": article.published, "url": article.url, "body": article.text,
            "claims": [c.to_dict() for c in claims if args.all_kinds or args.json or c.kind == ClaimKind.CLAIM.value],
        })
    if args.json:
        print_json(out)
    else:
        for item in out:
            print(f"# {item['title']} ({item['outlet'] or 'unknown outlet'}, {item['published'] or 'undated'})")
            for n, claim in enumerate(item["claims"], 1):
                who = f"  — {claim['speaker']}" if claim["speaker"] else ""
                flags = " [hedged]" if claim["hedged"] else ""
                print(f"{n:>3}. {claim['text']}{who}{flags}")
            print()
    for note in notes:
        print(f"workbench: note: {note}", file=sys.stderr)
    for error in errors:
        print(f"workbench: error: {error}", file=sys.stderr)
    if errors and not out:
        raise CliError(f"{len(errors)} file(s) could not be read")
    return 1 if errors else 0
