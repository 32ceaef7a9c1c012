"""A 200,000-sentence (12 MB) text through `workbench import`, with stderr not a terminal.

Prints wall time, peak memory (max RSS of the import process) and the progress lines seen
(count and longest silence between two), next to a baseline: the figures measured for
issue 14 before long texts were imported in parts, or a run of another checkout.

    .venv/bin/python benchmarks/big_import.py [--sentences 200000] [--baseline-checkout /path/to/old]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Issue 14's measurement before the fix (same generator size: 200,000 sentences, 12 MB).
ISSUE_BASELINE = {"seconds": 295.0, "peak_mb": 1240.0, "progress_lines": 0, "longest_silence": 295.0}

SUBJECTS = ["The army", "Officials", "The ministry", "A spokesman for the police", "Witnesses",
            "The United Nations", "Rebel commanders", "Local doctors"]
VERBS = ["said", "reported", "announced", "claimed", "denied"]
OBJECTS = ["that {n} soldiers were killed near the border", "that {n} people had fled the city",
           "that the crossing was retaken on Sunday", "that {n} homes were destroyed", "that aid reached {n} families"]


def make_text(path: Path, sentences: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(sentences):
            fh.write(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} "
                     f"{rng.choice(OBJECTS).format(n=rng.randint(2, 5000))}. ")
            if i % 6 == 5:
                fh.write("\n\n")


def run(checkout: Path, text: Path, work: Path) -> dict[str, float]:
    """One import in a child process, which reports its own peak RSS when it exits."""
    project = work / f"p-{checkout.name}.wbproj"
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    subprocess.run([sys.executable, "-m", "workbench", "new", str(project)], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    peak_file = work / f"peak-{checkout.name}.txt"
    code = (
        "import atexit, resource, sys\n"
        f"atexit.register(lambda: open({str(peak_file)!r}, 'w').write("
        "str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))\n"
        "from workbench.cli import main\n"
        f"sys.exit(main(['import', {str(project)!r}, {str(text)!r}]))\n"
    )
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stamps = [started]
    lines = 0
    assert proc.stderr is not None
    for _line in proc.stderr:
        lines += 1
        stamps.append(time.monotonic())
    proc.wait()
    ended = time.monotonic()
    stamps.append(ended)
    peak = int(peak_file.read_text())
    out = proc.stdout.read().strip() if proc.stdout else ""
    print(f"  {checkout}: exit {proc.returncode}: {out}")
    return {
        "seconds": ended - started,
        "peak_mb": peak / 1024,
        "progress_lines": lines,
        "longest_silence": max(b - a for a, b in zip(stamps, stamps[1:], strict=False)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=200_000)
    parser.add_argument("--baseline-checkout", type=Path, help="measure this checkout too, instead of the issue's figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        text = work / "long.txt"
        make_text(text, args.sentences)
        print(f"{args.sentences} sentences, {text.stat().st_size / 1e6:.1f} MB; stderr is a pipe")
        now = run(ROOT, text, work)
        base = run(args.baseline_checkout, text, work) if args.baseline_checkout else ISSUE_BASELINE
    label = str(args.baseline_checkout) if args.baseline_checkout else "issue 14 (before)"
    print(f"{'':22}{label:>22}{'this checkout':>16}")
    for key, unit in (("seconds", "s"), ("peak_mb", "MB"), ("progress_lines", ""), ("longest_silence", "s")):
        print(f"{key + (' (' + unit + ')' if unit else ''):22}{base[key]:>22.1f}{now[key]:>16.1f}")
    print("target: peak under 600 MB, progress lines while it runs:",
          "met" if now["peak_mb"] < 600 and now["progress_lines"] > 0 else "NOT met")


if __name__ == "__main__":
    main()
