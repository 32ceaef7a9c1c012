"""Verification debt: rated facts that still need work, as named saved filters.

Each rule is defined here once; the Facts view offers them as saved filters, the Overview
counts them and the report flags them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from workbench.core.store import Store
from workbench.core.vocab import Status

VERIFIED = Status.VERIFIED.value

#: name -> label shown to the analyst
DEBT_RULES: dict[str, str] = {
    "few_sources": "Verified on fewer than two independent sources",
    "no_evidence": "Verified without evidence",
    "new_conflict": "Verified, but a new conflicting match came in",
    "hedged": "Hedged in an outlet, but verified",
    "no_attribution": "Verified, but no speaker or source named",
}


def debt_of(summary: dict[str, Any], members: Iterable[dict[str, Any]], new_conflict: bool) -> list[str]:
    """The debt rules one fact breaks (its summary and member claim rows)."""
    if summary["status"] != VERIFIED:
        return []
    members = list(members)
    out = []
    if summary["independent_sources"] < 2:
        out.append("few_sources")
    if not summary["evidence"]:
        out.append("no_evidence")
    if new_conflict:
        out.append("new_conflict")
    if any(m.get("hedged") for m in members):
        out.append("hedged")
    if members and not any(m.get("speaker") or m.get("source_id") for m in members):
        out.append("no_attribution")
    return out


def verification_debt(store: Store, *, refresh: bool = True) -> dict[str, list[int]]:
    """Fact ids per debt rule (every rule present, possibly empty); `refresh=False` reads the facts
    as last grouped (the window, whose regrouping runs in the background)."""
    from workbench.core.facts.summary import fact_summaries

    verified = fact_summaries(store, store.fact_ids_by_size([VERIFIED]), refresh=refresh)
    members: dict[int, list[dict[str, Any]]] = {}
    for m in store.fact_members([f["id"] for f in verified]):
        members.setdefault(m["fact_id"], []).append(m)
    fresh = set(store.new_conflicts_since_rating())
    out: dict[str, list[int]] = {name: [] for name in DEBT_RULES}
    for f in verified:
        for name in debt_of(f, members.get(f["id"], []), f["id"] in fresh):
            out[name].append(f["id"])
    return out
