"""A digest of what matching reads of each claim alone, to show a speed change leaves it unchanged.

    python benchmarks/readings_digest.py [--out FILE]

Reads every claim text of the invented and held-out pair sets in the repository and, when
`../shared/corpus` is there, of MRPC, STS headlines and Emergent (~17,000 texts), the way
`matching.prepare` reads them (normal form, knowledge hits, wording, roles and readings,
figures, dates, event verbs), and prints one sha256 of them all. Two trees that print the same
digest read every claim the same; `--out` writes the readings themselves, one line per text, to
diff when they do not. The digest complements `golden_outputs.py` (whole commands on the
samples) and `cluster`'s output on dense lines: it covers the per-claim readers on many shapes
of sentence, where a cache or a prefilter added for speed could change an answer.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "claim-pairs"
PAIR_SETS = [*sorted((ROOT / "benchmarks/data/probe_pairs").glob("*.tsv")),
             *sorted((ROOT / "benchmarks/data/held_out").glob("*.tsv")),
             *sorted((ROOT / "benchmarks/data/category_probes").glob("*.tsv"))]
#: corpus file: the columns holding texts (tab-separated, no quoting)
CORPUS_TEXTS = {"mrpc.tsv": slice(-2, None), "sts_headlines.tsv": slice(-2, None),
                "emergent_claim_headline_stance.tsv": slice(3, 5)}


def texts() -> list[str]:
    """Every distinct claim text, in a fixed order."""
    out: list[str] = []
    for path in PAIR_SETS:
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                out += [row["a"], row["b"]]
    for name, columns in CORPUS_TEXTS.items():
        if (CORPUS / name).exists():
            for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()[1:]:
                out += line.split("\t")[columns]
    return [t for t in dict.fromkeys(out) if t.strip()]


def canonical(value: object) -> str:
    """`repr` with set members sorted: equal sets print alike whatever order they were built in
    (matching's per-text caches return one shared copy of equal sets, `text_caches.shared`)."""
    if isinstance(value, (set, frozenset)):
        inner = ", ".join(sorted(map(canonical, value)))
        return f"{type(value).__name__}({{{inner}}})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{canonical(k)}: {canonical(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)) and not hasattr(value, "_fields"):
        inner = ", ".join(map(canonical, value))
        return f"[{inner}]" if isinstance(value, list) else f"({inner})"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner = ", ".join(f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({inner})"
    return repr(value)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, help="also write each text's readings, one line each")
    args = ap.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":  # sets print in hash order: fix it, then run again
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    sys.path.insert(0, str(ROOT))
    from workbench.core.match import matching

    claims = texts()
    matching._PREP.update(texts=claims, exact=True, quantities=True, dates=True)
    try:
        rows = matching._prepare_range((0, len(claims)))
    finally:
        matching._PREP.clear()
    digest = hashlib.sha256()
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for text, row in zip(claims, rows, strict=True):
        line = canonical((text, row)) + "\n"
        digest.update(line.encode("utf-8"))
        if out is not None:
            out.write(line)
    if out is not None:
        out.close()
    corpus = "with" if CORPUS.exists() else "without (../shared absent)"
    print(f"{len(claims)} texts, {corpus} the corpus: readings sha256 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
