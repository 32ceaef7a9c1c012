"""Groups of claims that state one fact, from pairwise links, without chaining.

A claim joins a group only when it is close to the group as a whole (average linkage over every
pair, a pair never compared counting as 0), so A~B and B~C never make A~C by themselves; only
duplicate links group claims, and two groups holding the two ends of a conflict never merge
(conflicting versions stay linked, not merged, even when a hedged "about 120" is close to both
"120" and "125"), nor two groups whose members' keys are apart (`apart`: two days read), even
when no pair across them was compared. `clusters_from_links` (plain connected components) is kept for exact copies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        p = self.parent.setdefault(x, x)
        while p != self.parent.setdefault(p, p):
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return sorted((sorted(g) for g in out.values() if len(g) > 1), key=lambda g: g[0])


def clusters_from_links(links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components (size >= 2) of 'same fact' links (duplicates and conflicts)."""
    uf = UnionFind()
    for a, b in links:
        uf.union(a, b)
    return uf.groups()


def _fold_row(table: dict[int, dict[int, Any]], small: int, big: int) -> None:
    """Group `small` merged into `big`: its row of a symmetric table of cross-group sums (link
    similarities, bridging links) is added into `big`'s, and every other row follows."""
    for h, v in table.pop(small, {}).items():
        if h == big:
            continue
        table[big][h] = table[big].get(h, 0) + v
        row = table[h]
        row.pop(small, None)
        row[big] = row.get(big, 0) + v
    table[big].pop(small, None)


def average_linkage_groups(links: Iterable[tuple[int, int, float]], *, threshold: float,
                           passes: int = 3, must: Iterable[tuple[int, int]] = (),
                           cannot: Iterable[tuple[int, int]] = (),
                           joining: Iterable[tuple[int, int]] | None = None,
                           keys: Mapping[int, Hashable] | None = None,
                           apart: Callable[[Any, Any], bool] | None = None) -> list[list[int]]:
    """Groups (size >= 2) from duplicate links (a, b, similarity 0..1).

    Greedy average linkage: links are taken best first, and two groups merge only when the mean
    similarity over ALL their cross pairs (pairs without a link count 0) reaches `threshold`.
    `must` pairs (an analyst's decision) are joined first, whatever the mean; two groups holding
    the two ends of a `cannot` pair (a conflict) never merge, by either rule. With `joining`, two
    groups merge by the mean only when one of those pairs lies across them (a fact is never held
    together by suggested links alone; they still count in the mean). With `keys` and `apart`,
    two groups holding members whose keys are `apart` never merge by the mean either: an uncompared
    pair counts 0 in the mean, so two sibling facts told on two days were glued by retellings that
    give no day, though any pair of their dated members compared is a conflict.
    """
    ordered = sorted(((s, a, b) for a, b, s in links if a != b), reverse=True)
    must = [(a, b) for a, b in must if a != b]
    group: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    nbr: dict[int, dict[int, float]] = defaultdict(dict)
    for x in (x for _s, a, b in ordered for x in (a, b)):
        group.setdefault(x, x)
        members.setdefault(x, [x])
    for x in (x for pair in must for x in pair):
        group.setdefault(x, x)
        members.setdefault(x, [x])
    for s, a, b in ordered:
        nbr[a][b] = nbr[a].get(b, 0.0) + s
        nbr[b][a] = nbr[b].get(a, 0.0) + s
    # links across two groups that may join them (counted like `nbr`); None: every link may
    bridge: dict[int, dict[int, int]] | None = None
    if joining is not None:
        bridge = defaultdict(dict)
        for a, b in joining:
            if a in group and b in group and a != b:
                bridge[a][b] = bridge[a].get(b, 0) + 1
                bridge[b][a] = bridge[b].get(a, 0) + 1
    held: dict[int, set[Hashable]] = {}  # each group's members' keys
    if keys is not None and apart is not None:
        for x in group:
            if keys.get(x) is not None:
                held[x] = {keys[x]}
    seen_apart: dict[tuple[Hashable, Hashable], bool] = {}

    def keys_apart(ga: int, gb: int) -> bool:
        ka, kb = held.get(ga), held.get(gb)
        if not ka or not kb or apart is None:
            return False
        for x in ka:
            for y in kb:
                if (x, y) not in seen_apart:
                    seen_apart[x, y] = seen_apart[y, x] = x != y and apart(x, y)
                if seen_apart[x, y]:
                    return True
        return False

    barred: dict[int, set[int]] = defaultdict(set)
    for a, b in cannot:
        if a in group and b in group and a != b:
            barred[a].add(b)
            barred[b].add(a)

    def merge(ga: int, gb: int) -> None:
        big, small = (ga, gb) if len(members[ga]) >= len(members[gb]) else (gb, ga)
        for x in members[small]:
            group[x] = big
        members[big].extend(members.pop(small))
        _fold_row(nbr, small, big)
        if small in held:
            held.setdefault(big, set()).update(held.pop(small))
        if bridge is not None:
            _fold_row(bridge, small, big)
        for h in barred.pop(small, set()):
            barred[h].discard(small)
            if h != big:
                barred[h].add(big)
                barred[big].add(h)

    for a, b in must:
        ga, gb = group[a], group[b]
        if ga != gb and gb not in barred.get(ga, ()):
            merge(ga, gb)
    for _ in range(passes):
        merged = False
        if _:  # links inside one group stay inside it: a later pass skips them for good
            ordered = [t for t in ordered if group[t[1]] != group[t[2]]]
        for _s, a, b in ordered:
            ga, gb = group[a], group[b]
            if ga == gb or gb in barred.get(ga, ()) or (bridge is not None and not bridge[ga].get(gb)):
                continue
            total = nbr[ga].get(gb, 0.0)
            if total / (len(members[ga]) * len(members[gb])) < threshold or keys_apart(ga, gb):
                continue
            merge(ga, gb)
            merged = True
        if not merged:
            break
    return sorted((sorted(m) for m in members.values() if len(m) > 1), key=lambda g: g[0])
