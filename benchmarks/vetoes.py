"""MRPC train+dev pairs the product's knowledge keeps from being duplicates, grouped by reason.

    .venv/bin/python benchmarks/vetoes.py                 # counts per reason (all / paraphrases)
    .venv/bin/python benchmarks/vetoes.py --list figures  # the paraphrases vetoed for one reason

Why: MRPC labels are loose ("dropped 2 basis points" / "fell 22 basis points" is a paraphrase),
so a vetoed paraphrase is either a right veto or a misreading by the module that feeds it (a
figure parsed wrong, a negation that denies nothing, one place read as two). This lists them so
the misreadings can be fixed where they happen. The vetoes do not depend on the cosine, so the
lexical path is used (no model needed).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.core import figures as fig  # noqa: E402
from workbench.core.match import compare as cmp  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "claim-pairs" / "mrpc.tsv"


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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", help="print the vetoed paraphrases for this reason (or 'all')")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return 0
    with open(CORPUS, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["split"] in ("train", "dev")]
    total, para = Counter(), Counter()
    vetoed = vetoed_para = 0
    for r in rows:
        c = cmp.compare(r["sentence1"], r["sentence2"])
        if not c.features["vetoed"]:
            continue
        why = veto_reasons(r["sentence1"], r["sentence2"], c)
        vetoed += 1
        label = r["label"] == "1"
        vetoed_para += label
        for w in why:
            total[w] += 1
            para[w] += label
        if label and args.list and (args.list == "all" or args.list in why):
            print(f"[{', '.join(why)}] {r['sentence1']}\n    {r['sentence2']}")
            print("    " + " | ".join(x for x in c.reasons if not x.startswith(("lexical", "meaning"))))
    print(f"vetoed {vetoed} of {len(rows)} pairs, {vetoed_para} of them paraphrases")
    for w in sorted(total, key=lambda k: -total[k]):
        print(f"  {w:12s} {total[w]:4d} vetoed, {para[w]:4d} paraphrases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
