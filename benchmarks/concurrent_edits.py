"""Edits while `workbench match` runs: how long each waits for the write lock, and how many fail.

Builds a project of near-identical articles (tens of thousands of links to write), starts
`workbench match` on it, and meanwhile sets claim statuses from another process as fast as it
can, timing each write. Run it for this checkout and, with --baseline-checkout, for another
(e.g. the main branch before issue 14), side by side.

    .venv/bin/python benchmarks/concurrent_edits.py [--copies 40] [--baseline-checkout /path/to/old]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "workbench" / "resources" / "samples"

EDITOR = """
import json, sqlite3, sys, time
from workbench.core.store import Store
store = Store.open(sys.argv[1])
ids = [c["id"] for c in store.claims()]
waits, failures, n = [], 0, 0
while True:
    if open(sys.argv[2]).read().strip() == "done":
        break
    started = time.perf_counter()
    try:
        store.update_claim(ids[n % len(ids)], status=("verified", "disputed")[n // len(ids) % 2])
        waits.append(time.perf_counter() - started)
    except sqlite3.OperationalError:
        failures += 1
    n += 1
    time.sleep(0.02)
print(json.dumps({"edits": len(waits), "failures": failures, "waits": waits}))
"""


def build(project: Path, folder: Path, copies: int, checkout: Path) -> None:
    folder.mkdir()
    for n in range(copies):
        for source in sorted(SAMPLES.glob("8_1*.txt")):
            text = source.read_text(encoding="utf-8")
            (folder / f"{n}-{source.name}").write_text(f"{text}\nEdition {n} of this story was filed on day {n}.\n",
                                                       encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    subprocess.run([sys.executable, "-m", "workbench", "new", str(project)], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "workbench", "import", str(project), str(folder), "--no-match"], env=env,
                   check=True, stdout=subprocess.DEVNULL)


def run(checkout: Path, template: Path, work: Path) -> dict[str, float]:
    project = work / f"run-{checkout.name}.wbproj"
    shutil.copy(template, project)
    flag = work / f"flag-{checkout.name}"
    flag.write_text("")
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(project), str(flag)], env=env,
                              stdout=subprocess.PIPE, text=True)
    match = subprocess.run([sys.executable, "-m", "workbench", "match", str(project)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    flag.write_text("done")
    out, _ = editor.communicate(timeout=120)
    data = json.loads(out)
    waits = sorted(data["waits"]) or [0.0]
    return {
        "match exit": float(match.returncode),
        "edits": float(data["edits"]),
        "failed edits": float(data["failures"]),
        "median wait (ms)": statistics.median(waits) * 1000,
        "p95 wait (ms)": waits[int(0.95 * (len(waits) - 1))] * 1000,
        "max wait (ms)": waits[-1] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40, help="editions of each of two stories")
    parser.add_argument("--baseline-checkout", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        template = work / "template.wbproj"
        # built by the older checkout when there is one: this one opens (and upgrades) its files
        build(template, work / "articles", args.copies, args.baseline_checkout or ROOT)
        articles = len(list((work / "articles").iterdir()))
        print(f"{articles} articles; `workbench match` writes their links while another process edits")
        results = {"this checkout": run(ROOT, template, work)}
        if args.baseline_checkout:
            results[str(args.baseline_checkout)] = run(args.baseline_checkout, template, work)
    names = list(results)
    print(f"{'':20}" + "".join(f"{n[-28:]:>30}" for n in names))
    for key in results[names[0]]:
        print(f"{key:20}" + "".join(f"{results[n][key]:>30.1f}" for n in names))


if __name__ == "__main__":
    main()
