"""The pre-check (`compare.never_linked`) over many claims, each answer computed once per distinct
pair of claim *parts*.

Why: on dense news the pre-check runs for every candidate a claim's cheap score reaches, about
a dozen per partner kept (2-3 million at 20k claims), and a call reads places, event verbs,
dates and article contexts (~5 us). Its rule is an "or" of four independent tests - another
place, other event verbs, dates far apart, articles about another event - and one story's
claims share few distinct places, verb sets, date sets and articles, so each test is memoised
on the pair of distinct values (a dictionary look-up) and `never_linked` itself answers the
misses on views holding only that part. A project's article contexts can be too many for a
table (10,000 at 100k claims) and one claim's candidates spread over all of them, so that test
is computed one article against all at once instead (`_ContextRows`). Two places each claim
names are no other place (`place_names.places_differ_unnamed`): the place test, memoised per pair
of places, is checked against the few claims naming another claim's place (`_other_places_named`).
`tests/test_matching_speed.py` checks the answers are `never_linked`'s on every candidate pair of
a dense sample.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import numpy as np

from workbench.core.match import knowledge
from workbench.core.match.begun_since import start_or_since
from workbench.core.match.claim_view import Roles, reported
from workbench.core.match.compare import GateView, never_linked
from workbench.core.match.definite_events import definite_event
from workbench.core.match.events import EventContext
from workbench.core.match.normalize import Normalized
from workbench.core.match.once_begun import told_once
from workbench.core.match.one_time import one_time
from workbench.core.match.place_names import named_in, names_written, one_place, place_words


def gate_view(text: str, norm: Normalized, dates: list | None, context: EventContext | None,
              roles: Roles | None = None, events: AbstractSet[str] | None = None,
              read: knowledge.ReadDates | None = None) -> GateView:
    """What `never_linked` reads of one claim. `roles`, `events` (`knowledge.event_verbs` of its
    tokens) and `read` (`knowledge.read_dates(dates)`) when `prepare`'s workers read them: the
    views of all claims are made in the parent, serially, before blocking."""
    place = roles[2].place if roles else one_place(reported(text))  # as `claim_readings` reads it
    read = knowledge.read_dates(dates) if read is None else read
    return GateView(place, knowledge.event_verbs(norm.tokens) if events is None else events, read, context,
                    roles[2].written if roles else names_written(text),
                     bool(read) and (told_once(text) or start_or_since(text)  # (`begun_since`)
                                     or one_time(text) is not None  # (an event named, a title taken: `one_time`)
                                     or definite_event(text) is not None))  # ("the referendum": `definite_events`)


#: Most distinct values of one part answered through a table (TABLE_MAX^2 bytes: 16 MB).
TABLE_MAX = 4096
#: Most answers a part keeps in its dictionary when its values are more.
MEMO_MAX = 500_000


class _Part:
    """One test of the rule: claims' distinct values (interned to ints) and a memo of answers."""

    def __init__(self, keys: Sequence[Hashable], views: Sequence[GateView], only: Callable[[GateView], GateView],
                 weights: dict[str, float] | None) -> None:
        index: dict[Hashable, int] = {}
        self.ids = [index.setdefault(k, len(index)) for k in keys]
        # each distinct value's view (`only` the part, of the last claim holding it): built once per
        # value, not once per claim (serial work in the parent before blocking)
        last = dict(zip(self.ids, range(len(self.ids)), strict=True))
        self.views: list[GateView] = [only(views[last[k]]) for k in range(len(index))]
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


#: Most distinct article contexts answered a row at a time (`_ContextRows`, n^2 / 8 bytes: 50 MB).
ROWS_MAX = 20_000
#: How close to a threshold the vectorised name overlap must be for the exact path to decide.
_NEAR = 1e-9


