"""Export time and peak memory on a project of near-identical articles, this code beside a baseline.

    python benchmarks/export_memory.py                       # 30 and 100 articles, json + pdf
    python benchmarks/export_memory.py --sizes 10 40 --formats json html pdf
    python benchmarks/export_memory.py --baseline none       # this code only

The project is synthetic: one bundled article imported N times with small variations (a changed
figure, a changed word, an added line), then matched, so every claim is linked to its copies in
the other N-1 articles (about 240k links at 100 articles) -- the shape that made the report
grow without bound (issue 14: 5 GB for JSON, PDF killed at 21 GB). Each export runs in its own
process; peak RSS is that process's maximum resident set. The baseline is another checkout of
the code (default: the commit where this branch left main), run on the same project file; a
baseline run over --limit-gb or --timeout is stopped and shown as such. Projects are cached in
--work between runs. Not a test: run it by hand, it takes minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "data" / "mee-iraq-border-crossing.txt"
WORDS = ("officials", "officers", "sources", "commanders", "spokesmen", "analysts")


def variant(text: str, n: int) -> str:
    """Copy n of the article: same story, a figure and a word changed, a sentence numbered (new hash)."""
    out = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + (n % 3)) if n % 4 == 0 else m.group(1), text, count=2)
    out = out.replace("officers said late Monday", f"{WORDS[n % len(WORDS)]} said late Monday in update {n + 1}", 1)
    return out


def build_project(work: Path, size: int) -> Path:
    project = work / f"near-identical-{size}.wbproj"
    if project.exists():
        return project
    folder = work / f"articles-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    text = ARTICLE.read_text(encoding="utf-8")
    for n in range(size):
        (folder / f"copy-{n:03d}.txt").write_text(variant(text, n), encoding="utf-8")
    partial = project.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    started = time.monotonic()
    run_cli(ROOT, "new", str(partial))
    run_cli(ROOT, "import", str(partial), str(folder))
    import sqlite3

    with sqlite3.connect(partial) as conn:
        links = conn.execute("SELECT COUNT(*) FROM links").fetchone()[0]
        claims = conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    conn.close()
    partial.rename(project)
    print(f"built {project.name}: {size} articles, {claims:,} claims, {links:,} links "
          f"in {time.monotonic() - started:.0f} s", flush=True)
    return project


def run_cli(code: Path, *args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(code)}
    subprocess.run([sys.executable, "-m", "workbench", *args], cwd=code, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):  # the process's peak resident set so far
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(code: Path, project: Path, fmt: str, out: Path, limit_gb: float, timeout: float) -> str:
    """Run one export in its own process; 'time s / peak GB', or why it was stopped."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(code)}
    out.unlink(missing_ok=True)
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench", "export", str(project), "--format", fmt, "-o", str(out),
         "--generated-at", "2026-01-01T00:00:00"],
        cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    peak = 0
    stopped = ""
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(proc.stderr.read() if proc.stderr else b""), daemon=True)
    reader.start()
    while proc.poll() is None:
        peak = max(peak, _rss_kb(proc.pid))
        if peak > limit_gb * 1024 * 1024:
            stopped = f">{limit_gb:g} GB, stopped"
        elif time.monotonic() - started > timeout:
            stopped = f">{timeout:.0f} s, stopped"
        if stopped:
            proc.kill()
            proc.wait()
            break
        time.sleep(0.1)
    seconds = time.monotonic() - started
    reader.join(5)
    if stopped:
        return f"{stopped} ({seconds:.0f} s, {peak / 1048576:.2f} GB seen)"
    if proc.returncode != 0:
        message = b"".join(errors).decode(errors="replace").strip().splitlines()
        return f"failed: {message[-1] if message else proc.returncode}"
    size = out.stat().st_size / 1048576
    return f"{seconds:6.1f} s  {peak / 1048576:5.2f} GB  ({size:.1f} MB file)"


def baseline_checkout(ref: str, work: Path) -> Path | None:
    if ref == "none":
        return None
    if ref == "merge-base":
        ref = subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
    target = work / f"baseline-{ref[:12]}"
    if not target.exists():
        target.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", ref], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[30, 100], help="articles per project (100: about 230k links)")
    parser.add_argument("--formats", nargs="+", default=["json", "pdf"])
    parser.add_argument("--baseline", default="merge-base",
                        help="git ref to compare with ('merge-base' = where this branch left main; 'none')")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "workbench-export-memory")
    parser.add_argument("--limit-gb", type=float, default=4.0, help="stop an export above this peak RSS")
    parser.add_argument("--timeout", type=float, default=300.0, help="stop an export after this many seconds")
    args = parser.parse_args()

    args.work.mkdir(parents=True, exist_ok=True)
    baseline = baseline_checkout(args.baseline, args.work)
    rows: list[tuple[str, str, str, str]] = []
    for size in args.sizes:
        project = build_project(args.work, size)
        for fmt in args.formats:
            now = measure(ROOT, project, fmt, args.work / f"now-{size}.{fmt}", args.limit_gb, args.timeout)
            before = ("-" if baseline is None else
                      measure(baseline, project, fmt, args.work / f"base-{size}.{fmt}", args.limit_gb, args.timeout))
            rows.append((str(size), fmt, now, before))
            print(f"  {size:>4} articles  {fmt:<5} now: {now}   baseline: {before}", flush=True)
    print()
    print(f"{'articles':>8}  {'format':<6}  {'this code':<40}  baseline ({args.baseline})")
    for size_s, fmt, now, before in rows:
        print(f"{size_s:>8}  {fmt:<6}  {now:<40}  {before}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
