"""How long the window's UI thread is blocked by an edit's re-match and by regrouping facts.

Builds (once, cached) the 20,000-claim project of benchmarks/facts.py (links in chains, facts
grouped), then, side by side:

- before (what the window did until the re-match and regrouping moved off the UI thread): the
  core edit with its re-match run inline, and `ensure_facts` after a link change, both timed on
  the calling thread;
- now: the same edit and link decision through the window's commands (ui.derived), timing the
  call itself, the longest stall of the UI thread's event loop while the background job runs
  (a 10 ms timer measures its gaps), and the time until the job has landed.

    .venv/bin/python benchmarks/ui_background.py [--claims 20000] [--project /tmp/ui_background.wbproj]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKBENCH_SEMANTIC", "0")  # the lexical path: the same work before and now
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from facts import add_links  # noqa: E402
from ui_filter import build  # noqa: E402

from workbench.core.actions import claims, links  # noqa: E402
from workbench.core.facts import ensure_facts  # noqa: E402
from workbench.core.store import ClaimFilter, Store  # noqa: E402

NEW_TEXT = "Militants seized the border crossing with Syria on Sunday, killing 40 soldiers, officials said."


def prepare(base: Path, project: Path, count: int) -> None:
    if not base.exists():
        build(base, count)
        with Store.open(base) as store:
            ids = store.query_claim_ids(ClaimFilter())
            add_links(store, random.Random(7), ids, len(ids) // 10)
            ensure_facts(store)
    shutil.copyfile(base, project)
    for suffix in ("-wal", "-shm"):
        Path(f"{project}{suffix}").unlink(missing_ok=True)


def a_suggested_link(store: Store) -> int:
    found = [lk["id"] for lk in store.links() if lk["state"] == "suggested" and lk["relation"] == "duplicate"]
    if found:
        return found[0]
    ids = store.query_claim_ids(ClaimFilter())
    return store.add_link(ids[1], ids[-2], "duplicate", 80.0, state="suggested")


def before(project: Path) -> dict[str, float]:
    with Store.open(project) as store:
        claim_id = store.query_claim_ids(ClaimFilter())[3]
        started = time.perf_counter()
        edit = claims.edit_text(store, claim_id, NEW_TEXT)  # re-match inline, as the window did
        edit_s = time.perf_counter() - started
        ensure_facts(store)
        link_id = a_suggested_link(store)
        links.confirm_link(store, link_id)
        started = time.perf_counter()
        ensure_facts(store)  # what the Facts view's refresh then did on the UI thread
        regroup_s = time.perf_counter() - started
        del edit
    return {"edit": edit_s, "edit_stall": edit_s, "regroup": regroup_s, "regroup_stall": regroup_s}


class StallMeter:
    """The longest gap between ticks of a 10 ms timer: how long the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def reset(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()


def run_until(app: object, done: Callable[[], bool], timeout: float = 300.0) -> float:
    started = time.perf_counter()
    while not done() and time.perf_counter() - started < timeout:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)
    return time.perf_counter() - started


def now(project: Path) -> dict[str, float]:
    from workbench.ui.app import create_application
    from workbench.ui.commands import claim_commands
    from workbench.ui.commands.base import perform
    from workbench.ui.context import ProjectContext

    app = create_application()
    ctx = ProjectContext(Store.open(project))
    meter = StallMeter()
    out: dict[str, float] = {}
    try:
        run_until(app, lambda: not ctx.derived.busy)
        claim_id = ctx.store.query_claim_ids(ClaimFilter())[3]
        meter.reset()
        started = time.perf_counter()
        claim_commands.edit_text(ctx, claim_id, NEW_TEXT)
        out["edit"] = time.perf_counter() - started
        out["edit_landed"] = out["edit"] + run_until(app, lambda: not ctx.derived.busy)
        out["edit_stall"] = max(meter.longest, out["edit"])
        link_id = a_suggested_link(ctx.store)
        meter.reset()
        started = time.perf_counter()
        perform(ctx, links.confirm_link, link_id)
        call = time.perf_counter() - started
        out["regroup_landed"] = call + run_until(app, lambda: not ctx.derived.busy)
        out["regroup"] = call
        out["regroup_stall"] = max(meter.longest, call)
    finally:
        meter.timer.stop()
        ctx.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--project", type=Path, default=Path("/tmp/ui_background.wbproj"))
    args = parser.parse_args()
    base = args.project.with_suffix(f".{args.claims}.base")
    prepare(base, args.project, args.claims)
    old = before(args.project)
    prepare(base, args.project, args.claims)
    new = now(args.project)
    print(f"{args.claims:,} claims                       before (inline)     now (ui.derived)")
    print(f"edit text: the call                     {old['edit']:8.2f} s        {new['edit']:8.2f} s")
    print(f"edit text: longest UI stall             {old['edit_stall']:8.2f} s        {new['edit_stall']:8.2f} s")
    print(f"edit text: links re-matched after       {old['edit']:8.2f} s        {new['edit_landed']:8.2f} s")
    print(f"link decided: regrouping on UI thread   {old['regroup']:8.2f} s        {new['regroup']:8.2f} s")
    print(f"link decided: longest UI stall          {old['regroup_stall']:8.2f} s        {new['regroup_stall']:8.2f} s")
    print(f"link decided: facts regrouped after     {old['regroup']:8.2f} s        {new['regroup_landed']:8.2f} s")


if __name__ == "__main__":
    main()
