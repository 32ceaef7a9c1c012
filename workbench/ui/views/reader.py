"""The article reader: metadata on top, the plain text below, every claim highlighted.

The body is plain text and is only ever put into the document as plain text (never as HTML),
so nothing in an article is interpreted and no remote resource is ever loaded. Highlights are
extra selections over that text, coloured by status; clicking one selects the claim, and
selecting a claim elsewhere scrolls the reader to it and emphasises it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workbench.core.store import Change, ClaimFilter, StoreError
from workbench.core.vocab import CLAIM_KINDS, Status
from workbench.ui.context import ProjectContext
from workbench.ui.models.status_style import highlight_color, status_color, status_icon, status_label
from workbench.ui.views.reader_find import FindBar

READER_FONTS = ["Charter", "Georgia", "Source Serif Pro", "Noto Serif", "DejaVu Serif", "serif"]


class OffsetMap:
    """Python string offsets (code points) <-> QTextDocument positions (UTF-16 units)."""

    def __init__(self, text: str) -> None:
        self._prefix: list[int] | None = None
        if any(ord(c) > 0xFFFF for c in text):
            prefix, total = [0], 0
            for char in text:
                total += 2 if ord(char) > 0xFFFF else 1
                prefix.append(total)
            self._prefix = prefix

    def to_doc(self, offset: int) -> int:
        if self._prefix is None:
            return offset
        return self._prefix[max(0, min(offset, len(self._prefix) - 1))]

    def from_doc(self, position: int) -> int:
        if self._prefix is None:
            return position
        return max(0, bisect.bisect_right(self._prefix, position) - 1)


class ReaderText(QTextEdit):
    """Read-only, selectable article text that reports clicks and hovers on claim spans."""

    clicked = Signal(int)  # document position of a click without a selection
    hovered = Signal(int, QPoint)  # document position under the mouse, global point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.context_actions: list[QAction | None] = []
        self._press: QPoint | None = None

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002,N802 - Qt signature
        return None  # never load anything, local or remote

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        moved = self._press is not None and (event.position().toPoint() - self._press).manhattanLength() > 3
        if event.button() == Qt.MouseButton.LeftButton and not moved and not self.textCursor().hasSelection():
            self.clicked.emit(self.cursorForPosition(event.position().toPoint()).position())
        self._press = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not event.buttons():
            point = event.position().toPoint()
            self.hovered.emit(self.cursorForPosition(point).position(), self.viewport().mapToGlobal(point))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        if self.context_actions:
            menu.addSeparator()
        copy = menu.addAction("Copy")
        copy.setEnabled(self.textCursor().hasSelection())
        copy.triggered.connect(self.copy)
        menu.addAction("Select All", self.selectAll)
        menu.exec(event.globalPos())


class LegendChip(QWidget):
    """A colour swatch, a status name and a count: the legend, and the article's tally."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 10, 0)
        layout.setSpacing(4)
        swatch = QLabel(self)
        swatch.setPixmap(status_icon(status, 12).pixmap(12, 12))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(swatch)
        layout.addWidget(self.label)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.label.setText(f"{status_label(self.status)} {count}")
        self.setToolTip(f"{count} {status_label(self.status).lower()} claim{'s' if count != 1 else ''} in this article")


