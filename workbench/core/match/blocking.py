"""Candidate generation for matching many claims without comparing all pairs.

The cheap score. Each claim's normalised tokens (content words and canonical figures) are
weighted by rarity in the collection (w = round(ln(N / df)^2 / 4), 1..MAX_WEIGHT), and the claim is
encoded as a sorted string with one code point per (token, copy) - a token of weight 3 gives
three code points. rapidfuzz's `fuzz.ratio` on two such strings is then exactly the
IDF-weighted Dice coefficient of the two token sets (for strictly increasing sequences the
longest common subsequence is the intersection), computed in C. Template words that thousands of
claims share ("people", "killed", "said") weigh 1-4, names, places and figures up to 30, so two
claims that only share a sentence pattern score low, and "some 500,000 people fled" / "half a
million Iraqis have fled" meet on the figure. CHEAP_CUTOFF keeps ~98.5 % of the pairs the full
comparison calls duplicate or conflict on the real labelled pairs (MRPC, STS, ECB+).

Blocking. Prefix filtering over an inverted index (the classic all-pairs similarity join): code
points are ordered rarest first, so a pair whose weighted Dice reaches the cut-off must share a
token in the first part ("prefix") of each encoding. Long claims, whose matches must share two
tokens, are indexed by token pairs of a (slightly longer) prefix, which keeps posting lists short;
short claims by single tokens. Posting lists of very common tokens / token pairs are skipped
(the only approximation; its cost is the measured recall). Candidates are verified with `process.extract(..., score_cutoff)`
in C. `benchmarks/matching.py` measures recall against an exhaustive `process.cdist` of the same
scorer over the same encodings.

Memory is O(index postings + surviving pairs); nothing quadratic is materialised.
"""

from __future__ import annotations

import gc
import math
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

#: The cheap scorer (on encoded claims): weighted Dice x 100.
CHEAP_SCORER = fuzz.ratio
#: Below this cheap score a pair is never compared in full.
CHEAP_CUTOFF = 30.0
#: Highest weight of one token (code points per token).
MAX_WEIGHT = 30
#: Posting lists longer than this share of the collection (but never below MIN_MAX_DF) are skipped.
#: 2,000 rather than 1,000: a story's small vocabulary (a dozen places over 20k claims, ~1,700 claims
#: each) left retellings that share only such words unpaired (gen2's generator, 20k: recall 0.50 ->
#: 0.69 at precision 0.925 -> 0.941; dense 20k +16 % CPU, recall 0.908 -> 0.912).
MAX_DF_FRACTION = 0.01
MIN_MAX_DF = 2000

#: Posting lists of token pairs longer than this share (but never below the minimum) are skipped.
PAIR_MAX_DF_FRACTION = 0.002
MIN_PAIR_MAX_DF = 100

_BASE = 0x100
_SURROGATES = (0xD800, 0xE000)


def weight_fn(n: int, df: int) -> int:
    """Code points for a token held by `df` of `n` claims: squared IDF (/ 4), so names, places and
    figures dominate sentence-pattern words and blocking prefixes stay short."""
    return max(1, min(MAX_WEIGHT, round(math.log(n / df) ** 2 / 4)))


def _char(k: int) -> str:
    cp = _BASE + k
    if cp >= _SURROGATES[0]:
        cp += _SURROGATES[1] - _SURROGATES[0]
    return chr(cp)


@dataclass
class Encoded:
    """Claims encoded for the cheap scorer, with what blocking needs."""

    strings: list[str]  # one per claim: sorted code points, rarest token first
    tokens: list[list[str]]  # distinct tokens per claim, rarest first
    weights: dict[str, int]
    df: dict[str, int]


