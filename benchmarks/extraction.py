"""Extraction benchmark: recall/precision of atomic claims against human gold, attribution accuracy,
throughput. Run: .venv/bin/python benchmarks/extraction.py [--quick]

Soft matching: a gold unit is recalled when some produced claim scores >= T with
rapidfuzz `token_sort_ratio` (default_process); a claim is precise when it matches some gold
unit. token_sort_ratio penalises length differences, so a whole sentence does not "contain" an
atomic unit for free (token_set_ratio would give 100 to any superset; printed for reference).
Baseline: one claim per sentence (the same sentence splitter, sentences as they are).
A claim with a speaker is matched both as its text and as "<speaker> said <text>".
Throughput is single-process; CPU seconds are printed beside wall-clock seconds because the
machine is shared.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.extract.extractor import extract_claims  # noqa: E402
from workbench.core.extract.sentences import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared"
DECOMP = SHARED / "corpus" / "decomposition"
ECB = SHARED / "corpus" / "articles" / "ecbplus"
DATA = ROOT / "tests" / "data"
Scorer = Callable[..., float]


def detok(text: str) -> str:
    """Undo PTB-style tokenisation (CaRB): 'Coca - Cola', 'could n't', ' , '."""
    t = re.sub(r"\s+([,.;:!?%)\]])", r"\1", text)
    t = re.sub(r"([(\[$])\s+", r"\1", t)
    t = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", t)
    t = re.sub(r"(\w)\s+-\s+(\w)", r"\1-\2", t)
    t = t.replace("`` ", '"').replace(" ''", '"').replace("-LRB- ", "(").replace(" -RRB-", ")")
    return t.strip()


def claims_of(text: str) -> list[str]:
    """Claim texts; a claim with a speaker reads both with and without its attribution
    (gold units sometimes keep "X said", sometimes not): joined by a tab, matched as either."""
    return [f"{c.text}\t{c.speaker} said {c.text}" if c.speaker else c.text
            for c in extract_claims(text) if c.kind == "claim"]


def _score(scorer: Scorer, gold: str, produced: str) -> float:
    return max(scorer(gold, variant, processor=default_process) for variant in produced.split("\t"))


