"""Wire copies (one story republished by many outlets) and how many independent sources a fact has."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from workbench.core.match.grouping import UnionFind
from workbench.core.match.normalize import normalize

if TYPE_CHECKING:
    from workbench.core.store import Store

#: Share of the shorter article's word 5-grams found in the other for a wire copy.
WIRE_CONTAINMENT = 0.8


def _shingles(text: str, n: int = 5) -> list[str]:
    words = normalize(text[:20_000]).text.split() if len(text) < 400 else \
        [w for w in re.findall(r"[a-z0-9]+", text[:20_000].lower())]
    return list({" ".join(words[k:k + n]) for k in range(max(1, len(words) - n + 1))})


def find_wire_groups(articles: Sequence[dict]) -> list[list[int]]:
    """Groups of article ids whose texts are (near-)copies of one another (one wire story):
    at least WIRE_CONTAINMENT of the shorter text's word 5-grams appear in the other."""
    arts = [a for a in articles if (a.get("text") or "").strip()]
    if len(arts) < 2:
        return []
    sets = [set(_shingles(a["text"])) for a in arts]
    index: dict[str, list[int]] = defaultdict(list)
    for k, sh in enumerate(sets):
        for x in sh:
            index[x].append(k)
    uf = UnionFind()
    for k, sh in enumerate(sets):
        shared: dict[int, int] = defaultdict(int)
        for x in sh:
            posting = index[x]
            if len(posting) > 50:  # boilerplate shared by many articles
                continue
            for other in posting:
                if other > k:
                    shared[other] += 1
        for other, count in shared.items():
            small = min(len(sh), len(sets[other])) or 1
            if count / small >= WIRE_CONTAINMENT:
                uf.union(arts[k]["id"], arts[other]["id"])
    return uf.groups()


def independent_sources(articles: Iterable[dict[str, Any]]) -> int:
    """How many independent sources carried something: copies of one wire story count once, and so
    does one outlet publishing several articles. Each item: article_id, outlet, wire_group."""
    units: dict[Any, str] = {}
    for art in sorted(articles, key=lambda a: a["article_id"]):
        unit = ("wire", art["wire_group"]) if art.get("wire_group") is not None else ("article", art["article_id"])
        units.setdefault(unit, (art.get("outlet") or "").strip().lower() or f"article {art['article_id']}")
    return len(set(units.values()))


def independence(store: Store, claim_ids: Iterable[int]) -> dict[str, Any]:
    """How many independent sources carry these claims (the rule of `independent_sources`)."""
    rows = store.claims_for_matching(list(claim_ids))
    wire = {a["id"]: a.get("wire_group") for a in store.articles()}
    article_ids = sorted({r["article_id"] for r in rows})
    items = [{"article_id": r["article_id"], "outlet": r.get("outlet"), "wire_group": wire.get(r["article_id"])}
             for r in rows]
    return {
        "claims": len(rows),
        "articles": len(article_ids),
        "independent_sources": independent_sources(items),
        "wire_groups": sorted({wire[a] for a in article_ids if wire.get(a) is not None}),
    }
