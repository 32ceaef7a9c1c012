"""Sentence vectors kept between runs, so that `cluster` never embeds the same line twice.

Why: embedding is most of what the semantic scorer costs (~45 CPU s for 20k lines), and an
analyst re-runs `cluster` on a list after editing a few lines. A project keeps its claims'
vectors itself (`claim_vectors`); a plain file has none, so its vectors are kept here: one SQLite
file per model in the user cache folder (`paths.cache_dir()`), named by the verified model's and
tokenizer's sha256, the graph's form and the onnxruntime version, keyed by the exact token ids the model is given
(`embedding.sequence_key`), holding float32 vectors bit for bit, so a warm run prints what a
cold one does. Least recently used vectors are pruned past the cap (DEFAULT_MB, or
WORKBENCH_VECTOR_CACHE_MB, or "vector_cache_mb" in settings.json); WORKBENCH_VECTOR_CACHE=0 (or
`cluster --no-vector-cache`) turns it off. The cache is ours, never the user's problem: a corrupt
file is set aside with one log line and started anew; one that cannot be opened or written
(read-only folder, disk full, locked too long by another process) only costs speed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from workbench.core.paths import cache_dir, load_settings

log = logging.getLogger(__name__)

ENV_SWITCH = "WORKBENCH_VECTOR_CACHE"
ENV_MB = "WORKBENCH_VECTOR_CACHE_MB"
SETTING_MB = "vector_cache_mb"
#: The cap on one cache file, in MB (~95,000 vectors at ~2.1 KB each on disk).
DEFAULT_MB = 200
#: A writer waits this long for another process's transaction before giving up (speed only).
BUSY_SECONDS = 5.0
#: Kept as a fraction of the cap when pruning, so that pruning is not run for every batch.
PRUNE_TO = 0.9
#: The layout of a cache file; another layout is set aside as foreign.
SCHEMA = 1
#: Other models' files (and files set aside) are deleted once unused this many days.
STALE_DAYS = 30
#: SQLite's primary result codes for a damaged file: CORRUPT, NOTADB.
_DAMAGED = (11, 26)
_CHUNK = 500  # keys per query (SQLite's variable limit is 32,766 on recent builds, 999 on old ones)


def enabled(flag: bool | None = None) -> bool:
    """Use the cache? An explicit False wins; otherwise on unless WORKBENCH_VECTOR_CACHE is 0/off."""
    if flag is False:
        return False
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in ("0", "off", "no", "false")


def cap_bytes() -> int:
    """The cap on one cache file: WORKBENCH_VECTOR_CACHE_MB, else settings.json's vector_cache_mb,
    else DEFAULT_MB."""
    for read in (lambda: os.environ.get(ENV_MB), lambda: load_settings().get(SETTING_MB)):
        value = read()
        try:
            if value is not None and float(value) >= 0:
                return int(float(value) * 1_000_000)
        except (TypeError, ValueError):
            continue
    return DEFAULT_MB * 1_000_000


def identity() -> str:
    """What the vectors were computed with: the pinned model and tokenizer (verified by sha256 at
    every load), the graph rewrite (its version, and the weights' form, which depends on the CPU:
    a cache folder shared by two machines keeps one file each) and the runtime that runs it."""
    from importlib.metadata import version

    from workbench.core.match import embedding
    from workbench.core.match.int8_graph import has_vnni

    return (f"{embedding.MODEL_ID} model={embedding.MODEL_SHA256} tokenizer={embedding.TOKENIZER_SHA256} "
            f"vnni={has_vnni()} onnxruntime={version('onnxruntime')} dim={embedding.DIM} schema={SCHEMA}")


def default_path(ident: str | None = None) -> Path:
    ident = identity() if ident is None else ident
    return cache_dir() / f"vectors-{hashlib.sha256(ident.encode()).hexdigest()[:16]}.sqlite3"


def open_default(flag: bool | None = None) -> VectorCache | None:
    """The cache for the model in use, or None when turned off."""
    if not enabled(flag):
        return None
    ident = identity()
    path = default_path(ident)
    drop_stale(path)
    return VectorCache(path, ident, cap_bytes())


def drop_stale(keep: Path, days: float = STALE_DAYS) -> None:
    """Delete other models' cache files (an upgrade leaves its predecessor's behind) and set-aside
    ones once unused for `days`, so that the folder stays bounded too."""
    cutoff = time.time() - days * 86400
    try:
        for file in keep.parent.glob("vectors-*.sqlite3*"):
            ours = file.name in (keep.name, keep.name + "-wal", keep.name + "-shm")
            if not ours and file.stat().st_mtime < cutoff:
                file.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("stale vector caches not removed: %s", exc)


class _Foreign(Exception):
    """The file holds another model's or layout's vectors."""


class VectorCache:
    """One cache file. Every failure is handled here: reads then miss, writes are skipped."""

    def __init__(self, path: Path, ident: str, cap: int) -> None:
        from workbench.core.match.embedding import DIM

        self.path, self.ident, self.cap, self.width = path, ident, cap, DIM * 4
        self.conn: sqlite3.Connection | None = None
        self.writable = True
        self._inode = -1
        self._open(retry=True)

    # -- opening and failures ------------------------------------------------------------------

    def _open(self, retry: bool) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
            self._inode = os.stat(self.path).st_ino  # the file this connection reads, whatever renames follow
        except (OSError, sqlite3.Error) as exc:
            log.debug("vector cache %s not opened: %s", self.path, exc)
            return
        try:
            conn.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
            conn.execute("PRAGMA auto_vacuum=INCREMENTAL")  # takes effect on a new file only
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL)")
            # when each vector was last used (hours), apart: touching a stamp rewrites a small row
            conn.execute("CREATE TABLE IF NOT EXISTS used (key BLOB PRIMARY KEY, hour INTEGER NOT NULL) WITHOUT ROWID")
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('identity', ?)", (self.ident,))
            row = conn.execute("SELECT value FROM meta WHERE name = 'identity'").fetchone()
            conn.execute("COMMIT")
            if row is None or row[0] != self.ident:
                raise _Foreign(f"it holds vectors of {row[0] if row else 'nothing known'}")
            self.conn = conn
        except (sqlite3.Error, _Foreign, OSError) as exc:
            conn.close()
            if retry and self._damaged(exc):
                self._set_aside(exc)
                self._open(retry=False)
            else:
                log.debug("vector cache %s not used: %s", self.path, exc)

    @staticmethod
    def _damaged(exc: BaseException) -> bool:
        code = getattr(exc, "sqlite_errorcode", None)
        return isinstance(exc, _Foreign) or (code is not None and code & 0xFF in _DAMAGED)

    def _set_aside(self, exc: BaseException) -> None:
        """Move a damaged file (and its WAL) aside as *.bad, replacing an older one; never twice
        for one file, and never a file another process has already put in its place."""
        try:
            if self._inode != os.stat(self.path).st_ino:
                return  # already replaced by another process
            bad = self.path.with_name(self.path.name + ".bad")
            os.replace(self.path, bad)
            for suffix in ("-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            log.warning("the sentence-vector cache %s was unreadable (%s); set aside as %s, starting anew",
                        self.path, exc, bad.name)
        except OSError as err:
            log.debug("vector cache %s not set aside: %s", self.path, err)

    def _failed(self, exc: sqlite3.Error, writing: bool) -> None:
        if self._damaged(exc):
            self.close()
            self._set_aside(exc)
            self._open(retry=False)
        elif writing:
            self.writable = False  # read-only, full or locked: this run writes no more
            log.debug("vector cache %s not written: %s", self.path, exc)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    # -- reading and writing ---------------------------------------------------------------------

    def get(self, keys: Sequence[bytes]) -> dict[bytes, Any]:
        """The vectors held for these keys (float32 arrays), stamped as used this hour."""
        import numpy as np

        found: dict[bytes, Any] = {}
        if self.conn is None:
            return found
        try:
            for start in range(0, len(keys), _CHUNK):
                part = list(keys[start:start + _CHUNK])
                marks = ",".join("?" * len(part))
                for key, blob in self.conn.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", part):
                    if isinstance(blob, bytes) and len(blob) == self.width:
                        found[bytes(key)] = np.frombuffer(blob, dtype="<f4")
        except sqlite3.Error as exc:
            self._failed(exc, writing=False)
            return {}
        self._stamp(list(found))
        return found

    def _stamp(self, keys: list[bytes]) -> None:
        if self.conn is None or not self.writable or not keys:
            return
        hour = int(time.time() // 3600)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for start in range(0, len(keys), _CHUNK):
                part = keys[start:start + _CHUNK]
                self.conn.execute(f"UPDATE used SET hour = ? WHERE hour < ? AND key IN ({','.join('?' * len(part))})",
                                  [hour, hour, *part])
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            self._failed(exc, writing=True)

    def put(self, items: Sequence[tuple[bytes, Any]]) -> None:
        """Keep these vectors (one transaction), then prune the least recently used past the cap."""
        import numpy as np

        if self.conn is None or not self.writable or not items:
            return
        hour = int(time.time() // 3600)
        rows = [(key, np.asarray(v, dtype="<f4").tobytes()) for key, v in items]
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", rows)
            self.conn.executemany("INSERT OR REPLACE INTO used VALUES (?, ?)", [(key, hour) for key, _ in rows])
            pruned = self._prune()
            self.conn.execute("COMMIT")
            if pruned:
                self.conn.execute("PRAGMA incremental_vacuum")
        except sqlite3.Error as exc:
            self._rollback()
            self._failed(exc, writing=True)

    def _prune(self) -> int:
        """Inside a write transaction: drop the least recently used vectors while the file's pages
        in use exceed the cap (down to PRUNE_TO of it). How many were dropped."""
        assert self.conn is not None
        page_size, pages, free = (self.conn.execute(f"PRAGMA {p}").fetchone()[0]
                                  for p in ("page_size", "page_count", "freelist_count"))
        size = (pages - free) * page_size
        if size <= self.cap:
            return 0
        count = self.conn.execute("SELECT count(*) FROM used").fetchone()[0]
        drop = count if self.cap <= 0 else min(count, int(count * (1 - PRUNE_TO * self.cap / size)) + 1)
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS doomed (key BLOB PRIMARY KEY)")
        self.conn.execute("DELETE FROM doomed")
        self.conn.execute("INSERT INTO doomed SELECT key FROM used ORDER BY hour LIMIT ?", (drop,))
        self.conn.execute("DELETE FROM vectors WHERE key IN (SELECT key FROM doomed)")
        self.conn.execute("DELETE FROM used WHERE key IN (SELECT key FROM doomed)")
        return int(drop)

    def _rollback(self) -> None:
        try:
            if self.conn is not None and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def __len__(self) -> int:
        if self.conn is None:
            return 0
        try:
            return int(self.conn.execute("SELECT count(*) FROM vectors").fetchone()[0])
        except sqlite3.Error:
            return 0
