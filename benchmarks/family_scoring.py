"""Scoring a family generator's groups: pair precision/recall against the gold families, and the
exhaustive rapidfuzz `ratio` baseline with its F1-best threshold. Shared by the generators written
after the fifth (their lines are independent; the way they are scored is one rule).
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Callable


def pair_counts(groups: list[list[int]], family: list[int]) -> tuple[int, int, int]:
    """(true positive pairs, predicted pairs, gold pairs) of groups against the families."""
    def c2(k: int) -> int:
        return k * (k - 1) // 2
    tp = pred = 0
    for g in groups:
        pred += c2(len(g))
        tp += sum(c2(c) for c in Counter(family[i] for i in g).values())
    gold = sum(c2(c) for c in Counter(family).values())
    return tp, pred, gold


def pr(tp: int, pred: int, gold: int) -> tuple[float, float]:
    return (tp / pred if pred else 1.0), (tp / gold if gold else 1.0)


def ratio_counts(texts: list[str], family: list[int], thresholds: list[int]) -> dict[int, tuple[int, int]]:
    """Exhaustive rapidfuzz ratio over all pairs: per threshold (true positive pairs, predicted pairs)."""
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    fam = np.array(family)
    processed = [utils.default_process(t) for t in texts]
    out = {t: [0, 0] for t in thresholds}
    low = min(thresholds)
    step = 500
    for start in range(0, len(texts), step):
        block = processed[start:start + step]
        m = process.cdist(block, processed, scorer=fuzz.ratio, dtype=np.uint8, workers=1, score_cutoff=low)
        rows = np.arange(start, start + len(block))[:, None]
        upper = np.arange(len(texts))[None, :] > rows
        same = fam[start:start + len(block)][:, None] == fam[None, :]
        for t in thresholds:
            hit = (m >= t) & upper
            out[t][0] += int((hit & same).sum())
            out[t][1] += int(hit.sum())
    return {t: (v[0], v[1]) for t, v in out.items()}


def best_ratio_threshold(generate: Callable[[int, int], tuple], seed: int) -> int:
    """The F1-best ratio threshold on a separate 2,000-line sample of `generate(n, seed)` (whose
    first two items are the lines and their family ids), with another seed."""
    texts, family = generate(2000, seed + 7919)[:2]
    gold = pair_counts([list(range(len(texts)))], family)[2]
    thresholds = list(range(50, 100, 2))
    counts = ratio_counts(texts, family, thresholds)
    best, best_f = thresholds[0], -1.0
    for t in thresholds:
        p, r = pr(counts[t][0], counts[t][1], gold)
        f = 2 * p * r / (p + r) if p + r else 0.0
        if f > best_f:
            best, best_f = t, f
    return best


def ratio_line(texts: list[str], family: list[int], threshold: int) -> str:
    """Exhaustive `ratio` at `threshold` against the families, as one line of a run's table."""
    t0 = time.process_time()
    counts = ratio_counts(texts, family, [threshold])
    cpu = time.process_time() - t0
    gold = pair_counts([list(range(len(texts)))], family)[2]
    p, r = pr(counts[threshold][0], counts[threshold][1], gold)
    return f"  ratio >= {threshold:3d}       P {p:.3f}  R {r:.3f}  CPU {cpu:7.1f} s  (exhaustive cdist, 1 thread)"


