"""How the claims table asks for claims: filters, sort keys and FTS5 queries, as SQL fragments."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workbench.core.vocab import CLAIM_KINDS, STATUS_SORT_ORDER, Confidence, LinkState, Relation, sql_value

_DUPLICATE, _CONFLICT = sql_value(Relation.DUPLICATE), sql_value(Relation.CONFLICT)
_REJECTED = sql_value(LinkState.REJECTED)


def _rank(column: str, order: Sequence[str], *, first: int, other: int) -> str:
    """SQL that ranks `column` by the vocabulary `order` (from rank `first`); any other value ranks `other`."""
    whens = " ".join(f"WHEN {sql_value(v)} THEN {first + i}" for i, v in enumerate(order))
    return f"CASE {column} {whens} ELSE {other} END"


@dataclass
class ClaimFilter:
    """What the claims table shows; None means no restriction."""

    article_id: int | None = None
    statuses: Sequence[str] | None = None
    source_id: int | None = None
    search: str | None = None
    cluster_id: int | None = None
    kinds: Sequence[str] | None = CLAIM_KINDS
    #: also the claims derived from another (a core without its time and place); False: top level only
    derived: bool = True


#: Columns the claims table can be sorted on, as SQL expressions.
SORT_KEYS: dict[str, str] = {
    # (a claim derived from another comes right after it: same start, the full claim first)
    "position": "claims.article_id, claims.start, claims.derived_from IS NOT NULL",
    "text": "claims.text COLLATE NOCASE",
    "speaker": "claims.speaker IS NULL, claims.speaker COLLATE NOCASE",
    "status": _rank("claims.status", STATUS_SORT_ORDER[:-1], first=0, other=len(STATUS_SORT_ORDER) - 1),
    "confidence": _rank("claims.confidence", tuple(Confidence), first=1, other=0),  # unset first
    "source": "sources.name IS NULL, sources.name COLLATE NOCASE",
    "article": "articles.title COLLATE NOCASE, claims.start",
    "duplicates": "(SELECT COUNT(*) FROM links WHERE (links.claim_a = claims.id OR links.claim_b = claims.id)"
    f" AND links.relation = {_DUPLICATE} AND links.state != {_REJECTED})",
    "conflicts": "(SELECT COUNT(*) FROM links WHERE (links.claim_a = claims.id OR links.claim_b = claims.id)"
    f" AND links.relation = {_CONFLICT} AND links.state != {_REJECTED})",
}

#: Claim fields an edit may change directly.

CLAIM_LIST_COLUMNS = f"""
    claims.*, sources.name AS source, sources.reliability AS source_reliability,
    articles.title AS article_title, articles.outlet AS outlet, articles.published AS published,
    (SELECT COUNT(*) FROM links WHERE (links.claim_a = claims.id OR links.claim_b = claims.id)
        AND links.relation = {_DUPLICATE} AND links.state != {_REJECTED}) AS duplicates,
    (SELECT COUNT(*) FROM links WHERE (links.claim_a = claims.id OR links.claim_b = claims.id)
        AND links.relation = {_CONFLICT} AND links.state != {_REJECTED}) AS conflicts
"""
CLAIM_JOINS = "JOIN articles ON articles.id = claims.article_id LEFT JOIN sources ON sources.id = claims.source_id"

def fts_query(text: str) -> str | None:
    """User words -> a safe FTS5 query: every word must match, the last one as a prefix."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)

def claim_dict(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["quantities"] = json.loads(item.get("quantities") or "[]")
    item["dates"] = json.loads(item.get("dates") or "[]")
    item["hedged"] = bool(item.get("hedged"))
    item["speaker_anonymous"] = bool(item.get("speaker_anonymous"))
    return item


def claim_where(flt: ClaimFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.article_id is not None:
        clauses.append("claims.article_id = ?")
        params.append(flt.article_id)
    if flt.statuses:
        clauses.append(f"claims.status IN ({','.join('?' * len(flt.statuses))})")
        params.extend(flt.statuses)
    if flt.kinds:
        clauses.append(f"claims.kind IN ({','.join('?' * len(flt.kinds))})")
        params.extend(flt.kinds)
    if not flt.derived:
        clauses.append("claims.derived_from IS NULL")
    if flt.source_id is not None:
        clauses.append("claims.source_id = ?")
        params.append(flt.source_id)
    if flt.cluster_id is not None:
        clauses.append("claims.cluster_id = ?")
        params.append(flt.cluster_id)
    if flt.search and flt.search.strip():
        query = fts_query(flt.search)
        if query:
            clauses.append("claims.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
            params.append(query)
        else:  # only punctuation or symbols: a literal substring (no LIKE wildcards)
            clauses.append("(instr(claims.text, ?) > 0 OR instr(claims.quote, ?) > 0)")
            params.extend([flt.search.strip()] * 2)
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params

def split_order(expression: str) -> list[str]:
    """Split an ORDER BY list on top-level commas (not those inside parentheses)."""
    parts, depth, current = [], 0, ""
    for char in expression:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts
