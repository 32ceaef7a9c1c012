"""Batch reads for the report: every claim's links and history in a few streamed queries, not three per claim."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

from workbench.core.store.base import StoreBase
from workbench.core.vocab import LinkState

_LINK_SIDE = (
    "SELECT links.{me} AS subject, links.relation, links.score, links.state, links.reasons,"
    " other.id AS claim_id, other.text, other.quote, other.speaker, other.status, other.article_id,"
    " other.start, other.\"end\""
    " FROM links JOIN claims AS other ON other.id = links.{them}"
    " WHERE links.state != ?"
)


class ReportsPart(StoreBase):
    """The report's bulk queries (one pass over links, one over history)."""

    def links_by_claim(self) -> Iterator[tuple[int, list[dict[str, Any]]]]:
        """(claim id, its non-rejected links joined with the other claim), claim by claim in id order.

        Streamed: only one claim's links are in memory at a time. `reasons` stays JSON text; the
        caller parses the few it keeps.
        """
        sql = (
            f"{_LINK_SIDE.format(me='claim_a', them='claim_b')} UNION ALL "
            f"{_LINK_SIDE.format(me='claim_b', them='claim_a')} ORDER BY subject"
        )
        rejected = LinkState.REJECTED.value
        cursor = self.conn.execute(sql, (rejected, rejected))
        for subject, rows in groupby(cursor, key=lambda r: r["subject"]):
            yield int(subject), [dict(r) for r in rows]

    def claim_histories(self, limit: int = 10_000) -> dict[int, list[dict[str, Any]]]:
        """Per claim, what `history('claim', id)` gives (its own entries and decisions on its links), newest first."""
        out: dict[int, list[dict[str, Any]]] = {}
        for row in self.conn.execute("SELECT * FROM history WHERE entity = 'claim' AND entity_id IS NOT NULL"):
            out.setdefault(row["entity_id"], []).append(dict(row))
        for row in self.conn.execute(
            "SELECT history.*, links.claim_a, links.claim_b FROM history"
            " JOIN links ON links.id = history.entity_id WHERE history.entity = 'link'"
        ):
            entry = dict(row)
            a, b = entry.pop("claim_a"), entry.pop("claim_b")
            for claim_id in {a, b}:
                out.setdefault(claim_id, []).append(entry)
        for rows in out.values():
            rows.sort(key=lambda h: h["id"], reverse=True)
            del rows[limit:]
        return out

