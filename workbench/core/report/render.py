"""A built report to bytes in a text format, and the one atomic file writer every export goes through.

PDF needs Qt, so it is not here: the shells hand a PDF renderer to `workbench.core.actions.export`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from workbench.core.report import formats as rf
from workbench.core.report.jsonio import dump_report_json, stream_report_json
from workbench.core.report.options import FORMATS, ReportError

#: The text formats and their renderers (report dict -> bytes).
TEXT_RENDERERS: dict[str, Callable[[dict[str, Any]], bytes]] = {
    "html": lambda r: rf.render_html(r).encode("utf-8"),
    "md": lambda r: rf.render_markdown(r).encode("utf-8"),
    "csv": rf.render_csv,
    "json": lambda r: dump_report_json(r).encode("utf-8"),
    "claimreview": lambda r: rf.render_claimreview(r).encode("utf-8"),
}


def render(report: dict[str, Any], fmt: str) -> bytes:
    """Render a report to bytes in one of the text formats (PDF: workbench.ui.export.pdf)."""
    if fmt == "pdf":
        raise ReportError("PDF is rendered by workbench.ui.export.pdf (it needs Qt)")
    if fmt not in TEXT_RENDERERS:
        raise ReportError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    return TEXT_RENDERERS[fmt](report)


def write_report(report: dict[str, Any], fmt: str, path: str | Path) -> Path:
    """Render a text format and write it atomically (JSON is streamed, not held whole)."""
    if fmt == "json":
        return write_atomically(path, lambda out: stream_report_json(report, out))
    data = render(report, fmt)
    return write_atomically(path, lambda out: out.write(data))


def check_writable(path: Path) -> None:
    """Refuse to replace a read-only file: the rename would succeed, silently defeating the protection."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ReportError(f"{path}: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(mode):
        raise ReportError(f"{path}: is a folder")
    if not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK):
        raise ReportError(f"{path}: the file is read-only; not replaced (choose another file or make it writable)")


def write_atomically(path: str | Path, write: Callable[[IO[bytes]], Any]) -> Path:
    """Call `write(file)` on a temp file next to `path`, then rename it over `path`.

    A crash or an error never leaves half a report, and a read-only target is refused.
    """
    path = Path(path)
    check_writable(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as out:
            write(out)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportError(f"{path}: {exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_bytes_atomically(path: str | Path, data: bytes) -> Path:
    """Write `data` through a temp file and a rename."""
    return write_atomically(path, lambda out: out.write(data))
