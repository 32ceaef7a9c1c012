"""Which claims form a fact: grouping the project's claims from the links table.

A fact is a group of claims joined by duplicate links that are confirmed, by the analyst or
automatically; suggestions alone never join claims. Links the analyst confirmed always join
their two claims; otherwise a claim joins a fact only when it is close to the fact as a whole
(average linkage over every pair, suggested links counting by their score, `match.grouping`)
and a confirmed link ties it to the fact, so A~B and B~C do not make A, B and C one fact by
themselves. Claims joined by a conflict link (figures or dates disagree) are never
put in one fact, even through duplicates: they become different facts, linked as conflicting
versions. Claims the analyst placed by hand (`fact_pinned`) stay where they were put.

Fact ids are stable: each new group keeps the id of the previous fact it overlaps most.
Verdicts are never lost: a group that gains rated claims keeps its fact's verdict, an
unrated fact takes the verdict most of its rated claims carry, and a claim rated otherwise
is set apart with its own verdict (the fact then shows a rating conflict).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from workbench.core.match.grouping import average_linkage_groups
from workbench.core.match.link_groups import GROUP_LINKAGE, link_weight
from workbench.core.store import Store
from workbench.core.vocab import LinkState, Relation, Status


@dataclass
class GroupingSummary:
    facts: int = 0
    multi_claim_facts: int = 0
    new_facts: int = 0
    moved_claims: int = 0
    set_apart: int = 0

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def group_claims(claim_ids: Sequence[int], duplicates: Iterable[tuple[int, int, float]],
                 conflicts: Iterable[tuple[int, int]], *, certain: Iterable[tuple[int, int]] = (),
                 joining: Iterable[tuple[int, int]] | None = None) -> list[list[int]]:
    """Groups of claim ids: `certain` pairs (the analyst's) joined first, then by average linkage
    over `duplicates` (a, b, similarity 0..1), each merge across one of the `joining` pairs (the
    confirmed links; None: any); never both ends of a conflict pair in one group; every claim in
    exactly one group."""
    ids = set(claim_ids)
    groups = average_linkage_groups(
        [(a, b, s) for a, b, s in duplicates if a in ids and b in ids], threshold=GROUP_LINKAGE,
        must=[(a, b) for a, b in certain if a in ids and b in ids],
        cannot=[(a, b) for a, b in conflicts if a in ids and b in ids],
        joining=None if joining is None else [(a, b) for a, b in joining if a in ids and b in ids])
    grouped = {c for g in groups for c in g}
    return sorted(groups + [[c] for c in ids if c not in grouped], key=lambda g: g[0])


def _representative(members: list[dict[str, Any]], degree: Counter[int]) -> dict[str, Any]:
    """The most central claim: most duplicate links inside the fact, then earliest published, then oldest."""
    if len(members) == 1:
        return members[0]
    return min(members, key=lambda m: (-degree[m["id"]], m["published"] is None, m["published"] or "", m["id"]))


_UNRATED = Status.UNVERIFIED.value


class GroupingOutdated(Exception):
    """Another connection wrote while a guarded regrouping was computed: nothing was written."""


def regroup(store: Store, *, force: bool = False, guarded: bool = False) -> GroupingSummary | None:
    """Regroup the project's facts from its links when they changed (or always with `force`).

    Returns None when the facts were already current (or the project is read-only); nothing is
    written then. `guarded` (a background connection, reading outside a transaction): if another
    connection commits while the grouping is computed, raise GroupingOutdated with nothing
    written, so the caller can try again on the new state.
    """
    if getattr(store, "read_only", False):
        return None  # a read-only project shows its facts as last grouped
    read_at = store.data_version() if guarded else None
    if not force and not store.facts_are_stale():
        return None
    keys = ("id", "fact_id", "fact_pinned", "verdict_apart", "status", "confidence", "text", "updated", "published")
    by_id = {row[0]: dict(zip(keys, row, strict=True)) for row in store.grouping_rows()}
    links = store.fact_links()
    dup_links = [lk for lk in links if lk[3] == Relation.DUPLICATE]
    dup_pairs = [(a, b) for _i, a, b, _r, _s, state, _auto in dup_links if state == LinkState.CONFIRMED]
    conflict_pairs = [(a, b) for _i, a, b, rel, _s, _state, _auto in links if rel == Relation.CONFLICT]
    pinned = {cid: m["fact_id"] for cid, m in by_id.items() if m["fact_pinned"] and m["fact_id"] is not None}
    free = [cid for cid in by_id if cid not in pinned]
    # the analyst's confirmed links are certain; the machine's count by score, suggestions too,
    # but only a confirmed link (automatic or the analyst's) joins a claim to a fact
    by_hand = [(a, b) for _i, a, b, _r, _s, state, auto in dup_links if state == LinkState.CONFIRMED and not auto]
    hand = set(by_hand)
    groups = group_claims(free, [(a, b, 1.0 if (a, b) in hand else link_weight(score)) for _i, a, b, _r, score, _st, _au in dup_links],
                          conflict_pairs, certain=by_hand, joining=dup_pairs)
    old_facts = store.fact_verdicts()

    # Stable ids: a group keeps the previous fact it overlaps most (each old id goes to one group).
    candidates: list[tuple[int, int, int]] = []  # (-overlap, fact id, group index)
    for k, group in enumerate(groups):
        if len(group) == 1:
            fid = by_id[group[0]]["fact_id"]
            if fid is not None and fid in old_facts:
                candidates.append((-1, fid, k))
            continue
        overlap = Counter(by_id[c]["fact_id"] for c in group if by_id[c]["fact_id"] is not None)
        candidates += [(-n, fid, k) for fid, n in overlap.items() if fid in old_facts]
    candidates.sort()
    fact_of_group: dict[int, int | str] = {}
    taken: set[int] = set()
    for _neg, fact_id, k in candidates:
        if k in fact_of_group or fact_id in taken:
            continue
        fact_of_group[k] = fact_id
        taken.add(fact_id)

    # Members of every final fact (free groups plus pinned claims).
    final: dict[int | str, list[int]] = defaultdict(list)
    for k, group in enumerate(groups):
        final[fact_of_group.get(k, f"new{k}")].extend(group)
    for cid, fact_id in pinned.items():
        final[fact_id].append(cid)

    assignment: dict[int, int | str] = {}
    fact_index = {cid: key for key, cids in final.items() for cid in cids}
    for cid, key in fact_index.items():
        if by_id[cid]["fact_id"] != key:
            assignment[cid] = key
    degree: Counter[int] = Counter()
    for a, b in dup_pairs:
        if a in fact_index and fact_index[a] == fact_index.get(b):
            degree[a] += 1
            degree[b] += 1

    summary = GroupingSummary(facts=len(final), multi_claim_facts=sum(len(c) > 1 for c in final.values()),
                              moved_claims=sum(1 for c in assignment if by_id[c]["fact_id"] is not None))
    new_facts: dict[str, dict[str, Any]] = {}
    fact_updates: dict[int, dict[str, Any]] = {}
    claim_updates: dict[int, dict[str, Any]] = {}
    for fact_key, cids in final.items():
        rows = [by_id[c] for c in cids]
        text = _representative(rows, degree)["text"]
        old = old_facts.get(fact_key) if isinstance(fact_key, int) else None
        status, confidence = (old[0], old[1]) if old else (_UNRATED, None)
        if status == _UNRATED:
            # An unrated fact takes the verdict most of its rated claims carry (latest edit breaks ties).
            rated = [r for r in rows if not r["verdict_apart"] and r["status"] != _UNRATED]
            if rated:
                votes = Counter(r["status"] for r in rated)
                top = max(votes.values())
                pick = max((r for r in rated if votes[r["status"]] == top), key=lambda r: (r["updated"], r["id"]))
                status, confidence = pick["status"], pick["confidence"]
        for r in rows:
            if r["verdict_apart"] or (r["status"] == status and (r["confidence"] == confidence or status != _UNRATED)):
                continue
            if r["status"] != _UNRATED and r["status"] != status:
                claim_updates[r["id"]] = {"verdict_apart": 1}
                summary.set_apart += 1
            else:
                claim_updates[r["id"]] = {"status": status, "confidence": confidence}
        if old is None:
            new_facts[str(fact_key)] = {"text": text, "status": status, "confidence": confidence}
        else:
            fields = {k: v for k, v, was in (("status", status, old[0]), ("confidence", confidence, old[1]),
                                              ("text", text, old[2])) if was != v}
            if fields:
                fact_updates[int(fact_key)] = fields
    summary.new_facts = len(new_facts)
    detached = store.stray_fact_claims()
    if store.save_fact_grouping(assignment, new_facts, fact_updates, claim_updates, detached=detached,
                                unless_changed_since=read_at) is None:
        raise GroupingOutdated("the project changed while its facts were grouped")
    return summary
