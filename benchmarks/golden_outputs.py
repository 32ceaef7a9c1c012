"""Write the CLI's outputs on the bundled samples to a folder, to diff before and after a refactor.

    python benchmarks/golden_outputs.py OUT_DIR

It imports the samples into a fresh project, tags a few claims, then writes `extract --json`,
`compare --json` on the labelled pairs, `claims --json`, `match --json` and every export format
with a fixed `--generated-at` and hash seed, so two runs of unchanged code give byte-identical folders
(`diff -r BEFORE AFTER`). Behaviour-preserving refactors must keep it that way.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "workbench" / "resources" / "samples").glob("*.txt")) + [ROOT / "tests/data/mee-iraq-border-crossing.txt"]


def run(out: Path, name: str, *args: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "0", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "WORKBENCH_VECTOR_CACHE": "0"}  # outputs of a cold run, and no write to the user cache
    result = subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, cwd=out, env=env)
    (out / name).write_bytes(result.stdout + b"\n--- exit %d\n" % result.returncode)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out_dir", type=Path, help="folder to write the outputs to (created if missing)")
    out = ap.parse_args().out_dir.resolve()
    out.mkdir(parents=True, exist_ok=True)
    project = Path("golden.db")
    (out / project).unlink(missing_ok=True)
    run(out, "extract.json", "extract", "--json", *map(str, SAMPLES))
    run(out, "compare.jsonl", "compare", "--pairs", str(ROOT / "tests/data/labelled_pairs.tsv"), "--json")
    run(out, "new.txt", "new", str(project))
    run(out, "import.txt", "import", str(project), *map(str, SAMPLES), "--json")
    run(out, "tag1.txt", "tag", str(project), "1", "--status", "verified", "--confidence", "high",
        "--source", "Iraqi security spokesman", "--note", "checked")
    run(out, "tag2.txt", "tag", str(project), "5", "--status", "disputed")
    run(out, "evidence.txt", "evidence", str(project), "1", "2", "--stance", "supports", "--note", "same")
    run(out, "match.json", "match", str(project), "--json")
    run(out, "claims.json", "claims", str(project), "--json")
    for fmt in ("html", "md", "csv", "json", "claimreview", "pdf"):
        target = f"report.{fmt}"
        run(out, f"export-{fmt}.txt", "export", str(project), "--format", fmt, "-o", str(target),
            "--generated-at", "2026-01-01T00:00:00", "--url", "https://example.org/r")
    for extra in out.glob("golden.db*"):
        extra.unlink()
    # Edit times differ run to run; everything else must not.
    stamp = re.compile(rb'"(time|updated|created|imported)": "[0-9T:+-]+"')
    pdf = out / "report.pdf"
    if pdf.exists() and shutil.which("pdftotext"):  # the PDF's bytes embed edit times; its text must not change
        subprocess.run(["pdftotext", "-layout", str(pdf), str(out / "report.pdf.txt")], check=True)
        pdf.unlink()
    for path in out.iterdir():
        if path.suffix != ".pdf":
            path.write_bytes(stamp.sub(rb'"\1": "TIME"', path.read_bytes()))


if __name__ == "__main__":
    main()
