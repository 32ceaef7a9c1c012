"""Sources: who asserted a claim, with a kind and an Admiralty reliability grade."""

from __future__ import annotations

from typing import Any

from workbench.core.store.base import StoreBase, StoreError
from workbench.core.store.validate import check_source
from workbench.core.vocab import SourceKind

EDITABLE_SOURCE_FIELDS = {"name", "kind", "reliability", "notes"}


class SourcesPart(StoreBase):
    """Sources and their reliability."""

    def sources(self) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT sources.*, (SELECT COUNT(*) FROM claims WHERE claims.source_id = sources.id) AS claims"
            " FROM sources ORDER BY name COLLATE NOCASE"
        )

    def source(self, source_id: int) -> dict[str, Any]:
        rows = self._rows("SELECT * FROM sources WHERE id = ?", source_id)
        if not rows:
            raise StoreError(f"no source with id {source_id}")
        return rows[0]

    def source_by_name(self, name: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM sources WHERE name = ? COLLATE NOCASE", name.strip())
        return rows[0] if rows else None

    def add_source(
        self, name: str, kind: str = SourceKind.PERSON.value, reliability: str | None = None, notes: str = "",
        action: str = "new source",
    ) -> int:
        name = name.strip()
        if not name:
            raise StoreError("a source needs a name")
        check_source(kind, reliability)
        with self.atomic():
            if self.source_by_name(name):
                raise StoreError(f"a source named {name!r} already exists")
            source_id = self._insert_row(
                "sources", {"name": name, "kind": kind, "reliability": reliability, "notes": notes}
            )
            self._log(action, "source", source_id, None, None, name)
            self._changed("source", "insert", [source_id])
        return source_id

    def update_source(self, source_id: int, action: str = "edit source", **fields: Any) -> dict[str, Any]:
        unknown = set(fields) - EDITABLE_SOURCE_FIELDS
        if unknown:
            raise StoreError(f"cannot edit source field(s): {', '.join(sorted(unknown))}")
        with self.atomic():
            row = self.source(source_id)
            check_source(fields.get("kind", row["kind"]), fields.get("reliability", row["reliability"]))
            old = {k: row[k] for k in fields}
            changed = {k: v for k, v in fields.items() if row[k] != v}
            if changed:
                sets = ", ".join(f"{k} = ?" for k in changed)
                self.conn.execute(f"UPDATE sources SET {sets} WHERE id = ?", (*changed.values(), source_id))
                for key, value in changed.items():
                    self._log(action, "source", source_id, key, old[key], value)
                self._changed("source", "update", [source_id], changed)
        return old

    def delete_source(self, source_id: int, action: str = "delete source") -> dict[str, Any]:
        """Remove a source (its claims lose it); returns a snapshot for restore_source."""
        with self.atomic():
            snapshot: dict[str, Any] = {
                "source": self.source(source_id),
                "claim_ids": [r[0] for r in self.conn.execute("SELECT id FROM claims WHERE source_id = ?", (source_id,))],
            }
            self.conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            self._log(action, "source", source_id, None, snapshot["source"]["name"], None)
            self._changed("source", "delete", [source_id])
            self._changed("claim", "update", snapshot["claim_ids"], ["source_id"])
        return snapshot

    def restore_source(self, snapshot: dict[str, Any], action: str = "restore source") -> int:
        with self.atomic():
            source_id = self._insert_row("sources", snapshot["source"])
            self.conn.executemany(
                "UPDATE claims SET source_id = ? WHERE id = ?", [(source_id, c) for c in snapshot["claim_ids"]]
            )
            self._log(action, "source", source_id, None, None, snapshot["source"]["name"])
            self._changed("source", "insert", [source_id])
            self._changed("claim", "update", snapshot["claim_ids"], ["source_id"])
        return source_id

