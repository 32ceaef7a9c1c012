"""Helpers every CLI module shares: errors, JSON output, project opening, progress bars."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.core.store import Store


class CliError(Exception):
    """A user-facing error: printed as one line, exits non-zero."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def quiet_closed_pipe() -> int:
    """The reader of our output went away (`workbench claims ... | head -1`): stop quietly.

    Python would otherwise print a BrokenPipeError when it flushes stdout at exit.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # what a shell reports for a command ended by SIGPIPE


def add_command(subparsers: Any, name: str, help: str, examples: str = "") -> argparse.ArgumentParser:
    """Add a subcommand whose --help ends with examples."""
    return subparsers.add_parser(
        name,
        help=help,
        description=help,
        epilog=("examples:\n" + examples) if examples else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def print_json(data: Any) -> None:
    sys.stdout.write(format_json(data) + "\n")


_encode = json.JSONEncoder(ensure_ascii=False).encode


#: The longest row of mixed plain values written on one line.
_ROW_WIDTH = 100


class _Nested(Exception):
    """A list holds a list or an object: it is written over several lines."""


def _plain(value: Any) -> str:
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is float and math.isfinite(value):
        return repr(value)  # what the json encoder writes for a finite float
    if kind is dict or kind is list or kind is tuple:
        raise _Nested
    return _encode(value)


def format_json(data: Any, indent: str = "") -> str:
    """JSON indented by two spaces, each list of numbers on one line (a cluster's lines), and each
    other list of plain values too while it is short (a link's row; not a comparison's reasons):
    `indent=2` gave every number its own line, and took ~1.4 s, serial, for the 125,000 links of
    a 20k-line `cluster`."""
    inner = indent + "  "
    if isinstance(data, dict):
        if not data:
            return "{}"
        items = (f"{inner}{_encode(str(k))}: {format_json(v, inner)}" for k, v in data.items())
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(data, list | tuple):
        try:
            row = "[" + ", ".join(map(_plain, data)) + "]"
            # a row of numbers (a cluster) always, other plain rows while short (a link), not long texts (reasons)
            if len(row) <= _ROW_WIDTH or all(type(v) is int or type(v) is float for v in data):
                return row
        except _Nested:
            pass
        return "[\n" + ",\n".join(_items(data, inner)) + "\n" + indent + "]"
    return _plain(data)


def _items(data: list | tuple, inner: str) -> list[str]:
    """`format_json` of each item, indented: a row of plain values (a `cluster` link) is written
    here in one loop, each string encoded once per list (a relation), not through a call per value
    (125,000 links: ~0.21 -> ~0.13 CPU s, serial). Anything else goes through `format_json`."""
    encoded: dict[str, str] = {}
    out: list[str] = []
    for item in data:
        if type(item) is list or type(item) is tuple:
            parts: list[str] = []
            numbers = plain = True
            for value in item:
                kind = type(value)
                if kind is int:
                    parts.append(str(value))
                elif kind is float and math.isfinite(value):
                    parts.append(repr(value))
                elif kind is str:
                    text = encoded.get(value)
                    if text is None:
                        text = encoded[value] = _encode(value)
                    parts.append(text)
                    numbers = False
                else:  # nested, or a value `_plain` writes another way: the general path
                    plain = False
                    break
            if plain:
                row = "[" + ", ".join(parts) + "]"
                if numbers or len(row) <= _ROW_WIDTH:  # `format_json`'s rule for a row on one line
                    out.append(inner + row)
                    continue
        out.append(inner + format_json(item, inner))
    return out


def print_json_line(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def open_project(path: str | Path, *, must_exist: bool = True, for_writing: bool = False) -> Store:
    """Open a project file, with a clear error when it is missing or not a project (or, when
    `for_writing`, cannot be written)."""
    from workbench.core.store import Store, StoreError

    path = Path(path)
    if must_exist and not path.exists():
        raise CliError(f"{path}: no such project (create it with `workbench new {path}`)")
    try:
        store = Store.open(path)
    except StoreError as exc:
        raise CliError(f"{path}: {exc}") from exc
    if for_writing and store.read_only:
        store.close()
        raise CliError(f"{path}: {store.read_only_reason}; nothing was changed")
    if for_writing:
        _backup_before_writing(store)
    return store


def _backup_before_writing(store) -> None:
    """A rolling backup before a command changes the project (at most one per BACKUP_EVERY)."""
    from workbench.core.store.backup import backup_if_due

    try:
        backup_if_due(store)
    except (OSError, Exception) as exc:  # noqa: BLE001 - a failed backup must not stop the work
        warn(f"no backup made ({exc})")


def warn(message: str) -> None:
    """One line on stderr that the user should read (stdout stays the command's output, JSON too)."""
    print(f"workbench: warning: {message}", file=sys.stderr)


#: Seconds between two plain progress lines when stderr is no terminal, unless
#: WORKBENCH_PROGRESS_EVERY says otherwise ("inf": none, as the test suite sets it, so that a
#: command's stderr under a loaded CPU is the same as on an idle one).
PROGRESS_EVERY = 2.0


def progress_interval() -> float:
    """PROGRESS_EVERY, or the WORKBENCH_PROGRESS_EVERY environment variable when it is a number."""
    try:
        return float(os.environ.get("WORKBENCH_PROGRESS_EVERY", PROGRESS_EVERY))
    except ValueError:
        return PROGRESS_EVERY


class Progress:
    """Progress on stderr: a one-line bar on a terminal; otherwise (a log, a pipe) a plain line
    every `every` seconds, so a long job is visibly alive. Silent when JSON is asked for."""

    def __init__(self, label: str, enabled: bool = True, every: float | None = None) -> None:
        self.label = label
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.every = every if every is not None else progress_interval()
        self._last = time.monotonic()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled or total <= 0:
            return
        if not self.tty:
            now = time.monotonic()
            if now - self._last >= self.every:
                self._last = now
                sys.stderr.write(f"{self.label}: {done}/{total} {message}\n".rstrip(" ") if message else
                                 f"{self.label}: {done}/{total}\n")
                sys.stderr.flush()
            return
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r{self.label} [{bar}] {done}/{total} {message[:40]:<40}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
