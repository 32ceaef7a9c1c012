"""Which wording should a claim be embedded in? The cosine's separation with the words as written,
without the reporting frame (`claim_view.reported`), and rewritten by the knowledge
(`knowledge.rewritten` of that), on the dev data.

    .venv/bin/python benchmarks/cosine_wording.py

Prints, per data set, the cosine's AUC (same fact against the rest) or, for STS, its Spearman
with the gold score: the read event pairs (held-out sets not kept blind, and the probe sets) and
MRPC train / dev, STS dev, ECB+ dev from ../shared/corpus. The read event pairs are the data the
rewrites were written on, so only the corpus rows say whether a wording generalises.
docs/matching.md (stop 51, under "Sets 145-148, read ... (helper dup145a)") reports the numbers.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_decision  # noqa: E402

from workbench.core.match import knowledge  # noqa: E402
from workbench.core.match.claim_view import reported  # noqa: E402
from workbench.core.match.embedding import get_embedder  # noqa: E402

#: The held-out sets kept blind (as `dev_gates.sh`'s BLIND): never scored here.
BLIND = re.compile(r"set1(49|5[0-2])\.tsv$")
WORDINGS = ("as written", "reported", "rewritten")


def wording(text: str, how: str) -> str:
    if how == "as written":
        return text
    return reported(text) if how == "reported" else knowledge.rewritten(reported(text))[0]


def auc(scores: list[float], labels: list[float]) -> float:
    """Probability that a same-fact pair's cosine is above another pair's (ties ranked by order)."""
    s, y = np.asarray(scores), np.asarray(labels)
    order = np.argsort(np.concatenate([s[y == 1], s[y == 0]]), kind="stable")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    pos, neg = int((y == 1).sum()), int((y == 0).sum())
    return float((ranks[:pos].sum() - pos * (pos + 1) / 2) / (pos * neg))


def event_pairs() -> list[tuple[str, str, float]]:
    files = [f for f in sorted((ROOT / "benchmarks/data/held_out").glob("set*.tsv")) if not BLIND.search(f.name)]
    files += sorted((ROOT / "benchmarks/data/probe_pairs").glob("*.tsv"))
    rows: list[tuple[str, str, float]] = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            rows += [(r["a"], r["b"], float(r["want"] == "duplicate"))
                     for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return rows


def main() -> int:
    sets = {"event pairs (read)": event_pairs()}
    if train_decision.CORPUS.exists():
        sets |= {k: v for k, v in train_decision.load().items() if k in ("mrpc_train", "mrpc_dev", "sts_dev", "ecb_dev")}
    else:
        print(f"{train_decision.CORPUS} not found: only the event pairs are measured", file=sys.stderr)
    embedder = get_embedder()
    print(f"{'':22} {'n':>5}  " + "  ".join(f"{w:>10}" for w in WORDINGS))
    for name, pairs in sets.items():
        row = []
        for how in WORDINGS:
            texts = sorted({wording(t, how) for a, b, _ in pairs for t in (a, b)})
            vec = dict(zip(texts, embedder.embed(texts), strict=True))
            cos = [float(np.dot(vec[wording(a, how)], vec[wording(b, how)])) for a, b, _ in pairs]
            gold = [g for _, _, g in pairs]
            row.append(train_decision.spearman(cos, gold) if name == "sts_dev" else auc(cos, gold))
        print(f"{name:22} {len(pairs):>5}  " + "  ".join(f"{x:>10.4f}" for x in row), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
