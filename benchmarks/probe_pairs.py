"""Invented claim pairs about news events: does `compare` call a duplicate exactly the pairs that are one?

The dev analogue of the held-out "event pairs" acceptance: sets of pairs the team wrote by hand, in
words of their own (a capital for its government, phrasal verbs, figures and dates written another
way, dates a day apart, opposite outcomes, figures that differ), each labelled `duplicate`,
`conflict` or `not` (any relation but a duplicate). Each set was written before matching was
changed for it and scored first as it stood; the misses it found were then fixed with general
rules (knowledge tables, figure rules), so a set is held out only until its first run (first-run
scores in docs/matching.md). Write a new set to test again.

Sets in `data/held_out/` are written by someone who has not read the rules or earlier sets, and
scored with `--blind` until they are let go: per set only the count right, and per kind of miss
("want not, got duplicate") only how many, never the pairs, so no rule can be fitted to them. The
writers' brief is `data/held_out/BRIEF.md`.

    python benchmarks/probe_pairs.py [--no-semantic] [--blind] [FILE.tsv ...]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.match.compare import compare_many  # noqa: E402
from workbench.core.vocab import Relation  # noqa: E402

SETS = Path(__file__).resolve().parent / "data" / "probe_pairs"


def right(want: str, relation: str) -> bool:
    """`not` is any relation but a duplicate; otherwise the relation itself."""
    return relation != Relation.DUPLICATE.value if want == "not" else relation == want


def score(path: Path, semantic: bool) -> tuple[int, int, list[tuple[str, str]]]:
    """(pairs right, pairs, misses as (kind of miss, the pair shown))."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    found = compare_many([(r["a"], r["b"]) for r in rows], semantic=semantic)
    misses = [(f"want {r['want']}, got {c.relation}",
               f"  want {r['want']}, got {c.relation} ({c.probability:.2f}): {r['a']} | {r['b']}")
              for r, c in zip(rows, found, strict=True) if not right(r["want"], c.relation)]
    return len(rows) - len(misses), len(rows), misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="TSV sets (columns a, b, want); default: all in " + str(SETS))
    ap.add_argument("--no-semantic", dest="semantic", action="store_false", help="the lexical path only")
    ap.add_argument("--blind", action="store_true",
                    help="print no pair: per set the count right, then how many misses of each kind")
    args = ap.parse_args()
    total = right_total = 0
    kinds: Counter[str] = Counter()
    for path in args.files or sorted(SETS.glob("*.tsv")):
        ok, n, misses = score(path, args.semantic)
        total, right_total = total + n, right_total + ok
        print(f"{path.name:<12} {ok:>3} / {n:<3}")
        kinds.update(kind for kind, _ in misses)
        if misses and not args.blind:
            print("\n".join(shown for _, shown in misses))
    print(f"{'all':<12} {right_total:>3} / {total:<3} ({'semantic' if args.semantic else 'lexical'})")
    if args.blind:
        for kind, n in sorted(kinds.items()):
            print(f"{n:>4}  {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
