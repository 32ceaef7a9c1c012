"""Save a copy of an open project (File -> Save a Copy As): SQLite's online backup, not a file copy.

A plain file copy of a WAL database can miss the committed pages still in the -wal file or catch
a write half-way; the backup API copies a consistent snapshot page by page while the project
stays open. The copy is written next to its destination under a temporary name, checked, turned
into a single self-contained file (journal_mode DELETE) and only then renamed into place, so a
failed copy never leaves half a file under the chosen name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from workbench.core.store.base import StoreBase, StoreError


def save_copy(store: StoreBase, destination: str | Path) -> Path:
    """Write a consistent copy of `store` to `destination` (replacing a file there); its path."""
    target = Path(destination).expanduser()
    if target.exists() and target.is_dir():
        raise StoreError(f"{target}: is a folder, not a project file")
    if target.resolve() == Path(store.path).resolve():
        raise StoreError(f"{target}: is the open project itself; choose another name")
    if not target.parent.is_dir():
        raise StoreError(f"{target}: the folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial")
    try:
        copy = sqlite3.connect(str(partial), isolation_level=None)
        try:
            store.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        if verdict != "ok":
            raise StoreError(f"{target}: the copy failed its check ({verdict})")
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{target}: could not save a copy ({exc})") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return target
