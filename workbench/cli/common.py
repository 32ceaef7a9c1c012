"""Helpers every CLI module shares: errors, JSON output, project opening, progress bars."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.core.store import Store


class CliError(Exception):
    """A user-facing error: printed as one line, exits non-zero."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


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
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_json_line(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def open_project(path: str | Path, *, must_exist: bool = True) -> Store:
    """Open a project file, with a clear error when it is missing or not a project."""
    from workbench.core.store import Store, StoreError

    path = Path(path)
    if must_exist and not path.exists():
        raise CliError(f"{path}: no such project (create it with `workbench new {path}`)")
    try:
        return Store.open(path)
    except StoreError as exc:
        raise CliError(f"{path}: {exc}") from exc


class Progress:
    """A one-line progress bar on a terminal; silent when stderr is not a terminal or JSON is asked for."""

    def __init__(self, label: str, enabled: bool = True) -> None:
        self.label = label
        self.enabled = enabled and sys.stderr.isatty()

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r{self.label} [{bar}] {done}/{total} {message[:40]:<40}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
