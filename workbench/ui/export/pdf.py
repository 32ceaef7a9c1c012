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
    outline = _paint(report, buffer)
    buffer.close()
    return _pin_dates(add_outline(bytes(data.data()), outline), report.get("generated_at"))


def _pdf_text(text: str) -> bytes:
    """A PDF text string in UTF-16BE (any script), as a hex string."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def add_outline(data: bytes, outline: list[tuple[str, int]]) -> bytes:
    """Append bookmarks (title, page index) to Qt's PDF as an incremental update.

    QPdfWriter has no outline API; an incremental update adds the outline objects and a new
    catalog pointing at them, leaving every byte Qt wrote as it was. Returns `data` unchanged
    when there is nothing to add or the file is not laid out as Qt writes it.
    """
    import re

    if not outline:
        return data
    trailer = data.rfind(b"trailer")
    kids = re.search(rb"/Type /Pages\s*/Kids\s*\[([^\]]*)\]", data)
    start = re.search(rb"startxref\s+(\d+)", data[trailer:]) if trailer >= 0 else None
    if trailer < 0 or kids is None or start is None:
        return data
    tail = data[trailer:]
    size = re.search(rb"/Size (\d+)", tail)
    root = re.search(rb"/Root (\d+) 0 R", tail)
    if size is None or root is None:
        return data
    catalog_no = int(root[1])
    catalog = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % catalog_no, data, re.S)
    if catalog is None:
        return data
    pages = re.findall(rb"(\d+) 0 R", kids[1])
    first = int(size[1])
    items = [(title, int(pages[min(page, len(pages) - 1)])) for title, page in outline]
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets: dict[int, int] = {}
    root_no = first
    offsets[root_no] = len(out)
    out += b"%d 0 obj\n<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>\nendobj\n" % (
        root_no, first + 1, first + len(items), len(items))
    for k, (title, page_obj) in enumerate(items):
        number = first + 1 + k
        offsets[number] = len(out)
        links = b""
        if k > 0:
            links += b" /Prev %d 0 R" % (number - 1)
        if k < len(items) - 1:
            links += b" /Next %d 0 R" % (number + 1)
        out += b"%d 0 obj\n<< /Title %s /Parent %d 0 R%s /Dest [%d 0 R /Fit] >>\nendobj\n" % (
            number, _pdf_text(title), root_no, links, page_obj)
    body = re.sub(rb"/(Outlines|PageMode) [^/>]*", b"", catalog[1]).strip()
    offsets[catalog_no] = len(out)
    out += b"%d 0 obj\n<<\n%s\n/Outlines %d 0 R\n/PageMode /UseOutlines\n>>\nendobj\n" % (catalog_no, body, root_no)
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    out += b"%d 1\n%010d 00000 n \n" % (catalog_no, offsets[catalog_no])
    out += b"%d %d\n" % (first, len(items) + 1)
    for number in range(first, first + len(items) + 1):
        out += b"%010d 00000 n \n" % offsets[number]
    extra = b""
    for key in (rb"/Info \d+ 0 R", rb"/ID \[[^\]]*\]"):
        found = re.search(key, tail)
        if found:
            extra += b"\n" + found[0]
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R%s\n/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        first + len(items) + 1, catalog_no, extra, int(start[1]), xref)
    return bytes(out)


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


#: How far (device pixels, 300 dpi) laid-out lines may overlap their neighbours; page cuts allow for it.
_OVERLAP = 3.0
#: Lines are asked for this far inside a page's slice (less than any line's height, 1.3 mm).
_LINE_INSET = 15.0


def _no_ligatures(font: Any) -> Any:
    """Glyphs one per character: a ligature glyph ("fi") would make the PDF's text unsearchable."""
    from PySide6.QtGui import QFont

    for tag in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag.fromString(tag), 0)
    return font