class ReaderPanel(QWidget):
    """Article header + highlighted text, bound to the project context."""

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReaderPanel")
        self.ctx = ctx
        self.article_id = -1
        self.article: dict[str, Any] | None = None
        self.claims: list[dict[str, Any]] = []
        self._offsets = OffsetMap("")
        self._show_all_kinds = False

        self.title = QLabel(self)
        self.title.setObjectName("ReaderTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.meta = QLabel(self)
        self.meta.setObjectName("ReaderMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url = QLabel(self)
        self.url.setObjectName("ReaderUrl")
        self.url.setTextFormat(Qt.TextFormat.PlainText)  # shown, never a link: nothing is fetched
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        muted = self.meta.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
        self.meta.setPalette(muted)
        self.url.setPalette(muted)

        self.legend = QWidget(self)
        legend_layout = QHBoxLayout(self.legend)
        legend_layout.setContentsMargins(0, 4, 0, 0)
        legend_layout.setSpacing(2)
        self.chips: dict[str, LegendChip] = {}
        for status in Status:
            chip = LegendChip(status.value, self.legend)
            self.chips[status.value] = chip
            legend_layout.addWidget(chip)
        legend_layout.addStretch(1)

        header = QWidget(self)
        header.setObjectName("ReaderHeader")
        header.setAutoFillBackground(True)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(18, 12, 18, 10)
        header_layout.setSpacing(3)
        header_layout.addWidget(self.title)
        header_layout.addWidget(self.meta)
        header_layout.addWidget(self.url)
        header_layout.addWidget(self.legend)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        self.text = ReaderText(self)
        self.text.setObjectName("ReaderText")
        self.text.setAccessibleName("Article text")
        doc_font = QFont()
        doc_font.setFamilies(READER_FONTS)
        doc_font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.15)
        self.text.document().setDefaultFont(doc_font)
        self._default_point_size = doc_font.pointSizeF()
        self.text.document().setDocumentMargin(18)
        self.text.clicked.connect(self._on_click)
        self.text.selectionChanged.connect(self._on_selection)
        self.text.hovered.connect(self._on_hover)

        self.find_bar = FindBar(self.text, self)
        self.find_bar.matchesChanged.connect(self._apply_highlights)
        for keys, direction in (("F3", 1), ("Shift+F3", -1)):
            step = QAction("Find Next" if direction > 0 else "Find Previous", self)
            step.setShortcut(QKeySequence(keys))
            step.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            step.triggered.connect(lambda _=False, d=direction: self.find_bar.step(d))
            self.addAction(step)

        self.placeholder = QLabel("Select an article to read it here.", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setPalette(muted)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(rule)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.placeholder, 1)
        self._header = header
        self._show_placeholder(True)

        ctx.articleSelected.connect(self.show_article)
        ctx.claimSelected.connect(self.show_claim)
        ctx.changed.connect(self._on_changes)
        if ctx.current_article_id >= 0:
            self.show_article(ctx.current_article_id)

    # -- public ---------------------------------------------------------------------------

    def show_article(self, article_id: int) -> None:
        if article_id < 0:
            self.article_id, self.article, self.claims = -1, None, []
            self._show_placeholder(True)
            return
        try:
            article = self.ctx.store.article(article_id)
        except StoreError:
            self.show_article(-1)
            return
        self.article_id, self.article = article_id, article
        self._show_placeholder(False)
        self._fill_header(article)
        body = article["text"].replace("\r", " ").replace("\u2029", "\n").replace("\u2028", " ")
        self._offsets = OffsetMap(body)
        doc = self.text.document()
        doc.setPlainText(body)
        doc_font_size = doc.defaultFont().pointSizeF()
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(6)
        cursor.mergeBlockFormat(block)
        # Blank lines between paragraphs become a small gap: a tiny font for the empty block (its
        # height comes from its char format), so clicks still hit-test where the text is drawn.
        gap_block = QTextBlockFormat()
        gap_block.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        gap_block.setBottomMargin(0)
        gap_char = QTextCharFormat()
        gap_char.setFontPointSize(max(3.0, doc_font_size * 0.45))
        block_iter = doc.begin()
        while block_iter.isValid():
            if not block_iter.text().strip():
                gap_cursor = QTextCursor(block_iter)
                gap_cursor.mergeBlockFormat(gap_block)
                gap_cursor.setBlockCharFormat(gap_char)
            block_iter = block_iter.next()
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        if not self.find_bar.isHidden():
            self.find_bar.search(keep_position=False)  # the open find bar searches the new article
        self._load_claims()
        if self.ctx.current_claim_id >= 0:
            self.show_claim(self.ctx.current_claim_id)

    def show_claim(self, claim_id: int) -> None:
        """Emphasise a claim of this article and scroll it into view (middle third)."""
        self._apply_highlights()
        claim = self._claim(claim_id)
        if claim is None:
            return
        bar = self.text.verticalScrollBar()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets.to_doc(claim["start"]))
        rect = self.text.cursorRect(cursor)
        viewport_height = self.text.viewport().height()
        if rect.top() < viewport_height * 0.15 or rect.bottom() > viewport_height * 0.8:
            bar.setValue(bar.value() + rect.top() - viewport_height // 3)

    def selected_span(self) -> tuple[int, int] | None:
        """The text selection as article offsets, trimmed of surrounding white space."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or self.article is None:
            return None
        start = self._offsets.from_doc(cursor.selectionStart())
        end = self._offsets.from_doc(cursor.selectionEnd())
        body = self.article["text"]
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def cursor_offset(self) -> int | None:
        if self.article is None:
            return None
        return self._offsets.from_doc(self.text.textCursor().position())

    def claim_at(self, offset: int) -> dict[str, Any] | None:
        """The claim covering an offset (the shortest when spans overlap; the current one first)."""
        hits = [c for c in self.claims if c["start"] <= offset < c["end"]]
        if not hits:
            return None
        for claim in hits:
            if claim["id"] == self.ctx.current_claim_id:
                return claim
        return min(hits, key=lambda c: c["end"] - c["start"])

    def set_point_size(self, size: float) -> None:
        font = self.text.document().defaultFont()
        font.setPointSizeF(max(7.0, min(32.0, size)))
        self.text.document().setDefaultFont(font)
        if self.article_id >= 0:
            bar = self.text.verticalScrollBar()
            ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
            self.show_article(self.article_id)  # re-applies the gap formats at the new size
            bar.setValue(round(ratio * bar.maximum()))

    def zoom(self, step: int) -> float:
        """Larger (+1), smaller (-1) or default (0) article text; returns the new point size."""
        size = self.text.document().defaultFont().pointSizeF()
        size = self._default_point_size if step == 0 else size * (1.1 if step > 0 else 1 / 1.1)
        self.set_point_size(size)
        return self.text.document().defaultFont().pointSizeF()

    def set_show_all_kinds(self, show: bool) -> None:
        """Also mark headlines, opinion and boilerplate (dotted grey, no fill)."""
        self._show_all_kinds = show
        if self.article_id >= 0:
            self._load_claims()

    def open_find(self) -> None:
        """Show the find bar (with the selected words, if a few are selected) and focus it."""
        if self.article is None:
            return
        selected = self.text.textCursor().selectedText().strip()
        self.find_bar.open(selected if selected and len(selected) <= 80 and "\u2029" not in selected else None)

    def set_context_actions(self, actions: Sequence[QAction | None]) -> None:
        self.text.context_actions = list(actions)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.claims:
            self._apply_highlights()  # highlight strength depends on a light or dark base

    # -- internals ------------------------------------------------------------------------

    def _show_placeholder(self, show: bool) -> None:
        self.placeholder.setVisible(show)
        self.text.setVisible(not show)
        self._header.setVisible(not show)

    def _fill_header(self, article: dict[str, Any]) -> None:
        self.title.setText(" ".join((article.get("title") or article.get("file") or "(untitled)").split()))
        parts = [article.get("outlet"), article.get("author") and f"by {article['author']}", article.get("published")]
        meta = "  ·  ".join(p for p in parts if p)
        if not meta:
            meta = "No outlet, author or date known"
        self.meta.setText(meta)
        self.url.setText(article.get("url") or (f"Imported from {article['file']}" if article.get("file") else ""))
        self.url.setVisible(bool(self.url.text()))

    def _load_claims(self) -> None:
        if self.article_id < 0:
            self.claims = []
        else:
            kinds = None if self._show_all_kinds else ClaimFilter().kinds
            self.claims = self.ctx.store.claims(ClaimFilter(article_id=self.article_id, kinds=kinds), sort="position")
        self.claims.sort(key=lambda c: (c["start"], c["end"]))
        counts = {s.value: 0 for s in Status}
        for claim in self.claims:  # as the claims table lists them: derived cores are not counted
            if claim["kind"] in CLAIM_KINDS and claim.get("derived_from") is None:
                counts[claim["status"]] = counts.get(claim["status"], 0) + 1
        for status, chip in self.chips.items():
            chip.set_count(counts.get(status, 0))
        self._apply_highlights()

    def _claim(self, claim_id: int) -> dict[str, Any] | None:
        for claim in self.claims:
            if claim["id"] == claim_id:
                return claim
        return None

    def _apply_highlights(self) -> None:
        palette = self.palette()  # the panel's: children hear of a palette change after it
        selections = []
        current = None
        doc = self.text.document()
        for claim in self.claims:
            if claim["id"] == self.ctx.current_claim_id:
                current = claim
                continue
            selections.append(self._selection(doc, claim, highlight_color(claim["status"], palette), False))
        if current is not None:
            selections.append(self._selection(doc, current, highlight_color(current["status"], palette, strong=True), True))
        selections += self.find_bar.selections(palette)
        self.text.setExtraSelections(selections)

    def _selection(self, doc: QTextDocument, claim: dict[str, Any], background: QColor, current: bool) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(doc)
        cursor.setPosition(self._offsets.to_doc(claim["start"]))
        cursor.setPosition(self._offsets.to_doc(claim["end"]), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        if claim["kind"] not in CLAIM_KINDS and not current:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(128, 128, 128))
        else:
            fmt.setBackground(background)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            underline = status_color(claim["status"], self.palette()).darker(110 if current else 100)
            if claim["status"] == Status.UNVERIFIED.value and not current:
                underline.setAlpha(150)  # untouched claims stay quiet; tagged ones stand out
            fmt.setUnderlineColor(underline)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = fmt  # type: ignore[attr-defined]
        return selection

    def _on_click(self, position: int) -> None:
        claim = self.claim_at(self._offsets.from_doc(position))
        if claim is not None:
            self.ctx.select_claim(claim["id"])

    def _on_selection(self) -> None:
        if self.selected_span() is not None:
            hint = "C makes the selection a new claim"
            if self.ctx.current_claim_id >= 0:
                hint += "  ·  Ctrl+Shift+R makes it the current claim's span"
            self.ctx.message.emit(hint)

    def _on_hover(self, position: int, global_point: QPoint) -> None:
        claim = self.claim_at(self._offsets.from_doc(position))
        viewport = self.text.viewport()
        if claim is None:
            viewport.setCursor(Qt.CursorShape.IBeamCursor)
            QToolTip.hideText()
            return
        viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        label = status_label(claim["status"]) if claim["kind"] in CLAIM_KINDS else f"Not a claim ({claim['kind']})"
        tip = f"{label}: {' '.join(claim['text'].split())}"
        if claim.get("speaker"):
            tip += f"\n— {claim['speaker']}"
        QToolTip.showText(global_point, tip, viewport)

    def _on_changes(self, changes: list[Change]) -> None:
        if self.article_id < 0:
            return
        full = header = claims = False
        mine = {c["id"] for c in self.claims}
        for change in changes:
            if change.entity == "project":
                full = True
            elif change.entity == "article":
                if change.kind == "update":
                    header = header or not change.ids or self.article_id in change.ids
                elif change.kind != "insert":
                    claims = True  # a delete or reload: check the article is still there
            elif change.entity == "claim":
                if change.kind == "update" and change.ids and not (set(change.ids) & mine):
                    continue
                claims = True
        if not (full or header or claims):
            return
        try:
            article = self.ctx.store.article(self.article_id)
        except StoreError:
            self.show_article(-1)
            return
        if full:
            self.show_article(self.article_id)
            return
        if header:
            self.article = article
            self._fill_header(article)
        if claims:
            self._load_claims()
