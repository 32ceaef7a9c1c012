"""Groups of claims that state one fact, from pairwise links, without chaining.

A claim joins a group only when it is close to the group as a whole (average linkage over every
pair, a pair never compared counting as 0), so A~B and B~C never make A~C by themselves; only
duplicate links group claims, so a conflict never glues two groups (conflicting versions stay
linked, not merged). `clusters_from_links` (plain connected components) is kept for exact copies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


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


def average_linkage_groups(links: Iterable[tuple[int, int, float]], *, threshold: float,
                           passes: int = 3) -> list[list[int]]:
    """Groups (size >= 2) from duplicate links (a, b, similarity 0..1).

    Greedy average linkage: links are taken best first, and two groups merge only when the mean
    similarity over ALL their cross pairs (pairs without a link count 0) reaches `threshold`.
    """
    ordered = sorted(((s, a, b) for a, b, s in links if a != b), reverse=True)
    group: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    nbr: dict[int, dict[int, float]] = defaultdict(dict)
    for s, a, b in ordered:
        for x in (a, b):
            if x not in group:
                group[x] = x
                members[x] = [x]
        nbr[a][b] = nbr[a].get(b, 0.0) + s
        nbr[b][a] = nbr[b].get(a, 0.0) + s
    for _ in range(passes):
        merged = False
        for _s, a, b in ordered:
            ga, gb = group[a], group[b]
            if ga == gb:
                continue
            total = nbr[ga].get(gb, 0.0)
            if total / (len(members[ga]) * len(members[gb])) < threshold:
                continue
            big, small = (ga, gb) if len(members[ga]) >= len(members[gb]) else (gb, ga)
            for x in members[small]:
                group[x] = big
            members[big].extend(members.pop(small))
            for h, v in nbr.pop(small).items():
                if h == big:
                    continue
                nbr[big][h] = nbr[big].get(h, 0.0) + v
                row = nbr[h]
                row.pop(small, None)
                row[big] = row.get(big, 0.0) + v
            nbr[big].pop(small, None)
            merged = True
        if not merged:
            break
    return sorted((sorted(m) for m in members.values() if len(m) > 1), key=lambda g: g[0])
