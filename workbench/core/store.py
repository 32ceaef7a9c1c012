"""The project file: one SQLite database per investigation, and the only place that writes to it.

Every write goes through a `Store` method, runs in one transaction, is recorded in `history`
and is announced to subscribers as a list of `Change`s after it commits, so views can refresh
only what changed. Each method that destroys something returns a snapshot that the matching
`restore_*` method puts back exactly (same ids), which is what undo is built on.

A Store (an sqlite3 connection) belongs to the thread that opened it; background jobs open
their own Store on the same file (WAL lets readers and one writer work side by side).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from workbench.core.model import (
    RELIABILITY_GRADES,
    ClaimKind,
    Confidence,
    ExtractedClaim,
    ImportedArticle,
    LinkState,
    Relation,
    SourceKind,
    Stance,
    Status,
)
from workbench.core.schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(Exception):
    """A project file that cannot be opened or an edit that is not allowed; the message is for users."""


@dataclass(frozen=True)
class Change:
    """What one committed write touched: enough for a view to refresh just those rows."""

    entity: str  # article | claim | source | evidence | link | project
    kind: str  # insert | update | delete | reload
    ids: tuple[int, ...] = ()
    fields: tuple[str, ...] = ()


@dataclass
class ClaimFilter:
    """What the claims table shows; None means no restriction."""

    article_id: int | None = None
    statuses: Sequence[str] | None = None
    source_id: int | None = None
    search: str | None = None
    cluster_id: int | None = None
    kinds: Sequence[str] | None = (ClaimKind.CLAIM.value, ClaimKind.MANUAL.value)


#: Columns the claims table can be sorted on, as SQL expressions.
SORT_KEYS: dict[str, str] = {
    "position": "claims.article_id, claims.start",
    "text": "claims.text COLLATE NOCASE",
    "speaker": "claims.speaker IS NULL, claims.speaker COLLATE NOCASE",
    "status": (
        "CASE claims.status WHEN 'unverified' THEN 0 WHEN 'disputed' THEN 1 WHEN 'false' THEN 2 "
        "WHEN 'unverifiable' THEN 3 ELSE 4 END"
    ),
    "confidence": "CASE claims.confidence WHEN 'low' THEN 1 WHEN 'moderate' THEN 2 WHEN 'high' THEN 3 ELSE 0 END",
    "source": "sources.name IS NULL, sources.name COLLATE NOCASE",
    "article": "articles.title COLLATE NOCASE, claims.start",
    "duplicates": "(SELECT COUNT(*) FROM links WHERE (links.claim_a = claims.id OR links.claim_b = claims.id)"
    " AND links.relation = 'duplicate' AND links.state != 'rejected')",
    "conflicts": "(SELECT COUNT(*) FROM links WHERE (links.claim_a = claims.id OR links.claim_b = claims.id)"
    " AND links.relation = 'conflict' AND links.state != 'rejected')",
}

#: Claim fields an edit may change directly.
EDITABLE_CLAIM_FIELDS = {
    "text", "start", "end", "speaker", "relayed_by", "status", "confidence", "source_id", "notes", "kind", "hedged",
}
EDITABLE_ARTICLE_FIELDS = {"title", "outlet", "author", "url", "published"}
EDITABLE_SOURCE_FIELDS = {"name", "kind", "reliability", "notes"}

CLAIM_LIST_COLUMNS = """
    claims.*, sources.name AS source, sources.reliability AS source_reliability,
    articles.title AS article_title, articles.outlet AS outlet, articles.published AS published,
    (SELECT COUNT(*) FROM links WHERE (links.claim_a = claims.id OR links.claim_b = claims.id)
        AND links.relation = 'duplicate' AND links.state != 'rejected') AS duplicates,
    (SELECT COUNT(*) FROM links WHERE (links.claim_a = claims.id OR links.claim_b = claims.id)
        AND links.relation = 'conflict' AND links.state != 'rejected') AS conflicts
