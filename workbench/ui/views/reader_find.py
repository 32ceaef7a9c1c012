"""Find in article: a find bar over the reader that highlights every match of the words typed,
and steps through them with Enter / F3 (Shift+Enter / Shift+F3 go back).

Matching is case-insensitive and runs on the QTextDocument itself (document positions, so
astral characters need no offset mapping). The reader draws the matches above its claim
highlights; the current match becomes the text selection, so C turns a found phrase into a claim.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

MAX_MATCHES = 5000


class _FindEdit(QLineEdit):
    """Enter finds the next match, Shift+Enter the previous one; Esc closes the bar."""

    step = Signal(int)
    escape = Signal()

    def event(self, event: QEvent) -> bool:
        # Esc is the window's "focus claims table" shortcut; here it closes the find bar first.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Search the reader's text; `matches` are (start, end) document positions."""

    matchesChanged = Signal()

    def __init__(self, text: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReaderFindBar")
        self.text = text
        self.matches: list[tuple[int, int]] = []
        self.current = -1

        self.edit = _FindEdit(self)
        self.edit.setObjectName("ReaderFindEdit")
        self.edit.setPlaceholderText("Find in article")
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName("Find in article")
        self.edit.textChanged.connect(lambda _t: self.search(keep_position=False))
        self.edit.step.connect(self.step)
        self.edit.escape.connect(self.close_bar)
        self.count = QLabel(self)
        self.count.setObjectName("ReaderFindCount")
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("999 of 999") + 8)
        previous = self._button("↑", "Previous match (Shift+F3)", lambda: self.step(-1))
        following = self._button("↓", "Next match (F3 or Enter)", lambda: self.step(1))
        close = self._button("✕", "Close (Esc)", self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 4, 12, 4)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)

        self.hide()

    def _button(self, glyph: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(glyph)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    # -- public ---------------------------------------------------------------------------

    def open(self, term: str | None = None) -> None:
        if term:
            self.edit.setText(term)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.matches and self.current < 0:
            self.step(1)

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        self._update_count()
        self.matchesChanged.emit()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def term(self) -> str:
        return self.edit.text().strip()

    def search(self, *, keep_position: bool = True) -> None:
        """Find every match in the document; without keep_position, jump to the first one after the cursor."""
        term = self.term()
        doc = self.text.document()
        self.matches, self.current = [], -1
        if term and not self.isHidden():
            cursor = QTextCursor(doc)
            while len(self.matches) < MAX_MATCHES:
                cursor = doc.find(term, cursor)  # case-insensitive without FindCaseSensitively
                if cursor.isNull():
                    break
                self.matches.append((cursor.selectionStart(), cursor.selectionEnd()))
        if self.matches and not keep_position:
            here = self.text.textCursor().selectionStart()
            self.current = next((i for i, (s, _e) in enumerate(self.matches) if s >= here), 0)
            self._select_current()
        self._update_count()
        self.matchesChanged.emit()

    def step(self, direction: int) -> None:
        """The next (1) or previous (-1) match, wrapping round at the ends."""
        if self.isHidden():
            self.open()
            return
        if not self.matches:
            self.search(keep_position=False)
            return
        self.current = (self.current + direction) % len(self.matches) if self.current >= 0 else 0
        self._select_current()
        self._update_count()
        self.matchesChanged.emit()

    def selections(self, palette: QPalette) -> list[QTextEdit.ExtraSelection]:
        """Every match in a find colour, the current one stronger (drawn above claim highlights)."""
        doc = self.text.document()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        colour = QColor(255, 200, 0, 110 if dark else 150)
        strong = QColor(255, 150, 0, 190 if dark else 220)
        result = []
        for index, (start, end) in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(strong if index == self.current else colour)
            if dark:
                fmt.setForeground(QColor(0, 0, 0))
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            result.append(selection)
        return result

    # -- internals ------------------------------------------------------------------------

    def _select_current(self) -> None:
        if not 0 <= self.current < len(self.matches):
            return
        start, end = self.matches[self.current]
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def _update_count(self) -> None:
        if not self.term():
            self.count.setText("")
        elif not self.matches:
            self.count.setText("No matches")
        else:
            shown = self.current + 1 if self.current >= 0 else 0
            self.count.setText(f"{shown} of {len(self.matches)}")
        self.edit.setProperty("notFound", bool(self.term()) and not self.matches)

