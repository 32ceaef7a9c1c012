"""How fast the claims table filters and sorts on a 100,000-claim project.

Builds (once, cached) a project of 1,000 articles x 100 claims, then times what the window does
while the analyst types in the filter box or clicks a column header: the store's SQL/FTS5 id
query, the model reset, the first page of rows, and a paint of the visible table.

    .venv/bin/python benchmarks/ui_filter.py [--claims 100000] [--project /tmp/ui_bench.wbproj]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.ingest.reader import content_hash  # noqa: E402
from workbench.core.model import ExtractedClaim, ImportedArticle  # noqa: E402
from workbench.core.store import SORT_KEYS, ClaimFilter, Store  # noqa: E402

WORDS = ["soldiers", "killed", "fighting", "border", "crossing", "militants", "seized", "town", "airport", "refugees", "fled", "homes", "advisers", "embassy", "minister", "said", "officials", "reported", "army", "retook", "province", "hundreds", "dozens", "thousands", "people", "Mosul", "Baghdad", "Kerry", "Maliki", "support", "intense", "sustained", "elections", "government", "forces"]
SPEAKERS = [None, None, "an official", "Reuters", "the ministry", "witnesses", "Lieutenant General Qassem Atta"]
STATUSES = ["unverified"] * 6 + ["verified", "disputed", "false", "unverifiable"]


def build(path: Path, claims: int, per_article: int = 100) -> None:
    rng = random.Random(42)
    started = time.perf_counter()
    with Store.open(path) as store:
        for a in range(claims // per_article):
            sentences = [f"{' '.join(rng.choice(WORDS) for _ in range(rng.randint(7, 16))).capitalize()}."
                         for _ in range(per_article)]
            text = "\n\n".join(sentences) + f"\n\nArticle {a}."
            extracted, pos = [], 0
            for sentence in sentences:
                start = text.index(sentence, pos)
                pos = start + len(sentence)
                extracted.append(ExtractedClaim(text=sentence, quote=sentence, start=start, end=pos,
                                                speaker=rng.choice(SPEAKERS)))
            article_id = store.add_article(
                ImportedArticle(text=text, title=f"Article {a:04d} about {rng.choice(WORDS)}",
                                outlet=f"Outlet {a % 37}", published=f"2014-{1 + a % 12:02d}-{1 + a % 28:02d}",
                                content_hash=content_hash(text)), extracted)
            assert article_id is not None
        ids = store.query_claim_ids(ClaimFilter())
        with store.atomic():  # a realistic mix of statuses, through the store, in one transaction
            for cid in ids:
                status = rng.choice(STATUSES)
                if status != "unverified":
                    store.update_claim(cid, action="benchmark", status=status)
    print(f"built {claims:,} claims in {time.perf_counter() - started:.1f} s -> {path}")


def timed(fn, repeat: int = 5) -> tuple[float, object]:  # noqa: ANN001
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--project", type=Path, default=Path("/tmp/ui_bench_100k.wbproj"))
    args = parser.parse_args()
    if not args.project.exists():
        build(args.project, args.claims)

    from PySide6.QtWidgets import QApplication

    from workbench.ui.app import create_application
    from workbench.ui.context import ProjectContext
    from workbench.ui.views.claims_table import ClaimsPanel

    app = create_application(theme="light")
    store = Store.open(args.project)
    total = store.count_claims(ClaimFilter(kinds=None))
    print(f"\nproject: {total:,} claims, {len(store.article_ids()):,} articles  (median of 5 runs, ms)\n")

    print("store.query_claim_ids (SQL + FTS5), all articles:")
    cases: list[tuple[str, ClaimFilter, str, bool]] = [
        ("no filter, reading order", ClaimFilter(), "position", False),
        ("status = disputed", ClaimFilter(statuses=["disputed"]), "position", False),
        ("one article", ClaimFilter(article_id=500), "position", False),
    ]
    for prefix in ("s", "so", "sol", "sold", "soldiers", "soldiers k", "soldiers killed", "soldiers killed mos"):
        cases.append((f"typing {prefix!r:22}", ClaimFilter(search=prefix), "position", False))
    cases.append(("'soldiers' + unverified", ClaimFilter(search="soldiers", statuses=["unverified"]), "position", False))
    for key in SORT_KEYS:
        cases.append((f"sort by {key}", ClaimFilter(), key, False))
        cases.append((f"sort by {key} desc", ClaimFilter(), key, True))
    worst = 0.0
    for label, flt, sort, desc in cases:
        ms, ids = timed(lambda flt=flt, sort=sort, desc=desc: store.query_claim_ids(flt, sort, desc))
        worst = max(worst, ms) if "sort" not in label else worst
        print(f"  {label:34} {ms:8.1f} ms  {len(ids):>7,} rows")  # type: ignore[arg-type]

    ctx = ProjectContext(store)
    panel = ClaimsPanel(ctx)
    panel.resize(1200, 500)
    panel.set_scope("all")
    panel.show()
    app.processEvents()
    model = panel.model
    background = model._runner is not None
    print(f"\nwindow path (filter box -> query -> model reset -> first page -> paint); background queries: {background}")
    print("  'UI blocked' is how long the UI thread is busy; 'results' is until the table shows them")

    def wait_for(signal_fn) -> tuple[float, float]:  # noqa: ANN001
        """Run an action; return (ms the UI thread was blocked, ms until the new rows are painted)."""
        from PySide6.QtCore import QEventLoop

        got = []
        loop = QEventLoop()
        model.countsChanged.connect(loop.quit)
        model.layoutChanged.connect(loop.quit)
        t0 = time.perf_counter()
        signal_fn()
        blocked = (time.perf_counter() - t0) * 1000
        if model.querying:
            loop.exec()
        panel.table.viewport().repaint()
        app.processEvents()
        got.append((time.perf_counter() - t0) * 1000)
        model.countsChanged.disconnect(loop.quit)
        model.layoutChanged.disconnect(loop.quit)
        return blocked, got[0]

    for text in ("", "s", "sold", "soldiers killed", "zzzz", ""):
        runs = [wait_for(lambda text=text: panel.set_search(text)) for _ in range(5)]
        blocked = statistics.median(r[0] for r in runs)
        done = statistics.median(r[1] for r in runs)
        print(f"  search {text!r:20} UI blocked {blocked:6.1f} ms, results {done:7.1f} ms, "
              f"{model.rowCount():>7,} rows")
    from PySide6.QtCore import Qt

    for column, key in ((1, "text"), (2, "speaker"), (3, "status"), (6, "article"), (8, "conflicts")):
        runs = []
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder) * 2:
            runs.append(wait_for(lambda column=column, order=order: panel.table.sortByColumn(column, order)))
        blocked = statistics.median(r[0] for r in runs)
        done = statistics.median(r[1] for r in runs)
        print(f"  click header {key:11} UI blocked {blocked:6.1f} ms, results {done:7.1f} ms")
    ms, _ = timed(lambda: store.update_claim(model.claim_id(5), status="verified" if
                                              store.claim(model.claim_id(5))["status"] != "verified" else "false"))
    print(f"  tag one claim (write + row refresh) {ms:6.1f} ms")
    print(f"\nmodel memory: {model.rowCount():,} ids, {model.cached_count()} cached rows, {model.fetches} page fetches")
    print(f"worst filter query while typing: {worst:.1f} ms")
    panel.shutdown()
    panel.close()
    ctx.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
