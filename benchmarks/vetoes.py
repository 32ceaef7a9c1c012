"""MRPC train+dev pairs (or ECB+ dev sentence pairs) the product's knowledge keeps from being
duplicates, grouped by reason.

    .venv/bin/python benchmarks/vetoes.py                 # counts per reason (all / paraphrases)
    .venv/bin/python benchmarks/vetoes.py --list figures  # the paraphrases vetoed for one reason
    .venv/bin/python benchmarks/vetoes.py --ecb [--list all]  # ECB+: same-event pairs play the paraphrases

Why: MRPC labels are loose ("dropped 2 basis points" / "fell 22 basis points" is a paraphrase),
so a vetoed paraphrase is either a right veto or a misreading by the module that feeds it (a
figure parsed wrong, a negation that denies nothing, one place read as two). This lists them so
the misreadings can be fixed where they happen. The vetoes do not depend on the cosine, so the
lexical path is used (no model needed).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.core import figures as fig  # noqa: E402
from workbench.core.match import compare as cmp  # noqa: E402

PAIRS = ROOT.parent / "shared" / "corpus" / "claim-pairs"
CORPUS = PAIRS / "mrpc.tsv"
ECB = PAIRS / "ecbplus_event_sentence_pairs.jsonl"


def veto_reasons(a: str, b: str, c: cmp.Comparison) -> list[str]:
    """Which vetoes fired for one comparison (several may)."""
    f, out = c.features, []
    if fig.pair_figures(fig.quantities_of(a), fig.quantities_of(b)).clear_conflicts:
        out.append("figures")
    if f["dates_conflict"] or any(r.endswith(": a different event") for r in c.reasons):
        out.append("dates")
    if f["negation_clash"]:
        out.append("negation")
    if f["opposite_outcome"]:
        out.append("opposite")
    if any(r.endswith(": a different fact") for r in c.reasons):
        out.append("other fact")
    return out or (["other"] if f["vetoed"] else [])


def _pairs(ecb: bool) -> list[tuple[str, str, bool]]:
    """(a, b, same): MRPC train+dev (same = paraphrase) or ECB+ dev (same = same event)."""
    if ecb:
        with open(ECB, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        return [(r["text_a"], r["text_b"], r["label"] == "same_event") for r in rows]
    with open(CORPUS, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["split"] in ("train", "dev")]
    return [(r["sentence1"], r["sentence2"], r["label"] == "1") for r in rows]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", help="print the vetoed paraphrases for this reason (or 'all')")
    ap.add_argument("--ecb", action="store_true", help="ECB+ dev sentence pairs instead of MRPC")
    args = ap.parse_args()
    source = ECB if args.ecb else CORPUS
    if not source.exists():
        print(f"skipped: {source} is absent")
        return 0
    rows = _pairs(args.ecb)
    total, para = Counter(), Counter()
    vetoed = vetoed_para = 0
    for a, b, label in rows:
        c = cmp.compare(a, b)
        if not c.features["vetoed"]:
            continue
        why = veto_reasons(a, b, c)
        vetoed += 1
        vetoed_para += label
        for w in why:
            total[w] += 1
            para[w] += label
        if label and args.list and (args.list == "all" or args.list in why):
            print(f"[{', '.join(why)}] {a}\n    {b}")
            print("    " + " | ".join(x for x in c.reasons if not x.startswith(("lexical", "meaning"))))
    kind = "same-event pairs" if args.ecb else "paraphrases"
    print(f"vetoed {vetoed} of {len(rows)} pairs, {vetoed_para} of them {kind}")
    for w in sorted(total, key=lambda k: -total[k]):
        print(f"  {w:12s} {total[w]:4d} vetoed, {para[w]:4d} {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
