"""Run the full test suite N times in a row while every core is kept busy by another process.

    python benchmarks/suite_under_load.py            # 5 runs, one busy loop per core
    python benchmarks/suite_under_load.py -n 3 --cores 4 -- -k export   # extra pytest arguments after --

Timing races (a timer that fires after a project closed, a wait that assumes the worker thread
got the CPU first) show up only when the machine is loaded; the suite must pass every run. The
busy loops are plain processes spinning in Python (`while True: pass`), one per core, stopped
when the runs end (also on Ctrl+C). Prints one line per run and exits 1 if any run failed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _spin() -> None:  # pragma: no cover - runs in the load processes
    while True:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5, help="how many full runs (default 5)")
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1,
                        help="busy loops to start (default: one per core)")
    parser.add_argument("--keep-going", action="store_true", help="do every run even after a failure")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args.pytest_args]
    # A SIGTERM ends the runs like Ctrl+C does, so the busy loops are always stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    loads = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(args.cores)]
    for process in loads:
        process.start()
    print(f"{args.cores} busy loop(s) running; {args.runs} run(s) of: {' '.join(command[1:])}", flush=True)
    failed = 0
    try:
        for run in range(1, args.runs + 1):
            started = time.monotonic()
            result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
            lines = (result.stdout or "").strip().splitlines()
            summary = lines[-1] if lines else "(no output)"
            seconds = time.monotonic() - started
            ok = result.returncode == 0
            print(f"run {run}/{args.runs}: {'ok  ' if ok else 'FAIL'} {seconds:6.1f} s  {summary}", flush=True)
            if not ok:
                failed += 1
                log = Path(tempfile.gettempdir()) / f"suite-under-load-run{run}.log"
                log.write_text(result.stdout + "\n--- stderr ---\n" + result.stderr, encoding="utf-8")
                print(f"  output in {log}", flush=True)
                if not args.keep_going:
                    break
    finally:
        for process in loads:
            process.terminate()
        for process in loads:
            process.join(5)
    print(f"{'all runs passed' if not failed else f'{failed} run(s) failed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
