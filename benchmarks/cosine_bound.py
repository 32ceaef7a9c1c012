"""Could `cluster` embed fewer lines? How much the semantic cosine can change, on dense families.

    .venv/bin/python benchmarks/cosine_bound.py [--claims 5000]

The decision is linear in the cosine (`cosine` and `cosine_x_lexical`, both with positive
weights), so a pair's relation at any cosine lies between its relations at -1 and +1. For every
pair `cluster` compares in full (blocking + pre-check, as `find_links` picks them) this prints:
how many pairs the cosine's whole range leaves with one relation; how many lines are in some pair
that may be a link (such a line needs its vector: the link's printed score depends on the
cosine); and, for a cascade that would let the lexical model decide the pairs it is sure of, how
many lines are in a pair whose lexical probability lies within a band of a threshold. No model
is run. docs/matching.md ("Why `cluster` with the semantic scorer cannot beat exhaustive
`ratio`") reports the numbers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from matching_dense import generate  # noqa: E402

from workbench.core import figures as fig  # noqa: E402
from workbench.core.match import decision, matching  # noqa: E402
from workbench.core.match.blocking import CHEAP_CUTOFF, verified_pairs  # noqa: E402
from workbench.core.match.compare import compare_normalized  # noqa: E402
from workbench.core.match.gate import PairGate, gate_view  # noqa: E402
from workbench.core.vocab import LINKED_RELATIONS  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=5000)
    args = ap.parse_args()
    w = decision.model().coef["semantic"]
    slope = w[decision.FEATURES.index("cosine")], w[decision.FEATURES.index("cosine_x_lexical")]
    print(f"cosine weight {slope[0]:.3f}, cosine x lexical weight {slope[1]:.3f}: "
          f"{'monotone' if slope[0] >= 0 and sum(slope) >= 0 else 'NOT monotone'} in the cosine")
    texts, _ = generate(args.claims)
    prep = matching.prepare(texts)
    prep.dates = dates = [fig.dates_of(t) for t in texts]
    idf = matching.token_idf(prep.norms)
    gate = PairGate([gate_view(texts[k], prep.norms[k], dates[k], None) for k in range(len(texts))])
    pairs = verified_pairs(prep.blocking_tokens, cutoff=CHEAP_CUTOFF, limit=matching.MAX_PARTNERS,
                           may_link=gate.may_link_many)

    def at(i: int, j: int, cosine: float | None):
        return compare_normalized(texts[i], texts[j], prep.norms[i], prep.norms[j], prep.quantities[i],
                                  prep.quantities[j], dates_a=dates[i], dates_b=dates[j],
                                  token_weights=idf, cosine=cosine, knowledge_hits=[*prep.hits[i], *prep.hits[j]])

    decided = 0
    may_link: set[int] = set()
    bands = (0.05, 0.10, 0.20)
    unsure: dict[float, set[int]] = {b: set() for b in bands}
    cuts = sorted({decision.threshold(name) for name in ("duplicate", "conflict", "related")})
    for i, j, _ in pairs:
        low, high = at(i, j, -1.0).relation, at(i, j, 1.0).relation
        decided += low == high
        if low in LINKED_RELATIONS or high in LINKED_RELATIONS:
            may_link |= {i, j}
        p_dup, p_same = decision.probabilities(at(i, j, None).features, semantic=False)
        for band in bands:
            if any(abs(p - cut) < band for p in (p_dup, p_same) for cut in cuts):
                unsure[band] |= {i, j}
    n, lines = len(pairs), len(texts)
    print(f"{lines} claims, {n} pairs compared in full, {len({k for i, j, _ in pairs for k in (i, j)})} lines in them")
    print(f"relation the same for every cosine in [-1, 1]: {decided} pairs ({decided / max(1, n):.1%})")
    print(f"lines in a pair that may be a link (need their vector): {len(may_link)} ({len(may_link) / lines:.1%})")
    for band in bands:
        print(f"cascade, lexical probability within {band:.2f} of a threshold: "
              f"{len(unsure[band])} lines need a vector ({len(unsure[band]) / lines:.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