"""
CLAIM_JOINS = "JOIN articles ON articles.id = claims.article_id LEFT JOIN sources ON sources.id = claims.source_id"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fts_query(text: str) -> str | None:
    """User words -> a safe FTS5 query: every word must match, the last one as a prefix."""
    import re

    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)


class Store:
    """An open project file."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._pending: list[Change] = []
        self._depth = 0

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Store:
        path = Path(path)
        if not path.exists() and not create:
            raise StoreError("no such project file")
        if path.exists() and path.is_dir():
            raise StoreError("is a folder, not a project file")
        try:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            conn.execute("PRAGMA synchronous = NORMAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a Claim Workbench project ({exc})") from exc
        if version == 0 and tables:
            conn.close()
            raise StoreError("is an SQLite file but not a Claim Workbench project")
        if version > SCHEMA_VERSION:
            conn.close()
            raise StoreError(f"was made by a newer Claim Workbench (schema {version}, this one knows {SCHEMA_VERSION})")
        del mode
        store = cls(path, conn)
        store._migrate(version)
        return store

    def _migrate(self, version: int) -> None:
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript commits first; wrap the script itself in a transaction.
            self.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions, history and change notification ----------------------------------------

    def subscribe(self, listener: Callable[[list[Change]], None]) -> None:
        """Call `listener(changes)` after every committed write of this Store."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[list[Change]], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (nested calls join the outer one); subscribers hear of it after COMMIT."""
        self._depth += 1
        try:
            with self.db.atomic():
                yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._pending.clear()
            raise
        self._depth -= 1
        if self._depth == 0 and self._pending:
            changes, self._pending = self._pending, []
            for listener in list(self._listeners):
                listener(changes)

    def _changed(self, entity: str, kind: str, ids: Iterable[int] = (), fields: Iterable[str] = ()) -> None:
        self._pending.append(Change(entity, kind, tuple(ids), tuple(fields)))

    def _log(self, action: str, entity: str, entity_id: int | None, field: str | None, old: Any, new: Any) -> None:
        self.conn.execute(
            "INSERT INTO history (time, action, entity, entity_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (now(), action, entity, entity_id, field, _as_text(old), _as_text(new)),
        )

    def notify_reload(self) -> None:
        """Tell subscribers that another connection (a background job) changed the file."""
        for listener in list(self._listeners):
            listener([Change("project", "reload")])

    # -- articles -------------------------------------------------------------------------

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

    def _insert_claims(self, article_id: int, body: str, claims: Sequence[ExtractedClaim]) -> list[int]:
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
                    'SELECT start, "end" FROM claims WHERE article_id = ? AND (status != \'unverified\''
                    " OR source_id IS NOT NULL OR notes != '' OR kind = 'manual' OR confidence IS NOT NULL)",
                    (article_id,),
                )
            }
            self.conn.execute(
                "DELETE FROM claims WHERE article_id = ? AND status = 'unverified' AND source_id IS NULL"
                " AND notes = '' AND kind != 'manual' AND confidence IS NULL",
                (article_id,),
            )
            fresh = [c for c in claims if (c.start, c.end) not in keep]
            ids = self._insert_claims(article_id, body, fresh)
            self._log("re-extract claims", "article", article_id, "claims", None, len(ids))
            self._changed("claim", "reload")
        return ids

    def article(self, article_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article with id {article_id}")
        return dict(row)

    def articles(self, *, with_text: bool = True) -> list[dict[str, Any]]:
        """All articles with claim counts, in publication order (undated last)."""
        columns = "articles.*" if with_text else (
            "articles.id, articles.title, articles.outlet, articles.author, articles.url, articles.published,"
            " articles.imported, articles.content_hash, articles.file, articles.format, articles.wire_group"
        )
        rows = self.conn.execute(
            f"SELECT {columns},"
            " (SELECT COUNT(*) FROM claims WHERE claims.article_id = articles.id AND claims.kind IN ('claim', 'manual')) AS claims,"
            " (SELECT COUNT(*) FROM claims WHERE claims.article_id = articles.id AND claims.kind IN ('claim', 'manual')"
            "   AND claims.status != 'unverified') AS checked"
            " FROM articles ORDER BY articles.published IS NULL, articles.published, articles.id"
        )
        return [dict(r) for r in rows]

    def claim_ids_of_articles(self, article_ids: Sequence[int]) -> list[int]:
        """Ids of the real claims (not boilerplate) of these articles."""
        ids: list[int] = []
        for i in range(0, len(article_ids), 500):
            chunk = list(article_ids[i:i + 500])
            ids += [r[0] for r in self.conn.execute(
                f"SELECT id FROM claims WHERE kind IN ('claim', 'manual') AND article_id IN ({','.join('?' * len(chunk))})"
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
            for row in snapshot["claims"]:
                self._insert_row("claims", row)
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

    # -- claims ---------------------------------------------------------------------------

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
                out[row["id"]] = _claim_dict(row)
        return [out[i] for i in ids if i in out]

    def query_claim_ids(self, flt: ClaimFilter | None = None, sort: str = "position", descending: bool = False) -> list[int]:
        """Ids of the claims passing `flt`, sorted in SQL; the table model fetches rows lazily by id."""
        flt = flt or ClaimFilter()
        where, params = _claim_where(flt)
        if sort not in SORT_KEYS:
            raise StoreError(f"cannot sort claims by {sort!r}")
        direction = " DESC" if descending else ""
        order = ", ".join(part.strip() + direction for part in _split_order(SORT_KEYS[sort]))
        sql = f"SELECT claims.id FROM claims {CLAIM_JOINS} {where} ORDER BY {order}, claims.id"
        return [r[0] for r in self.conn.execute(sql, params)]

    def claims(self, flt: ClaimFilter | None = None, sort: str = "position") -> list[dict[str, Any]]:
        return self.claims_by_ids(self.query_claim_ids(flt, sort))

    def count_claims(self, flt: ClaimFilter | None = None) -> int:
        where, params = _claim_where(flt or ClaimFilter())
        return int(self.conn.execute(f"SELECT COUNT(*) FROM claims {CLAIM_JOINS} {where}", params).fetchone()[0])

    def claims_for_matching(self, claim_ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
        """The slim rows matching needs, with article context, for real claims only."""
        sql = (
            "SELECT claims.id, claims.article_id, claims.text, claims.quote, claims.quantities, claims.dates,"
            " claims.kind, claims.hedged, articles.published, articles.outlet, articles.title AS article_title"
            " FROM claims JOIN articles ON articles.id = claims.article_id"
            " WHERE claims.kind IN ('claim', 'manual')"
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
        _validate_claim_fields(fields)
        with self.atomic():
            row = self.conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
            if row is None:
                raise StoreError(f"no claim with id {claim_id}")
            old = {k: row[k] for k in fields}
            changed = {k: v for k, v in fields.items() if row[k] != v}
            if "start" in changed or "end" in changed:
                body = self.conn.execute("SELECT text FROM articles WHERE id = ?", (row["article_id"],)).fetchone()[0]
                start, end = fields.get("start", row["start"]), fields.get("end", row["end"])
                if not (0 <= start < end <= len(body)):
                    raise StoreError(f"span {start}-{end} is outside the article")
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
        _validate_claim_fields(fields)
        with self.atomic():
            body = self.article(article_id)["text"]
            if not (0 <= start < end <= len(body)):
                raise StoreError(f"span {start}-{end} is outside the article")
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
            }
            self.conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
            self._log(action, "claim", claim_id, None, rows[0]["text"], None)
            self._changed("claim", "delete", [claim_id])
        return snapshot

    def restore_claim(self, snapshot: dict[str, Any], action: str = "restore claim") -> int:
        with self.atomic():
            claim_id = self._insert_row("claims", snapshot["claim"])
            for row in snapshot.get("evidence", []):
                self._insert_row("evidence", row)
            for row in snapshot.get("links", []):
                self._insert_row("links", row)
            self._log(action, "claim", claim_id, None, None, snapshot["claim"]["text"])
            self._changed("claim", "insert", [claim_id])
        return claim_id

    def set_clusters(self, clusters: Sequence[Sequence[int]]) -> None:
        """Store a cluster id per claim (the smallest claim id of its cluster); others get none."""
        with self.atomic():
            self.conn.execute("UPDATE claims SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
            rows = [(min(group), cid) for group in clusters if len(group) > 1 for cid in group]
            self.conn.executemany("UPDATE claims SET cluster_id = ? WHERE id = ?", rows)
            self._changed("claim", "update", fields=["cluster_id"])

    def claim_counts_by_status(self, article_id: int | None = None) -> dict[str, int]:
        sql = "SELECT status, COUNT(*) FROM claims WHERE kind IN ('claim', 'manual')"
        params: tuple[Any, ...] = ()
        if article_id is not None:
            sql += " AND article_id = ?"
            params = (article_id,)
        counts = {s.value: 0 for s in Status}
        for status, count in self.conn.execute(sql + " GROUP BY status", params):
            counts[status] = count
        return counts

    # -- sources --------------------------------------------------------------------------

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
        _validate_source(kind, reliability)
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
            _validate_source(fields.get("kind", row["kind"]), fields.get("reliability", row["reliability"]))
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

    # -- evidence -------------------------------------------------------------------------

    def evidence(self, claim_id: int | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT evidence.*, articles.title AS article_title, articles.outlet, articles.published, articles.url"
            " FROM evidence JOIN articles ON articles.id = evidence.article_id"
        )
        if claim_id is None:
            return self._rows(sql + " ORDER BY evidence.claim_id, evidence.id")
        return self._rows(sql + " WHERE evidence.claim_id = ? ORDER BY evidence.id", claim_id)

    def add_evidence(
        self, claim_id: int, article_id: int, stance: str, note: str = "", action: str = "add evidence"
    ) -> int:
        """Attach an article that supports or contradicts a claim (one entry per claim and article)."""
        if stance not in {s.value for s in Stance}:
            raise StoreError(f"stance must be supports or contradicts, not {stance!r}")
        with self.atomic():
            self.claim(claim_id)
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
        if "stance" in fields and fields["stance"] not in {s.value for s in Stance}:
            raise StoreError(f"stance must be supports or contradicts, not {fields['stance']!r}")
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

    # -- links between claims -------------------------------------------------------------

    def links(self, claim_id: int | None = None) -> list[dict[str, Any]]:
        if claim_id is None:
            rows = self._rows("SELECT * FROM links ORDER BY claim_a, claim_b")
        else:
            rows = self._rows(
                "SELECT * FROM links WHERE claim_a = ? OR claim_b = ? ORDER BY score DESC", claim_id, claim_id
            )
        for row in rows:
            row["auto"] = bool(row["auto"])
            row["reasons"] = json.loads(row["reasons"] or "[]")
        return rows

    def link(self, link_id: int) -> dict[str, Any]:
        rows = self._rows("SELECT * FROM links WHERE id = ?", link_id)
        if not rows:
            raise StoreError(f"no link with id {link_id}")
        row = rows[0]
        row["auto"] = bool(row["auto"])
        row["reasons"] = json.loads(row["reasons"] or "[]")
        return row

    def similar_claims(self, claim_id: int) -> list[dict[str, Any]]:
        """Links of a claim joined with the other claim and its article, best first."""
        rows = self._rows(
            "SELECT links.id AS link_id, links.relation, links.score, links.state, links.auto, links.reasons,"
            " other.id AS claim_id, other.text, other.quote, other.quantities, other.speaker, other.status,"
            " other.article_id, articles.title AS article_title, articles.outlet, articles.published,"
            " articles.wire_group"
            " FROM links JOIN claims AS other"
            "   ON other.id = CASE WHEN links.claim_a = ? THEN links.claim_b ELSE links.claim_a END"
            " JOIN articles ON articles.id = other.article_id"
            " WHERE links.claim_a = ? OR links.claim_b = ?"
            " ORDER BY links.state = 'rejected', links.score DESC",
            claim_id, claim_id, claim_id,
        )
        for row in rows:
            row["auto"] = bool(row["auto"])
            row["reasons"] = json.loads(row["reasons"] or "[]")
            row["quantities"] = json.loads(row["quantities"] or "[]")
        return rows

    def add_link(
        self, claim_a: int, claim_b: int, relation: str, score: float = 100.0,
        state: str = LinkState.CONFIRMED.value, action: str = "link claims",
    ) -> int:
        """A link the analyst makes by hand."""
        if claim_a == claim_b:
            raise StoreError("a claim cannot be linked to itself")
        a, b = sorted((claim_a, claim_b))
        _validate_link(relation, state)
        with self.atomic():
            existing = self._rows("SELECT id FROM links WHERE claim_a = ? AND claim_b = ?", a, b)
            if existing:
                raise StoreError(f"claims {a} and {b} are already linked")
            link_id = self._insert_row("links", {
                "claim_a": a, "claim_b": b, "relation": relation, "score": score, "state": state, "auto": 0,
                "reasons": json.dumps(["linked by hand"]), "created": now(),
            })
            self._log(action, "link", link_id, None, None, f"{a} {relation} {b} ({state})")
            self._changed("link", "insert", [link_id])
            self._changed("claim", "update", [a, b], ["links"])
        return link_id

    def delete_link(self, link_id: int, action: str = "unlink claims") -> dict[str, Any]:
        with self.atomic():
            row = self._rows("SELECT * FROM links WHERE id = ?", link_id)
            if not row:
                raise StoreError(f"no link with id {link_id}")
            self.conn.execute("DELETE FROM links WHERE id = ?", (link_id,))
            self._log(action, "link", link_id, None, f"{row[0]['claim_a']} {row[0]['relation']} {row[0]['claim_b']}", None)
            self._changed("link", "delete", [link_id])
            self._changed("claim", "update", [row[0]["claim_a"], row[0]["claim_b"]], ["links"])
        return row[0]

    def restore_link(self, snapshot: dict[str, Any], action: str = "restore link") -> int:
        with self.atomic():
            link_id = self._insert_row("links", snapshot)
            self._log(action, "link", link_id, None, None, f"{snapshot['claim_a']} {snapshot['relation']} {snapshot['claim_b']}")
            self._changed("link", "insert", [link_id])
            self._changed("claim", "update", [snapshot["claim_a"], snapshot["claim_b"]], ["links"])
        return link_id

    def set_link_state(
        self, link_id: int, state: str, *, auto: bool = False, relation: str | None = None,
        action: str = "decide link",
    ) -> dict[str, Any]:
        """The analyst confirms or rejects a link (auto=False), which re-matching never overrides.

        Returns the old state/auto/relation, for undo.
        """
        with self.atomic():
            row = self.link(link_id)
            relation = relation or row["relation"]
            _validate_link(relation, state)
            old = {"state": row["state"], "auto": row["auto"], "relation": row["relation"]}
            self.conn.execute(
                "UPDATE links SET state = ?, auto = ?, relation = ? WHERE id = ?", (state, int(auto), relation, link_id)
            )
            self._log(action, "link", link_id, "state", row["state"], state)
            if relation != row["relation"]:
                self._log(action, "link", link_id, "relation", row["relation"], relation)
            self._changed("link", "update", [link_id], ["state"])
            self._changed("claim", "update", [row["claim_a"], row["claim_b"]], ["links"])
        return old

    def save_links(self, found: Sequence[dict[str, Any]], *, scope_claim_ids: set[int] | None) -> dict[str, int]:
        """Write what matching found, keeping every link the analyst decided.

        New pairs are inserted, machine links updated, and machine links in scope (touching
        `scope_claim_ids`, or all when None) that were not found again are deleted.
        """
        counts = {"inserted": 0, "updated": 0, "deleted": 0, "kept": 0}
        with self.atomic():
            existing: dict[tuple[int, int], dict[str, Any]] = {}
            if scope_claim_ids is None:
                rows = self.conn.execute("SELECT id, claim_a, claim_b, auto FROM links").fetchall()
            else:
                scope = list(scope_claim_ids)
                rows = []
                for i in range(0, len(scope), 400):
                    chunk = scope[i:i + 400]
                    marks = ",".join("?" * len(chunk))
                    rows += self.conn.execute(
                        f"SELECT id, claim_a, claim_b, auto FROM links WHERE claim_a IN ({marks}) OR claim_b IN ({marks})",
                        chunk + chunk,
                    ).fetchall()
            for r in rows:
                existing[(r["claim_a"], r["claim_b"])] = dict(r)
            seen: set[tuple[int, int]] = set()
            stamp = now()
            for link in found:
                a, b = sorted((int(link["claim_a"]), int(link["claim_b"])))
                key = (a, b)
                if key in seen or a == b:
                    continue
                seen.add(key)
                state = link.get("state", LinkState.SUGGESTED.value)
                reasons = json.dumps(list(link.get("reasons", [])))
                old = existing.get(key)
                if old is None:
                    old_row = self.conn.execute("SELECT id, auto FROM links WHERE claim_a = ? AND claim_b = ?", key).fetchone()
                    old = dict(old_row) if old_row else None
                if old is None:
                    self.conn.execute(
                        "INSERT INTO links (claim_a, claim_b, relation, score, state, auto, reasons, created)"
                        " VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                        (a, b, link["relation"], float(link["score"]), state, reasons, stamp),
                    )
                    counts["inserted"] += 1
                elif old["auto"]:
                    self.conn.execute(
                        "UPDATE links SET relation = ?, score = ?, state = ?, reasons = ? WHERE id = ?",
                        (link["relation"], float(link["score"]), state, reasons, old["id"]),
                    )
                    counts["updated"] += 1
                else:
                    counts["kept"] += 1
            stale = [row["id"] for key, row in existing.items() if key not in seen and row["auto"]]
            self.conn.executemany("DELETE FROM links WHERE id = ?", [(i,) for i in stale])
            counts["deleted"] = len(stale)
            if any(counts[k] for k in ("inserted", "updated", "deleted")):
                self._log("match claims", "link", None, None, None, json.dumps(counts))
            self._changed("link", "reload")
            self._changed("claim", "update", fields=["links"])
        return counts

    # -- history and settings ---------------------------------------------------------------

    def history(self, entity: str | None = None, entity_id: int | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """Most recent first. For a claim, includes decisions on links that touch it."""
        if entity == "claim" and entity_id is not None:
            return self._rows(
                "SELECT * FROM history WHERE (entity = 'claim' AND entity_id = ?)"
                " OR (entity = 'link' AND entity_id IN (SELECT id FROM links WHERE claim_a = ? OR claim_b = ?))"
                " ORDER BY id DESC LIMIT ?", entity_id, entity_id, entity_id, limit,
            )
        clauses: list[str] = []
        params: list[Any] = []
        if entity:
            clauses.append("entity = ?")
            params.append(entity)
        if entity_id is not None:
            clauses.append("entity_id = ?")
            params.append(entity_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._rows(f"SELECT * FROM history {where} ORDER BY id DESC LIMIT ?", *params, limit)

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.atomic():
            self.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    def table_counts(self) -> dict[str, int]:
        """Row counts of every table (used to prove a failed import changed nothing)."""
        names = ("articles", "claims", "sources", "evidence", "links", "history")
        return {n: int(self.conn.execute(f"SELECT COUNT(*) FROM {n}").fetchone()[0]) for n in names}

    # -- small helpers --------------------------------------------------------------------

    def _rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, params)]

    def _insert_row(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(f'"{k}"' for k in values)
        marks = ", ".join("?" * len(values))
        cursor = self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values()))
        return int(cursor.lastrowid or 0)


# -- module helpers ---------------------------------------------------------------------------

def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value) if isinstance(value, list | dict) else str(value)


def _claim_dict(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["quantities"] = json.loads(item.get("quantities") or "[]")
    item["dates"] = json.loads(item.get("dates") or "[]")
    item["hedged"] = bool(item.get("hedged"))
    item["speaker_anonymous"] = bool(item.get("speaker_anonymous"))
    return item


def _claim_where(flt: ClaimFilter) -> tuple[str, list[Any]]:
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
        else:
            clauses.append("claims.text LIKE ?")
            params.append(f"%{flt.search.strip()}%")
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def _split_order(expression: str) -> list[str]:
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


def _validate_claim_fields(fields: dict[str, Any]) -> None:
    if "status" in fields and fields["status"] not in {s.value for s in Status}:
        raise StoreError(f"unknown status {fields['status']!r} (use {', '.join(s.value for s in Status)})")
    if fields.get("confidence") is not None and fields["confidence"] not in {c.value for c in Confidence}:
        raise StoreError(f"unknown confidence {fields['confidence']!r} (use low, moderate or high)")
    if "kind" in fields and fields["kind"] not in {k.value for k in ClaimKind}:
        raise StoreError(f"unknown claim kind {fields['kind']!r}")
    if "text" in fields and not str(fields["text"] or "").strip():
        raise StoreError("a claim needs some text")


def _validate_source(kind: str, reliability: str | None) -> None:
    if kind not in {k.value for k in SourceKind}:
        raise StoreError(f"unknown source kind {kind!r} (use {', '.join(k.value for k in SourceKind)})")
    if reliability is not None and reliability not in RELIABILITY_GRADES:
        raise StoreError(f"reliability must be an Admiralty grade A-F, not {reliability!r}")


def _validate_link(relation: str, state: str) -> None:
    if relation not in {r.value for r in Relation} - {Relation.UNRELATED.value}:
        raise StoreError(f"unknown relation {relation!r}")
    if state not in {s.value for s in LinkState}:
        raise StoreError(f"unknown link state {state!r}")


__all__ = ["Change", "ClaimFilter", "Store", "StoreError", "SORT_KEYS"]