def encode(token_lists: Sequence[Iterable[str]]) -> Encoded:
    """Each claim's distinct tokens, rarest first, and its string. A token's code points are made
    once (`piece`), not once per claim holding it: serial work in the parent before blocking."""
    sets = [list(dict.fromkeys(toks)) for toks in token_lists]
    df: dict[str, int] = Counter(chain.from_iterable(sets))  # counted in C, in first-seen order
    n = max(1, len(sets))
    order = sorted(df, key=lambda t: (df[t], t))
    weights = {t: weight_fn(n, df[t]) for t in order}
    slots = max(1, min(max(weights.values(), default=1), (0x10FFFF - _BASE - 0x800) // max(1, len(order))))
    rank = {t: k for k, t in enumerate(order)}
    # ranks are distinct and a token's code points lie in [rank * slots, (rank + 1) * slots), so
    # joining the pieces of the sorted tokens gives the sorted code points
    piece = {t: "".join(_char(rank[t] * slots + c) for c in range(min(weights[t], slots))) for t in order}
    toks_sorted = [sorted(toks, key=rank.__getitem__) for toks in sets]
    strings = ["".join(map(piece.__getitem__, toks)) for toks in toks_sorted]
    return Encoded(strings, toks_sorted, weights, dict(df))


def _prefix(toks: list[str], ws: list[int], total: int, suffix_below: float) -> list[str]:
    """Shortest leading run of `toks` (weights `ws`, summing to `total`) whose remaining (suffix)
    weight is below `suffix_below`."""
    remaining = total
    out = []
    for t, w in zip(toks, ws, strict=True):
        if remaining < suffix_below:
            break
        out.append(t)
        remaining -= w
    return out


def prefix_tokens(toks: list[str], weights: dict[str, int], cutoff: float) -> list[str]:
    """Tokens of a claim's prefix: a pair with weighted Dice >= cutoff/100 shares its rarest
    common token inside both claims' prefixes.

    Dice >= d implies shared weight S >= J * W (J = d / (2 - d), W the claim's weight), so the
    rarest shared token cannot lie in a suffix lighter than J * W.
    """
    return _prefixes(toks, weights, cutoff)[0]


def pair_prefix(toks: list[str], weights: dict[str, int], cutoff: float) -> list[str] | None:
    """Tokens among which a matching claim shares at least two, or None for short claims.

    When S >= J * W exceeds the heaviest token weight M, a match shares two tokens or more, and
    the two rarest shared ones lie in the prefix whose suffix weighs less than J * W - M (else
    the shared weight would be at most M + (J * W - M)). Indexing token pairs of this prefix
    keeps the posting lists short: two claims rarely share two tokens by chance.
    """
    return _prefixes(toks, weights, cutoff)[1]


def _prefixes(toks: list[str], weights: dict[str, int], cutoff: float) -> tuple[list[str], list[str] | None]:
    """`prefix_tokens` and `pair_prefix` of one claim, its weights read once (the index reads
    both for every claim, serially in the parent)."""
    ws = list(map(weights.__getitem__, toks))
    total = sum(ws)
    d = cutoff / 100
    alpha = d / (2 - d) * total
    single = _prefix(toks, ws, total, alpha)
    if len(toks) < 2:
        return single, None
    heaviest = max(ws)
    if alpha <= heaviest:
        return single, None
    pre = _prefix(toks, ws, total, alpha - heaviest)
    return single, pre if len(pre) >= 2 else None


class BlockingIndex:
    """Inverted indexes over the claims' prefixes (single tokens, and token pairs)."""

    def __init__(self, enc: Encoded, *, cutoff: float = CHEAP_CUTOFF, query_ids: set[int] | None = None,
                 max_df: int | None = None) -> None:
        n = len(enc.strings)
        cap = max_df if max_df is not None else max(MIN_MAX_DF, int(MAX_DF_FRACTION * n))
        weights = enc.weights
        self.query_ids = query_ids
        both = [_prefixes(t, weights, cutoff) for t in enc.tokens]
        self.p1 = [p for p, _ in both]
        self.p2 = [p for _, p in both]
        self.single_all: dict[str, list[int]] = defaultdict(list)  # P1 tokens of every claim
        self.single_short: dict[str, list[int]] = defaultdict(list)  # P1 tokens of short claims only
        self.pairs: dict[str, list[int]] = defaultdict(list)
        # Dense news (one story's small vocabulary): a short claim whose prefix tokens are all too
        # common to index would get no candidates at all; it is indexed by pairs of its prefix
        # tokens instead (a match then shares two of them), with the single-token cap.
        self.dense: list[bool] = [False] * n
        self.dense_pairs: dict[str, list[int]] = defaultdict(list)
        for i, pre in enumerate(self.p1):
            if self.p2[i] is None and len(pre) >= 2 and all(enc.df[t] > cap for t in pre):
                self.dense[i] = True
                for key in _pair_keys(pre):
                    self.dense_pairs[key].append(i)
        for key in [k for k, v in self.dense_pairs.items() if len(v) > cap]:
            del self.dense_pairs[key]
        for i, pre in enumerate(self.p1):
            short = self.p2[i] is None
            for t in pre:
                if enc.df[t] <= cap:
                    self.single_all[t].append(i)
                    if short:
                        self.single_short[t].append(i)
            p2 = self.p2[i]
            if p2 is not None:
                for key in _pair_keys(p2):
                    self.pairs[key].append(i)
        pair_cap = max(MIN_PAIR_MAX_DF, int(PAIR_MAX_DF_FRACTION * n))
        for key in [k for k, v in self.pairs.items() if len(v) > pair_cap]:
            del self.pairs[key]  # two common words together ("police said") say nothing about the fact
        # The union of a claim's postings is marked in one byte per claim and read back in numpy:
        # on dense news a claim meets thousands of others through dozens of postings, and a
        # Python set of them cost ~0.5 ms a claim (40k dense). Postings become sorted int32 arrays
        # on first use (claims are appended in order).
        self._arrays: dict[int, np.ndarray] = {}
        self._mark = np.zeros(n, dtype=bool)
        self._is_query: np.ndarray | None = None
        if query_ids is not None:
            self._is_query = np.zeros(n, dtype=bool)
            self._is_query[sorted(query_ids)] = True

    def _postings(self, i: int) -> list[np.ndarray]:
        """The posting lists claim i is probed with (its prefix tokens or token pairs)."""
        p2 = self.p2[i]
        if self.dense[i]:
            lookups = [(self.dense_pairs, key) for key in _pair_keys(self.p1[i])]
        elif p2 is None:
            lookups = [(self.single_all, t) for t in self.p1[i]]
        else:
            lookups = [(self.single_short, t) for t in self.p1[i]] + [(self.pairs, key) for key in _pair_keys(p2)]
        out: list[np.ndarray] = []
        for table, key in lookups:
            posting = table.get(key)  # .get: never adds an empty list to the defaultdict
            if posting:
                array = self._arrays.get(id(posting))  # the lists live, unchanged, as long as the index
                if array is None:
                    array = self._arrays[id(posting)] = np.asarray(posting, dtype=np.int32)
                out.append(array)
        return out

    def candidate_array(self, i: int) -> np.ndarray:
        """The claims claim i may reach the cut-off with (sorted int32): those after it, and with
        `query_ids` any claim that is not itself a query claim."""
        mark = self._mark
        after = self._is_query is None  # each pair is found from its first claim: only the tails after i
        for array in self._postings(i):
            mark[array[np.searchsorted(array, i, side="right"):] if after else array] = True
        if after:
            found = np.flatnonzero(mark[i + 1:]).astype(np.int32) + np.int32(i + 1)
        else:
            found = np.flatnonzero(mark).astype(np.int32)
        mark[found] = False
        if not after:
            found = found[(found > i) | ((found != i) & ~self._is_query[found])]  # type: ignore[index]
        return found

    def candidates(self, i: int) -> list[int]:
        return self.candidate_array(i).tolist()


def _pair_keys(pre: list[str]) -> Iterable[str]:
    for a in range(len(pre)):
        for b in range(a + 1, len(pre)):
            yield pre[a] + "\x00" + pre[b]


def candidate_pairs(
    enc: Encoded,
    *,
    cutoff: float = CHEAP_CUTOFF,
    query_ids: set[int] | None = None,
    max_df: int | None = None,
) -> Iterable[tuple[int, list[int]]]:
    """Yield (i, [j, ...]): the claims j that may reach `cutoff` with claim i.

    Claims long enough that a match must share two tokens are found through an index of token
    pairs (from `pair_prefix`); short claims through single prefix tokens. Every pair is found
    from both sides, so each is yielded once (j > i). With `query_ids` (incremental matching)
    only pairs involving a query claim are yielded, each once.
    """
    index = BlockingIndex(enc, cutoff=cutoff, query_ids=query_ids, max_df=max_df)
    for i in range(len(enc.strings)):
        if query_ids is not None and i not in query_ids:
            continue
        cands = index.candidates(i)
        if cands:
            yield i, cands


#: State shared with forked workers.
_SHARED: dict = {}


def _verify(i: int) -> list[tuple[int, int, float]]:
    index, strings, cutoff = _SHARED["index"], _SHARED["strings"], _SHARED["cutoff"]
    cands = index.candidate_array(i)
    if not len(cands):
        return []
    accept, limit = _SHARED["accept"], _SHARED["limit"]
    if accept is None and _SHARED["may_link"] is None:
        choices = _SHARED["string_array"][cands].tolist()
        return [(min(i, int(cands[k])), max(i, int(cands[k])), float(score))
                for _, score, k in process.extract(strings[i], choices, scorer=CHEAP_SCORER, score_cutoff=cutoff,
                                                   limit=limit)]
    out: list[tuple[int, int, float]] = []
    may_link = _SHARED["may_link"]
    if may_link is not None:
        # The pre-check first, on all candidates at once (a per-pair answer, in numpy): on dense
        # news it leaves ~1.5 % of them, so the cheap score is computed for those only.
        cands = cands[may_link(i, cands)]
        if not len(cands):
            return []
    choices = _SHARED["string_array"][cands].tolist()
    # The hits in `process.extract`'s order (best score first, ties by position) from one row of
    # scores: no tuple per hit. (The pre-check keeps the candidates' order, so the ties too.)
    row = process.cdist([strings[i]], choices, scorer=CHEAP_SCORER, score_cutoff=cutoff, dtype=np.float64,
                        workers=1)[0]
    ks = np.flatnonzero(row >= cutoff)
    ks = ks[np.lexsort((ks, -row[ks]))]
    for j, score in zip(cands[ks].tolist(), row[ks].tolist(), strict=True):
        if accept is None or accept(i, j):
            out.append((min(i, j), max(i, j), score))
            if limit is not None and len(out) >= limit:
                break
    return out


#: Candidate pairs as arrays: first claims, second claims (int32), cheap scores (float64).
PairArrays = tuple[np.ndarray, np.ndarray, np.ndarray]


def _verify_slice(bounds: tuple[int, int]) -> list[PairArrays]:
    """One chunk's pairs as arrays: 16 bytes a pair on their way back from a worker and in the
    parent, where a tuple of three numbers took ~150 (a dense 100k project's ~2M candidate pairs
    raised the parent's peak by ~280 MB)."""
    out = [pair for i in _SHARED["ids"][bounds[0]:bounds[1]] for pair in _verify(i)]
    return [(np.fromiter((p[0] for p in out), dtype=np.int32, count=len(out)),
             np.fromiter((p[1] for p in out), dtype=np.int32, count=len(out)),
             np.fromiter((p[2] for p in out), dtype=np.float64, count=len(out)))]


def verified_pairs(token_lists: Sequence[Iterable[str]], **options: Any) -> list[tuple[int, int, float]]:
    """Pairs (i, j, cheap score), i < j, whose cheap score reaches `cutoff`, as tuples:
    `verified_pair_arrays(token_lists, **options)` (the form the tests and benchmarks read)."""
    first, second, scores = verified_pair_arrays(token_lists, **options)
    return list(zip(first.tolist(), second.tolist(), scores.tolist(), strict=True))


def verified_pair_arrays(
    token_lists: Sequence[Iterable[str]],
    *,
    cutoff: float = CHEAP_CUTOFF,
    query_ids: set[int] | None = None,
    enc: Encoded | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    workers: int = 1,
    limit: int | None = None,
    accept: Callable[[int, int], bool] | None = None,
    may_link: Callable[[int, Any], Any] | None = None,
) -> PairArrays:
    """Pairs i < j whose cheap score reaches `cutoff`, as arrays (first claims, second claims,
    cheap scores), sorted by (i, j, score).

    `limit` keeps, for each claim i, only its `limit` best partners j > i: on dense news (one
    story's small vocabulary) thousands of claims pass the cut-off together, and a fact's
    retellings are among the closest. `accept(i, j)` False drops a pair before it takes one of
    those places (the caller knows it can never be linked: "... in Hama" / "... in Idlib");
    `may_link(i, js)` says the same for an int array of claims at once (a bool array), before `accept`.
    `workers` > 1 probes and verifies in that many forked processes (only from a main thread).
    """
    enc = enc if enc is not None else encode(token_lists)
    index = BlockingIndex(enc, cutoff=cutoff, query_ids=query_ids)
    ids = sorted(query_ids) if query_ids is not None else list(range(len(enc.strings)))
    string_array = np.empty(len(enc.strings), dtype=object)
    string_array[:] = enc.strings
    _SHARED.update(index=index, strings=enc.strings, string_array=string_array, cutoff=cutoff, ids=ids,
                   limit=limit, accept=accept, may_link=may_link)
    chunks = spans(len(ids), workers, VERIFY_STEP, MIN_SPAN)
    try:
        parts: list[PairArrays] = run_chunks(
            _verify_slice, chunks, workers=workers, total=len(ids), message="finding candidate pairs",
            progress=progress, cancel=cancel)
    finally:
        _SHARED.clear()
    if not parts:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float64)
    first, second, scores = (np.concatenate([part[k] for part in parts]) for k in range(3))
    order = np.lexsort((scores, second, first))  # the order sorting (i, j, score) tuples gave
    return first[order], second[order], scores[order]


#: Claims probed and verified between two progress reports (at most: see `spans`).
VERIFY_STEP = 2000
#: Chunks each worker process gets at least (while they hold MIN_SPAN items or more): the pool
#: hands them out as workers free up, and only the last leaves the others idle.
CHUNKS_PER_WORKER = 12
MIN_SPAN = 100


def chunk_step(total: int, workers: int, most: int, least: int) -> int:
    """Items per chunk: `most`, or fewer so that `workers` processes get CHUNKS_PER_WORKER chunks
    each, but never fewer than `least`. Fixed steps left cores idle on a tail as workers grew: 20k
    claims in chunks of 2,000 are 10 chunks, two rounds on 8 workers for the time of 1.25."""
    if workers <= 1:
        return most
    return max(least, min(most, -(-total // (workers * CHUNKS_PER_WORKER))))


def spans(total: int, workers: int, most: int, least: int) -> list[tuple[int, int]]:
    """(start, end) chunks of `total` items, `chunk_step` each."""
    step = chunk_step(total, workers, most, least)
    return [(k, min(total, k + step)) for k in range(0, total, step)]


def run_chunks(fn: Callable[[tuple[int, int]], list[Any]], chunks: list[tuple[int, int]], *, workers: int,
               total: int, message: str, progress: Callable[[int, int, str], None] | None,
               cancel: Callable[[], bool] | None, sink: Callable[[list[Any]], None] | None = None) -> list[Any]:
    """Run `fn` over (start, end) chunks, in forked worker processes when asked; results in chunk order.

    `fn` reads its inputs from module globals set before the call, which fork shares for free.
    `sink` takes each chunk's results as they come (in chunk order) instead of the returned list.
    """
    out: list[Any] = []
    keep = out.extend if sink is None else sink
    if workers > 1 and len(chunks) > 2:
        import multiprocessing as mp

        release_free_heap()  # each worker starts with what the parent holds resident
        with frozen_heap(), mp.get_context("fork").Pool(workers) as pool:
            for done, part in enumerate(pool.imap(fn, chunks), 1):
                keep(part)
                if cancel is not None and cancel():
                    pool.terminate()
                    raise MatchCancelled()
                if progress is not None:
                    progress(chunks[done - 1][1], total, message)
        return out
    for chunk in chunks:
        if cancel is not None and cancel():
            raise MatchCancelled()
        if progress is not None:
            progress(chunk[0], total, message)
        keep(fn(chunk))
    if progress is not None and chunks:  # the stage is over: a bar shows it full
        progress(total, total, message)
    return out


def release_free_heap() -> None:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim`; elsewhere nothing).

    Why: a forked worker's resident memory starts as its parent's, free heap pages included; a
    100k match frees the pre-check's tables and blocking's lists just before forking."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


#: Allocations between two young-generation collections while matching (Python's default: 700).
GC_YOUNG = 20_000
_GC_LOCK = threading.Lock()
#: [how many `frozen_heap`s are open, the collector's thresholds before the first]
_GC_STATE: list[Any] = [0, None]


@contextmanager
def frozen_heap() -> Iterator[None]:
    """The objects alive now left out of garbage collection (`gc.freeze`), and young objects
    collected every GC_YOUNG allocations instead of 700, until the outermost use ends.

    Why: matching allocates millions of short-lived objects (a pair's lists and checks) next to
    millions that live on (claims, views, links), and the cyclic collector kept walking the latter:
    ~15 % of the comparing stage on dense 5k in one process. In forked workers its collections
    would also write to every inherited object's header and so copy every page of the heap (the
    claims read, the index): +40 % CPU comparing dense 10k claims in 2 workers against one
    process. Nothing is computed differently, only when garbage cycles are freed. Each use
    freezes what is alive then (a pool forked inside another use shares the newer objects too);
    nested and concurrent uses restore the collector once, when the last one ends."""
    with _GC_LOCK:
        gc.freeze()
        if _GC_STATE[0] == 0:
            _GC_STATE[1] = gc.get_threshold()
            gc.set_threshold(max(GC_YOUNG, _GC_STATE[1][0]), *_GC_STATE[1][1:])
        _GC_STATE[0] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE[0] -= 1
            if _GC_STATE[0] == 0:
                gc.set_threshold(*_GC_STATE[1])
                gc.unfreeze()


class MatchCancelled(Exception):
    """Raised when the caller's cancel() returned True; nothing has been written."""
