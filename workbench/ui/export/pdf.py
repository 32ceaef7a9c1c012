"""The report as a PDF with real, selectable text: the report's HTML laid out by QTextDocument
and painted page by page onto a QPdfWriter, with a running header and "Page n of N" footer.

Usable from the CLI without a display: when no QGuiApplication exists one is created, with
QT_QPA_PLATFORM defaulting to "offscreen" when there is no DISPLAY / WAYLAND_DISPLAY.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from workbench.core.report.formats import render_html
from workbench.core.report.options import DEFAULT_TITLE, ReportError
from workbench.core.report.render import write_bytes_atomically

_APP: Any = None  # the QGuiApplication this module created, kept alive for the process

# Qt writes the embedded fonts in QHash order; with a fixed hash seed (Qt accepts only 0) the same
# report gives the same PDF bytes. Effective when Qt was not loaded before this module (the CLI).
os.environ.setdefault("QT_HASH_SEED", "0")


class PdfExportError(ReportError):
    """The PDF could not be written; the message is for users."""


def ensure_gui_app() -> Any:
    """Return the running QGuiApplication, creating an offscreen one when needed."""
    global _APP
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise PdfExportError("PDF export needs a QGuiApplication, but a QCoreApplication is running")
        return app
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (a QGuiApplication that can also host widgets), so that a later window or
    # test in the same process can still use widgets.
    argv = [sys.argv[0] if sys.argv else "workbench"]
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:  # pragma: no cover - PySide6-Essentials ships QtWidgets
        _APP = QGuiApplication(argv)
    else:
        _APP = QApplication(argv)
    return _APP


def pdf_bytes(report: dict[str, Any]) -> bytes:
    """Render the report to PDF in memory; the same report gives the same bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _paint(report, buffer)
    buffer.close()
    return _pin_dates(bytes(data.data()), report.get("generated_at"))


def _document_id(report: dict[str, Any]) -> Any:
    """A UUID derived from the report's content, so the PDF's /ID does not change from run to run."""
    import json
    import uuid

    from PySide6.QtCore import QUuid

    digest = json.dumps(report, sort_keys=True, ensure_ascii=False, default=str)
    return QUuid(str(uuid.uuid5(uuid.NAMESPACE_URL, "claim-workbench-report:" + digest)))


def _pin_dates(data: bytes, generated_at: Any) -> bytes:
    """Replace the wall-clock dates Qt writes (Info dict, XMP) by the report's generated-at stamp.

    Only same-length replacements are made, so the cross-reference offsets stay valid.
    """
    import re
    from datetime import UTC, datetime

    try:
        stamp = datetime.fromisoformat(str(generated_at))
    except (TypeError, ValueError):
        return data
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    stamp = stamp.astimezone(UTC)
    info = stamp.strftime("D:%Y%m%d%H%M%SZ").encode()
    xmp = stamp.strftime("%Y-%m-%dT%H:%M:%S+00:00").encode()

    def info_date(m: re.Match[bytes]) -> bytes:
        return m[1] + info + b")" if len(m[2]) == len(info) else m[0]

    def xmp_date(m: re.Match[bytes]) -> bytes:
        return m[1] + xmp + b'"' if len(m[2]) == len(xmp) else m[0]

    data = re.sub(rb"(/(?:CreationDate|ModDate) \()(D:[^)]*)\)", info_date, data)
    return re.sub(rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")([^"]*)"', xmp_date, data)


def render_pdf(report: dict[str, Any]) -> bytes:
    """The PDF renderer the shells hand to workbench.core.actions.export (report -> PDF bytes)."""
    data = pdf_bytes(report)
    if not data.startswith(b"%PDF"):
        raise PdfExportError("Qt produced no PDF")
    return data


def write_pdf(report: dict[str, Any], path: str | Path) -> Path:
    """Write the report as a PDF file (atomically: temp file + rename)."""
    path = Path(path)
    data = pdf_bytes(report)
    if not data.startswith(b"%PDF"):
        raise PdfExportError(f"{path}: Qt produced no PDF")
    try:
        return write_bytes_atomically(path, data)
    except PdfExportError:
        raise
    except ReportError as exc:
        raise PdfExportError(str(exc)) from exc


