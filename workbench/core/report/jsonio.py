"""The report as JSON: written (streamed, key-sorted, so the same report gives the same bytes) and read back.

A report saved with `--format json` can be rendered again later to any format (`load_report_json`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from workbench.core.report.options import SCHEMA_VERSION, ReportError

REQUIRED_KEYS = ("schema_version", "title", "analyst", "date", "summary", "groups", "claims", "references")

_JSON_STYLE: dict[str, Any] = {"ensure_ascii": False, "indent": 2, "sort_keys": True}


def dump_report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, **_JSON_STYLE) + "\n"


def stream_report_json(report: dict[str, Any], out: IO[bytes], chunk: int = 1 << 16) -> None:
    """Write the same bytes as `dump_report_json` piece by piece, never holding the whole text."""
    buffer: list[str] = []
    size = 0
    for piece in json.JSONEncoder(**_JSON_STYLE).iterencode(report):
        buffer.append(piece)
        size += len(piece)
        if size >= chunk:
            out.write("".join(buffer).encode("utf-8"))
            buffer, size = [], 0
    buffer.append("\n")
    out.write("".join(buffer).encode("utf-8"))


def load_report_json(source: str | bytes | Path) -> dict[str, Any]:
    """Read a report saved with --format json (a path, or the JSON text itself)."""
    if isinstance(source, Path):
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as exc:
            raise ReportError(f"{source}: {exc.strerror or exc}") from exc
    else:
        text = source.decode("utf-8") if isinstance(source, bytes) else source
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ReportError(f"not a report JSON file ({exc})") from exc
    if not isinstance(data, dict):
        raise ReportError("not a report JSON file (expected an object)")
    missing = [k for k in REQUIRED_KEYS if k not in data]
    if missing:
        raise ReportError(f"not a report JSON file (missing {', '.join(missing)})")
    version = data["schema_version"]
    if not isinstance(version, int) or version < 1:
        raise ReportError(f"bad schema_version {version!r}")
    if version > SCHEMA_VERSION:
        raise ReportError(f"report schema {version} is newer than this Claim Workbench ({SCHEMA_VERSION})")
    return data
