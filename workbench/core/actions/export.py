"""Export the report: validate the options, build the report, write the file atomically. One function
for the CLI, the export dialog and anything else that writes a report.

PDF needs Qt, which the core never imports: a shell that can paint PDFs registers a renderer
(`register_renderer("pdf", fn)`, fn(report) -> bytes) or passes one in `renderers`; the branch
"which renderer for which format" is written only here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from workbench.core.actions.importing import CancelFn, ProgressFn
from workbench.core.report.build import build_report
from workbench.core.report.jsonio import stream_report_json
from workbench.core.report.options import (
    FORMATS,
    ReportCancelled,
    ReportError,
    ReportOptions,
    validate_options,
)
from workbench.core.report.render import TEXT_RENDERERS, check_writable, write_atomically
from workbench.core.store import Store

Renderer = Callable[[dict[str, Any]], bytes]

#: renderers the shells add for formats the core cannot draw itself (PDF)
_REGISTERED: dict[str, Renderer] = {}
#: formats that list every claim, also in a report per fact (the others render only what they show)
CLAIM_FORMATS = ("json", "csv")


def register_renderer(fmt: str, renderer: Renderer) -> None:
    """Make `fmt` (for example "pdf") exportable; fn(report) -> the file's bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    _REGISTERED[fmt] = renderer


@dataclass
class ExportResult:
    path: Path | None  # None when written to a stream (standard output)
    format: str
    claims: int
    rated: int
    articles: int  # articles cited
    bytes: int
    facts: int | None = None  # entries of a report per fact (None: a report per claim)

    def as_dict(self) -> dict[str, Any]:
        out = {"file": str(self.path), "format": self.format, "claims": self.claims, "rated": self.rated,
               "articles": self.articles, "bytes": self.bytes}
        if self.facts is not None:
            out["facts"] = self.facts
        return out


def guess_format(output: str | Path) -> str:
    """The format a file name asks for (its extension), html when it says nothing."""
    suffix = Path(output).suffix.lower()
    for fmt, ext in FORMATS.items():
        if suffix == ext:
            return fmt
    return {".markdown": "md", ".htm": "html", ".jsonld": "claimreview"}.get(suffix, "html")


def _renderer(fmt: str, renderers: Mapping[str, Renderer] | None) -> Renderer | None:
    """None for JSON (streamed); else the renderer, or a clear error when no shell gave one."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    if fmt == "json":
        return None
    found = (renderers or {}).get(fmt) or _REGISTERED.get(fmt) or TEXT_RENDERERS.get(fmt)
    if found is None:
        raise ReportError(f"{fmt.upper()} export is not available here (it needs the Qt renderer)")
    return found


def export_report(
    store: Store, options: ReportOptions, fmt: str, output: str | Path | IO[bytes], *,
    renderers: Mapping[str, Renderer] | None = None,
    progress: ProgressFn | None = None, cancel: CancelFn | None = None,
) -> ExportResult:
    """Build the report of `store` and write it to `output` (a path: atomically; or a binary stream).

    Raises ReportError (one line for the user) on bad options, an unknown format, a read-only
    target or a failed write; ReportCancelled when `cancel()` said so. Nothing is written then.
    """
    validate_options(options)
    renderer = _renderer(fmt, renderers)
    path = None if hasattr(output, "write") else Path(output)  # type: ignore[arg-type]
    if path is not None:
        check_writable(path)  # before the work, not after it
    if fmt in CLAIM_FORMATS and options.claim_entries is None:
        options = replace(options, claim_entries=True)
    report = build_report(store, options, progress=progress, cancel=cancel)

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise ReportCancelled()

    check_cancel()
    if progress is not None:
        progress(0, 0, f"writing {fmt.upper()}")
    data = None if renderer is None else renderer(report)
    check_cancel()

    def write(out: IO[bytes]) -> None:
        if data is None:
            stream_report_json(report, out)
            check_cancel()  # before the rename: a cancelled export leaves no file
        else:
            out.write(data)

    if path is None:
        stream: IO[bytes] = output  # type: ignore[assignment]
        counter = _Counter(stream)
        write(counter)  # type: ignore[arg-type]
        size = counter.size
    else:
        write_atomically(path, write)
        size = path.stat().st_size
    summary = report["summary"]
    if "facts" in report:  # a report per fact cites the articles its facts appeared in
        return ExportResult(path=path, format=fmt, claims=summary["claims"], rated=summary["rated"],
                            articles=len({a for f in report["facts"] for a in f["articles"]}), bytes=size,
                            facts=len(report["facts"]))
    return ExportResult(path=path, format=fmt, claims=summary["claims"], rated=summary["rated"],
                        articles=len(report["references"]), bytes=size)


class _Counter:
    """A write-through wrapper that counts bytes (for a stream whose size cannot be stat'ed)."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        self.out.write(data)
        return len(data)
