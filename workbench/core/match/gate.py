"""The pre-check (`compare.never_linked`) over many claims, each answer computed once per distinct
pair of claim *parts*.

Why: on dense news the pre-check runs for every candidate a claim's cheap score reaches, about
a dozen per partner kept (2-3 million at 20k claims), and a call reads places, event verbs,
dates and article contexts (~5 us). Its rule is an "or" of four independent tests - another
place, other event verbs, dates far apart, articles about another event - and one story's
claims share few distinct places, verb sets, date sets and articles, so each test is memoised
on the pair of distinct values (a dictionary look-up) and `never_linked` itself answers the
misses on views holding only that part. `tests/test_matching_speed.py` checks the answers are
`never_linked`'s on every candidate pair of a dense sample.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np

from workbench.core.match.compare import GateView, never_linked

#: Most distinct values of one part answered through a table (TABLE_MAX^2 bytes: 16 MB).
TABLE_MAX = 4096
#: Most answers a part keeps in its dictionary when its values are more.
MEMO_MAX = 500_000


class _Part:
    """One test of the rule: claims' distinct values (interned to ints) and a memo of answers."""

    def __init__(self, keys: Sequence[Hashable], views: Sequence[GateView], weights: dict[str, float] | None) -> None:
        index: dict[Hashable, int] = {}
        self.ids = [index.setdefault(k, len(index)) for k in keys]
        self.views: list[GateView] = [GateView(None, set(), [], None)] * len(index)
        for k, view in zip(self.ids, views, strict=True):
            self.views[k] = view
        self.n = len(index)
        self.id_array = np.asarray(self.ids, dtype=np.int32)
        # answers of distinct pairs: a table when the values are few (one story's places, verbs,
        # dates), else a dictionary emptied now and then so memory stays bounded
        self.table = bytearray(self.n * self.n) if self.n <= TABLE_MAX else None
        self.cells = np.frombuffer(self.table, dtype=np.uint8) if self.table else None  # the same bytes
        self.memo: dict[int, bool] = {}
        self.weights = weights

    def answer(self, a: int, b: int) -> bool:
        key = a * self.n + b
        table = self.table
        if table is not None:
            hit = table[key]
            if hit:
                return hit == 2
            differ = never_linked(self.views[a], self.views[b], self.weights)
            table[key] = 2 if differ else 1
            return differ
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) >= MEMO_MAX:
                self.memo.clear()
            found = self.memo[key] = never_linked(self.views[a], self.views[b], self.weights)
        return found


    def differ_many(self, a: int, others: Any) -> Any:
        """`answer(a, b)` for each b of the array `others`, as a bool array."""
        cells = self.cells
        if cells is None:
            return np.fromiter((self.answer(a, b) for b in others.tolist()), dtype=bool, count=len(others))
        row = cells[a * self.n:(a + 1) * self.n]
        got = row[others]
        unknown = got == 0
        if unknown.any():
            for b in np.unique(others[unknown]).tolist():
                self.answer(a, b)
            got = row[others]
        return got == 2


class PairGate:
    """`never_linked(views[i], views[j], entity_weights)` for many pairs, memoised by part."""

    def __init__(self, views: Sequence[GateView], entity_weights: dict[str, float] | None = None) -> None:
        def part(key: Any, only: Any) -> _Part:
            return _Part([key(v) for v in views], [only(v) for v in views], entity_weights)

        self.parts = [
            part(lambda v: v.place, lambda v: GateView(v.place, set(), [], None)),
            part(lambda v: frozenset(v.events), lambda v: GateView(None, set(v.events), [], None)),
            part(lambda v: tuple(p for _, p in v.dates), lambda v: GateView(None, set(), v.dates, None)),
            part(lambda v: id(v.context) if v.context is not None else None,
                 lambda v: GateView(None, set(), [], v.context)),
        ]
        self._views = views  # keeps the contexts alive, so their ids stay theirs
        self.table_parts = [p for p in self.parts if p.cells is not None]
        self.other_parts = [p for p in self.parts if p.cells is None]

    def never_linked(self, i: int, j: int) -> bool:
        place, events, dates, context = self.parts
        return (place.answer(place.ids[i], place.ids[j]) or events.answer(events.ids[i], events.ids[j])
                or dates.answer(dates.ids[i], dates.ids[j]) or context.answer(context.ids[i], context.ids[j]))

    def may_link_many(self, i: int, js: Any) -> Any:
        """For the claims `js` (int array): False where a test answered by table says "never
        linked" - each test only on the pairs the ones before left, as `never_linked` does. The
        tests with too many distinct values for a table (a project's 10,000 articles) are left to
        `rest_differ`, asked pair by pair only until a claim's partner places are taken."""
        alive = np.arange(len(js))
        for part in self.table_parts:
            if not len(alive):
                break
            alive = alive[~part.differ_many(part.ids[i], part.id_array[js[alive]])]
        ok = np.zeros(len(js), dtype=bool)
        ok[alive] = True
        return ok

    def rest_differ(self, i: int, j: int) -> bool:
        """The tests `may_link_many` leaves out (those without a table) for one pair."""
        return any(part.answer(part.ids[i], part.ids[j]) for part in self.other_parts)
