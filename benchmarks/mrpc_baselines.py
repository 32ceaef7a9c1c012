"""MRPC lexical baselines on the dev data, to estimate how MRPC dev relates to the held-out test.

    .venv/bin/python benchmarks/mrpc_baselines.py [--first-build PATH]

Issue 11 measured on the MRPC *test* set (1,725 pairs, kept out of the repo): the product's first
build 0.711, "the best single lexical threshold" 0.727, "a logistic regression over lexical
features alone" 0.758. This script computes the same kinds of baselines on MRPC `train` and `dev`
(../shared/corpus): for each rapidfuzz scorer (ratio, token_set_ratio, token_sort_ratio,
partial_ratio, all with `processor=utils.default_process`) the best single threshold chosen on the
split itself (an oracle, as "best" on test most likely was) and chosen on train then applied to
dev; and a logistic regression over those scores plus simple word-overlap features (fitted on
train, scored on dev; 10-fold CV on train+dev). The gap between these baselines on dev and on
test is the dev -> test offset to expect for our decision. `--first-build PATH` also scores a
checkout of the first build (the one the issue measured at 0.711 on test) on train and dev.
No model, no product code: only rapidfuzz and numpy.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, utils

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "claim-pairs"
SCORERS = {"ratio": fuzz.ratio, "token_set_ratio": fuzz.token_set_ratio,
           "token_sort_ratio": fuzz.token_sort_ratio, "partial_ratio": fuzz.partial_ratio}
_WORD = re.compile(r"[a-z0-9]+")


def load() -> dict[str, list[tuple[str, str, int]]]:
    with open(CORPUS / "mrpc.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {s: [(r["sentence1"], r["sentence2"], int(r["label"])) for r in rows if r["split"] == s]
            for s in ("train", "dev")}


def lexical_features(a: str, b: str) -> list[float]:
    """Rapidfuzz scores of the processed texts, word overlap over the smaller / larger side, bigram
    overlap, length ratio, and whether the numbers written agree: what a plain lexical
    paraphrase baseline uses."""
    pa, pb = utils.default_process(a), utils.default_process(b)
    wa, wb = _WORD.findall(pa), _WORD.findall(pb)
    sa, sb = set(wa), set(wb)
    ba, bb = set(zip(wa, wa[1:], strict=False)), set(zip(wb, wb[1:], strict=False))
    na, nb = {w for w in sa if w.isdigit()}, {w for w in sb if w.isdigit()}
    shared = len(sa & sb)
    return [*(f(pa, pb) / 100 for f in SCORERS.values()),
            shared / max(1, min(len(sa), len(sb))), shared / max(1, len(sa), len(sb)),
            len(ba & bb) / max(1, min(len(ba), len(bb))), len(ba & bb) / max(1, len(ba), len(bb)),
            min(len(wa), len(wb)) / max(1, len(wa), len(wb)), float(na == nb)]


def best_threshold(s: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    cuts = np.unique(s)
    accs = [float(np.mean((s >= t) == (y == 1))) for t in cuts]
    k = int(np.argmax(accs))
    return float(cuts[k]), accs[k]


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3) -> np.ndarray:
    xx = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xx.shape[1])
    reg = np.eye(xx.shape[1]) * l2 * len(x)
    reg[-1, -1] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xx @ w))
        step = np.linalg.solve((xx * (p * (1 - p))[:, None]).T @ xx + reg, xx.T @ (p - y) + reg @ w)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


def first_build(path: Path, data: dict[str, list[tuple[str, str, int]]]) -> None:
    """Accuracy of another checkout's `compare` (relation == duplicate) on train and dev."""
    code = ("import json,sys\nfrom workbench.core.match.matching import compare\n"
            "pairs=json.load(sys.stdin)\nprint(json.dumps([compare(a,b).relation=='duplicate' for a,b in pairs]))")
    for split in ("train", "dev"):
        pairs = [(a, b) for a, b, _ in data[split]]
        out = subprocess.run([sys.executable, "-c", code], input=json.dumps(pairs), capture_output=True,
                             text=True, cwd=path, env={"PYTHONPATH": str(path), "WORKBENCH_SEMANTIC": "0"}, check=True)
        dup = np.array(json.loads(out.stdout))
        y = np.array([lab for _, _, lab in data[split]])
        print(f"first build ({path.name}) {split:5} accuracy {np.mean(dup == (y == 1)):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first-build", type=Path, help="a checkout of the build the issue measured on test")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} not found: the dev data lives in ../shared/corpus", file=sys.stderr)
        return 2
    data = load()
    x = {s: np.array([lexical_features(a, b) for a, b, _ in data[s]]) for s in data}
    y = {s: np.array([lab for _, _, lab in data[s]], dtype=float) for s in data}
    for s in data:
        print(f"{s:5} n={len(y[s])} paraphrases {y[s].mean():.3f} (majority baseline)")
    print("best single threshold (oracle on the split; chosen on train -> dev):")
    for k, name in enumerate(SCORERS):
        t_tr, acc_tr = best_threshold(x["train"][:, k], y["train"])
        _, acc_dev = best_threshold(x["dev"][:, k], y["dev"])
        tr_dev = float(np.mean((x["dev"][:, k] >= t_tr) == (y["dev"] == 1)))
        print(f"  {name:17} train {acc_tr:.3f}  dev {acc_dev:.3f}  train-cut {t_tr:.2f} -> dev {tr_dev:.3f}")
    for label, cols in (("rapidfuzz scores", list(range(len(SCORERS)))), ("all lexical", list(range(x['train'].shape[1])))):
        w = fit(x["train"][:, cols], y["train"])
        acc_dev = float(np.mean((predict(w, x["dev"][:, cols]) >= 0.5) == (y["dev"] == 1)))
        acc_tr = float(np.mean((predict(w, x["train"][:, cols]) >= 0.5) == (y["train"] == 1)))
        xa, ya = np.vstack([x["train"], x["dev"]])[:, cols], np.concatenate([y["train"], y["dev"]])
        accs = []
        for seed in (0, 1, 2):
            fold = np.random.default_rng(seed).integers(0, 10, len(ya))
            for f in range(10):
                wf = fit(xa[fold != f], ya[fold != f])
                accs.append(float(np.mean((predict(wf, xa[fold == f]) >= 0.5) == (ya[fold == f] == 1))))
        print(f"logistic over {label:16}: train (in-sample) {acc_tr:.3f}, train -> dev {acc_dev:.3f}, "
              f"10-fold CV train+dev {np.mean(accs):.3f} +- {np.std(accs):.3f}")
    if args.first_build:
        first_build(args.first_build, data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
