"""Candidate generation for matching many claims without comparing all pairs.

Prefix filtering over an inverted index (the classic all-pairs similarity-join technique):
each claim's distinct tokens are ordered rarest first (by document frequency in the corpus); only
its first few ("the prefix") are indexed and probed. Two claims whose token sets overlap enough
must share a token in their prefixes, so they meet in one posting list, while common words
("kill", "people") never create candidates on their own. Numbers are tokens too ("500000"), so
"some 500,000 people fled" and "half a million Iraqis have fled" meet on the figure.

A cheap rapidfuzz scorer then verifies the candidates in C (`process.extract` per claim with a
score cutoff), and only the survivors go to the full comparison.

Memory is O(total prefix postings + surviving pairs); nothing quadratic is materialised.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import fuzz, process

#: The cheap scorer used both for verification and for the exhaustive reference in the benchmark.
CHEAP_SCORER = fuzz.token_set_ratio
#: Default cut-off of the cheap scorer: below it a pair is never a duplicate or a conflict.
CHEAP_CUTOFF = 60.0
#: Prefix filtering parameter: the token overlap (coefficient) the prefixes guarantee to find.
#: token_set_ratio >= 60 happens with lower token overlap than 0.6, so it is set with slack
#: (measured: recall >= 0.98 of the exhaustive reference on the benchmark corpus).
OVERLAP = 0.2


def prefix_length(n_tokens: int, overlap: float) -> int:
    """Prefix size that guarantees finding pairs whose overlap coefficient is at least `overlap`."""
    if n_tokens <= 0:
        return 0
    return max(1, n_tokens - math.ceil(overlap * n_tokens) + 1)


def build_prefixes(
    token_lists: Sequence[Iterable[str]], *, overlap: float = OVERLAP, min_prefix: int = 3
) -> list[list[str]]:
    """Each claim's rarest distinct tokens (its prefix), by document frequency in `token_lists`."""
    sets = [sorted(set(toks)) for toks in token_lists]
    df: dict[str, int] = defaultdict(int)
    for toks in sets:
        for t in toks:
            df[t] += 1
    prefixes = []
    for toks in sets:
        toks.sort(key=lambda t: (df[t], t))
        p = min(len(toks), max(min_prefix, prefix_length(len(toks), overlap)))
        prefixes.append(toks[:p])
    return prefixes


def candidate_pairs(
    token_lists: Sequence[Iterable[str]],
    *,
    overlap: float = OVERLAP,
    min_prefix: int = 3,
    query_ids: set[int] | None = None,
    max_posting: int = 5000,
) -> Iterable[tuple[int, list[int]]]:
    """Yield (i, [j, ...]) with j > i (or, with `query_ids`, every j != i for i in query_ids and
    j not in query_ids with i < j ordering left to the caller) sharing a prefix token.

    With `query_ids` (incremental matching) only pairs that involve at least one query claim are
    produced: each query claim against every other claim, each pair once.
    `max_posting` caps pathological posting lists (a token in the prefix of more claims than this
    is too common to discriminate; such claims still meet through their other prefix tokens).
    """
    prefixes = build_prefixes(token_lists, overlap=overlap, min_prefix=min_prefix)
    index: dict[str, list[int]] = defaultdict(list)
    for i, pre in enumerate(prefixes):
        for t in pre:
            index[t].append(i)
    for t in [t for t, ids in index.items() if len(ids) > max_posting]:
        del index[t]
    for i, pre in enumerate(prefixes):
        if query_ids is not None and i not in query_ids:
            continue
        seen: set[int] = set()
        for t in pre:
            for j in index.get(t, ()):
                if j == i:
                    continue
                if (query_ids is None or j in query_ids) and j < i:
                    continue
                seen.add(j)
        if seen:
            yield i, sorted(seen)


def verified_pairs(
    texts: Sequence[str],
    token_lists: Sequence[Iterable[str]],
    *,
    cutoff: float = CHEAP_CUTOFF,
    scorer: Callable[..., float] = CHEAP_SCORER,
    overlap: float = OVERLAP,
    query_ids: set[int] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[tuple[int, int, float]]:
    """Pairs (i, j, cheap score) with i < j whose cheap score on `texts` reaches `cutoff`."""
    out: list[tuple[int, int, float]] = []
    total = len(texts) if query_ids is None else len(query_ids)
    for done, (i, cands) in enumerate(candidate_pairs(token_lists, overlap=overlap, query_ids=query_ids), 1):
        choices = [texts[j] for j in cands]
        for _, score, k in process.extract(texts[i], choices, scorer=scorer, score_cutoff=cutoff,
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