def generator_arguments(doc: str, seed: int) -> argparse.ArgumentParser:
    """The command line every family generator takes (sizes, seed, paths, ratio, errors, show)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="*", type=int, default=[1000, 5000, 20000])
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--no-semantic", action="store_true", help="the lexical path only")
    ap.add_argument("--lexical", action="store_true", help="also the lexical path (with the semantic one)")
    ap.add_argument("--no-ratio", action="store_true", help="skip exhaustive ratio")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="false merges / splits by class, N examples")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N generated lines and exit")
    return ap


def show_errors(texts: list[str], merges: dict[str, list[tuple[int, int]]], splits: dict[str, list[tuple[int, int]]],
                n_show: int, rng: random.Random, semantic: bool, split_label: str) -> None:
    """Print false merges and false splits by class, `n_show` sampled pairs of each with the
    relation, probability and reasons `compare` gives them (one batch through `compare_many`)."""
    picked = {("merge", c): rng.sample(p, min(n_show, len(p))) for c, p in merges.items()}
    picked |= {("split", c): rng.sample(p, min(n_show, len(p))) for c, p in splits.items()}
    shown = [pair for pairs in picked.values() for pair in pairs]
    relation: dict[tuple[int, int], tuple[str, float, str]] = {}
    if shown:
        from workbench.core.match.compare import compare_many

        got = compare_many([(texts[i], texts[j]) for i, j in shown], semantic=semantic)
        for (i, j), r in zip(shown, got, strict=True):
            relation[(i, j)] = (r.relation, r.probability, "; ".join(r.reasons)[:200])

    def show(title: str, count: int, pairs: list[tuple[int, int]]) -> None:
        print(f"    {title}: {count}")
        for i, j in pairs:
            rel = relation[(i, j)]
            print(f"      {texts[i]!r}\n      {texts[j]!r}\n        [{rel[0]} {rel[1]:.2f}: {rel[2]}]")

    print(f"  false merges: {sum(len(v) for v in merges.values())} pairs")
    for c, pairs in sorted(merges.items(), key=lambda kv: -len(kv[1])):
        show(f"differ in {c}", len(pairs), picked[("merge", c)])
    print(f"  false splits: {sum(len(v) for v in splits.values())} pairs, {split_label}")
    for c, pairs in sorted(splits.items(), key=lambda kv: -len(kv[1])):
        show(c, len(pairs), picked[("split", c)])


def field_errors(texts: list[str], family: list[int], facts: list[tuple], fields: tuple[str, ...],
                 groups: list[list[int]], n_show: int, rng: random.Random, semantic: bool) -> None:
    """False merges by the fields (`fields`, in the facts' order) the two facts differ in, false
    splits by the facts' event (their second field); each shown pair with what `compare` says."""
    from collections import defaultdict

    group_of = {i: g for g, members in enumerate(groups) for i in members}
    merges: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for members in groups:
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if family[i] != family[j]:
                    fa, fb = facts[family[i]], facts[family[j]]
                    slots = [s for s, a, b in zip(fields, fa, fb, strict=True) if a != b]
                    merges["+".join(slots) if len(slots) <= 2 else "3+ fields"].append((i, j))
    splits: dict[str, list[tuple[int, int]]] = defaultdict(list)
    members_of: dict[int, list[int]] = defaultdict(list)
    for i, f in enumerate(family):
        members_of[f].append(i)
    for members in members_of.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if group_of.get(i, -1 - i) != group_of.get(j, -2 - j):
                    splits[facts[family[i]][1]].append((i, j))
    show_errors(texts, merges, splits, n_show, rng, semantic, "by event")


def generator_main(doc: str, seed: int, generate: Callable[[int, int], tuple], fields: tuple[str, ...]) -> None:
    """The command line of a generator whose `generate(n, seed)` gives (texts, family, facts,
    kinds): `cluster` on each size and path, P / R against the families, exhaustive `ratio`."""
    from workbench.core.match.matching import cluster_texts

    args = generator_arguments(doc, seed=seed).parse_args()
    if args.show:
        texts, family, _, kinds = generate(args.show, args.seed)
        for t, f in sorted(zip(texts, family, strict=True), key=lambda tf: tf[1]):
            print(f"{f:5d} {kinds[f]:7s} {t}")
        return
    paths = ["lexical"] if args.no_semantic else (["semantic", "lexical"] if args.lexical else ["semantic"])
    threshold = 0 if args.no_ratio else best_ratio_threshold(generate, args.seed)
    if threshold:
        print(f"ratio threshold {threshold} (F1-best on a separate 2,000-line sample)")
    for size in args.sizes:
        texts, family, facts, kinds = generate(size, args.seed)
        print(f"\n{size} lines, {len(set(family))} families (seed {args.seed}); families by kind: "
              f"{dict(Counter(kinds[f] for f in set(family)).most_common())}")
        for path in paths:
            t0, w0 = time.process_time(), time.perf_counter()
            groups, _links = cluster_texts(texts, semantic=(path == "semantic"))
            cpu, wall = time.process_time() - t0, time.perf_counter() - w0
            p, r = pr(*pair_counts(groups, family))
            print(f"  cluster {path:9s} P {p:.3f}  R {r:.3f}  CPU {cpu:7.1f} s  wall {wall:7.1f} s  "
                  f"groups {len(groups)}", flush=True)
            if args.errors:
                field_errors(texts, family, facts, fields, groups, args.errors, random.Random(args.seed),
                             path == "semantic")
        if threshold:
            print(ratio_line(texts, family, threshold))


def sibling_families(n: int, seed: int, random_fact: Callable[[random.Random], tuple],
                     sibling: Callable[[tuple, random.Random], tuple[tuple, str]],
                     tell: Callable[[tuple, random.Random], str]) -> tuple[list[str], list[int], list[tuple], list[str]]:
    """n lines, their family ids, each family's fact and how it was made ('base' or the field a
    sibling changed): bases with 1-5 siblings (`sibling` changes one field of a fact of the group),
    each family 1-8 distinct retellings (`tell`), shuffled."""
    rng = random.Random(seed)
    lines: list[str] = []
    families: list[int] = []
    facts: list[tuple] = []
    kinds: list[str] = []
    seen: set[tuple] = set()
    while len(lines) < n:
        group = [(random_fact(rng), "base")]
        for _ in range(rng.randint(1, 5)):
            group.append(sibling(rng.choice(group)[0], rng))
        for fact, kind in group:
            if fact in seen:
                continue
            seen.add(fact)
            family = len(facts)
            facts.append(fact)
            kinds.append(kind)
            size = rng.choices([1, 2, 3, 4, 5, 6, 8], weights=[1, 3, 4, 4, 3, 2, 1])[0]
            told: set[str] = set()
            for _ in range(size):
                if len(lines) >= n:
                    break
                text = tell(fact, rng)
                if text in told:
                    continue
                told.add(text)
                lines.append(text)
                families.append(family)
    order = list(range(len(lines)))
    rng.shuffle(order)
    return [lines[i] for i in order], [families[i] for i in order], facts, kinds


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """English words for 0 <= n < 10**9, as the generators write figures ("two hundred and fifty",
    "forty-five thousand")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + number_words(rest))
    if n < 1_000_000:
        rest = n % 1000
        return number_words(n // 1000) + " thousand" + ("" if rest == 0 else (" and " if rest < 100 else " ")
                                                        + number_words(rest))
    rest = n % 1_000_000
    return number_words(n // 1_000_000) + " million" + ("" if rest == 0 else " " + number_words(rest))
