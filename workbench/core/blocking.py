"""Candidate generation for matching many claims without comparing all pairs.

The cheap score. Each claim's normalised tokens (content words and canonical figures) are
weighted by rarity in the collection (w = round(ln(N / df)), 1..MAX_WEIGHT), and the claim is
encoded as a sorted string with one code point per (token, copy) - a token of weight 3 gives
three code points. rapidfuzz's `fuzz.ratio` on two such strings is then exactly the
IDF-weighted Dice coefficient of the two token sets (for strictly increasing sequences the
longest common subsequence is the intersection), computed in C. Template words that thousands of
claims share ("people", "killed", "said") weigh 1-2, names, places and figures 5-9, so two
claims that only share a sentence pattern score low, and "some 500,000 people fled" / "half a
million Iraqis have fled" meet on the figure. CHEAP_CUTOFF keeps 99 % of the pairs the full
comparison calls duplicate or conflict on the real labelled pairs (see benchmarks/matching.py).

Blocking. Prefix filtering over an inverted index (the classic all-pairs similarity join): code
points are ordered rarest first, so a pair whose weighted Dice reaches the cut-off must share a
token in the first part ("prefix") of each encoding; only prefix tokens are indexed and probed,
and posting lists of tokens held by more than `max_df` claims are skipped (such a token alone
cannot make two claims similar). Candidates are verified with `process.extract(..., score_cutoff)`
in C. `benchmarks/matching.py` measures recall against an exhaustive `process.cdist` of the same
scorer over the same encodings.

Memory is O(index postings + surviving pairs); nothing quadratic is materialised.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

#: The cheap scorer (on encoded claims): weighted Dice x 100.
CHEAP_SCORER = fuzz.ratio
#: Below this cheap score a pair is never compared in full.
CHEAP_CUTOFF = 30.0
#: Highest weight of one token (code points per token).
MAX_WEIGHT = 9
#: Posting lists longer than this share of the collection (but never below MIN_MAX_DF) are skipped.
MAX_DF_FRACTION = 0.1
MIN_MAX_DF = 1000

_BASE = 0x100
_SURROGATES = (0xD800, 0xE000)


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
    sets = [list(dict.fromkeys(toks)) for toks in token_lists]
    df: dict[str, int] = defaultdict(int)
    for toks in sets:
        for t in toks:
            df[t] += 1
    n = max(1, len(sets))
    order = sorted(df, key=lambda t: (df[t], t))
    weights = {t: max(1, min(MAX_WEIGHT, round(math.log(n / df[t])))) for t in order}
    slots = max(1, min(MAX_WEIGHT, (0x10FFFF - _BASE - 0x800) // max(1, len(order))))
    rank = {t: k for k, t in enumerate(order)}
    strings, toks_sorted = [], []
    for toks in sets:
        toks = sorted(toks, key=rank.__getitem__)
        toks_sorted.append(toks)
        strings.append("".join(_char(rank[t] * slots + c) for t in toks for c in range(min(weights[t], slots))))
    return Encoded(strings, toks_sorted, weights, dict(df))


def prefix_tokens(toks: list[str], weights: dict[str, int], cutoff: float) -> list[str]:
    """Tokens of a claim's prefix: pairs with weighted Dice >= cutoff/100 share one of them."""
    total = sum(weights[t] for t in toks)
    d = cutoff / 100
    jac = d / (2 - d)
    keep = total - math.ceil(jac * total) + 1  # code points in the prefix
    out, seen = [], 0
    for t in toks:
        if seen >= keep:
            break
        out.append(t)
        seen += weights[t]
    return out


def candidate_pairs(
    enc: Encoded,
    *,
    cutoff: float = CHEAP_CUTOFF,
    query_ids: set[int] | None = None,
    max_df: int | None = None,
) -> Iterable[tuple[int, list[int]]]:
    """Yield (i, [j, ...]): claims sharing a prefix token with claim i.

    Without `query_ids` every pair appears once (j > i). With `query_ids` (incremental
    matching) only pairs involving a query claim appear, each once.
    """
    n = len(enc.strings)
    cap = max_df if max_df is not None else max(MIN_MAX_DF, int(MAX_DF_FRACTION * n))
    prefixes = [prefix_tokens(t, enc.weights, cutoff) for t in enc.tokens]
    index: dict[str, list[int]] = defaultdict(list)
    for i, pre in enumerate(prefixes):
        for t in pre:
            if enc.df[t] <= cap:
                index[t].append(i)
    for i, pre in enumerate(prefixes):
        if query_ids is not None and i not in query_ids:
            continue
        seen: set[int] = set()
        for t in pre:
            posting = index.get(t)
            if posting:
                seen.update(posting)
        seen.discard(i)
        if query_ids is None:
            cands = [j for j in seen if j > i]
        else:
            cands = [j for j in seen if j not in query_ids or j > i]
        if cands:
            cands.sort()
            yield i, cands


def verified_pairs(
    token_lists: Sequence[Iterable[str]],
    *,
    cutoff: float = CHEAP_CUTOFF,
    query_ids: set[int] | None = None,
    enc: Encoded | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[tuple[int, int, float]]:
    """Pairs (i, j, cheap score), i < j, whose cheap score reaches `cutoff`."""
    enc = enc if enc is not None else encode(token_lists)
    strings = enc.strings
    out: list[tuple[int, int, float]] = []
    total = len(strings) if query_ids is None else len(query_ids)
    for done, (i, cands) in enumerate(candidate_pairs(enc, cutoff=cutoff, query_ids=query_ids), 1):
        choices = [strings[j] for j in cands]
        for _, score, k in process.extract(strings[i], choices, scorer=CHEAP_SCORER, score_cutoff=cutoff,
                                           limit=None):
            j = cands[k]
            out.append((min(i, j), max(i, j), float(score)))
        if done % 2000 == 0:
            if cancel is not None and cancel():
                raise MatchCancelled()
            if progress is not None:
                progress(done, total, "finding candidate pairs")
    return out


class MatchCancelled(Exception):
    """Raised when the caller's cancel() returned True; nothing has been written."""
