"""Claims read for matching (`matching.prepare`) and their views (`claim_view.claim_view`), built
from shared pieces.

Why: on dense news (one story's small vocabulary) a claim's words, tokens, character 4-grams and
word bigrams are mostly equal to other claims', yet each was a new object per claim: ~1.5 KB of a
prepared claim (held by the parent and so counted in every forked worker) and ~8 of a view's
~12 KB (up to `matching.VIEWS_MAX` views in each comparing worker). The same pieces are now one
object each (strings through `sys.intern`, tuples through a bounded table), so a claim holds
only references. Equal pieces compare as before: no result changes.
"""

from __future__ import annotations

import sys
from functools import lru_cache

from workbench.core.match.normalize import Normalized
from workbench.core.text_caches import shared

#: Word pairs kept shared at most; the table is emptied when full (sharing is then only lost).
PAIRS_MAX = 200_000
_PAIRS: dict[tuple[str, str], tuple[str, str]] = {}


def _pairs(words: list[str] | tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """The word bigrams of `words`, each tuple shared with the other claims holding it."""
    if len(_PAIRS) >= PAIRS_MAX:
        _PAIRS.clear()
    table, intern = _PAIRS, sys.intern
    return frozenset(table.setdefault(pair, pair) for pair in
                     zip(map(intern, words), map(intern, words[1:]), strict=False))


@lru_cache(maxsize=20_000)  # a view holds its grams: a larger bound kept ~20,000 more alive (stop 46)
def grams(text: str, n: int = 4) -> frozenset[str]:
    """Character n-grams of `text` (padded with a space each side)."""
    t = f" {text} "
    intern = sys.intern
    return frozenset(intern(t[i:i + n]) for i in range(len(t) - n + 1))


@lru_cache(maxsize=20_000)
def bigrams(text: str) -> frozenset[tuple[str, str]]:
    """Word bigrams of `text` (split on whitespace)."""
    return _pairs(text.split())


@lru_cache(maxsize=20_000)
def word_grams(words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The word 1- and 2-grams of a claim's wording (`Normalized.words`: function words and
    reporting frame included, figures one placeholder word), once per claim. 1-grams are the
    words themselves (as many shared as shared 1-tuples, and smaller)."""
    return frozenset(map(sys.intern, words)), _pairs(words)


def skeletons(keys: object) -> frozenset[str]:
    """A view's spelling-variant keys (`scoring.token_skeleton`s), as shared strings."""
    return frozenset(map(sys.intern, keys))  # type: ignore[call-overload]


#: Date keys (`memo.date_key`) kept shared at most, as `_PAIRS`.
_DATE_KEYS: dict[tuple, tuple] = {}


def shared_date_key(key: tuple | None) -> tuple | None:
    """A view's date key, one object for the claims giving the same dates (one story repeats few)."""
    if key is None:
        return None
    if len(_DATE_KEYS) >= PAIRS_MAX:
        _DATE_KEYS.clear()
    return _DATE_KEYS.setdefault(key, key)


def shared_normalized(norm: Normalized) -> Normalized:
    """`norm` with its tokens, figures and words as shared strings and its proper names as a shared
    set (a prepared claim, kept while
    a whole project is matched; read in forked workers and pickled back, which keeps the sharing)."""
    intern = sys.intern
    return Normalized(norm.text, list(map(intern, norm.tokens)), list(map(intern, norm.numbers)), norm.negated,
                      shared(norm.proper), tuple(map(intern, norm.words)))


def shared_strings(items: list[str]) -> list[str]:
    """`items` as shared strings (the knowledge hits of a claim: a few texts repeated all over)."""
    return list(map(sys.intern, items))
