"""Claims: lazy queries for the table, edits with history, hand-made claims, clusters."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.core.store.base import StoreBase, StoreError, now
from workbench.core.store.queries import (
    CLAIM_JOINS,
    CLAIM_LIST_COLUMNS,
    SORT_KEYS,
    ClaimFilter,
    claim_dict,
    claim_where,
    split_order,
)
from workbench.core.store.validate import check_claim_fields, check_span
from workbench.core.vocab import CLAIM_KINDS, ClaimKind, Status, sql_values

EDITABLE_CLAIM_FIELDS = {
    "text", "start", "end", "speaker", "relayed_by", "status", "confidence", "source_id", "notes", "kind", "hedged",
}


class ClaimsPart(StoreBase):
    """Claims: the table's queries and every edit of a claim."""

    def claim(self, claim_id: int) -> dict[str, Any]:
        rows = self.claims_by_ids([claim_id])
        if not rows:
            raise StoreError(f"no claim with id {claim_id}")
        return rows[0]

    def claims_by_ids(self, ids: Sequence[int]) -> list[dict[str, Any]]:
        """Full rows for these claims, in the order asked (missing ids are skipped)."""
        if not ids:
            return []
        out: dict[int, dict[str, Any]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start:chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT {CLAIM_LIST_COLUMNS} FROM claims {CLAIM_JOINS} WHERE claims.id IN ({marks})", chunk
            ):
                out[row["id"]] = claim_dict(row)
        return [out[i] for i in ids if i in out]

    def query_claim_ids(self, flt: ClaimFilter | None = None, sort: str = "position", descending: bool = False) -> list[int]:
        """Ids of the claims passing `flt`, sorted in SQL; the table model fetches rows lazily by id."""
        flt = flt or ClaimFilter()
        where, params = claim_where(flt)
        if sort not in SORT_KEYS:
            raise StoreError(f"cannot sort claims by {sort!r}")
        direction = " DESC" if descending else ""
        order = ", ".join(part.strip() + direction for part in split_order(SORT_KEYS[sort]))
        sql = f"SELECT claims.id FROM claims {CLAIM_JOINS} {where} ORDER BY {order}, claims.id"
        return [r[0] for r in self.conn.execute(sql, params)]

    def claims(self, flt: ClaimFilter | None = None, sort: str = "position") -> list[dict[str, Any]]:
        return self.claims_by_ids(self.query_claim_ids(flt, sort))

    def count_claims(self, flt: ClaimFilter | None = None) -> int:
        where, params = claim_where(flt or ClaimFilter())
        return int(self.conn.execute(f"SELECT COUNT(*) FROM claims {CLAIM_JOINS} {where}", params).fetchone()[0])

    def claims_for_matching(self, claim_ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
        """The slim rows matching needs, with article context, for real claims only."""
        sql = (
            "SELECT claims.id, claims.article_id, claims.text, claims.quote, claims.quantities, claims.dates,"
            " claims.kind, claims.hedged, articles.published, articles.outlet, articles.title AS article_title"
            " FROM claims JOIN articles ON articles.id = claims.article_id"
            f" WHERE claims.kind IN {sql_values(CLAIM_KINDS)}"
        )
        if claim_ids is None:
            rows = self.conn.execute(sql + " ORDER BY claims.id").fetchall()
        else:
            wanted = list(claim_ids)
            rows = []
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                rows += self.conn.execute(sql + f" AND claims.id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        out = []
        for row in rows:
            item = dict(row)
            item["quantities"] = json.loads(item["quantities"] or "[]")
            item["dates"] = json.loads(item["dates"] or "[]")
            item["hedged"] = bool(item["hedged"])
            out.append(item)
        return out

    def update_claim(self, claim_id: int, action: str = "edit claim", **fields: Any) -> dict[str, Any]:
        """Change claim fields in one transaction; returns the old values (pass them back to undo).

        Changing `start`/`end` re-reads `quote` from the article so the span stays exact.
        """
        unknown = set(fields) - EDITABLE_CLAIM_FIELDS
        if unknown:
            raise StoreError(f"cannot edit claim field(s): {', '.join(sorted(unknown))}")
        check_claim_fields(fields)
        with self.atomic():
            row = self.conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
            if row is None:
                raise StoreError(f"no claim with id {claim_id}")
            old = {k: row[k] for k in fields}
            changed = {k: v for k, v in fields.items() if row[k] != v}
            if "start" in changed or "end" in changed:
                body = self.conn.execute("SELECT text FROM articles WHERE id = ?", (row["article_id"],)).fetchone()[0]
                start, end = fields.get("start", row["start"]), fields.get("end", row["end"])
                check_span(body, start, end)
                changed["quote"] = body[start:end]
            if changed:
                changed["updated"] = now()
                sets = ", ".join(f'"{k}" = ?' for k in changed)
                self.conn.execute(f"UPDATE claims SET {sets} WHERE id = ?", (*changed.values(), claim_id))
                for key, value in changed.items():
                    if key not in ("updated", "quote"):
                        self._log(action, "claim", claim_id, key, old.get(key), value)
                self._changed("claim", "update", [claim_id], changed)
        return old

    def create_claim(
        self, article_id: int, start: int, end: int, text: str | None = None, action: str = "new claim",
        **fields: Any,
    ) -> int:
        """A claim made by hand from a span of the article."""
        check_claim_fields(fields)
        with self.atomic():
            body = self.article(article_id)["text"]
            check_span(body, start, end)
            quote = body[start:end]
            stamp = now()
            values = {
                "article_id": article_id, "start": start, "end": end, "quote": quote,
                "text": (text or " ".join(quote.split())).strip(), "kind": ClaimKind.MANUAL.value,
                "sentence_start": start, "sentence_end": end, "created": stamp, "updated": stamp,
            }
            values.update(fields)
            claim_id = self._insert_row("claims", values)
            self._log(action, "claim", claim_id, None, None, values["text"])
            self._changed("claim", "insert", [claim_id])
        return claim_id

    def delete_claim(self, claim_id: int, action: str = "delete claim") -> dict[str, Any]:
        """Remove a claim with its evidence and links; returns a snapshot for restore_claim."""
        with self.atomic():
            rows = self._rows("SELECT * FROM claims WHERE id = ?", claim_id)
            if not rows:
                raise StoreError(f"no claim with id {claim_id}")
            snapshot = {
                "claim": rows[0],
                "evidence": self._rows("SELECT * FROM evidence WHERE claim_id = ?", claim_id),
                "links": self._rows("SELECT * FROM links WHERE claim_a = ? OR claim_b = ?", claim_id, claim_id),
                # the claims derived from this one stand on their own until it is restored
                "derived": [r[0] for r in self.conn.execute("SELECT id FROM claims WHERE derived_from = ?", (claim_id,))],
            }
            self.conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
            self._log(action, "claim", claim_id, None, rows[0]["text"], None)
            self._changed("claim", "delete", [claim_id])
        return snapshot

    def restore_claim(self, snapshot: dict[str, Any], action: str = "restore claim") -> int:
        with self.atomic():
            [claim_id] = self._insert_claim_rows([snapshot["claim"]], snapshot.get("derived", []))
            for row in snapshot.get("evidence", []):
                self._insert_row("evidence", row)
            for row in snapshot.get("links", []):
                self._insert_row("links", row)
            self._log(action, "claim", claim_id, None, None, snapshot["claim"]["text"])
            self._changed("claim", "insert", [claim_id])
        return claim_id

    def cluster_ids(self) -> dict[int, int]:
        """Claim id -> cluster id of every clustered claim (one light query; for undo)."""
        return {int(r[0]): int(r[1]) for r in self.conn.execute(
            "SELECT id, cluster_id FROM claims WHERE cluster_id IS NOT NULL")}

    def set_clusters(self, clusters: Sequence[Sequence[int]], chunk: int = 5000) -> None:
        """Store a cluster id per claim (the smallest claim id of its cluster); others get none.

        Only claims whose cluster changes are written, `chunk` per transaction (see save_links).
        """
        wanted = {cid: min(group) for group in clusters if len(group) > 1 for cid in group}
        current = {int(r[0]): r[1] for r in self.conn.execute("SELECT id, cluster_id FROM claims")}
        changes = [(wanted.get(cid), cid) for cid, old in current.items() if wanted.get(cid) != old]
        for start in range(0, len(changes), chunk):
            with self.atomic():
                self.conn.executemany("UPDATE claims SET cluster_id = ? WHERE id = ?", changes[start:start + chunk])
                self._changed("claim", "update", fields=["cluster_id"])
            self.pause_for_others()
        if not changes:
            with self.atomic():
                self._changed("claim", "update", fields=["cluster_id"])

    def claim_counts_by_status(self, article_id: int | None = None) -> dict[str, int]:
        sql = f"SELECT status, COUNT(*) FROM claims WHERE kind IN {sql_values(CLAIM_KINDS)}"
        params: tuple[Any, ...] = ()
        if article_id is not None:
            sql += " AND article_id = ?"
            params = (article_id,)
        counts = {s.value: 0 for s in Status}
        for status, count in self.conn.execute(sql + " GROUP BY status", params):
            counts[status] = count
        return counts

