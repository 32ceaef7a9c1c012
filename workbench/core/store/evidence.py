"""Evidence: articles that support or contradict a claim, with a note."""

from __future__ import annotations

from typing import Any

from workbench.core.store.base import StoreBase, StoreError, now
from workbench.core.store.validate import check_stance


class EvidencePart(StoreBase):
    """Evidence attached to claims."""

    def evidence(self, claim_id: int | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT evidence.*, articles.title AS article_title, articles.outlet, articles.published, articles.url"
            " FROM evidence JOIN articles ON articles.id = evidence.article_id"
        )
        if claim_id is None:
            return self._rows(sql + " ORDER BY evidence.claim_id, evidence.id")
        return self._rows(sql + " WHERE evidence.claim_id = ? ORDER BY evidence.id", claim_id)

    def evidence_row(self, evidence_id: int) -> dict[str, Any]:
        rows = self._rows("SELECT * FROM evidence WHERE id = ?", evidence_id)
        if not rows:
            raise StoreError(f"no evidence with id {evidence_id}")
        return rows[0]

    def add_evidence(
        self, claim_id: int, article_id: int, stance: str, note: str = "", action: str = "add evidence"
    ) -> int:
        """Attach an article that supports or contradicts a claim (one entry per claim and article)."""
        check_stance(stance)
        with self.atomic():
            self._require("claims", claim_id, "claim")
            self.article(article_id)
            existing = self._rows("SELECT id FROM evidence WHERE claim_id = ? AND article_id = ?", claim_id, article_id)
            if existing:
                raise StoreError(f"article {article_id} is already evidence for claim {claim_id}")
            evidence_id = self._insert_row(
                "evidence",
                {"claim_id": claim_id, "article_id": article_id, "stance": stance, "note": note, "created": now()},
            )
            self._log(action, "claim", claim_id, "evidence", None, f"{stance} article {article_id}: {note}".rstrip(": "))
            self._changed("evidence", "insert", [evidence_id])
            self._changed("claim", "update", [claim_id], ["evidence"])
        return evidence_id

    def update_evidence(self, evidence_id: int, action: str = "edit evidence", **fields: Any) -> dict[str, Any]:
        unknown = set(fields) - {"stance", "note"}
        if unknown:
            raise StoreError(f"cannot edit evidence field(s): {', '.join(sorted(unknown))}")
        if "stance" in fields:
            check_stance(fields["stance"])
        with self.atomic():
            rows = self._rows("SELECT * FROM evidence WHERE id = ?", evidence_id)
            if not rows:
                raise StoreError(f"no evidence with id {evidence_id}")
            row = rows[0]
            old = {k: row[k] for k in fields}
            changed = {k: v for k, v in fields.items() if row[k] != v}
            if changed:
                sets = ", ".join(f"{k} = ?" for k in changed)
                self.conn.execute(f"UPDATE evidence SET {sets} WHERE id = ?", (*changed.values(), evidence_id))
                for key, value in changed.items():
                    self._log(action, "claim", row["claim_id"], f"evidence.{key}", old[key], value)
                self._changed("evidence", "update", [evidence_id], changed)
                self._changed("claim", "update", [row["claim_id"]], ["evidence"])
        return old

    def remove_evidence(self, evidence_id: int, action: str = "remove evidence") -> dict[str, Any]:
        with self.atomic():
            rows = self._rows("SELECT * FROM evidence WHERE id = ?", evidence_id)
            if not rows:
                raise StoreError(f"no evidence with id {evidence_id}")
            self.conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
            row = rows[0]
            self._log(action, "claim", row["claim_id"], "evidence", f"{row['stance']} article {row['article_id']}", None)
            self._changed("evidence", "delete", [evidence_id])
            self._changed("claim", "update", [row["claim_id"]], ["evidence"])
        return row

    def restore_evidence(self, snapshot: dict[str, Any], action: str = "restore evidence") -> int:
        with self.atomic():
            evidence_id = self._insert_row("evidence", snapshot)
            self._log(action, "claim", snapshot["claim_id"], "evidence", None,
                      f"{snapshot['stance']} article {snapshot['article_id']}")
            self._changed("evidence", "insert", [evidence_id])
            self._changed("claim", "update", [snapshot["claim_id"]], ["evidence"])
        return evidence_id
