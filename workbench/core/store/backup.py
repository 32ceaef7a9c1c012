"""Rolling backups of a project through SQLite's backup API, and restoring one.

A backup is a consistent copy even while another process writes (the backup API copies a
snapshot). They live in the data folder (WORKBENCH_HOME overrides it), one folder per project,
at most one per `BACKUP_EVERY` and the newest `BACKUP_KEEP` kept, so a loop of quick edits
cannot rotate the older ones away.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workbench.core import paths
from workbench.core.store.base import StoreBase, StoreError

#: How often a backup is made while a project is open (the window's timer uses it too).
BACKUP_EVERY = timedelta(minutes=10)
#: How many backups of each project are kept.
BACKUP_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"  # sortable; microseconds tell quick backups apart


def backup_folder(project: Path) -> Path:
    """The folder of one project's backups (named after the file, told apart by its full path)."""
    resolved = str(Path(project).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return paths.backups_dir() / f"{Path(project).stem}-{digest}"


def list_backups(project: Path) -> list[tuple[datetime, Path]]:
    """Backups of a project, newest first."""
    folder = backup_folder(project)
    found = []
    for path in folder.glob("*.wbproj") if folder.is_dir() else ():
        try:
            stamp = datetime.strptime(path.stem[:22], _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append((stamp, path))
    return sorted(found, reverse=True)


def make_backup(store: StoreBase, *, keep: int = BACKUP_KEEP, label: str = "") -> Path:
    """Copy the open project into a new backup now; drop the oldest beyond `keep`."""
    folder = backup_folder(store.path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC)
    name = stamp.strftime(_STAMP) + (f"-{label}" if label else "")
    target = folder / f"{name}.wbproj"
    tmp = target.with_suffix(".tmp")
    dst = sqlite3.connect(tmp)
    try:
        store.conn.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dst.close()
    os.replace(tmp, target)
    for _, old in list_backups(store.path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def backup_if_due(store: StoreBase, *, every: timedelta = BACKUP_EVERY, keep: int = BACKUP_KEEP) -> Path | None:
    """Make a backup unless the newest is younger than `every`; errors are the caller's to show."""
    backups = list_backups(store.path)
    if backups and datetime.now(UTC) - backups[0][0] < every:
        return None
    return make_backup(store, keep=keep)


def restore_backup(store: StoreBase, backup: Path) -> Path:
    """Replace the open project's content with a backup's, in place (same file, same path).

    The current content is backed up first (label "before-restore"), so a restore can itself
    be undone by restoring that. Subscribers are told to reload everything.
    """
    store.check_writable()
    backup = Path(backup)
    try:
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            version = src.execute("PRAGMA user_version").fetchone()[0]
            src.execute("SELECT COUNT(*) FROM claims").fetchone()
        except sqlite3.DatabaseError as exc:
            src.close()
            raise StoreError(f"{backup.name}: not a project backup ({exc})") from exc
    except sqlite3.Error as exc:
        raise StoreError(f"{backup.name}: cannot be read ({exc})") from exc
    safety = make_backup(store, keep=BACKUP_KEEP + 1, label="before-restore")
    try:
        src.backup(store.conn)
    finally:
        src.close()
    store._migrate(int(version))
    store.notify_reload()
    return safety
