"""The open project file: connection, migrations, transactions, history and change notices."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import sqlite_utils

from workbench.core.store.schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(Exception):
    """A project file that cannot be opened or an edit that is not allowed; the message is for users."""


@dataclass(frozen=True)
class Change:
    """What one committed write touched: enough for a view to refresh just those rows."""

    entity: str  # article | claim | source | evidence | link | project
    kind: str  # insert | update | delete | reload
    ids: tuple[int, ...] = ()
    fields: tuple[str, ...] = ()
def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

class StoreBase:
    """Connection, transactions and bookkeeping shared by the per-entity parts of `Store`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._pending: list[Change] = []
        self._depth = 0

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Self:
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

    def __enter__(self) -> Self:
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

    def _require(self, table: str, row_id: int, what: str) -> None:
        if self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
            raise StoreError(f"no {what} with id {row_id}")

    def article(self, article_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article with id {article_id}")
        return dict(row)


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value) if isinstance(value, list | dict) else str(value)
