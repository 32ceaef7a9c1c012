"""HTML article extraction quality: our import vs the extraction library used alone.

For every page in ../shared/corpus/articles/html-trafilatura/expected.jsonl, count the gold
snippets the text must contain and must not contain. Also prints import speed.

    .venv/bin/python benchmarks/ingest.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import trafilatura

from workbench.core.ingest.reader import IngestError, article_from_bytes

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "articles" / "html-trafilatura"


def score(text: str, row: dict) -> tuple[int, int, int, int]:
    flat = " ".join(text.split())
    with_ok = sum(1 for s in row["with"] if " ".join(s.split()) in flat)
    without_ok = sum(1 for s in row["without"] if " ".join(s.split()) not in flat)
    return with_ok, len(row["with"]), without_ok, len(row["without"])


def main() -> int:
    gold = CORPUS / "expected.jsonl"
    if not gold.exists():
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return 0
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours = [0, 0, 0, 0]
    base = [0, 0, 0, 0]
    ours_time = base_time = 0.0
    per_page = []
    for row in rows:
        data = (CORPUS / row["file"]).read_bytes()
        t0 = time.perf_counter()
        try:
            article = article_from_bytes(data, name=row["file"], suffix=".html")
            text = f"{article.title or ''}\n{article.text}"
        except IngestError as exc:
            text = ""
            print(f"  {row['file']}: {exc}")
        ours_time += time.perf_counter() - t0
        t0 = time.perf_counter()
        baseline = trafilatura.extract(data.decode("utf-8", errors="replace")) or ""
        base_time += time.perf_counter() - t0
        a, b = score(text, row), score(baseline, row)
        ours = [x + y for x, y in zip(ours, a, strict=True)]
        base = [x + y for x, y in zip(base, b, strict=True)]
        per_page.append((row["file"], a, b))

    def line(name: str, s: list[int], seconds: float) -> str:
        total = (s[0] + s[2]) / (s[1] + s[3])
        return (f"{name:<28} must-contain {s[0]:>3}/{s[1]:<3} must-not-contain {s[2]:>3}/{s[3]:<3} "
                f"score {total:.3f}   {len(rows) / seconds:.1f} pages/s")

    print(f"HTML snippet score on {len(rows)} pages ({CORPUS.name})")
    print(line("workbench import", ours, ours_time))
    print(line("trafilatura.extract alone", base, base_time))
    worse = [(f, a, b) for f, a, b in per_page if a[0] + a[2] < b[0] + b[2]]
    for f, a, b in worse:
        print(f"  worse than baseline on {f}: ours {a} baseline {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
