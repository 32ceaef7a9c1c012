"""`workbench tag`, `workbench evidence`: assess claims from scripts.

Both call the same core actions as the window (workbench.core.actions), so a change made here
leaves the same history rows, with the same labels, as the same change made in the inspector.
"""

from __future__ import annotations

import argparse
from typing import Any

from workbench.cli import common
from workbench.core.vocab import RELIABILITY_GRADES, SourceKind, Status

TAG_EXAMPLES = """\
  workbench tag iraq.db 12 --status verified --confidence high
  workbench tag iraq.db 14 --status disputed --source "Lt Gen Qassem Atta" --reliability C \\
      --note "Government figure; Reuters reports dozens."
  workbench tag iraq.db 15 --status false --json
  workbench tag iraq.db 16 --status disputed --only-this   # this claim alone, apart from its fact
"""

EVIDENCE_EXAMPLES = """\
  workbench evidence iraq.db 12 3 --stance supports --note "Reuters confirms the seizure"
  workbench evidence iraq.db 15 4 --stance contradicts --json
"""


def register(subparsers: Any) -> None:
    statuses = [s.value for s in Status]

    p = common.add_command(
        subparsers, "tag",
        "Rate a claim's fact (status, confidence, notes reach every claim of the fact) and set the claim's source.",
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
    p.add_argument("--note", metavar="TEXT", help="text appended to the fact's notes (the claim's with --only-this)")
    p.add_argument("--only-this", action="store_true",
                   help="rate this claim alone: it keeps its own verdict, apart from its fact")
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


def cmd_tag(args: argparse.Namespace) -> int:
    from workbench.core.actions.tagging import tag_claim
    from workbench.core.store import StoreError
    from workbench.core.store.validate import check_status

    if not any(v is not None for v in (args.status, args.confidence, args.source, args.note, args.reliability)):
        raise common.CliError("nothing to change: give --status, --confidence, --source, --reliability or --note")
    if args.reliability and not args.source:
        raise common.CliError("--reliability grades a source: give --source NAME too")
    try:
        if args.status is not None:
            check_status(args.status)  # before opening the project, as the other argument checks
    except StoreError as exc:
        raise common.CliError(str(exc)) from exc
    store = common.open_project(args.project, for_writing=True)
    try:
        try:
            tagged = tag_claim(
                store, args.claim_id, status=args.status, confidence=args.confidence, source=args.source,
                source_kind=args.source_kind, reliability=args.reliability, note=args.note,
                only_this=args.only_this,
            )
        except StoreError as exc:
            raise common.CliError(str(exc)) from exc
        claim = store.claim(args.claim_id)
        fact = None
        if claim.get("fact_id") is not None:
            from workbench.core.facts import fact_summaries

            fact = fact_summaries(store, [claim["fact_id"]], refresh=False)[0]
    finally:
        store.close()
    created_source = tagged.source_created
    out = {
        "id": claim["id"], "article_id": claim["article_id"], "text": claim["text"], "status": claim["status"],
        "confidence": claim["confidence"], "source": claim["source"], "source_reliability": claim["source_reliability"],
        "notes": claim["notes"], "source_created": created_source,
        "fact_id": claim.get("fact_id"), "claims_covered": tagged.claims, "only_this": bool(args.only_this),
        "own_verdict": bool(claim.get("verdict_apart")),
        "fact_status": fact["status"] if fact else None, "rating_conflict": bool(fact and fact["rating_conflict"]),
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
        if fact is not None and (args.status is not None or args.confidence is not None):
            if args.only_this:
                print(f"  set apart from fact {fact['id']} ({len(fact['claims'])} claims, verdict {fact['status']})"
                      + ("; the fact shows a rating conflict" if fact["rating_conflict"] else ""))
            elif tagged.claims > 1:
                n = tagged.claims
                print(f"  rated fact {fact['id']}: {n} claim{'s' if n != 1 else ''} in "
                      f"{len(fact['articles'])} article{'s' if len(fact['articles']) != 1 else ''} now show it")
    return 0


def cmd_evidence(args: argparse.Namespace) -> int:
    from workbench.core.actions.evidence import add_evidence
    from workbench.core.store import StoreError

    store = common.open_project(args.project, for_writing=True)
    try:
        try:
            evidence_id = add_evidence(store, args.claim_id, args.article_id, args.stance, args.note or "").row_id
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
