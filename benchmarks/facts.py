"""How long facts take on a big project: grouping from the links, the no-op check, summaries.

Builds (once, cached) a project like benchmarks/ui_filter.py's (default 20,000 claims), links a
random tenth of the claims as confirmed duplicates in chains and adds some conflict links, then
times what the window and the CLI do: the first grouping, the cheap "nothing changed" check, a
regrouping after a re-match, every fact's summary (the Facts view's "2+ articles" filter and
`workbench facts`), the ids largest first (the Facts view's default) and the debt counts.

    .venv/bin/python benchmarks/facts.py [--claims 20000] [--project /tmp/facts_bench.wbproj]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ui_filter import build  # noqa: E402

from workbench.core.facts import fact_summaries, regroup, verification_debt  # noqa: E402
from workbench.core.store import ClaimFilter, Store  # noqa: E402


def add_links(store: Store, rng: random.Random, ids: list[int], count: int) -> None:
    found = []
    for _ in range(count):
        a, b = rng.sample(ids, 2)
        conflict = rng.random() < 0.1
        found.append({"claim_a": a, "claim_b": b, "relation": "conflict" if conflict else "duplicate",
                      "score": rng.uniform(70, 100), "state": "suggested" if conflict else "confirmed"})
    store.save_links(found, scope_claim_ids=set())


def timed(label: str, fn) -> object:  # noqa: ANN001
    started = time.perf_counter()
    result = fn()
    print(f"{label:<48} {1000 * (time.perf_counter() - started):9.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--project", type=Path, default=Path("/tmp/facts_bench.wbproj"))
    args = parser.parse_args()
    base = args.project.with_suffix(".base")
    if not base.exists():
        build(base, args.claims)
    shutil.copyfile(base, args.project)
    rng = random.Random(7)
    with Store.open(args.project) as store:
        ids = store.query_claim_ids(ClaimFilter())
        add_links(store, rng, ids, len(ids) // 10)
        summary = timed(f"first grouping ({len(ids):,} claims)", lambda: regroup(store))
        timed("nothing changed (the check every reader makes)", lambda: regroup(store))
        add_links(store, rng, ids, 100)
        timed("regrouping after a re-match (+100 links)", lambda: regroup(store))
        facts = timed("every fact's summary", lambda: fact_summaries(store, refresh=False))
        timed("fact ids largest first", store.fact_ids_by_size)
        timed("verification debt", lambda: verification_debt(store))
        print(f"{len(facts):,} facts, {summary.multi_claim_facts if summary else 0:,} of two or more claims")  # type: ignore[union-attr, arg-type]


if __name__ == "__main__":
    main()
