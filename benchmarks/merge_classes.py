"""False merges of `cluster` on the chronicle or dispatch generator, counted by the slot the two
families' gold facts differ in and, where one slot differs, by its two values ("event:
vote_ballots / vote_invalid", "actor: army / militia"): which general reading would remove the
most pairs. (`--errors N` in each generator samples pairs by slot; this counts them by value.)

    PYTHONPATH=$PWD .venv/bin/python benchmarks/merge_classes.py dispatch 20000 --top 30
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from family_scoring import pair_counts, pr  # noqa: E402


def _generated(generator: str, size: int, seed: int | None) -> tuple[list[str], list[int], list[Any],
                                                                        tuple[str, ...], Callable[[Any, str], Any]]:
    """(texts, family of each line, fact of each family, the facts' slots, a slot's value)."""
    if generator == "chronicle":
        import matching_chronicle as chronicle

        texts, family, _, facts, _ = chronicle.generate(size, 6 if seed is None else seed)
        return texts, family, list(facts), ("domain", "event", "figure", "place", "day"), getattr
    import matching_dispatch as dispatch

    fields = ("actor", "event", "figure", "thing", "place", "day")
    texts, family, tuples, _ = dispatch.generate(size, 8 if seed is None else seed)
    return texts, family, list(tuples), fields, lambda fact, slot: fact[fields.index(slot)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("generator", choices=["chronicle", "dispatch"])
    ap.add_argument("size", type=int)
    ap.add_argument("--seed", type=int, default=None, help="the generator's own seed by default")
    ap.add_argument("--top", type=int, default=25, help="value classes shown")
    args = ap.parse_args()
    from workbench.core.match.matching import cluster_texts

    texts, family, facts, fields, value = _generated(args.generator, args.size, args.seed)
    w0 = time.perf_counter()
    groups, _ = cluster_texts(texts, semantic=False)
    p, r = pr(*pair_counts(groups, family))
    load = Path("/proc/loadavg").read_text().split()[:3]
    print(f"{args.generator} {args.size} lexical: P {p:.3f} R {r:.3f}  wall {time.perf_counter() - w0:.1f} s  "
          f"load {' '.join(load)}")
    by_slot: Counter[str] = Counter()
    by_value: Counter[str] = Counter()
    for members in groups:
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if family[i] == family[j]:
                    continue
                fa, fb = facts[family[i]], facts[family[j]]
                slots = [s for s in fields if value(fa, s) != value(fb, s)]
                by_slot["+".join(slots) if len(slots) <= 2 else "3+ slots"] += 1
                if len(slots) == 1:
                    a, b = sorted([str(value(fa, slots[0])), str(value(fb, slots[0]))])
                    by_value[f"{slots[0]}: {a} / {b}"] += 1
    print(f"false merges: {sum(by_slot.values())} pairs")
    for name, count in by_slot.most_common():
        print(f"  {count:7d}  {name}")
    print("one slot apart, by value:")
    for name, count in by_value.most_common(args.top):
        print(f"  {count:7d}  {name}")


if __name__ == "__main__":
    main()
