"""Dense-news matching benchmark: families of one fact retold, in a small shared vocabulary.

    .venv/bin/python benchmarks/matching_dense.py                      # 1k, 10k, 20k, 100k
    .venv/bin/python benchmarks/matching_dense.py --sizes 1000 10000 20000 --max-token-set 10000 \
        --project --semantic --vector-cache /tmp/dense-vectors            # what docs/matching.md reports
    .venv/bin/python benchmarks/matching_dense.py --sizes 100000 --max-exhaustive 0 --project
    .venv/bin/python benchmarks/matching_dense.py --sizes 20000 --max-token-set 0 --semantic --cache-runs

The generator (seeded) writes facts "ACTOR VERB FIGURE OBJECT in PLACE on DATE" from a small
vocabulary of places, actors, verbs, objects and dates, as in one conflict's coverage, so almost
every claim shares words with thousands of others. Each fact is one *family* (the gold), retold
3-8 times with verb synonyms, passive voice, attribution ("Witnesses said", "according to
activists"), number formats (2,000 / 2000 / two thousand / about 2,000), transliterated places
(Deir ez-Zor / Deir al-Zour / Dayr az-Zawr) and typos. Every family has sibling families that
differ in ONE slot (another figure, place, verb or date): a different fact in almost the same
words, which must not be grouped with it.

For each size, side by side in one run: `cluster_texts` (ours: blocking + full comparison +
average-linkage groups, what `workbench cluster` runs), with --project `match_claims` on a project
holding the claims (what `workbench match` runs; the project is built, and with --semantic its
vectors computed, before the timing, as import does), with --semantic both again with the
sentence embeddings (`cluster` embeds its lines inside the timing; with --cache-runs twice, with
the vector cache cold then warm, as the command runs it), and exhaustive rapidfuzz `ratio` and `token_set_ratio` (cdist over all
pairs, in row blocks, threshold chosen for the best F1 at the smallest size, pairs at or above it
linked). Reported: family pair precision / recall (pairs inside predicted groups, or linked pairs
for the baselines, against pairs inside gold families), wall and CPU seconds and peak resident memory of a
forked child running only that method (its worker processes included; the parent's ~100 MB of
imports and texts are in every row). With --project, `workbench match --json` also runs as a command
of its own on a copy of the project ("own process"): what the product's command holds, without the
harness's generated texts and project build that a forked child inherits (stop 49).
Exhaustive baselines run only up to --max-exhaustive claims. --close-figures draws sibling
figures a few percent apart ("120" / "125"), written exactly: another figure, not the same fact.
--other-separators writes half of the figures from 1,000 up as "2 000" or "2.000".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from rapidfuzz import fuzz, process, utils  # noqa: E402

from workbench.core.match.matching import cluster_texts, default_workers  # noqa: E402

PLACES = [["Deir ez-Zor", "Deir al-Zour", "Dayr az-Zawr"], ["Raqqa", "Raqqah", "al-Raqqa"],
          ["Aleppo", "Alepo"], ["Homs", "Hims"], ["Idlib", "Idleb"], ["Hama", "Hamah"], ["Daraa", "Deraa", "Dara'a"],
          ["Palmyra", "Palmira"], ["Mosul", "Mousul"], ["Tikrit", "Tikreet"], ["Fallujah", "Falluja"],
          ["Ramadi", "al-Ramadi"], ["Qusayr", "al-Qusair"], ["Douma", "Duma"]]
ACTORS = [("soldiers", "by soldiers"), ("rebels", "by rebels"), ("militants", "by militants"),
          ("government forces", "by government forces"), ("Kurdish fighters", "by Kurdish fighters"),
          ("the army", "by the army")]
#: verb families: active forms (synonyms) and the passive participle forms
VERBS = [(["captured", "seized", "took"], ["captured", "seized", "taken"]),
         (["destroyed", "wrecked"], ["destroyed", "wrecked"]),
         (["killed", "left dead"], ["killed", "left dead"]),
         (["wounded", "injured"], ["wounded", "injured"]),
         (["detained", "arrested"], ["detained", "arrested"]),
         (["evacuated", "moved out"], ["evacuated", "moved out"])]
OBJECTS = ["vehicles", "civilians", "fighters", "tanks", "homes", "trucks", "villagers", "prisoners"]
VALUES = [12, 30, 45, 100, 250, 300, 700, 2000, 3000, 15000]
WORDS = {12: "twelve", 30: "thirty", 45: "forty-five", 100: "one hundred", 250: "250", 300: "three hundred",
         700: "seven hundred", 2000: "two thousand", 3000: "three thousand", 15000: "fifteen thousand"}
MONTHS = ["March", "April", "May", "June", "July"]
ATTRIB = ["", "Witnesses said ", "Activists said ", "Officials said ", "A spokesman said "]
TAILS = ["", ", according to activists", ", a monitoring group said", ", local sources reported"]


#: --close-figures: sibling figures a few percent apart, written exactly ("120" / "125": another
#: figure, which must not be grouped; hedged forms would rightly agree with their neighbours).
CLOSE_VALUES = [30, 31, 100, 104, 110, 120, 125, 300, 310, 320]
CLOSE = {"on": False}
#: --other-separators: thousands also grouped by spaces or dots ("2 000", "2.000"), as some outlets write them
SEPARATORS = {"on": False}


def _number(v: int, rng: random.Random) -> str:
    if CLOSE["on"]:
        return rng.choice([f"{v:,}", str(v)])
    if SEPARATORS["on"] and v >= 1000 and rng.random() < 0.5:
        return rng.choice([f"{v:,}".replace(",", " "), f"{v:,}".replace(",", ".")])
    forms = [f"{v:,}", str(v), WORDS[v], f"about {v:,}", f"some {v:,}", f"nearly {v:,}" if v >= 100 else f"{v}"]
    return rng.choice(forms)


def _date(month: str, day: int, rng: random.Random) -> str:
    suffix = "th" if 4 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return rng.choice([f"on {day} {month}", f"on {month} {day}", f"on {month} {day}{suffix}"])


def _typo(text: str, rng: random.Random) -> str:
    words = text.split()
    k = rng.randrange(len(words))
    w = words[k]
    if len(w) > 5 and w.isalpha():
        i = rng.randrange(1, len(w) - 2)
        words[k] = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return " ".join(words)


def retell(fact: tuple, rng: random.Random) -> str:
    actor, verb, value, obj, place, (month, day) = fact
    place_name = rng.choice(PLACES[place])
    number = _number(value, rng)
    date = _date(month, day, rng)
    if rng.random() < 0.3:
        text = f"{number} {obj} were {rng.choice(VERBS[verb][1])} {ACTORS[actor][1]} in {place_name} {date}"
        text = text[0].upper() + text[1:]
    else:
        text = f"{ACTORS[actor][0].capitalize() if not ACTORS[actor][0].startswith('the') else 'The army'} " \
               f"{rng.choice(VERBS[verb][0])} {number} {obj} in {place_name} {date}"
    prefix = rng.choice(ATTRIB)
    if prefix:
        text = prefix + text[0].lower() + text[1:] if not text.startswith(("Kurdish",)) else prefix + text
    text += rng.choice(TAILS) + "."
    if rng.random() < 0.15:
        text = _typo(text, rng)
    return text


def generate(n: int, seed: int = 7) -> tuple[list[str], list[int]]:
    """n claims and their family ids (siblings differ from their base fact in one slot)."""
    rng = random.Random(seed)
    texts: list[str] = []
    family: list[int] = []
    fid = 0
    seen: set[tuple] = set()
    while len(texts) < n:
        base = (rng.randrange(len(ACTORS)), rng.randrange(len(VERBS)), rng.choice(VALUES),
                rng.choice(OBJECTS), rng.randrange(len(PLACES)), (rng.choice(MONTHS), rng.randint(1, 28)))
        facts = [base]
        for slot in rng.sample([1, 2, 4, 5], k=rng.randint(1, 3)):  # sibling facts: one slot differs
            f = list(base)
            if slot == 1:
                f[1] = rng.choice([v for v in range(len(VERBS)) if v != base[1]])
            elif slot == 2:
                f[2] = rng.choice([v for v in VALUES if v != base[2]])
            elif slot == 4:
                f[4] = rng.choice([p for p in range(len(PLACES)) if p != base[4]])
            else:
                f[5] = (base[5][0], rng.choice([d for d in range(1, 29) if d != base[5][1]]))
            facts.append(tuple(f))
        for fact in facts:
            if fact in seen:
                continue
            seen.add(fact)
            for _ in range(rng.randint(3, 8)):
                texts.append(retell(fact, rng))
                family.append(fid)
            fid += 1
    return texts[:n], family[:n]


def build_project(path: Path, texts: list[str], per_article: int = 10, vectors: np.ndarray | None = None) -> list[int]:
    """A project holding `texts` as claims, shuffled over articles of `per_article` claims (one
    story's coverage: one title, dated within a week), quantities and dates as extraction finds
    them; with `vectors`, stored as the claims' sentence vectors (as import does). Returns the
    claim ids in `texts` order."""
    from workbench.core import figures as fig
    from workbench.core.ingest.reader import content_hash
    from workbench.core.match import embedding
    from workbench.core.model import ExtractedClaim, ImportedArticle
    from workbench.core.store import Store

    order = list(range(len(texts)))
    random.Random(11).shuffle(order)
    ids = [0] * len(texts)
    with Store.open(path) as store:
        for a, start in enumerate(range(0, len(order), per_article)):
            members = order[start:start + per_article]
            body = " ".join(texts[k] for k in members) + f" (Report {a}.)"
            claims, pos = [], 0
            for k in members:
                at = body.index(texts[k], pos)
                pos = at + len(texts[k])
                claims.append(ExtractedClaim(text=texts[k], quote=texts[k], start=at, end=pos,
                                             quantities=fig.quantities_of(texts[k]), dates=fig.dates_of(texts[k])))
            aid = store.add_article(ImportedArticle(
                text=body, title="Syria: fighting in Deir ez-Zor, Raqqa, Aleppo, Homs, Idlib and Hama",
                outlet=f"Outlet {a % 53}", published=f"2014-06-{1 + a % 7:02d}", content_hash=content_hash(body)), claims)
            assert aid is not None
        rows = store.claims_for_matching()
        by_text = {}
        for r in rows:
            by_text.setdefault((r["article_id"], r["text"]), []).append(r["id"])
        article_of = {}
        for a, start in enumerate(range(0, len(order), per_article)):
            for k in order[start:start + per_article]:
                article_of[k] = a
        first_article = min(r["article_id"] for r in rows)
        for k in range(len(texts)):
            ids[k] = by_text[(first_article + article_of[k], texts[k])].pop(0)
        if vectors is not None:
            store.save_claim_vectors(embedding.MODEL_ID, [
                (ids[k], embedding.text_key(texts[k]), embedding.to_blob(vectors[k])) for k in range(len(texts))])
    return ids


def project_pairs(path: Path, ids: list[int], semantic: bool) -> set[tuple[int, int]]:
    """`workbench match` on the project: family pairs (text indices) inside its clusters."""
    from workbench.core.actions.matching import match_claims
    from workbench.core.store import Store

    index = {cid: k for k, cid in enumerate(ids)}
    with Store.open(path) as store:
        summary = match_claims(store, workers=default_workers(len(ids)), semantic=semantic)
    return group_pairs([sorted(index[c] for c in g) for g in summary.clusters])


def command_pairs(path: Path, ids: list[int], semantic: bool) -> set[tuple[int, int]]:
    """`workbench match --json` run as a process of its own (this interpreter, this checkout), as an
    analyst runs it: family pairs (text indices) inside the clusters it prints."""
    cmd = [sys.executable, "-m", "workbench", "match", "--json", str(path)] + ([] if semantic else ["--no-semantic"])
    with tempfile.TemporaryFile() as out:
        subprocess.run(cmd, stdout=out, check=True)
        out.seek(0)
        clusters = json.load(out)["clusters"]
    index = {cid: k for k, cid in enumerate(ids)}
    return group_pairs([sorted(index[c] for c in g) for g in clusters])


def copy_project(path: Path, to: Path) -> Path:
    """A copy of the project file (SQLite's backup: whole, whatever its write-ahead log holds)."""
    with sqlite3.connect(path) as src, sqlite3.connect(to) as dst:
        src.backup(dst)
    return to


def pair_scores(pred_pairs: set[tuple[int, int]], family: list[int]) -> tuple[float, float]:
    members: dict[int, list[int]] = defaultdict(list)
    for k, f in enumerate(family):
        members[f].append(k)
    gold = sum(len(m) * (len(m) - 1) // 2 for m in members.values())
    tp = sum(1 for i, j in pred_pairs if family[i] == family[j])
    return (tp / len(pred_pairs) if pred_pairs else 1.0), (tp / gold if gold else 1.0)


def group_pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {(g[x], g[y]) for g in groups for x in range(len(g)) for y in range(x + 1, len(g))}


def measure(fn: Callable[[], set[tuple[int, int]]]) -> tuple[set[tuple[int, int]], float, float, float]:
    """Run `fn` in a forked child: its wall time, CPU time and peak resident memory (its own and
    that of the worker processes it forks), whatever the parent holds. CPU seconds say what a
    method costs when the shared machine is busy (wall time then depends on the other load)."""
    ctx = mp.get_context("fork")
    queue = ctx.SimpleQueue()

    def child() -> None:
        t0 = time.perf_counter()
        out = fn()
        seconds = time.perf_counter() - t0
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        peak = max(me.ru_maxrss, kids.ru_maxrss) / 1024
        cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
        queue.put((sorted(out), seconds, cpu, peak))

    proc = ctx.Process(target=child)
    proc.start()
    pairs, seconds, cpu, peak = queue.get()
    proc.join()
    return set(map(tuple, pairs)), seconds, cpu, peak


def exhaustive(texts: list[str], scorer, cutoff: float) -> set[tuple[int, int]]:
    """All pairs scoring >= cutoff by rapidfuzz cdist, in row blocks (uint8 scores)."""
    out: set[tuple[int, int]] = set()
    block = 1000
    for start in range(0, len(texts), block):
        m = process.cdist(texts[start:start + block], texts, scorer=scorer, processor=utils.default_process,
                          dtype=np.uint8, workers=2, score_cutoff=cutoff)
        rows, cols = np.nonzero(m)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = start + r
            if i < c:
                out.add((i, c))
    return out


def best_cutoff(texts: list[str], family: list[int], scorer) -> float:
    best, best_f1 = 80.0, -1.0
    for cutoff in range(50, 100, 2):
        p, r = pair_scores(exhaustive(texts, scorer, cutoff), family)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if f1 > best_f1:
            best, best_f1 = float(cutoff), f1
    return best


def _vectors(texts: list[str], cache: Path | None) -> np.ndarray:
    """The texts' sentence vectors (as import stores them), from `cache` when computed before."""

    key = hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()[:12]
    file = cache / f"dense-{len(texts)}-{key}.npy" if cache else None
    if file is not None and file.is_file():
        return np.load(file)
    from workbench.core.match.embedding import embed_many

    vectors = embed_many(texts, workers=default_workers(len(texts))).astype(np.float16)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        np.save(file, vectors)
    return vectors


def cache_runs(ours: Callable[..., set[tuple[int, int]]]) -> list[tuple]:
    """Semantic `cluster` with the vector cache, in a fresh cache folder: a cold run (every line
    embedded and kept), then a warm one (none embedded); their outputs compared by digest."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        before = os.environ.get("WORKBENCH_HOME")
        os.environ["WORKBENCH_HOME"] = tmp  # paths.cache_dir() follows it
        try:
            for name in ("cold", "warm"):
                rows.append((f"workbench cluster (sem., {name})",
                             *measure(lambda n=name: ours(cache=True, digest=Path(tmp) / n))))
        finally:
            if before is None:
                os.environ.pop("WORKBENCH_HOME", None)
            else:
                os.environ["WORKBENCH_HOME"] = before
        same = (Path(tmp) / "cold").read_text() == (Path(tmp) / "warm").read_text()
        print(f"         warm output identical to the cold one: {'yes' if same else 'NO'}", flush=True)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 20_000, 100_000])
    ap.add_argument("--max-exhaustive", type=int, default=20_000, help="largest size for exhaustive ratio")
    ap.add_argument("--max-token-set", type=int, default=10_000,
                    help="largest size for exhaustive token_set_ratio (about 12x slower than ratio)")
    ap.add_argument("--ratio-cutoff", type=float, help="skip the search (78 on the default generator)")
    ap.add_argument("--token-set-cutoff", type=float, help="skip the search (82 on the default generator)")
    ap.add_argument("--semantic", action="store_true",
                    help="ours with sentence embeddings too (cluster embeds its lines inside the timing, as the "
                         "command does; a project's vectors are computed at build, as import does)")
    ap.add_argument("--project", action="store_true",
                    help="also `workbench match` on a project holding the claims (build and embedding not timed)")
    ap.add_argument("--no-cluster", dest="cluster", action="store_false", help="skip `workbench cluster` (ours on a list)")
    ap.add_argument("--vector-cache", type=Path, help="folder keeping the claims' vectors between runs (--project --semantic)")
    ap.add_argument("--cache-runs", action="store_true",
                    help="with --semantic: `cluster` twice with the user's vector cache (in a fresh folder), cold then "
                         "warm, as the command runs it; says whether the two outputs are identical")
    ap.add_argument("--close-figures", action="store_true",
                    help="sibling figures a few percent apart, written exactly (CLOSE_VALUES)")
    ap.add_argument("--other-separators", action="store_true",
                    help="thousands also written '2 000' or '2.000' (half of the figures from 1,000 up)")
    args = ap.parse_args()
    SEPARATORS["on"] = args.other_separators
    if args.close_figures:
        CLOSE["on"] = True
        VALUES[:] = CLOSE_VALUES
    small_texts, small_family = generate(1000, seed=1)
    cut_ratio = args.ratio_cutoff or best_cutoff(small_texts, small_family, fuzz.ratio)
    cut_set = args.token_set_cutoff or best_cutoff(small_texts, small_family, fuzz.token_set_ratio)
    print(f"baseline cut-offs (best F1 on a separate 1k sample): ratio {cut_ratio:.0f}, token_set_ratio {cut_set:.0f}")
    print(f"{'claims':>7}  {'method':<30} {'precision':>9} {'recall':>7} {'seconds':>8} {'cpu s':>8} {'peak MB':>8}")
    for n in args.sizes:
        texts, family = generate(n)
        workers = default_workers(n)  # as the commands choose them
        rows = []
        for semantic in ([False, True] if args.semantic else [False]):
            label = " (semantic)" if semantic else ""

            def ours(texts: list[str] = texts, semantic: bool = semantic, workers: int = workers,
                     cache: bool = False, digest: Path | None = None) -> set[tuple[int, int]]:
                groups, links = cluster_texts(texts, workers=workers, semantic=semantic, vector_cache=cache)
                if digest is not None:
                    digest.write_text(hashlib.sha256(repr((groups, links)).encode()).hexdigest())
                return group_pairs(groups)

            if args.cluster and semantic and args.cache_runs:
                rows += cache_runs(ours)
            elif args.cluster:
                rows.append(("workbench cluster" + label, *measure(ours)))
            if args.project:
                with tempfile.TemporaryDirectory() as tmp:
                    path = Path(tmp) / "dense.wbproj"
                    ids = build_project(path, texts, vectors=_vectors(texts, args.vector_cache) if semantic else None)
                    copy = copy_project(path, Path(tmp) / "dense-copy.wbproj")
                    rows.append(("workbench match" + label,
                                 *measure(lambda p=path, i=ids, s=semantic: project_pairs(p, i, s))))
                    rows.append(("workbench match, own process" + label,
                                 *measure(lambda p=copy, i=ids, s=semantic: command_pairs(p, i, s))))
        if n <= args.max_exhaustive:
            rows.append((f"exhaustive ratio >= {cut_ratio:.0f}", *measure(lambda t=texts: exhaustive(t, fuzz.ratio, cut_ratio))))
        if n <= args.max_token_set:
            rows.append((f"exhaustive token_set >= {cut_set:.0f}",
                         *measure(lambda t=texts: exhaustive(t, fuzz.token_set_ratio, cut_set))))
        for name, pairs, seconds, cpu, peak in rows:
            p, r = pair_scores(pairs, family)
            print(f"{n:>7}  {name:<30} {p:>9.3f} {r:>7.3f} {seconds:>8.1f} {cpu:>8.1f} {peak:>8.0f}", flush=True)
        print(f"         (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
