"""Articles: import with their claims, metadata edits, delete/restore, wire-copy groups."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.store.base import StoreBase, StoreError, now
from workbench.core.vocab import CLAIM_KINDS, ClaimKind, Status, sql_value, sql_values

_CLAIM_KINDS = sql_values(CLAIM_KINDS)
_UNVERIFIED = sql_value(Status.UNVERIFIED)
_MANUAL = sql_value(ClaimKind.MANUAL)

EDITABLE_ARTICLE_FIELDS = {"title", "outlet", "author", "url", "published"}


class ArticlesPart(StoreBase):
    """Articles and the claims stored with them."""

    def has_article_hash(self, content_hash: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def add_article(self, article: ImportedArticle, claims: Sequence[ExtractedClaim] = ()) -> int | None:
        """Store an article and its claims in one transaction; None when the same text is already here."""
        if not article.text.strip():
            raise StoreError(f"{article.file or 'article'}: no text to store")
        with self.atomic():
            if self.has_article_hash(article.content_hash):
                return None
            cursor = self.conn.execute(
                "INSERT INTO articles (title, outlet, author, url, published, imported, text, content_hash, file, format)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.title, article.outlet, article.author, article.url, article.published, now(),
                 article.text, article.content_hash, article.file, article.format),
            )
            article_id = int(cursor.lastrowid or 0)
            claim_ids = self._insert_claims(article_id, article.text, claims)
            self._log("import article", "article", article_id, None, None, article.file or article.title)
            self._changed("article", "insert", [article_id])
            if claim_ids:
                self._changed("claim", "insert", claim_ids)
        return article_id

    def _insert_claims(self, article_id: int, body: str, claims: Sequence[ExtractedClaim],
                       parent_ids: dict[int, int] | None = None) -> list[int]:
        """Insert claims in order; a claim's `derived_from` (a position in `claims`) becomes the stored
        id of that claim, or `parent_ids[position]` when the parent is already stored (re-extraction)."""
        stamp = now()
        ids = []
        for claim in claims:
            if body[claim.start:claim.end] != claim.quote:
                raise StoreError(f"claim span {claim.start}-{claim.end} does not match its quote")
            cursor = self.conn.execute(
                'INSERT INTO claims (article_id, start, "end", quote, text, sentence_start, sentence_end, speaker,'
                " relayed_by, speaker_anonymous, quantities, dates, hedged, kind, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, claim.start, claim.end, claim.quote, claim.text, claim.sentence_start,
                 claim.sentence_end, claim.speaker, claim.relayed_by, int(claim.speaker_anonymous),
                 json.dumps([q.to_dict() for q in claim.quantities]),
                 json.dumps([d.to_dict() for d in claim.dates]), int(claim.hedged), claim.kind, stamp, stamp),
            )
            ids.append(int(cursor.lastrowid or 0))
        links = []
        for pos, (claim_id, claim) in enumerate(zip(ids, claims, strict=True)):
            k = claim.derived_from
            if k is None:
                continue
            parent = ids[k] if 0 <= k < len(ids) and k != pos else (parent_ids or {}).get(k)
            if parent is not None:
                links.append((parent, claim_id))
        self.conn.executemany("UPDATE claims SET derived_from = ? WHERE id = ?", links)
        return ids

    def append_claims(self, article_id: int, claims: Sequence[ExtractedClaim], body: str | None = None) -> list[int]:
        """Add the claims of one part of an article imported in parts (a very long text)."""
        if body is None:
            body = self.article(article_id)["text"]
        with self.atomic():
            ids = self._insert_claims(article_id, body, claims)
            if ids:
                self._changed("claim", "insert", ids)
        return ids

    def replace_claims(self, article_id: int, claims: Sequence[ExtractedClaim]) -> list[int]:
        """Re-extraction: drop the machine's untouched claims of an article and store new ones.

        Claims the analyst has tagged, sourced, annotated or made by hand are kept.
        """
        body = self.article(article_id)["text"]
        with self.atomic():
            keep = {
                (r["start"], r["end"])
                for r in self.conn.execute(
                    f'SELECT start, "end" FROM claims WHERE article_id = ? AND (status != {_UNVERIFIED}'
                    f" OR source_id IS NOT NULL OR notes != '' OR kind = {_MANUAL} OR confidence IS NOT NULL)",
                    (article_id,),
                )
            }
            self.conn.execute(
                f"DELETE FROM claims WHERE article_id = ? AND status = {_UNVERIFIED} AND source_id IS NULL"
                f" AND notes = '' AND kind != {_MANUAL} AND confidence IS NULL",
                (article_id,),
            )
            fresh_at = [k for k, c in enumerate(claims) if (c.start, c.end) not in keep]
            renumbered = {old: new for new, old in enumerate(fresh_at)}
            fresh = [replace(claims[k], derived_from=None if (d := claims[k].derived_from) is None
                             else renumbered.get(d, -1 - d)) for k in fresh_at]
            # a derived claim whose full claim was kept (the analyst touched it) points at the kept row
            kept_ids = {(r["start"], r["end"]): r["id"] for r in self.conn.execute(
                'SELECT id, start, "end" FROM claims WHERE article_id = ?', (article_id,))}
            parent_ids = {-1 - k: kept_ids[(claims[k].start, claims[k].end)] for k in range(len(claims))
                          if k not in renumbered and (claims[k].start, claims[k].end) in kept_ids}
            ids = self._insert_claims(article_id, body, fresh, parent_ids)
            self._log("re-extract claims", "article", article_id, "claims", None, len(ids))
            self._changed("claim", "reload")
        return ids

    def articles(self, *, with_text: bool = True) -> list[dict[str, Any]]:
        """All articles with claim counts (`claims`, of them `checked` and `derived` from another claim), in
        publication order (undated last)."""
        columns = "articles.*" if with_text else (
            "articles.id, articles.title, articles.outlet, articles.author, articles.url, articles.published,"
            " articles.imported, articles.content_hash, articles.file, articles.format, articles.wire_group"
        )
        rows = self.conn.execute(
            f"SELECT {columns},"
            f" (SELECT COUNT(*) FROM claims WHERE claims.article_id = articles.id AND claims.kind IN {_CLAIM_KINDS}) AS claims,"
            f" (SELECT COUNT(*) FROM claims WHERE claims.article_id = articles.id AND claims.kind IN {_CLAIM_KINDS}"
            f"   AND claims.status != {_UNVERIFIED}) AS checked,"
            f" (SELECT COUNT(*) FROM claims WHERE claims.article_id = articles.id AND claims.kind IN {_CLAIM_KINDS}"
            "   AND claims.derived_from IS NOT NULL) AS derived"
            " FROM articles ORDER BY articles.published IS NULL, articles.published, articles.id"
        )
        return [dict(r) for r in rows]

    def claim_ids_of_articles(self, article_ids: Sequence[int]) -> list[int]:
        """Ids of the real claims (not boilerplate) of these articles."""
        ids: list[int] = []
        for i in range(0, len(article_ids), 500):
            chunk = list(article_ids[i:i + 500])
            ids += [r[0] for r in self.conn.execute(
                f"SELECT id FROM claims WHERE kind IN {_CLAIM_KINDS} AND article_id IN ({','.join('?' * len(chunk))})"
                " ORDER BY id", chunk)]
        return ids

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def update_article(self, article_id: int, action: str = "edit article", **fields: Any) -> dict[str, Any]:
        """Change article metadata; returns the old values (pass them back to undo)."""
        unknown = set(fields) - EDITABLE_ARTICLE_FIELDS
        if unknown:
            raise StoreError(f"cannot edit article field(s): {', '.join(sorted(unknown))}")
        with self.atomic():
            old_row = self.article(article_id)
            old = {k: old_row[k] for k in fields}
            changed = {k: v for k, v in fields.items() if old[k] != v}
            if changed:
                sets = ", ".join(f"{k} = ?" for k in changed)
                self.conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*changed.values(), article_id))
                for key, value in changed.items():
                    self._log(action, "article", article_id, key, old[key], value)
                self._changed("article", "update", [article_id], changed)
        return old

    def delete_article(self, article_id: int, action: str = "delete article") -> dict[str, Any]:
        """Remove an article with its claims, evidence and links; returns a snapshot for restore_article."""
        with self.atomic():
            snapshot: dict[str, Any] = {
                "article": self.article(article_id),
                "claims": self._rows("SELECT * FROM claims WHERE article_id = ?", article_id),
                "evidence": self._rows(
                    "SELECT * FROM evidence WHERE article_id = ? OR claim_id IN"
                    " (SELECT id FROM claims WHERE article_id = ?)", article_id, article_id),
                "links": self._rows(
                    "SELECT * FROM links WHERE claim_a IN (SELECT id FROM claims WHERE article_id = ?)"
                    " OR claim_b IN (SELECT id FROM claims WHERE article_id = ?)", article_id, article_id),
            }
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self._log(action, "article", article_id, None, snapshot["article"]["title"], None)
            self._changed("article", "delete", [article_id])
            self._changed("claim", "reload")
        return snapshot

    def restore_article(self, snapshot: dict[str, Any], action: str = "restore article") -> None:
        with self.atomic():
            self._insert_row("articles", snapshot["article"])
            self._insert_claim_rows(snapshot["claims"])
            for row in snapshot["evidence"]:
                self._insert_row("evidence", row)
            for row in snapshot["links"]:
                self._insert_row("links", row)
            article_id = snapshot["article"]["id"]
            self._log(action, "article", article_id, None, None, snapshot["article"]["title"])
            self._changed("article", "insert", [article_id])
            self._changed("claim", "reload")

    def set_wire_groups(self, groups: Sequence[Sequence[int]]) -> None:
        """Mark articles that are copies of one wire story (each group shares the id of its first member)."""
        with self.atomic():
            self.conn.execute("UPDATE articles SET wire_group = NULL WHERE wire_group IS NOT NULL")
            for group in groups:
                if len(group) > 1:
                    leader = min(group)
                    self.conn.executemany(
                        "UPDATE articles SET wire_group = ? WHERE id = ?", [(leader, a) for a in group]
                    )
            self._changed("article", "update", fields=["wire_group"])
