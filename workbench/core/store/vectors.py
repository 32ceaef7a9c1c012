"""Sentence vectors of claims (semantic matching): stored once per claim text, never recomputed.

Vectors are derived data, not analyst work: writing them records no history entry, and a claim's
vector goes when the claim goes (ON DELETE CASCADE).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from workbench.core.store.base import StoreBase


class VectorsPart(StoreBase):
    """Per-claim embedding vectors as opaque blobs (the match stage encodes and decodes them)."""

    def claim_vectors(self, model: str, claim_ids: Iterable[int] | None = None) -> dict[int, tuple[str, bytes]]:
        """{claim_id: (text_key, blob)} for `model` (all claims, or these)."""
        if claim_ids is None:
            rows = self.conn.execute(
                "SELECT claim_id, text_key, vector FROM claim_vectors WHERE model = ?", (model,)).fetchall()
        else:
            ids = list(claim_ids)
            rows = []
            for k in range(0, len(ids), 900):
                part = ids[k:k + 900]
                rows += self.conn.execute(
                    f"SELECT claim_id, text_key, vector FROM claim_vectors WHERE model = ? "
                    f"AND claim_id IN ({','.join('?' * len(part))})", (model, *part)).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def save_claim_vectors(self, model: str, items: Sequence[tuple[int, str, bytes]]) -> None:
        """Store (claim_id, text_key, blob) rows, replacing older vectors of those claims."""
        if not items:
            return
        with self.atomic():
            self.conn.executemany(
                "INSERT OR REPLACE INTO claim_vectors (claim_id, model, text_key, vector) "
                "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM claims WHERE id = ?)",
                [(cid, model, key, blob, cid) for cid, key, blob in items])
