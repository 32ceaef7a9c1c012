"""Groups from a cluster's links, and the pairs to compare before two groups may merge.

`group_links` groups duplicate links by average linkage (`grouping`), never across a conflict nor
across two days (`day_keys`); `pairs_to_complete` names the pairs never compared between two
groups a duplicate link joins that could merge them. `GrowingGroups` keeps the groups of a link
list that grows (`cluster_texts` completing groups round after round) and regroups only the
components of the duplicate-link graph the new links touch: average linkage merges only groups a
duplicate link joins, so each component is grouped on its own, and regrouping all 20k lines'
links each round cost ~0.8 s of serial work a round (dense 20k).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from workbench.core.match import knowledge
from workbench.core.match.grouping import average_linkage_groups
from workbench.core.vocab import Relation

#: The relations' values, read once (an enum member's `.value` is a descriptor call per link).
_DUPLICATE, _CONFLICT = Relation.DUPLICATE.value, Relation.CONFLICT.value
Link = tuple[int, int, str, float]

#: Mean duplicate probability over all cross pairs for two groups to merge (pairs never
#: compared count 0): a claim joins a group only when it is close to the group as a whole.
GROUP_LINKAGE = 0.5
#: The least a duplicate link weighs in that mean. A duplicate anchored by its figure, day and place
#: is shown at the duplicate cut (0.5) when its words say little, so two groups of one fact joined by
#: such links merged only when every cross pair was compared and linked; one link still never
#: chains a claim onto a pair (0.55 / 2 < 0.5). 0.65 gained more recall but cost newsroom 3k and
#: sitrep 20k precision (docs/matching.md, "group20k").
DUPLICATE_WEIGHT_MIN = 0.55


def link_weight(score: float) -> float:
    """A duplicate link's weight in average linkage, from its score (0-100)."""
    return max(score / 100, DUPLICATE_WEIGHT_MIN)


def day_keys(dates: Sequence[list | None], read: Sequence[knowledge.ReadDates] | None = None) -> dict[int, tuple]:
    """{claim: the dates it reads, as `knowledge.read_dates` parts} for the claims that give one;
    `read`: `knowledge.read_dates` of each of `dates` when read already (`matching.Prepared`)."""
    out: dict[int, tuple] = {}
    for k, items in enumerate(read if read is not None else map(knowledge.read_dates, dates)):
        parts = tuple(dict.fromkeys(p for _t, p in items))
        if parts:
            out[k] = parts
    return out


@lru_cache(maxsize=50_000)
def days_apart(x: tuple, y: tuple) -> bool:
    """Whether two claims' read dates (`day_keys`) tell two days: compared, the pair is a conflict
    ("dates differ") or another event (far apart), never a duplicate."""
    verdict = knowledge.compare_read_dates([("", p) for p in x], [("", p) for p in y]).verdict
    return verdict in (knowledge.DATES_DIFFER, knowledge.DATES_FAR_APART)


def _told_apart(ma: list[int], mb: list[int], days: dict[int, tuple]) -> bool:
    """Whether two groups hold claims told on two days (`days_apart`)."""
    ka = {days[x] for x in ma if x in days}
    kb = {days[y] for y in mb if y in days}
    return any(x != y and days_apart(x, y) for x in ka for y in kb)


def group_links(links: Iterable[tuple[int, int, str, float]], days: dict[int, tuple] | None = None) -> list[list[int]]:
    """Groups from links (i, j, relation, score 0-100): only duplicates group, by average linkage,
    and never two groups holding the ends of a conflict, nor (with `days`, `day_keys`) two
    holding claims told on two days (`days_apart`)."""
    links = list(links)
    return average_linkage_groups(((i, j, link_weight(s)) for i, j, rel, s in links if rel == _DUPLICATE),
                                  threshold=GROUP_LINKAGE,
                                  cannot=[(i, j) for i, j, rel, _s in links if rel == _CONFLICT],
                                  keys=days, apart=days_apart if days else None)


#: Largest pair of groups whose missing cross pairs are compared before they may merge.
COMPLETE_MAX_CROSS = 400
#: Completion is repeated while it finds pairs (two groups just merged may now complete a third).
COMPLETE_ROUNDS = 3