def _paint(report: dict[str, Any], device: Any) -> None:
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QPen,
        QTextDocument,
    )

    writer = QPdfWriter(device)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(str(report.get("title") or DEFAULT_TITLE))
    writer.setCreator(str(report.get("generator") or "Claim Workbench"))
    writer.setDocumentId(_document_id(report))

    dpi = writer.resolution()
    page = writer.pageLayout().paintRectPixels(dpi)
    width, height = float(page.width()), float(page.height())
    band = dpi * 0.30  # header and footer bands, 0.3 inch each
    gap = dpi * 0.08

    body_h = height - 2 * band - 2 * gap

    def layout(html: str) -> Any:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        base = QFont("DejaVu Sans")
        base.setPointSizeF(9.5)
        doc.setDefaultFont(base)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setPageSize(QRectF(0, 0, width, body_h).size())
        return doc

    # A big report is laid out a slice of claims at a time (each slice starts a page), so memory
    # stays bounded: pages are counted slice by slice first ("Page n of N"), then painted.
    parts = _slices(render_html(report, variant="qt"), len(report.get("claims") or []))
    if len(parts) == 1:
        docs: list[Any] = [layout(parts[0])]
        counts = [max(1, docs[0].pageCount())]
    else:
        docs = []
        counts = []
        for part in parts:
            doc = layout(part)
            counts.append(max(1, doc.pageCount()))
            del doc
    pages = sum(counts)

    small = QFont("DejaVu Sans")
    small.setPointSizeF(7.5)
    grey = QColor("#5b616b")
    title = str(report.get("title") or DEFAULT_TITLE)
    right = " · ".join(x for x in (report.get("organisation"), report.get("analyst"), report.get("date")) if x)
    left_footer = str(report.get("generator") or "")

    painter = QPainter()
    if not painter.begin(writer):
        raise PdfExportError("could not start painting the PDF")
    try:
        index = 0
        for number, part in enumerate(parts):
            doc = docs[number] if docs else layout(part)
            for local in range(counts[number]):
                if index:
                    writer.newPage()
                painter.setFont(small)
                painter.setPen(QPen(grey))
                head = QRectF(0, 0, width, band)
                painter.drawText(head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
                painter.drawText(head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
                painter.setPen(QPen(QColor("#d9dce1"), max(1.0, dpi / 150)))
                painter.drawLine(QPointF(0, band), QPointF(width, band))

                painter.save()
                top = band + gap
                painter.translate(0, top - local * body_h)
                doc.drawContents(painter, QRectF(0, local * body_h, width, body_h))
                painter.restore()

                foot_top = height - band
                painter.setPen(QPen(QColor("#d9dce1"), max(1.0, dpi / 150)))
                painter.drawLine(QPointF(0, foot_top), QPointF(width, foot_top))
                painter.setPen(QPen(grey))
                foot = QRectF(0, foot_top, width, band)
                painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left_footer)
                painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 f"Page {index + 1} of {pages}")
                index += 1
            del doc
    finally:
        painter.end()


#: reports with more claims than this are laid out in slices of SLICE_CLAIMS claims
LARGE_REPORT_CLAIMS = 1000
SLICE_CLAIMS = 250
CLAIM_MARK = "<!-- claim -->"  # written before each claim by the qt variant of report.html.j2


def _slices(html: str, claims: int) -> list[str]:
    """The report's HTML as one document, or, for a big report, as documents of SLICE_CLAIMS claims each
    (every slice gets the <head> with the style sheet; the first also the title page part)."""
    if claims <= LARGE_REPORT_CLAIMS or CLAIM_MARK not in html:
        return [html]
    cut = html.find("<body>")
    head = html[:cut + len("<body>")] if cut >= 0 else ""
    pieces = html.split(CLAIM_MARK)
    first, claim_parts = pieces[0], pieces[1:]
    out = []
    for start in range(0, len(claim_parts), SLICE_CLAIMS):
        body = "".join(claim_parts[start:start + SLICE_CLAIMS])
        out.append((first if start == 0 else head) + body + ("" if start + SLICE_CLAIMS >= len(claim_parts)
                                                              else "</body></html>"))
    return out

