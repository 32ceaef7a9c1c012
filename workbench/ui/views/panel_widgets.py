"""Small building blocks shared by the inspector and the similar-claims panel."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto new lines (chips, badges)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def clear(self) -> None:
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.invalidate()

    def _do_layout(self, rect: QRect, *, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x + width > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def chip_style(color: QColor | str, palette: QPalette, *, strong: bool = False) -> str:
    """A rounded, tinted badge readable on light and dark palettes."""
    c = QColor(color)
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    bg = QColor(c)
    bg.setAlpha(110 if strong else (70 if dark else 38))
    border = QColor(c)
    border.setAlpha(200 if dark else 160)
    text = palette.color(QPalette.ColorRole.Text)
    return (
        f"QLabel {{ background: rgba({bg.red()},{bg.green()},{bg.blue()},{bg.alpha()});"
        f" border: 1px solid rgba({border.red()},{border.green()},{border.blue()},{border.alpha()});"
        f" border-radius: 8px; padding: 1px 7px; color: {text.name()}; }}"
    )


class Chip(QLabel):
    """A small tinted label: a status, a figure, a date, 'hedged'."""

    def __init__(self, text: str, color: QColor | str = "#888888", parent: QWidget | None = None,
                 tooltip: str = "", strong: bool = False) -> None:
        super().__init__(text, parent)
        self._color = QColor(color)
        self._strong = strong
        self.setToolTip(tooltip)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._restyle()

    def set_color(self, color: QColor | str) -> None:
        self._color = QColor(color)
        self._restyle()

    def _restyle(self) -> None:
        self.setStyleSheet(chip_style(self._color, self.palette(), strong=self._strong))


class SectionHeader(QWidget):
    """A section title with a thin rule, lighter than a QGroupBox frame."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 2)
        layout.setSpacing(8)
        self.label = QLabel(title, self)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.label)
        layout.addWidget(line, 1)
        self.trailing = layout  # callers may append small buttons

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLabel
        self.label.setText(text)


def muted_color(palette: QPalette, *, view: bool = False) -> QColor:
    """Secondary text: 62 % of the way from the background to the text colour (legible in both themes).

    `view=True` for text on a view's Base background rather than on the Window.
    """
    fg = palette.color(QPalette.ColorRole.Text if view else QPalette.ColorRole.WindowText)
    bg = palette.color(QPalette.ColorRole.Base if view else QPalette.ColorRole.Window)
    t = 0.62
    return QColor(
        round(bg.red() + (fg.red() - bg.red()) * t),
        round(bg.green() + (fg.green() - bg.green()) * t),
        round(bg.blue() + (fg.blue() - bg.blue()) * t),
    )


def muted(label: QLabel) -> QLabel:
    """Grey, slightly smaller secondary text."""
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, muted_color(pal))
    label.setPalette(pal)
    font = label.font()
    font.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
    label.setFont(font)
    return label


def store_is_open(store: object) -> bool:
    """False once the project was closed (late focus-out signals during teardown must not write)."""
    try:
        _ = store.conn.total_changes  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - sqlite3.ProgrammingError on a closed connection
        return False
    return True
