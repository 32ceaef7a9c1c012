"""Matching benchmark: scale (synthetic 1k / 10k / 100k claims) and quality (real labelled pairs).

    .venv/bin/python benchmarks/matching.py                 # everything
    .venv/bin/python benchmarks/matching.py --scale 1000 10000 100000 --no-real
    .venv/bin/python benchmarks/matching.py --real-only

Scale. A synthetic corpus of news claims: many "facts" (an event, a place, an actor, a figure),
each retold by several outlets with paraphrase (synonyms, word order, attribution tails,
British/American spelling, transliteration variants), number reformatting ("500,000", "half a
million", "some 500,000", "0.5 million") and, for some outlets, a conflicting figure; plus
unrelated filler claims. For each size it prints the time and peak memory (tracemalloc) of the
blocked matcher (`find_links`, full comparison included), and the recall of the blocking stage
against an exhaustive reference: every pair whose cheap score (rapidfuzz token_set_ratio on the
normalised claims) reaches the same cut-off. The reference is `rapidfuzz.process.cdist` over all
pairs at 1k and 10k; at 100k (5e9 pairs) it is cdist of a random sample of 2,000 query claims
against all 100k claims (an unbiased estimate of recall; the sample size is printed).

Quality. On ../shared/corpus/claim-pairs (dev parts only): MRPC (paraphrase = duplicate),
STS headlines (Spearman of score vs the human 0-5 similarity; score >= 4 as duplicate),
Emergent (claim vs headline: how often an "against" headline is kept from being a duplicate),
ECB+ sentence pairs (same vs look-alike event). Thresholds, ours and the baseline's, are chosen
on MRPC train only and then applied to MRPC dev and STS.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process, utils  # noqa: E402

from workbench.core.match import matching  # noqa: E402
from workbench.core.match.blocking import CHEAP_CUTOFF, CHEAP_SCORER, encode, verified_pairs  # noqa: E402
from workbench.core.match.normalize import normalize  # noqa: E402

PAIRS = ROOT.parent / "shared" / "corpus" / "claim-pairs"

# ----------------------------------------------------------------------------------------------
# Real data


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def spearman(xs: list[float], ys: list[float]) -> float:
    def ranks(v: list[float]) -> list[float]:
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
                j += 1
            for k in range(i, j + 1):
                r[order[k]] = (i + j) / 2 + 1
            i = j + 1
        return r

    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def prf(pred: list[bool], gold: list[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    tn = len(pred) - tp - fp - fn
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"acc": (tp + tn) / len(pred), "prec": prec, "rec": rec, "f1": f1}


class Ours:
    """Our matcher, with the duplicate threshold as a free parameter (for tuning)."""

    name = "workbench compare"

    def __init__(self, same_fact: bool = False) -> None:
        self.same_fact = same_fact
        if same_fact:
            self.name = "workbench (dup or conflict)"

    def run(self, pairs: list[tuple[str, str]]) -> list[tuple[float, bool]]:
        """(score, 'nothing else blocks a duplicate') for each pair, with threshold 0."""
        ok = ("duplicate", "conflict") if self.same_fact else ("duplicate",)
        out = []
        for a, b in pairs:
            c = matching.compare(a, b)
            # the learned probability ranks the pairs; "nothing else blocks" = no clash or other-fact rule
            blocked = c.relation not in ok and (c.relation != "related" or any(
                r.endswith(": a different fact") or r.startswith(("figures disagree", "dates differ", "opposite"))
                for r in c.reasons))
            out.append((c.score, not blocked))
        return out


class AlwaysDuplicate:
    """The trivial reference: every pair a duplicate (MRPC is about 2/3 paraphrases)."""

    name = "(always duplicate)"

    def run(self, pairs: list[tuple[str, str]]) -> list[tuple[float, bool]]:
        return [(100.0, True) for _ in pairs]


def bootstrap_f1_diff(pa: list[bool], pb: list[bool], gold: list[bool], n: int = 2000,
                      seed: int = 3) -> tuple[float, float]:
    """95% interval of F1(pa) - F1(pb) over paired bootstrap resamples of the rows."""
    rng = random.Random(seed)
    k = len(gold)
    diffs = []
    for _ in range(n):
        idx = [rng.randrange(k) for _ in range(k)]
        g = [gold[i] for i in idx]
        diffs.append(prf([pa[i] for i in idx], g)["f1"] - prf([pb[i] for i in idx], g)["f1"])
    diffs.sort()
    return diffs[int(0.025 * n)], diffs[int(0.975 * n) - 1]


class Baseline:
    name = "rapidfuzz token_set_ratio"

    def run(self, pairs: list[tuple[str, str]]) -> list[tuple[float, bool]]:
        return [(fuzz.token_set_ratio(a, b, processor=utils.default_process), True) for a, b in pairs]


def predict(scored: list[tuple[float, bool]], threshold: float) -> list[bool]:
    return [ok and s >= threshold for s, ok in scored]


def tune(scored: list[tuple[float, bool]], gold: list[bool]) -> float:
    best_t, best_f = 0.0, -1.0
    for t in range(0, 101):
        f = prf(predict(scored, t), gold)["f1"]
        if f > best_f:
            best_t, best_f = float(t), f
    return best_t


def real_data(limit: int | None = None) -> None:
    if not PAIRS.exists():
        print(f"(real-data evaluation skipped: {PAIRS} is absent)")
        return
    mrpc = read_tsv(PAIRS / "mrpc.tsv")
    train = [r for r in mrpc if r["split"] == "train"][:limit]
    dev = [r for r in mrpc if r["split"] == "dev"][:limit]
    sts = [r for r in read_tsv(PAIRS / "sts_headlines.tsv") if r["split"] == "dev"][:limit]
    emergent = [r for r in read_tsv(PAIRS / "emergent_claim_headline_stance.tsv") if r["split"] == "dev"][:limit]
    ecb = [json.loads(line) for line in (PAIRS / "ecbplus_event_sentence_pairs.jsonl").open(encoding="utf-8")]
    ecb = [r for r in ecb if r["split"] == "dev"][:limit]

    rows = []
    preds_dev = []
    for system in (AlwaysDuplicate(), Baseline(), Ours(), Ours(same_fact=True)):
        t0 = time.perf_counter()
        s_train = system.run([(r["sentence1"], r["sentence2"]) for r in train])
        g_train = [r["label"] == "1" for r in train]
        thr = tune(s_train, g_train)
        s_dev = system.run([(r["sentence1"], r["sentence2"]) for r in dev])
        g_dev = [r["label"] == "1" for r in dev]
        m_train = prf(predict(s_train, thr), g_train)
        m_dev = prf(predict(s_dev, thr), g_dev)
        preds_dev.append(predict(s_dev, thr))
        s_sts = system.run([(r["sentence1"], r["sentence2"]) for r in sts])
        gold_sts = [float(r["score"]) for r in sts]
        rho = spearman([s for s, _ in s_sts], gold_sts)
        thr_sts = tune(s_sts, [g >= 4 for g in gold_sts])
        m_sts = prf(predict(s_sts, thr_sts), [g >= 4 for g in gold_sts])
        s_em = system.run([(r["claim"], r["article_headline"]) for r in emergent])
        against = [p for p, r in zip(predict(s_em, thr), emergent, strict=True) if r["stance"] == "against"]
        favour = [p for p, r in zip(predict(s_em, thr), emergent, strict=True) if r["stance"] == "for"]
        s_ecb = system.run([(r["text_a"], r["text_b"]) for r in ecb])
        g_ecb = [r["label"] == "same_event" for r in ecb]
        ecb_rho = spearman([s for s, _ in s_ecb], [float(g) for g in g_ecb])
        rows.append((system.name, thr, m_train, m_dev, rho, thr_sts, m_sts,
                     sum(against) / max(1, len(against)), sum(favour) / max(1, len(favour)), ecb_rho,
                     time.perf_counter() - t0))

    print("\n== Real data (../shared/corpus/claim-pairs, dev parts; thresholds tuned on MRPC train) ==")
    print(f"MRPC train {len(train)} / dev {len(dev)} pairs; STS headlines dev {len(sts)}; "
          f"Emergent dev {len(emergent)}; ECB+ dev {len(ecb)}")
    hdr = f"{'':28s} {'thr':>4s} | {'MRPC-dev acc':>12s} {'prec':>5s} {'rec':>5s} {'F1':>5s} | " \
          f"{'(train F1)':>10s} | {'STS rho':>7s} {'STS>=4 F1':>9s} | {'Emg against->dup':>16s} " \
          f"{'for->dup':>8s} | {'ECB+ rho':>8s}"
    print(hdr)
    print("(STS rho: Spearman of score vs human 0-5; STS>=4 F1 with a threshold tuned on STS dev; Emergent:")
    print(" share of 'against' / 'for' headlines called duplicate of their claim; ECB+ rho: score vs same-event)")
    for name, thr, mt, md, rho, _thr_sts, ms, ag, fv, erho, secs in rows:
        if thr is None:
            continue
        print(f"{name:28s} {thr:4.0f} | {md['acc']:12.3f} {md['prec']:5.3f} {md['rec']:5.3f} {md['f1']:5.3f} | "
              f"{mt['f1']:10.3f} | {rho:7.3f} {ms['f1']:9.3f} | {ag:16.3f} {fv:8.3f} | {erho:8.3f}"
              f"   ({secs:.1f} s)")
    g_dev = [r["label"] == "1" for r in dev]
    base = prf(preds_dev[1], g_dev)["f1"]
    print("MRPC-dev F1 minus the baseline's, with a paired bootstrap 95% interval (2,000 resamples):")
    for (name, *_), pred in zip(rows, preds_dev, strict=True):
        if name != Baseline.name:
            lo, hi = bootstrap_f1_diff(pred, preds_dev[1], g_dev)
            print(f"  {name:28s} {prf(pred, g_dev)['f1'] - base:+.3f} [{lo:+.3f}, {hi:+.3f}]")
    print("Two readings of 'duplicate': 'workbench compare' counts only compatible figures as the same fact;")
    print("'dup or conflict' also counts a conflict (same statement, different figures or a denial), which is")
    print("nearer MRPC's definition. benchmarks/train_decision.py fits the learned decision the app uses.")


# ----------------------------------------------------------------------------------------------
# Synthetic corpus (scale)

SYLLABLES = ["ka", "ro", "mi", "sul", "ta", "bar", "den", "zi", "lo", "qa", "hem", "dor", "ash", "ul", "mar",
             "ni", "sa", "ra", "bad", "kir", "tan", "far", "zan", "hal", "jib", "ye", "mos", "na", "ri", "dal"]
FIRST = ["Ahmed", "Maria", "John", "Fatima", "Ali", "Elena", "Omar", "Li", "Peter", "Aisha", "Hassan", "Sara",
         "David", "Nadia", "Yusuf", "Anna", "Karim", "Laila", "Mohammed", "Olga", "Ibrahim", "Grace", "Tariq"]
LAST = ["Hassan", "Novak", "Smith", "al-Waleed", "Kovac", "Rahman", "Haddad", "Okafor", "Petrov", "Mansour",
        "Garcia", "Khalil", "Nasser", "Chen", "Dubois", "Saleh", "Qureshi", "Ivanova", "Mendes", "Obeid"]
ORGS = ["the army", "government forces", "militants", "rebels", "the UN", "the Red Cross", "police", "the coalition",
        "tribal fighters", "the interior ministry", "aid agencies", "the health ministry", "the central bank",
        "the electoral commission", "the World Food Programme", "Unicef", "the navy", "the air force",
        "the opposition", "the ruling party", "the finance ministry", "the supreme court", "the port authority"]
SYN = {"killed": ["killed", "left dead"], "soldiers": ["soldiers", "troops"], "said": ["said", "told reporters"],
       "fled": ["fled", "escaped from"], "homes": ["homes", "houses"], "advisers": ["advisers", "advisors"],
       "announced": ["announced", "said"], "seized": ["seized", "captured", "took"], "hospital": ["hospital", "clinic"],
       "arrested": ["arrested", "detained"], "percent": ["percent", "per cent", "%"]}
# Event grammar: an organisation did something to a number of things in a place (30 verbs x 60
# objects x thousands of places), retold with synonyms, active/passive voice and attribution.
VERBS = [["destroyed", "wrecked"], ["seized", "captured", "confiscated"], ["delivered", "sent", "shipped"],
         ["evacuated", "moved out"], ["rescued", "saved"], ["arrested", "detained"], ["killed", "left dead"],
         ["injured", "wounded"], ["vaccinated", "immunised", "immunized"], ["repaired", "fixed"],
         ["closed", "shut"], ["reopened", "opened again"], ["built", "constructed"], ["damaged", "hit"],
         ["recovered", "found"], ["released", "freed"], ["deployed", "sent"], ["donated", "gave"],
         ["exported", "shipped abroad"], ["burned", "set fire to"], ["demolished", "tore down"],
         ["inspected", "checked"], ["banned", "prohibited"], ["treated", "cared for"], ["registered", "enrolled"],
         ["relocated", "resettled"], ["trained", "instructed"], ["hired", "recruited"], ["sold", "auctioned"],
         ["stole", "looted"]]
OBJECTS = ["homes", "schools", "vehicles", "tonnes of wheat", "barrels of oil", "migrants", "protesters",
           "soldiers", "civilians", "weapons", "shops", "bridges", "buses", "doctors", "teachers", "refugees",
           "prisoners", "children", "tents", "generators", "water tanks", "hectares of farmland", "head of cattle",
           "fishing boats", "aid trucks", "police officers", "journalists", "workers", "students", "patients",
           "landmines", "rockets", "drones", "wells", "clinics", "power lines", "apartments", "factories",
           "shipping containers", "passports", "voters", "ballot boxes", "jobs", "loans", "computers",
           "vaccine doses", "sacks of rice", "litres of fuel", "bicycles", "mosques", "churches", "hospitals",
           "checkpoints", "tunnels", "boats", "laptops", "mobile phones", "paintings", "cars", "tractors"]
PATTERNS = ["{a} {v} {n} {o} in {p}{when}", "{n} {o} were {v} in {p} by {a}{when}",
            "in {p}, {a} {v} {n} {o}{when}", "{a} said it had {v} {n} {o} in {p}{when}",
            "{n} {o} in {p} were {v}{when}, {a} said"]
WHEN = ["", "", " on {d}", " last week", " this month", " overnight"]
# Fact-specific details (each fact has one or two; each outlet keeps some of them), so that claims
# read like news sentences (12-30 words) rather than bare templates.
DETAILS = [" after clashes with {a2} near {x}", " during an operation on the road to {x}",
           " close to the {x} district", " following talks between {a2} and {w}",
           " despite warnings from {w}", " as part of a campaign led by {w}", " in the wake of the {x} floods",
           " after a request from {a2}", " near the old {x} market", " on the outskirts of {x}",
           " under an agreement signed in {x}", " while {a2} blocked the {x} bridge"]
TAILS = ["", "", "", ", officials said", ", according to {a}", ", a spokesman said", ", witnesses said",
         ", local media reported", ", the ministry said", ", {w} told reporters", ", a statement said"]
FILLER_SUBJ = ["the minister", "analysts", "the governor of {p}", "the opposition leader", "{w}", "the spokesman",
               "residents of {p}", "the company", "diplomats", "the committee", "{a}", "the court in {p}"]
FILLER_VERB = ["called for calm in", "expressed concern about", "announced a review of", "rejected criticism of",
               "welcomed the decision on", "postponed a decision on", "raised questions about", "promised reforms in",
               "warned of delays in", "praised the response in", "visited", "held talks about"]
FILLER_OBJ = ["the budget", "the talks", "the elections", "the reconstruction of {p}", "fuel prices",
              "the water supply in {p}", "the new law", "the trade agreement with {x}", "school closures in {p}",
              "the investigation", "the curfew in {p}", "relations with {x}", "power cuts in {p}"]
TRANSLIT = [("ee", "i"), ("ou", "u"), ("aa", "a"), ("mm", "m"), ("q", "k"), ("ai", "ay")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_number(n: float, rng: random.Random) -> str:
    if n != int(n):
        return f"{n:g}"
    n = int(n)
    choices = [f"{n:,}", str(n)]
    if n >= 1_000_000 and n % 100_000 == 0:
        choices.append(f"{n / 1_000_000:g} million")
    if n == 500_000:
        choices += ["half a million", "some 500,000", "nearly 500,000"]
    if 1000 <= n < 1_000_000 and n % 1000 == 0:
        choices.append(f"{n // 1000:,} thousand")
    if n < 20:
        choices.append(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                        "eighteen", "nineteen"][n])
    if n >= 100:
        choices.append(f"some {n:,}")
    return rng.choice(choices)


def _variant(name: str, rng: random.Random) -> str:
    for a, b in TRANSLIT:
        if a in name.lower() and rng.random() < 0.5:
            return name.replace(a, b)
    return name


def synthetic_corpus(n_claims: int, seed: int = 7) -> tuple[list[str], list[int]]:
    """Claims and, per claim, the fact id it retells (-1 for unrelated filler claims)."""
    rng = random.Random(seed)
    n_places = max(200, n_claims // 6)
    places = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
                     for _ in range(n_places)})
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(max(100, n_claims // 20))]
    orgs = ORGS + [f"the {p} {kind}" for p in places[: max(50, len(places) // 10)]
                   for kind in ("council", "police", "governor's office", "relief committee")]
    texts: list[str] = []
    facts: list[int] = []
    fact_id = 0

    def fill(t: str, **kw: str) -> str:
        base = dict(p=rng.choice(places), x=rng.choice(places), a=rng.choice(orgs), w=rng.choice(people),
                    d=rng.choice(WEEKDAYS))
        base.update(kw)
        return t.format(**base)

    while len(texts) < n_claims:
        if rng.random() < 0.3:  # an unrelated claim: one outlet, one fact of its own
            t = fill(f"{rng.choice(FILLER_SUBJ)} {rng.choice(FILLER_VERB)} {rng.choice(FILLER_OBJ)} in {{p}} on {{d}}")
            texts.append(t[0].upper() + t[1:] + fill(rng.choice(TAILS)))
            facts.append(-1)
            continue
        verbs, obj = rng.choice(VERBS), rng.choice(OBJECTS)
        slots = dict(p=rng.choice(places), x=rng.choice(places), a=rng.choice(orgs), w=rng.choice(people),
                     d=rng.choice(WEEKDAYS), a2=rng.choice(orgs))
        details = rng.sample(DETAILS, rng.randint(1, 2))
        when = rng.choice(WHEN)
        n = rng.choice([rng.randint(2, 19), rng.randint(2, 99) * 10, rng.randint(1, 999) * 1000, 500_000,
                        rng.randint(2, 40) * 100_000, rng.randint(21, 999)])
        for _ in range(rng.randint(2, 9)):  # outlets retelling the fact
            template = rng.choice(PATTERNS)
            value = n if rng.random() > 0.15 else n * rng.choice([10, 2, 3])  # a conflicting figure
            kept = "".join(d for d in details if rng.random() < 0.75).format(**slots)
            kw = dict(slots, n=fmt_number(value, rng), v=rng.choice(verbs), o=obj + kept,
                      when=when.format(d=slots["d"]) if rng.random() < 0.7 else "")
            if rng.random() < 0.3:
                kw["p"] = _variant(kw["p"], rng)
                kw["a"] = _variant(kw["a"], rng)
            text = template.format(**kw)
            for word, alts in SYN.items():
                if word in text and rng.random() < 0.5:
                    text = text.replace(word, rng.choice(alts), 1)
            text = text[0].upper() + text[1:] + fill(rng.choice(TAILS))
            texts.append(text)
            facts.append(fact_id)
        fact_id += 1
    return texts[:n_claims], facts[:n_claims]


def exhaustive_reference(strings: list[str], queries: list[int]) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, with i in `queries`, whose cheap score reaches the cut-off: rapidfuzz
    `process.cdist` of every query claim against every claim (in chunks of 500 rows)."""
    ref: set[tuple[int, int]] = set()
    try:
        import numpy as np
    except ImportError:  # cdist needs numpy; process.extract is the same computation row by row
        np = None
    for start in range(0, len(queries), 500):
        q = queries[start:start + 500]
        if np is not None:
            m = process.cdist([strings[i] for i in q], strings, scorer=CHEAP_SCORER, score_cutoff=CHEAP_CUTOFF,
                              dtype=np.uint8, workers=-1)
            rows, cols = np.nonzero(m)
            pairs = zip(rows.tolist(), cols.tolist(), strict=True)
            found = ((q[r], c) for r, c in pairs)
        else:
            found = ((i, j) for i in q for _, _, j in process.extract(
                strings[i], strings, scorer=CHEAP_SCORER, score_cutoff=CHEAP_CUTOFF, limit=None))
        for i, j in found:
            if i != j:
                ref.add((min(i, j), max(i, j)))
    return ref


