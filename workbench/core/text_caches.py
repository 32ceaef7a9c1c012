"""The caches keyed by a claim's or a figure's text, where matching asks them once per compared pair:
how many entries they keep, and one copy of each equal result they hold (`text_cache`).

Matching memoises what it reads of a text (its doers, acts, counted nouns ...) and asks again for
each pair the text is in. A bound below the number of texts a project holds makes such a cache
evict in a loop and read every text again on every pair: on a dense 100k project, bounds of 50,000
made `match` read texts again (stop 32: 567.2 -> 530.2 CPU s, 313.0 -> 290.5 s wall with this bound;
docs/matching.md, end of stop 32). Caches read once per claim, or holding large values (n-gram
sets, normalised forms), keep their own smaller bounds.

Their values are small, but each was a new object: an empty `frozenset()` alone is 216 bytes (it is
no singleton), and most of what a claim is read for is absent (no acronym, no waters, no reporting
voice). Some fifty such caches held ~4 KB a claim of such copies, ~400 MB in each comparing worker
of a dense 100k match (stop 38, docs/matching.md). `text_cache` keeps one copy of each equal
frozenset or tuple result, as `shared_parts` does for a view's n-grams, and no per-entry node.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache, wraps
from typing import Any, ParamSpec, TypeVar

#: Entries kept by each per-pair text cache: twice the 100k project the issue asks for.
TEXT_CACHE = 200_000
#: Distinct results kept shared at most (then the table starts again; the results stay cached).
SHARED_MAX = 100_000
_SHARED: dict[Any, Any] = {}

P = ParamSpec("P")
R = TypeVar("R")
K = TypeVar("K")
V = TypeVar("V")


def shared(value: R) -> R:
    """The one copy kept of a frozenset or tuple equal to `value` (its frozenset members shared
    too), or `value` itself. Results are immutable, so which equal copy a caller gets is moot."""
    if isinstance(value, tuple):
        value = tuple(shared(v) if isinstance(v, frozenset) else v for v in value)  # type: ignore[assignment]
    elif not isinstance(value, frozenset):
        return value
    if len(_SHARED) >= SHARED_MAX:
        _SHARED.clear()
    try:
        return _SHARED.setdefault(value, value)  # type: ignore[no-any-return]
    except TypeError:  # a tuple holding something unhashable
        return value


#: Distinct mappings kept shared at most (`shared_mapping`), as SHARED_MAX.
_MAPPINGS: dict[frozenset, dict] = {}


def shared_mapping(value: dict[K, V]) -> dict[K, V]:
    """The one copy kept of a dict equal to `value` (hashable values only), for a reading held per
    claim that callers never change: a claim's kinds and compass parts are mostly empty or alike,
    and each dict is 64-230 bytes (kept by every prepared claim in the parent, so in every forked
    worker too). A dict with an unhashable value is returned as it is."""
    try:
        key = frozenset(value.items())
    except TypeError:
        return value
    if len(_MAPPINGS) >= SHARED_MAX:
        _MAPPINGS.clear()
    return _MAPPINGS.setdefault(key, value)


def text_cache(maxsize: int = TEXT_CACHE) -> Callable[[Callable[P, R]], _lru_cache_wrapper[R]]:
    """A per-text cache of at most `maxsize` entries whose results are `shared`: a decorator for
    functions of a text returning frozensets, tuples or plain values (never a mutable result).

    It is `functools.lru_cache(maxsize=None)`, which keeps its entries in one dict, emptied when a
    miss finds it full (counted here: a call of `cache_info` on every miss was ~1 % of a match). A bounded `lru_cache` also keeps a linked node per entry (~80 bytes) to
    know which is oldest; with some sixty such caches each meeting every claim of a project, the
    nodes alone were ~5 KB a claim in each comparing worker (stop 46, docs/matching.md). The
    bound is above the claims a project holds, so a match never evicts; results are the same
    either way, as each is a function of its arguments alone."""
    def decorate(read: Callable[P, R]) -> _lru_cache_wrapper[R]:
        misses = [0]  # entries added since the cache was last emptied here (`cache_info` costs more)

        @wraps(read)
        def read_shared(*args: P.args, **kwargs: P.kwargs) -> R:
            if misses[0] >= maxsize:
                cached.cache_clear()
                misses[0] = 0
            misses[0] += 1
            return shared(read(*args, **kwargs))
        cached = lru_cache(maxsize=None)(read_shared)
        return cached
    return decorate
