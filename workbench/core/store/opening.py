"""Checking a file before anything writes to it, and choosing how to connect.

A file is looked at through a read-only (or immutable) connection first: its header, its
`application_id`, its schema version and its tables. Only a file that is ours (or a new one)
is then opened for writing and switched to WAL, so a refused file stays byte-identical.
A project that cannot be written (read-only file or folder) is opened read-only, without
creating any -wal/-shm file beside it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

#: PRAGMA application_id of every project file: "CWB1". The packaging's shared-mime-info magic
#: uses the same number (bytes 68-71 of the file), so it must never change.
APPLICATION_ID = 0x43574231
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Tables every project has had since schema 1; a file without them is not a project.
CORE_TABLES = frozenset({"articles", "claims", "sources", "evidence", "links", "history", "settings"})


class FileRefused(Exception):
    """The file is not one we may open; the message (one line) says why."""


@dataclass(frozen=True)
class FileState:
    """What a look at an existing file found."""

    version: int
    application_id: int
    tables: frozenset[str]
    read_only_reason: str | None  # None when the project can be written


def uri(path: Path, *, read_only: bool) -> str:
    """A `file:` URI; read-only connections are immutable when no WAL is there to be read, so
    that SQLite creates no -wal/-shm files (which would take the file's read-only mode)."""
    base = "file:" + quote(str(path.resolve()))
    if not read_only:
        return base
    if _wal_present(path):
        return base + "?mode=ro"
    return base + "?mode=ro&immutable=1"


def _wal_present(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _writable(path: Path) -> bool:
    """Writable for us, honouring the permission bits even for root (chmod 444 means 'keep')."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def read_only_reason(path: Path) -> str | None:
    """Why an existing project cannot be written, in words for the user; None when it can."""
    folder = path.resolve().parent
    if not _writable(path):
        return "the file is read-only"
    if not _writable(folder):
        return f"the folder {folder} is read-only"
    return None


def check_new(path: Path) -> None:
    """Refuse to create a project where it cannot be written."""
    folder = path.resolve().parent
    if not folder.exists():
        raise FileRefused(f"the folder {folder} does not exist")
    if not _writable(folder):
        raise FileRefused(f"cannot create a project here: the folder {folder} is read-only")


def inspect(path: Path) -> FileState:
    """Look at an existing file without changing a byte of it; raise FileRefused for what we
    cannot open (empty, not SQLite, another program's, newer, damaged)."""
    from workbench.core.store.schema import SCHEMA_VERSION

    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        raise FileRefused(f"cannot be read (permission denied: {exc.strerror})") from exc
    except OSError as exc:
        raise FileRefused(f"cannot be read ({exc.strerror or exc})") from exc
    if not header:
        raise FileRefused("is an empty file (0 bytes), not a Claim Workbench project")
    if not header.startswith(SQLITE_MAGIC):
        raise FileRefused("is not a Claim Workbench project (not an SQLite file)")
    try:
        probe = sqlite3.connect(uri(path, read_only=True), uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise FileRefused(f"cannot be read ({exc})") from exc
    try:
        version = int(probe.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(probe.execute("PRAGMA application_id").fetchone()[0])
        tables = frozenset(r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    except sqlite3.DatabaseError as exc:
        raise FileRefused(f"is not a Claim Workbench project or is damaged ({exc})") from exc
    finally:
        probe.close()
    if app_id not in (0, APPLICATION_ID):
        raise FileRefused(f"is an SQLite file of another program (application id {app_id:#x}), "
                          "not a Claim Workbench project")
    if app_id == 0 and (version == 0 or not tables >= CORE_TABLES):
        # Projects made before application ids were set have a version and all core tables.
        raise FileRefused("is an SQLite file but not a Claim Workbench project")
    if version > SCHEMA_VERSION:
        raise FileRefused(f"was made by a newer Claim Workbench (schema {version}, this one knows "
                          f"{SCHEMA_VERSION}); open it with that version")
    if version < 1 or not tables >= CORE_TABLES:
        missing = ", ".join(sorted(CORE_TABLES - tables))
        raise FileRefused(f"is a damaged Claim Workbench project (missing tables: {missing})")
    return FileState(version, app_id, tables, read_only_reason(path))
