"""Look-alike events: links across two real events told with the same words (ECB+ dev topics).

    .venv/bin/python benchmarks/matching_events.py             # semantic and lexical
    .venv/bin/python benchmarks/matching_events.py --no-semantic

Each dev topic of ../shared/corpus/articles/ecbplus (8, 12, 24) holds two different real events
of one kind (two bank bombings, two pirate captures, ...), each told by many outlets. One
project per topic is built with the import pipeline (extraction, and embedding when semantic
matching is on), then `match_project` runs; a duplicate or conflict link between claims of
articles about the same event counts as same-event, one between the two events as cross-event.
Goal (issue 11): cross-event links <= 1 % of all links, with >= 200 same-event links.

`--one-event`: each event's articles alone as a project (six projects), counting all links: what
the look-alike rules cost a project about one event, where no name is rare (compare with main).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.core.actions.importing import import_paths  # noqa: E402
from workbench.core.match.project import match_project  # noqa: E402
from workbench.core.store import Store  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles" / "ecbplus"


def run(topic: str, semantic: bool, workdir: Path, only: str | None = None) -> tuple[int, int, list[tuple[str, str, str]]]:
    files = sorted((CORPUS / f"t{topic}").glob("*.txt"))
    if only:
        files = [f for f in files if f.stem.endswith(only)]
    store = Store.open(workdir / f"t{topic}{only or ''}-{'sem' if semantic else 'lex'}.db")
    store.set_setting("matching.semantic", "on" if semantic else "off")
    import_paths(store, files, match=False)
    match_project(store, semantic=semantic)
    event_of = {}
    for art in store.articles(with_text=False):
        name = Path(art.get("file") or art.get("title") or "").name
        event_of[art["id"]] = "ecbplus" if "ecbplus" in name else "ecb"
    claims = {c["id"]: c for c in store.claims_for_matching()}
    same = cross = 0
    examples = []
    for lk in store.links():
        if lk["relation"] not in ("duplicate", "conflict"):
            continue
        a, b = claims[lk["claim_a"]], claims[lk["claim_b"]]
        if event_of[a["article_id"]] == event_of[b["article_id"]]:
            same += 1
        else:
            cross += 1
            examples.append((lk["relation"], a["text"], b["text"]))
    store.close()
    return same, cross, examples


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-semantic", action="store_true")
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--one-event", action="store_true", help="each event's articles alone as a project")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} not found", file=sys.stderr)
        return 2
    with open(CORPUS / "index.tsv", encoding="utf-8") as fh:
        topics = sorted({r["topic"] for r in csv.DictReader(fh, delimiter="\t") if r.get("split") == "dev"}, key=int)
    modes = [False] if args.no_semantic else [True, False]
    if args.one_event:
        with tempfile.TemporaryDirectory() as tmp:
            for semantic in modes:
                counts = {f"t{t} {ev}": sum(run(t, semantic, Path(tmp), ev)[:2]) for t in topics for ev in ("ecb", "ecbplus")}
                print(f"{'semantic' if semantic else 'lexical':9} one event per project: {sum(counts.values())} links "
                      f"({', '.join(f'{k} {v}' for k, v in counts.items())})")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for semantic in modes:
            t0 = time.perf_counter()
            total_same = total_cross = 0
            shown = []
            for topic in topics:
                same, cross, ex = run(topic, semantic, Path(tmp))
                print(f"  topic {topic:>3} {'semantic' if semantic else 'lexical':9}: {same} same-event links, "
                      f"{cross} cross-event", flush=True)
                total_same += same
                total_cross += cross
                shown += ex
            rate = total_cross / max(1, total_same + total_cross)
            print(f"{'semantic' if semantic else 'lexical':9} all dev topics: {total_same} same-event, {total_cross} "
                  f"cross-event links ({100 * rate:.1f} %), {time.perf_counter() - t0:.0f} s")
            for rel, a, b in shown[:args.examples]:
                print(f"    cross-event {rel}: {a!r} / {b!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
