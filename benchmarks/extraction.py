"""Extraction benchmark: recall/precision of atomic claims against human gold, attribution accuracy,
throughput. Run: .venv/bin/python benchmarks/extraction.py [--quick] [--compare-with /work/main]

`--compare-with DIR` runs the same measurements on another checkout's code (the baseline, e.g. main)
in a subprocess and prints the key figures side by side. The own gold (tests/data, see
benchmarks/gold_scoring.py) is scored fact by fact with error classes.

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
import functools
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

ROOT = Path(__file__).resolve().parents[1]
# --code-root DIR: measure that checkout's extraction code (the benchmark and gold stay this one's)
CODE_ROOT = Path(sys.argv[sys.argv.index("--code-root") + 1]) if "--code-root" in sys.argv else ROOT
sys.path.insert(0, str(CODE_ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))

import gold_scoring  # noqa: E402

from workbench.core.extract.extractor import extract_claims  # noqa: E402
from workbench.core.extract.sentences import split_sentences  # noqa: E402
from workbench.core.ingest.reader import IngestError, article_from_bytes  # noqa: E402

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


@functools.cache
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


def report(name: str, items: list[tuple[str, list[str]]], thresholds: Sequence[int] = (60, 70),
           system: Callable[[str], list[str]] = claims_of) -> dict[str, float]:
    """Print R/P/F1 per scorer and threshold; return the headline figures (token_sort_ratio, T=70)."""
    print(f"\n== {name}: {len(items)} texts, {sum(len(g) for _, g in items)} gold units")
    out: dict[str, float] = {}
    print(f"   {'scorer':<22}{'T':>4}  {'system R/P/F1':>22}   {'1-claim-per-sentence R/P/F1':>28}")
    for scorer_name, scorer in (("token_sort_ratio", fuzz.token_sort_ratio), ("token_set_ratio", fuzz.token_set_ratio)):
        for t in thresholds:
            s = evaluate(items, system, scorer, t)
            b = evaluate(items, baseline_of, scorer, t)
            print(f"   {scorer_name:<22}{t:>4}  {s[0]:>6.3f} {s[1]:>6.3f} {s[2]:>6.3f}   "
                  f"{b[0]:>9.3f} {b[1]:>6.3f} {b[2]:>6.3f}")
            if scorer_name == "token_sort_ratio" and t == 70:
                out.update(recall=s[0], precision=s[1], sentence_recall=b[0], sentence_precision=b[1])
    # the scorer, reconstructed: on this dev set partial_ratio >= 90 gives one claim per sentence
    # 0.353/0.716 (issue, held-out: 0.415/0.717) and the build the issue measured (15e229d) 0.386/0.724
    # (issue: 0.451/0.724): both precisions reproduced, recall about 0.06 lower here for both. token_sort
    # >= 70 gives 0.320/0.672 and 0.403/0.744 (precision 0.045 off, recall gap 0.083 for the 0.036),
    # other rapidfuzz scorers and thresholds fit worse: partial >= 90 is the faithful one
    s = evaluate(items, system, fuzz.partial_ratio, 90)
    b = evaluate(items, baseline_of, fuzz.partial_ratio, 90)
    print(f"   {'partial_ratio':<22}{90:>4}  {s[0]:>6.3f} {s[1]:>6.3f} {s[2]:>6.3f}   "
          f"{b[0]:>9.3f} {b[1]:>6.3f} {b[2]:>6.3f}   (issue-like scorer, reconstructed)")
    out.update(partial_recall=s[0], partial_precision=s[1], partial_sentence_recall=b[0],
               partial_sentence_precision=b[1])
    return out


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


def own_gold_report() -> dict[str, float]:
    """Own gold, fact by fact (benchmarks/gold_scoring.py): right speaker, figures, spans, error classes."""
    scores = gold_scoring.score_all(DATA, extract_claims)
    if not scores:
        print("\n== own gold: none in tests/data")
        return {}
    print(f"\n== own gold (tests/data): {len(scores)} articles; facts with the right speaker / facts "
          f"(T={gold_scoring.T}, one claim per fact)")
    total, wire = gold_scoring.GoldScore(), gold_scoring.GoldScore()
    for name, s in scores.items():
        total.add(s)
        if name.startswith("wire_"):
            wire.add(s)
        errors = ", ".join(f"{k} {v}" for k, v in sorted(s.errors.items()))
        print(f"   {name:<32} {s.right_speaker:>3}/{s.facts:<3} found {s.found:>3}  claims {s.claims:>3}  "
              f"figures {s.figures_right}/{s.figures}  bad spans {s.bad_spans}  [{errors}]")
    print(f"   ALL {total.right_speaker}/{total.facts} right speaker; wire stories (wire_gold_*) "
          f"{wire.right_speaker}/{wire.facts}; figures {total.figures_right}/{total.figures}; bad spans "
          f"{total.bad_spans}; claims matching no fact {total.errors['extra'] + total.errors['boilerplate kept']}"
          f"/{total.claims}")
    print("   errors by class: " + ", ".join(f"{k} {total.errors[k]}" for k in gold_scoring.CLASSES))
    seed = scores.get("gold_mee_claims.json")
    out = {"gold_right_speaker": total.right_speaker, "gold_facts": total.facts,
           "wire_right_speaker": wire.right_speaker, "wire_facts": wire.facts,
           "figures_right": total.figures_right, "figures": total.figures, "bad_spans": total.bad_spans,
           "seed_right_speaker": seed.right_speaker if seed else 0,
           **{f"err_{k}": total.errors[k] for k in gold_scoring.CLASSES}}
    if VERBOSE:
        for kind, examples in total.examples.items():
            print(f"   -- {kind}:")
            for e in examples:
                print(f"      {e}")
    return out


@functools.cache
def ingest_claims_of(text: str) -> list[str]:
    """The CLI's path for a plain-text file: import (boilerplate stripped), then extract."""
    try:
        article = article_from_bytes(text.encode("utf-8"), name="summary.txt", suffix=".txt")
    except IngestError:
        REFUSED.add(text)
        return []
    return claims_of(article.text)


