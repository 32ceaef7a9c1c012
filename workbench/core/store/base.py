"""The open project file: connection, migrations, transactions, history and change notices."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import sqlite_utils

from workbench.core.store import opening
from workbench.core.store.schema import MIGRATIONS, SCHEMA_VERSION

#: How long a write waits for another process's transaction before giving up (seconds).
BUSY_TIMEOUT = 10.0
#: The pause a long job leaves between its short transactions (seconds), at least; and half as
#: long as it last held the write lock, up to JOB_PAUSE_MAX: on a loaded machine a waiting edit
#: wakes tens of milliseconds late, misses a 4 ms gap every time and gave up after BUSY_TIMEOUT
#: ("database is locked", a tag during a match at load 13, stop 35).
JOB_PAUSE = 0.004
JOB_PAUSE_MAX = 0.1


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
        self._last_hold = 0.0  # how long the last outermost transaction held the write lock (s)
        self.read_only_reason: str | None = None
        #: True after close(): a timer that fires late must not touch the connection
        self.closed = False

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False) -> Self:
        """Open (or create) a project. The file is checked before anything writes to it; one that
        cannot be written opens read-only (`store.read_only`, with `store.read_only_reason`)."""
        path = Path(path)
        if not path.exists() and not create:
            raise StoreError("no such project file")
        if path.exists() and path.is_dir():
            raise StoreError("is a folder, not a project file")
        try:
            if not path.exists():
                opening.check_new(path)
                state = None
            else:
                state = opening.inspect(path)
        except opening.FileRefused as exc:
            raise StoreError(str(exc)) from exc
        reason = "opened read-only" if read_only else None
        if state is not None and state.read_only_reason:
            reason = state.read_only_reason
        try:
            if reason is not None:
                conn = sqlite3.connect(opening.uri(path, read_only=True), uri=True, isolation_level=None, timeout=10)
            else:
                conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(path, conn)
            store.read_only_reason = reason
            if reason is None:
                store._migrate(state.version if state is not None else 0)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                store._discard_unfinished_imports()
            elif state is not None and state.version < SCHEMA_VERSION:
                conn.close()
                raise StoreError(f"is an older project (schema {state.version}) that must be upgraded, "
                                 f"but {reason}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"not a Claim Workbench project ({exc})") from exc
        return store

    @property
    def read_only(self) -> bool:
        """True when edits cannot be saved (read-only file or folder, or opened so)."""
        return self.read_only_reason is not None

    def check_writable(self) -> None:
        """Raise the one-line StoreError that every write gets on a read-only project."""
        if self.read_only_reason is not None:
            raise StoreError(f"{self.path.name} is read-only ({self.read_only_reason}): changes cannot be saved")

    def data_version(self) -> int:
        """Changes when another connection commits (PRAGMA data_version): cheap to poll."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def _migrate(self, version: int) -> None:
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript commits first; wrap the script itself in a transaction.
            self.conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\n"
                f"PRAGMA application_id = {opening.APPLICATION_ID};\nCOMMIT;"
            )
        if self.conn.execute("PRAGMA application_id").fetchone()[0] == 0:
            self.conn.execute(f"PRAGMA application_id = {opening.APPLICATION_ID}")

    def close(self) -> None:
        self.closed = True
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
        self.check_writable()
        self._depth += 1
        try:
            with self._transaction():
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

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE takes the write lock up front, under the busy timeout: a deferred BEGIN
        that reads first fails at once ("database is locked") when another writer got in between."""
        if self.conn.in_transaction:
            name = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
            return
        self._begin_immediate()
        held_from = time.monotonic()
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._last_hold = time.monotonic() - held_from
        self.conn.execute("COMMIT")

    def _begin_immediate(self) -> None:
        """Take the write lock, polling every 2 ms for up to BUSY_TIMEOUT seconds.

        SQLite's own busy handler sleeps up to 100 ms between tries, so a quick edit could keep
        missing the short gaps a long job leaves between its transactions and wait seconds.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc).lower():
                        raise
                    if time.monotonic() >= deadline:
                        raise
                    time.sleep(0.002)
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")

    def pause_for_others(self) -> None:
        """Between two transactions of a long job: a moment for a waiting edit to take the lock."""
        if not self.conn.in_transaction:
            time.sleep(min(max(JOB_PAUSE, self._last_hold / 2), JOB_PAUSE_MAX))

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

    def change_setting(self, key: str, value: str | None, *, action: str) -> str | None:
        """An analyst's change of a project setting, with a history row; returns the old value."""
        with self.atomic():
            old = self.setting(key)
            if old != value:
                self.set_setting(key, value)
                self._log(action, "setting", None, key, old, value)
                self._changed("setting", "update", (), (key,))
        return old

    # -- work left pending by an interruption -------------------------------------------------

    def add_pending(self, job: str, items: Iterable[int], *, owned: bool = False) -> None:
        """Record work to do (joins the caller's transaction, so it lands with what needs it);
        `owned` notes this process as the one doing it, so others leave it alone while it lives."""
        owner = f"{socket.gethostname()}:{os.getpid()}" if owned else None
        with self.atomic():
            self.conn.executemany("INSERT OR IGNORE INTO pending (job, item, owner) VALUES (?, ?, ?)",
                                  [(job, int(i), owner) for i in items])

    def pending(self, job: str) -> list[int]:
        return [int(r[0]) for r in self.conn.execute("SELECT item FROM pending WHERE job = ? ORDER BY item", (job,))]

    def clear_pending(self, job: str, items: Iterable[int] | None = None) -> None:
        """Mark work done: these items, or all of the job when None."""
        if self.read_only:
            return
        with self.atomic():
            if items is None:
                self.conn.execute("DELETE FROM pending WHERE job = ?", (job,))
            else:
                self.conn.executemany("DELETE FROM pending WHERE job = ? AND item = ?", [(job, int(i)) for i in items])

    def _discard_unfinished_imports(self) -> None:
        """An article imported in parts whose import was cut short (its process is gone) goes
        out whole (all-or-nothing); one another live process is still importing is left alone."""
        rows = self.conn.execute("SELECT item, owner FROM pending WHERE job = 'import'").fetchall()
        dead = [int(r[0]) for r in rows if not _owner_alive(r[1])]
        if not dead:
            return
        with self.atomic():
            for article_id in dead:
                self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                self.conn.execute("DELETE FROM pending WHERE job = 'import' AND item = ?", (article_id,))
            self._changed("article", "delete", dead)

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

    def _insert_claim_rows(self, rows: Sequence[dict[str, Any]], derived: Sequence[int] = ()) -> list[int]:
        """Put back claim rows from a snapshot: each without its `derived_from` first (a core's row may
        come before its full claim's), then the links whose full claim is there; `derived` are claims
        that were derived from the first row when it was deleted (their link was cleared then)."""
        ids = [self._insert_row("claims", {**row, "derived_from": None}) for row in rows]
        links = [(row["derived_from"], claim_id) for row, claim_id in zip(rows, ids, strict=True)
                 if row.get("derived_from") is not None]
        if rows and derived:
            links += [(ids[0], child) for child in derived]
        self.conn.executemany("UPDATE claims SET derived_from = ? WHERE id = ? AND ? IN (SELECT id FROM claims)",
                              [(parent, child, parent) for parent, child in links])
        return ids

    def _require(self, table: str, row_id: int, what: str) -> None:
        if self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
            raise StoreError(f"no {what} with id {row_id}")

    def article(self, article_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article with id {article_id}")
        return dict(row)


def _owner_alive(owner: str | None) -> bool:
    """Is the process noted as 'host:pid' still running? Unknown (another host) counts as alive."""
    if not owner or ":" not in owner:
        return False
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname():
        return True
    try:
        os.kill(int(pid), 0)
    except (ProcessLookupError, ValueError):
        return False
    except PermissionError:
        return True
    return int(pid) != 0


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value) if isinstance(value, list | dict) else str(value)