class _ContextRows:
    """The article-context test for more contexts than a table holds (a 100k project's 10,000
    articles), answered one context against all others at once, each row once, kept as bits.

    Why: pair by pair, one claim's candidates spread over all articles, so few answers repeat
    and each costs a `same_event` call. `never_linked` says "another event" only when the
    articles are neither one article nor one wire story, and either their dates are more than
    MAX_DAYS_APART apart or both name MIN_ENTITIES names and their weighted overlap is under
    MIN_ENTITY_OVERLAP (`events.same_event`); that is computed here for a whole row in numpy,
    and an overlap within _NEAR of the threshold (where the sums' order could matter) is
    answered by `never_linked` itself."""

    def __init__(self, part: _Part) -> None:
        from workbench.core.match.events import MAX_DAYS_APART, MIN_ENTITIES, MIN_ENTITY_OVERLAP

        self.part, self.n, self.ids, self.id_array = part, part.n, part.ids, part.id_array
        self.max_days, self.least, self.floor = MAX_DAYS_APART, MIN_ENTITIES, MIN_ENTITY_OVERLAP
        weights = part.weights
        n = self.n
        self.article = np.full(n, -1, dtype=np.int64)
        self.has_article = np.zeros(n, dtype=bool)
        self.wire = np.full(n, -1, dtype=np.int64)
        self.has_wire = np.zeros(n, dtype=bool)
        self.day = np.zeros(n, dtype=np.int64)  # 0: no date (an ordinal is >= 1)
        self.total = np.zeros(n, dtype=np.float64)
        self.enough = np.zeros(n, dtype=bool)
        self.names: list[frozenset[str]] = []
        postings: dict[str, list[int]] = {}
        for k, view in enumerate(part.views):
            ctx = view.context
            names, total = (ctx.weighted_entities(weights) if ctx is not None else (frozenset(), 0.0))
            self.names.append(names)
            if ctx is None:
                continue
            if ctx.article_id is not None:
                self.article[k], self.has_article[k] = ctx.article_id, True
            if ctx.wire_group is not None:
                self.wire[k], self.has_wire[k] = ctx.wire_group, True
            day = ctx.day
            self.day[k] = day.toordinal() if day else 0
            self.total[k] = total
            self.enough[k] = len(names) >= MIN_ENTITIES
            for e in names:
                postings.setdefault(e, []).append(k)
        self.postings = {e: np.asarray(ks, dtype=np.int64) for e, ks in postings.items()}
        self.weight = {e: (weights.get(e, 1.0) if weights else 1.0) for e in postings}
        self.has_context = np.array([v.context is not None for v in part.views], dtype=bool)
        self.bits = np.zeros((n, (n + 7) // 8), dtype=np.uint8)
        self.filled = np.zeros(n, dtype=bool)

    def _row(self, a: int) -> Any:
        """`never_linked` of context a against every context, as a bool array."""
        n = self.n
        if not self.has_context[a]:
            return np.zeros(n, dtype=bool)
        far = (self.day[a] != 0) & (self.day != 0) & (np.abs(self.day - self.day[a]) > self.max_days)
        inter = np.zeros(n, dtype=np.float64)
        for e in self.names[a]:
            inter[self.postings[e]] += self.weight[e]
        smaller = np.minimum(self.total, self.total[a])
        overlap = inter / np.where(smaller == 0, 1.0, smaller)
        both = self.enough & self.enough[a]
        differ = far | (both & (overlap < self.floor))
        if self.has_article[a]:
            differ &= ~(self.has_article & (self.article == self.article[a]))
        if self.has_wire[a]:
            differ &= ~(self.has_wire & (self.wire == self.wire[a]))
        differ &= self.has_context
        near = np.flatnonzero(both & ~far & (np.abs(overlap - self.floor) < _NEAR))
        part = self.part
        for b in near.tolist():
            differ[b] = never_linked(part.views[a], part.views[b], part.weights)
        return differ

    def differ_many(self, a: int, others: Any) -> Any:
        if not self.filled[a]:
            self.bits[a] = np.packbits(self._row(a))
            self.filled[a] = True
        row = self.bits[a]
        return ((row[others >> 3] >> (7 - (others & 7))) & 1).astype(bool)

    def answer(self, a: int, b: int) -> bool:
        return bool(self.differ_many(a, np.asarray([b], dtype=np.int64))[0])


class PairGate:
    """`never_linked(views[i], views[j], entity_weights)` for many pairs, memoised by part."""

    def __init__(self, views: Sequence[GateView], entity_weights: dict[str, float] | None = None) -> None:
        def part(key: Any, only: Any) -> _Part:
            return _Part([key(v) for v in views], views, only, entity_weights)

        places = part(lambda v: v.place, lambda v: GateView(v.place, set(), [], None))
        self.parts: list[_Part | _ContextRows] = [
            places,
            part(lambda v: frozenset(v.events), lambda v: GateView(None, set(v.events), [], None)),
            part(lambda v: (tuple(p for _, p in v.dates), v.once),
                 lambda v: GateView(None, set(), v.dates, None, once=v.once)),
            part(lambda v: id(v.context) if v.context is not None else None,
                 lambda v: GateView(None, set(), [], v.context)),
        ]
        self._views = views  # keeps the contexts alive, so their ids stay theirs
        self.mentions = _other_places_named(places, views)  # where the place part's answer may not hold
        plain = [p for p in self.parts if isinstance(p, _Part)]
        if plain[3].cells is None and plain[3].n <= ROWS_MAX:
            self.parts[3] = _ContextRows(plain[3])  # a project's thousands of articles: a row at a time
        self.table_parts = [p for p in self.parts if not isinstance(p, _Part) or p.cells is not None]
        self.other_parts = [p for p in self.parts if isinstance(p, _Part) and p.cells is None]

    def _named_both(self, i: int, j: int) -> bool:
        """Each claim names the other's place too (`place_names.places_differ_unnamed`): the place
        part's answer, memoised per pair of places, does not hold for them."""
        mi, mj, ids = self.mentions[i], self.mentions[j], self.parts[0].ids
        return mi is not None and mj is not None and ids[j] in mi and ids[i] in mj

    def _place_differ(self, part: _Part | _ContextRows, i: int, j: int) -> bool:
        return part.answer(part.ids[i], part.ids[j]) and not (part is self.parts[0] and self._named_both(i, j))

    def never_linked(self, i: int, j: int) -> bool:
        place, events, dates, context = self.parts
        return (self._place_differ(place, i, j) or events.answer(events.ids[i], events.ids[j])
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
            differ = part.differ_many(part.ids[i], part.id_array[js[alive]])
            named = self.mentions[i]
            if part is self.parts[0] and named is not None and differ.any():
                # only a candidate whose place this claim names can be named both ways: a set test in
                # numpy first, the Python test on those few (most claims name none)
                maybe = np.nonzero(differ & np.isin(part.id_array[js[alive]], list(named)))[0]
                for k in maybe.tolist():
                    differ[k] = not self._named_both(i, int(js[alive[k]]))
            alive = alive[~differ]
        ok = np.zeros(len(js), dtype=bool)
        ok[alive] = True
        return ok

    def rest_differ(self, i: int, j: int) -> bool:
        """The tests `may_link_many` leaves out (those without a table) for one pair."""
        return any(self._place_differ(part, i, j) for part in self.other_parts)


def _other_places_named(place: _Part, views: Sequence[GateView]) -> list[frozenset[int] | None]:
    """For each claim, the ids of the other places (of `place`, the place part) it names somewhere
    (`place_names.named_in` its `names_written`), or None when it names none: most claims."""
    index: dict[str, list[int]] = {}
    for k, view in enumerate(place.views):
        if view.place is not None:
            for w in place_words(view.place):
                index.setdefault(w, []).append(k)
    out: list[frozenset[int] | None] = []
    # the places a set of written names names, read once per distinct set (one story's claims
    # share few: 2,727 among dense 20k's 20,000), then without the claim's own place
    named: dict[frozenset[str], frozenset[int]] = {}
    for own, view in zip(place.ids, views, strict=True):
        written = view.written
        found = named.get(written)
        if found is None:
            found = named[written] = frozenset(k for w in written for k in index.get(w, ())
                                               if named_in(place.views[k].place or "", written))
        if own in found:
            found = found - {own}
        out.append(found or None)
    return out