def scale_child(n: int, sample: int) -> dict:
    """One size, in its own process so time and peak memory are the matcher's own."""
    import resource

    texts, facts = synthetic_corpus(n)
    gc.collect()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    found = matching.find_links(texts, workers=matching.default_workers())
    secs = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # recall of the blocking stage against the exhaustive reference of the same cheap scorer
    tokens = [normalize(t).all_tokens for t in texts]
    enc = encode(tokens)
    blocked = {(i, j) for i, j, _ in verified_pairs(tokens, enc=enc, workers=matching.default_workers())}
    queries = list(range(n)) if n <= 10_000 else sorted(random.Random(1).sample(range(n), sample))
    t1 = time.perf_counter()
    ref = exhaustive_reference(enc.strings, queries)
    ref_secs = time.perf_counter() - t1
    qset = set(queries)
    if n > 10_000:  # the reference only holds pairs with a sampled claim; compare like with like
        blocked = {p for p in blocked if p[0] in qset or p[1] in qset}
    hit = len(ref & blocked)
    # ground truth of the generator: pairs retelling one fact, and how many of them got linked
    by_fact: dict[int, int] = {}
    for f in facts:
        if f >= 0:
            by_fact[f] = by_fact.get(f, 0) + 1
    same_total = sum(k * (k - 1) // 2 for k in by_fact.values())
    linked_same = sum(1 for i, j, _ in found if facts[i] == facts[j] and facts[i] >= 0)
    return {
        "n": n, "secs": secs, "rss_before": rss0, "rss_peak": rss1, "links": len(found),
        "dup": sum(c.relation == "duplicate" for _, _, c in found),
        "conf": sum(c.relation == "conflict" for _, _, c in found),
        "recall": hit / len(ref) if ref else 1.0, "ref": len(ref),
        "ref_over": "all pairs" if n <= 10_000 else f"{sample} x {n}", "ref_secs": ref_secs,
        "fact_recall": linked_same / same_total if same_total else 1.0,
        "link_precision": linked_same / len(found) if found else 1.0,
    }


def scale(sizes: list[int], sample: int = 2000) -> None:
    import subprocess

    print("\n== Scale: synthetic corpus, blocked matcher (find_links: blocking + full comparison) ==")
    print("time and peak RSS of the matcher in a fresh process; recall = share of the exhaustive cdist")
    print(f"reference pairs (cheap score >= {CHEAP_CUTOFF:g}) that blocking finds; fact-recall / precision =")
    print("same-fact pairs (generator ground truth) linked as duplicate or conflict / links that are same-fact")
    print(f"{'claims':>8s} {'time s':>7s} {'RSS MB':>14s} {'links':>8s} {'dup':>7s} {'conf':>6s} | "
          f"{'recall':>7s} {'ref pairs':>9s} {'ref over':>13s} {'ref s':>6s} | {'fact-recall':>11s} {'precision':>9s}")
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(n), "--sample", str(sample)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        rss = f"{r['rss_before']:.0f}->{r['rss_peak']:.0f}"
        print(f"{r['n']:8d} {r['secs']:7.1f} {rss:>14s} {r['links']:8d} {r['dup']:7d} {r['conf']:6d} | "
              f"{r['recall']:7.4f} {r['ref']:9d} {r['ref_over']:>13s} {r['ref_secs']:6.1f} | "
              f"{r['fact_recall']:11.3f} {r['link_precision']:9.3f}", flush=True)


def event_context() -> None:
    """ECB+ dev topics as projects: claims = sentences; links across the two look-alike events."""
    import tempfile

    from workbench.core.ingest.reader import content_hash
    from workbench.core.model import ExtractedClaim, ImportedArticle
    from workbench.core.store import Store

    root = ROOT.parent / "shared" / "corpus" / "articles" / "ecbplus"
    if not root.exists():
        print(f"(event-context evaluation skipped: {root} is absent)")
        return
    index = read_tsv(root / "index.tsv")
    print("\n== Event context: ECB+ dev topics as projects (each sentence of 6+ words a claim) ==")
    print(f"{'topic':>6s} {'claims':>7s} | {'with context: same-event':>24s} {'cross-event':>11s} | "
          f"{'words only: same-event':>22s} {'cross-event':>11s}")
    with tempfile.TemporaryDirectory() as tmp:
        for topic in sorted({r["topic"] for r in index if r["split"] == "dev"}, key=int):
            store = Store.open(Path(tmp) / f"t{topic}.db")
            sub = {}
            for row in (r for r in index if r["topic"] == topic):
                text = (root / row["file"]).read_text(encoding="utf-8")
                claims, pos = [], 0
                for line in text.split("\n"):
                    start = text.index(line, pos)
                    pos = start + len(line)
                    if len(line.split()) >= 6 and not line.startswith("http"):
                        claims.append(ExtractedClaim(text=line, quote=line, start=start, end=start + len(line)))
                aid = store.add_article(ImportedArticle(text=text, title=row["first_line"][:80], outlet=row["file"],
                                                        file=row["file"], content_hash=content_hash(text)), claims)
                sub[aid] = row["subtopic"]
            matching.match_project(store)
            rows = store.claims_for_matching()
            art = {r["id"]: r["article_id"] for r in rows}
            links = [lk for lk in store.links() if lk["relation"] in ("duplicate", "conflict")]
            same = sum(sub[art[lk["claim_a"]]] == sub[art[lk["claim_b"]]] for lk in links)
            plain = matching.find_links([r["text"] for r in rows],
                                        skip=lambda i, j, rows=rows: rows[i]["article_id"] == rows[j]["article_id"])
            p_cross = sum(sub[rows[i]["article_id"]] != sub[rows[j]["article_id"]] for i, j, _ in plain)
            print(f"{topic:>6s} {len(rows):7d} | {same:24d} {len(links) - same:11d} | "
                  f"{len(plain) - p_cross:22d} {p_cross:11d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", nargs="*", type=int, default=[1000, 10_000, 100_000])
    ap.add_argument("--no-real", action="store_true")
    ap.add_argument("--real-only", action="store_true")
    ap.add_argument("--limit", type=int, default=None, help="rows per real-data set (quick runs)")
    ap.add_argument("--sample", type=int, default=2000, help="query claims for the reference above 10k")
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(scale_child(args.child, args.sample)))
        return
    if not args.real_only and args.scale:
        scale(args.scale, args.sample)
    if not args.no_real:
        real_data(args.limit)
        event_context()


if __name__ == "__main__":
    main()