def pairs_to_complete(links: Sequence[tuple[int, int, str, float]],
                      groups: list[list[int]] | None = None,
                      days: dict[int, tuple] | None = None) -> list[tuple[int, int]]:
    """The pairs never compared between two groups (`group_links`) that a duplicate link joins and
    that would merge if those pairs were duplicates but do not with them counted 0: a fact retold
    many ways has partners beyond the blocking's (MAX_PARTNERS), and its groups then stay apart.
    Comparing them, rather than lowering the bar, keeps average linkage from chaining. `groups`:
    `group_links(links, days)` when the caller has them already; two groups told on two days
    (`days`) never merge, so their pairs are not compared."""
    if groups is None:
        groups = group_links(links, days)
    group_of = {m: k for k, g in enumerate(groups) for m in g}

    def gid(x: int) -> tuple[int, int]:
        return (0, group_of[x]) if x in group_of else (1, x)

    members: dict[tuple[int, int], list[int]] = {}
    for x in {x for i, j, _r, _s in links for x in (i, j)}:
        members.setdefault(gid(x), []).append(x)
    seen = {(i, j) for i, j, _r, _s in links}
    across: dict[tuple[Any, Any], list[float]] = {}
    barred: set[tuple[Any, Any]] = set()
    for i, j, rel, score in links:
        a, b = sorted((gid(i), gid(j)))
        if a == b:
            continue
        if rel == _CONFLICT:
            barred.add((a, b))
        elif rel == _DUPLICATE:
            across.setdefault((a, b), []).append(link_weight(score))
    out: list[tuple[int, int]] = []
    for (a, b), scores in across.items():
        ma, mb = members[a], members[b]
        cross = len(ma) * len(mb)
        if (a, b) in barred or cross > COMPLETE_MAX_CROSS or days and _told_apart(ma, mb, days):
            continue
        todo = [(min(x, y), max(x, y)) for x in ma for y in mb if (min(x, y), max(x, y)) not in seen]
        if todo and sum(scores) / cross < GROUP_LINKAGE <= (sum(scores) + len(todo)) / cross:
            out += todo
    return sorted(set(out))

class GrowingGroups:
    """`group_links` and `pairs_to_complete` of a growing list of links (i, j, relation, score),
    the same as over the whole list, each new batch (`add`) regrouping only the components of the
    duplicate-link graph it touches. The two functions give each component's answer from its own
    links alone: merges and completions need a duplicate link across two groups, a conflict or two
    days only bar merges inside one component, and the best-first order inside a component is
    that of the whole list."""

    def __init__(self, days: dict[int, tuple] | None = None) -> None:
        self.days = days
        self._parent: dict[int, int] = {}
        self._links: dict[int, list[Link]] = {}  # each component's links, by its root
        self._groups: dict[int, list[list[int]]] = {}  # each component's groups, by its root
        self._touched: list[int] = []  # the components the last batch touched

    def _root(self, x: int) -> int:
        parent = self._parent
        root = parent.setdefault(x, x)
        while root != parent[root]:
            root = parent[root]
        while x != root:
            parent[x], x = root, parent[x]
        return root

    def _join(self, a: int, b: int) -> int:
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return ra
        big, small = (ra, rb) if len(self._links.get(ra, ())) >= len(self._links.get(rb, ())) else (rb, ra)
        self._parent[small] = big
        self._links.setdefault(big, []).extend(self._links.pop(small, []))
        self._groups.pop(small, None)
        return big

    def add(self, links: Iterable[Link]) -> None:
        """Take a batch of links and regroup the components it touches."""
        batch = list(links)
        for i, j, rel, _s in batch:
            if rel == _DUPLICATE:
                self._join(i, j)
        touched: dict[int, None] = {}
        for link in batch:
            # a conflict across two components bars nothing until they join (it is then in the joined list)
            ra = self._root(link[0])
            touched[ra] = touched[self._root(link[1])] = None
            self._links.setdefault(ra, []).append(link)
        for root in touched:
            self._groups[root] = group_links(self._links.get(root, []), self.days)
        self._touched = list(touched)

    def groups(self) -> list[list[int]]:
        """`group_links` of every link taken."""
        return sorted((g for groups in self._groups.values() for g in groups), key=lambda g: g[0])

    def pairs_to_complete(self) -> list[tuple[int, int]]:
        """`pairs_to_complete` of the components the last batch touched (the others' pairs were
        named when they were last touched, and are the same)."""
        out: list[tuple[int, int]] = []
        for root in self._touched:
            out += pairs_to_complete(self._links.get(root, []), self._groups.get(root, []), self.days)
        return sorted(out)