def _page_slices(doc: Any, body_h: float) -> tuple[list[tuple[float, float]], list[tuple[int, str, float]]]:
    """Where each page of the laid-out document starts and ends, and the section headings.

    A page ends only between lines (never through one, so no line is painted on two pages);
    a card (a top-level table) that would cross the page end moves whole to the next page
    unless it is taller than a page; a heading never ends a page. Returns the slices
    [(top, bottom)] and the headings [(level, text, y)].
    """
    layout = doc.documentLayout()
    lines: list[tuple[float, float, bool]] = []  # (top, bottom, first line of its block)
    headings: list[tuple[int, str, float, float]] = []
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            top = rect.top() + line.y()
            lines.append((top, top + line.height(), i == 0))
        level = block.blockFormat().headingLevel()
        if level and block.text().strip():
            headings.append((level, block.text().strip(), rect.top(), rect.bottom()))
        block = block.next()
    # Clean break positions, where no line is cut. Qt also paints the line just above a clip
    # inside a block (hidden, but its text lands in the PDF twice), so page ends fall between
    # blocks; inside a block only when the block alone is longer than the page.
    lines.sort()
    between_blocks: list[float] = []
    inside_blocks: list[float] = []
    end = -1.0
    for top, bottom, first in lines:
        if top >= end - _OVERLAP:
            (between_blocks if first else inside_blocks).append(top)
        end = max(end, bottom)

    def last_break(start: float, limit: float) -> float:
        best = max((b for b in between_blocks if start < b <= limit), default=None)
        if best is None:
            best = max((b for b in inside_blocks if start < b <= limit), default=limit)
        return best

    cards = []
    for frame in doc.rootFrame().childFrames():
        r = layout.frameBoundingRect(frame)
        cards.append((r.top(), r.bottom()))
    total = doc.documentLayout().documentSize().height()
    slices: list[tuple[float, float]] = []
    start = 0.0
    while start < total - 0.5:
        limit = start + body_h
        if limit >= total:
            slices.append((start, total))
            break
        cut = last_break(start, limit)
        for top, bottom in cards:
            if top < cut < bottom and bottom - top <= body_h and top > start:
                cut = min(cut, last_break(start, top))
        for _level, _text, top, bottom in headings:
            if top > start and bottom <= cut and cut - bottom < body_h * 0.12:
                cut = min(cut, last_break(start, top))
        slices.append((start, cut))
        start = cut
    return slices or [(0.0, body_h)], [(level, text, top) for level, text, top, _bottom in headings]


def _paint(report: dict[str, Any], device: Any) -> list[tuple[str, int]]:
    """Paint the report onto a QPdfWriter on `device`; returns the bookmarks (title, page index)."""
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
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
    writer.setAuthor(", ".join(str(x) for x in (report.get("analyst"), report.get("organisation")) if x))
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
        base = _no_ligatures(QFont("DejaVu Sans"))
        base.setPointSizeF(9.5)
        doc.setDefaultFont(base)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        # One tall page: pages are cut by `_page_slices` between blocks, keeping cards whole.
        doc.setPageSize(QRectF(0, 0, width, 1e9).size())
        return doc

    # A big report is laid out a slice of claims at a time (each slice starts a page), so memory
    # stays bounded: pages are planned slice by slice first ("Page n of N"), then painted.
    cards = report["facts"] if "facts" in report else report.get("claims")  # the cards the HTML holds
    parts = _slices(render_html(report, variant="qt"), len(cards or []))
    docs: list[Any] = []
    plans = []
    for part in parts:
        doc = layout(part)
        plans.append(_page_slices(doc, body_h))
        if len(parts) == 1:
            docs.append(doc)
        del doc
    pages = sum(len(slices) for slices, _headings in plans)

    small = _no_ligatures(QFont("DejaVu Sans"))
    small.setPointSizeF(7.5)
    grey = QColor("#5b616b")
    title = str(report.get("title") or DEFAULT_TITLE)
    right = " · ".join(x for x in (report.get("organisation"), report.get("analyst"), report.get("date")) if x)
    left_footer = str(report.get("generator") or "")

    outline: list[tuple[str, int]] = []
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfExportError("could not start painting the PDF")
    try:
        index = 0
        for number, part in enumerate(parts):
            doc = docs[number] if docs else layout(part)
            slices, headings = plans[number]
            outline += [
                (text, index + next((k for k, (top, bottom) in enumerate(slices) if top <= y < bottom), 0))
                for level, text, y in headings if level <= 2
            ]
            for y0, y1 in slices:
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
                painter.translate(0, band + gap - y0)
                # Paint clipped to the slice, but ask Qt only for lines well inside it: a line is painted
                # on one page only, so its text is not in the PDF twice (once hidden by the clip).
                painter.setClipRect(QRectF(0, y0, width, y1 - y0))
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = QRectF(0, y0 + _LINE_INSET, width, max(1.0, y1 - y0 - 2 * _LINE_INSET))
                doc.documentLayout().draw(painter, context)
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
    return outline


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