REFUSED: set[str] = set()


def throughput(target_bytes: int = 2_000_000) -> dict[str, float]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("t*/*.txt"))]
    corpus_chars = sum(len(t) for t in texts)
    reps = max(1, target_bytes // max(1, corpus_chars) + 1)
    articles = texts * reps
    total = sum(len(t) for t in articles)
    # best of three thirds: the machine is shared, the least disturbed run is the closest to the code's speed
    third = articles[:max(1, len(articles) // 3)]
    part = sum(len(t) for t in third)
    runs = []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        n_claims = sum(len(extract_claims(t)) for t in third)
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
    dt, dc = min(r[0] for r in runs), min(r[1] for r in runs)
    total = part
    print(f"\n== throughput: {len(third)} ECB+ articles ({total / 1e6:.2f} MB), one call each, best of 3: "
          f"{total / dt / 1e6:.2f} MB/s wall, {total / dc / 1e6:.2f} MB/s CPU ({n_claims} claims, {dt:.2f} s)")
    per_article = total / dc / 1e3
    big = "\n".join(articles)
    t0, c0 = time.perf_counter(), time.process_time()
    n = len(extract_claims(big))
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(f"   one {len(big) / 1e6:.2f} MB body in one call: {len(big) / dt / 1e6:.2f} MB/s wall, "
          f"{len(big) / dc / 1e6:.2f} MB/s CPU ({n} claims)")
    return {"kb_per_s_cpu": per_article}


def spans_ok() -> dict[str, float]:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("t*/*.txt"))]
    sample = SHARED / "samples" / "mee-iraq-border-crossing.txt"
    if sample.exists():
        bodies.append(sample.read_text(encoding="utf-8"))
    bad = sum(1 for b in bodies for c in extract_claims(b) if b[c.start:c.end] != c.quote)
    print(f"\n== spans: {len(bodies)} articles, claims with body[start:end] != quote: {bad}")
    return {"ecb_bad_spans": bad}


#: (key, label, higher is better) of the figures printed side by side with --compare-with
KEY_FIGURES = [
    ("wire_right_speaker", "wire stories: facts with right speaker", True),
    ("seed_right_speaker", "seed article: facts with right speaker", True),
    ("gold_right_speaker", "all own gold: facts with right speaker", True),
    ("figures_right", "own gold: figures right", True),
    ("bad_spans", "own gold: bad spans", False),
    *[(f"err_{k}", f"own gold errors: {k}", False) for k in gold_scoring.CLASSES],
    ("rose_recall", "RoSE dev recall (sort>=70)", True),
    ("rose_precision", "RoSE dev precision", True),
    ("rose_sentence_recall", "RoSE 1-claim-per-sentence recall", True),
    ("rose_sentence_precision", "RoSE 1-claim-per-sentence precision", True),
    ("rose_partial_recall", "RoSE dev recall (partial>=90, issue-like)", True),
    ("rose_partial_precision", "RoSE dev precision (partial>=90)", True),
    ("rose_partial_sentence_recall", "RoSE 1-per-sentence recall (partial>=90)", True),
    ("rose_partial_sentence_precision", "RoSE 1-per-sentence precision (partial>=90)", True),
    ("rose_refused", "RoSE dev summaries refused", False),
    ("carb_recall", "CaRB dev recall", True),
    ("carb_precision", "CaRB dev precision", True),
    ("attribution_right", "carb_said_type speaker right", True),
    ("ecb_bad_spans", "ECB+ dev bad spans", False),
    ("kb_per_s_cpu", "throughput KB/s per core (CPU)", True),
]


def measure(quick: bool) -> dict[str, float]:
    limit = 60 if quick else None
    out: dict[str, float] = dict(own_gold_report())
    if not DECOMP.exists():
        print(f"\n(shared corpus not found at {DECOMP}: skipping RoSE/CaRB/attribution)")
    else:
        REFUSED.clear()
        rose = report("RoSE ACUs, CNN/DM summaries (dev), each imported as a .txt file", rose_items(limit),
                      system=ingest_claims_of)
        out.update({f"rose_{k}": v for k, v in rose.items()}, rose_refused=len(REFUSED))
        print(f"   refused at import: {len(REFUSED)} of {len(rose_items(limit))}")
        carb = report("CaRB gold tuples (dev, tuple joined into a sentence)", carb_items(limit))
        out.update({f"carb_{k}": v for k, v in carb.items()})
        ok, total, any_spk, misses = attribution_accuracy()
        print(f"\n== attribution (carb_said_type): speaker right {ok}/{total} = {ok / total:.3f}; "
              f"some speaker given {any_spk}/{total}")
        for m in misses:
            print("   miss:", m)
        out["attribution_right"] = ok
    if ECB.exists():
        out.update(spans_ok())
        out.update(throughput(500_000 if quick else 2_000_000))
    return out


def side_by_side(ours: dict[str, float], base: dict[str, float], base_root: str) -> None:
    print(f"\n== side by side: this checkout ({CODE_ROOT}) vs baseline ({base_root})")
    print(f"   {'figure':<42}{'this':>10}{'baseline':>10}")
    for key, label, _ in KEY_FIGURES:
        if key in ours or key in base:
            a, b = ours.get(key, float("nan")), base.get(key, float("nan"))
            fmt = (lambda v: f"{v:>10.3f}") if isinstance(a, float) and not float(a).is_integer() else (lambda v: f"{v:>10.0f}")
            print(f"   {label:<42}{fmt(a)}{fmt(b)}")
    print("   (issue 12, held-out: wire 23/32 -> goal >= 27/32; RoSE 0.451/0.724, 1-per-sentence 0.415/0.717 -> "
          "goal recall >= 0.55 at precision >= 0.70, none refused; seed >= 17/18; >= 250 KB/s per core)")


VERBOSE = "--verbose" in sys.argv


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="first 60 items of each set, smaller throughput input")
    ap.add_argument("--compare-with", metavar="DIR", help="also measure the checkout in DIR (e.g. /work/main)")
    ap.add_argument("--code-root", metavar="DIR", help="measure the extraction code of the checkout in DIR")
    ap.add_argument("--json", metavar="FILE", help="write the key figures to FILE")
    ap.add_argument("--verbose", action="store_true", help="print every own-gold error")
    args = ap.parse_args()
    ours = measure(args.quick)
    if args.json:
        Path(args.json).write_text(json.dumps(ours), encoding="utf-8")
    if args.compare_with:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "base.json"
            cmd = [sys.executable, __file__, "--code-root", args.compare_with, "--json", str(out)]
            print(f"\n== baseline run: {' '.join(cmd)}", flush=True)
            subprocess.run([*cmd, *(["--quick"] if args.quick else [])], check=True, stdout=subprocess.DEVNULL)
            side_by_side(ours, json.loads(out.read_text(encoding="utf-8")), args.compare_with)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