def baseline_of(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def pr(gold: Sequence[str], produced: Sequence[str], scorer: Scorer, threshold: float) -> tuple[int, int]:
    """(gold units recalled, produced units that match some gold unit)."""
    if not gold or not produced:
        return 0, 0
    hit_gold = sum(1 for g in gold if max(_score(scorer, g, p) for p in produced) >= threshold)
    hit_prod = sum(1 for p in produced if max(_score(scorer, g, p) for g in gold) >= threshold)
    return hit_gold, hit_prod


def evaluate(items: list[tuple[str, list[str]]], system: Callable[[str], list[str]], scorer: Scorer,
             threshold: float) -> tuple[float, float, float]:
    g_hit = g_all = p_hit = p_all = 0
    for text, gold in items:
        produced = system(text)
        a, b = pr(gold, produced, scorer, threshold)
        g_hit += a
        g_all += len(gold)
        p_hit += b
        p_all += len(produced)
    r = g_hit / g_all if g_all else 0.0
    p = p_hit / p_all if p_all else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return r, p, f


def report(name: str, items: list[tuple[str, list[str]]], thresholds: Sequence[int] = (60, 70)) -> None:
    print(f"\n== {name}: {len(items)} texts, {sum(len(g) for _, g in items)} gold units")
    print(f"   {'scorer':<22}{'T':>4}  {'system R/P/F1':>22}   {'1-claim-per-sentence R/P/F1':>28}")
    for scorer_name, scorer in (("token_sort_ratio", fuzz.token_sort_ratio), ("token_set_ratio", fuzz.token_set_ratio)):
        for t in thresholds:
            s = evaluate(items, claims_of, scorer, t)
            b = evaluate(items, baseline_of, scorer, t)
            print(f"   {scorer_name:<22}{t:>4}  {s[0]:>6.3f} {s[1]:>6.3f} {s[2]:>6.3f}   "
                  f"{b[0]:>9.3f} {b[1]:>6.3f} {b[2]:>6.3f}")


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def rose_items(limit: int | None) -> list[tuple[str, list[str]]]:
    rows = [r for r in load_jsonl(DECOMP / "rose_acu_cnndm_test.jsonl") if r["split"] == "dev"]
    return [(r["reference_summary"], r["acus"]) for r in rows[:limit]]


def carb_items(limit: int | None) -> list[tuple[str, list[str]]]:
    out = []
    for r in load_jsonl(DECOMP / "carb_gold_dev.jsonl")[:limit]:
        gold = [detok(" ".join([t["arg1"], t["rel"], *t["args"]])) for t in r["tuples"]
                if not t["arg1"].startswith("*(")]
        if gold:
            out.append((detok(r["sentence"]), gold))
    return out


_SAID = re.compile(r"\s*\b(?:(?:has|had|have|also|later|reportedly|supposedly|once)\s+)*"
                   r"(?:said|says|say|told|tell|tells|added|adds|noted|claimed|claims|stated|"
                   r"reported|announced|contended|asserted|argued|explained|insisted|maintained|"
                   r"believes?|believed|thinks?|thought|predicted|acknowledged|agreed|wrote|writes|"
                   r"warned|estimated|suggested|concluded|indicated|pointed out|promises|promised|according to)\b.*$",
                   re.IGNORECASE)


def gold_speaker(context: str) -> str | None:
    """'A Coca - Cola spokesman said' -> 'A Coca-Cola spokesman'."""
    c = detok(context)
    m = re.match(r"^according to\s+(.+)$", c, re.IGNORECASE)
    if m:
        return m.group(1)
    s = _SAID.sub("", c).strip(" ,")
    return s or None


def attribution_accuracy() -> tuple[int, int, int, list[str]]:
    """Per sentence with a gold attribution context: is some claim's speaker the gold speaker?

    Returns (correct, sentences with gold speaker, sentences where we gave any speaker, examples of misses).
    """
    correct = total = any_speaker = 0
    misses: list[str] = []
    for r in load_jsonl(DECOMP / "carb_said_type.jsonl"):
        speakers = {sp for t in r["tuples"] for ctx in t.get("context", []) if (sp := gold_speaker(ctx))}
        if not speakers:
            continue
        total += 1
        sentence = detok(r["sentence"])
        ours = {c.speaker for c in extract_claims(sentence) if c.speaker is not None}
        if ours:
            any_speaker += 1
        # ours may add the role the gold leaves out ("Paul Johanson, Monsanto's director of ...")
        ok = any(fuzz.token_set_ratio(g, o, processor=default_process) >= 85 for g in speakers for o in ours)
        correct += ok
        if not ok and len(misses) < 8:
            misses.append(f"{sentence[:90]!r}: gold {sorted(speakers)} ours {sorted(ours)}")
    return correct, total, any_speaker, misses


def gold_file_items() -> list[tuple[str, str, list[dict], str | None]]:
    """Own gold: tests/data/*_claims.json -> (name, body, gold claims)."""
    out = []
    for path in sorted([*DATA.glob("gold_*_claims.json"), *DATA.glob("ecbplus_gold_*.json")]):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append((path.name, data["body"], data["claims"], data.get("published")))
    return out


def own_gold_report() -> None:
    items = gold_file_items()
    if not items:
        print("\n== own gold: none in tests/data")
        return
    print(f"\n== own gold (tests/data): {len(items)} articles")
    tot_g = tot_hit = tot_p = tot_phit = spk_ok = spk_all = 0
    base_hit = 0
    for name, body, gold, published in items:
        claims = [c for c in extract_claims(body, published=published) if c.kind == "claim"]
        texts = [c.text for c in claims]
        gold_texts = [g["text"] for g in gold]
        hit, phit = pr(gold_texts, texts, fuzz.token_sort_ratio, 70)
        bhit, _ = pr(gold_texts, baseline_of(body), fuzz.token_sort_ratio, 70)
        tot_g += len(gold)
        tot_hit += hit
        base_hit += bhit
        tot_p += len(texts)
        tot_phit += phit
        for g in gold:
            scored = [(fuzz.token_sort_ratio(g["text"], c.text, processor=default_process), i) for i, c in enumerate(claims)]
            if not scored or max(scored)[0] < 70:
                continue
            best = claims[max(scored)[1]]
            spk_all += 1
            want = g.get("speaker")
            got = best.speaker
            if (want is None and got is None) or (want and got and want.lower() in got.lower()):
                spk_ok += 1
        print(f"   {name:<34} gold {len(gold):>3}  claims {len(texts):>3}  recall {hit / len(gold):.3f}  "
              f"baseline {bhit / len(gold):.3f}  precision {phit / max(1, len(texts)):.3f}")
    print(f"   ALL recall {tot_hit / tot_g:.3f} (baseline {base_hit / tot_g:.3f})  precision "
          f"{tot_phit / max(1, tot_p):.3f}  speaker right on matched claims {spk_ok}/{spk_all}")


def throughput(target_bytes: int = 2_000_000) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("t*/*.txt"))]
    corpus_chars = sum(len(t) for t in texts)
    reps = max(1, target_bytes // max(1, corpus_chars) + 1)
    articles = texts * reps
    total = sum(len(t) for t in articles)
    t0, c0 = time.perf_counter(), time.process_time()
    n_claims = sum(len(extract_claims(t)) for t in articles)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(f"\n== throughput: {len(articles)} ECB+ articles ({total / 1e6:.2f} MB), one call each: "
          f"{total / dt / 1e6:.2f} MB/s wall, {total / dc / 1e6:.2f} MB/s CPU ({n_claims} claims, {dt:.2f} s)")
    big = "\n".join(articles)
    t0, c0 = time.perf_counter(), time.process_time()
    n = len(extract_claims(big))
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(f"   one {len(big) / 1e6:.2f} MB body in one call: {len(big) / dt / 1e6:.2f} MB/s wall, "
          f"{len(big) / dc / 1e6:.2f} MB/s CPU ({n} claims)")


def spans_ok() -> None:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("t*/*.txt"))]
    sample = SHARED / "samples" / "mee-iraq-border-crossing.txt"
    if sample.exists():
        bodies.append(sample.read_text(encoding="utf-8"))
    bad = sum(1 for b in bodies for c in extract_claims(b) if b[c.start:c.end] != c.quote)
    print(f"\n== spans: {len(bodies)} articles, claims with body[start:end] != quote: {bad}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="first 60 items of each set, smaller throughput input")
    args = ap.parse_args()
    limit = 60 if args.quick else None
    own_gold_report()
    if not DECOMP.exists():
        print(f"\n(shared corpus not found at {DECOMP}: skipping RoSE/CaRB/attribution)")
    else:
        report("RoSE ACUs, CNN/DM summaries (dev)", rose_items(limit))
        report("CaRB gold tuples (dev, tuple joined into a sentence)", carb_items(limit))
        ok, total, any_spk, misses = attribution_accuracy()
        print(f"\n== attribution (carb_said_type): speaker right {ok}/{total} = {ok / total:.3f}; "
              f"some speaker given {any_spk}/{total}")
        for m in misses:
            print("   miss:", m)
    if ECB.exists():
        spans_ok()
        throughput(500_000 if args.quick else 2_000_000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
