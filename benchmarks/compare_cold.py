"""What one comparing process of `cluster` costs, with its caches as cold as they are there.

`cluster` reads its claims (`matching.prepare`) in forked processes whose per-text caches die with
them, then forks the comparing processes from the parent: every reading a comparison asks of a
claim that is neither in the prepared claim nor in its view (`compare.claim_view`) is read again
there, once per claim and process. A run in one process hides that cost, because `prepare` has
just filled the same caches (stop 38's regression, found in stop 39: docs/matching.md). This
reads the claims in one process, clears every `lru_cache` and the shared-results table, then
times `find_links` alone (CPU seconds; `--profile FILE` writes a cProfile of it).

    .venv/bin/python benchmarks/compare_cold.py /tmp/dense8k.txt
    .venv/bin/python benchmarks/compare_cold.py /tmp/dense8k.txt --tree /work/wt-old   # another tree's code

Lines: one claim per line (`matching_dense.generate` writes dense families). Compare trees by
alternating runs: CPU seconds on a loaded machine still move by ~10 %.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import os
import sys
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("lines", type=Path, help="a text file, one claim per line")
    ap.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1],
                    help="the source tree whose workbench package to run (default: this one)")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the comparing step here")
    args = ap.parse_args()
    sys.path.insert(0, str(args.tree))
    from workbench.core.match import matching

    texts = args.lines.read_text(encoding="utf-8").splitlines()
    start = time.process_time()
    prep = matching.prepare(texts, workers=1)
    read = time.process_time() - start
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):
            obj.cache_clear()
    from workbench.core import text_caches

    getattr(text_caches, "_SHARED", {}).clear()  # (none before stop 38)
    profiler = cProfile.Profile() if args.profile else None
    start = time.process_time()
    if profiler:
        profiler.enable()
    links = matching.find_links(texts, prep=prep, workers=1, reasons=False, rows=True)
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    compared = time.process_time() - start
    print(f"{args.tree}: {len(texts)} lines, reading {read:.1f} CPU s, comparing (caches cold) {compared:.1f} CPU s, "
          f"{len(links)} links, load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
