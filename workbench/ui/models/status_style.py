"""How statuses and confidences look everywhere in the window (table, reader, legend).

Colours are chosen to read on both light and dark palettes: highlights are the status colour
at partial opacity over the base colour, so the palette's own text colour stays legible.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from workbench.core.model import Confidence, Status

#: Status -> (label, solid colour). Order is the triage order (keys 1..5).
STATUS_STYLE: dict[str, tuple[str, str]] = {
    Status.UNVERIFIED.value: ("Unverified", "#d4a20f"),
    Status.VERIFIED.value: ("Verified", "#2e9e5b"),
    Status.DISPUTED.value: ("Disputed", "#e8710a"),
    Status.FALSE.value: ("False", "#d93025"),
    Status.UNVERIFIABLE.value: ("Unverifiable", "#7e6bc4"),
}

CONFIDENCE_LABELS: dict[str, str] = {
    Confidence.LOW.value: "Low",
    Confidence.MODERATE.value: "Moderate",
    Confidence.HIGH.value: "High",
}

_icon_cache: dict[tuple[str, int], QIcon] = {}


def status_label(status: str | None) -> str:
    return STATUS_STYLE.get(status or "", (status or "", ""))[0]


def status_color(status: str | None) -> QColor:
    return QColor(STATUS_STYLE.get(status or "", ("", "#888888"))[1])


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def highlight_color(status: str | None, palette: QPalette, *, strong: bool = False) -> QColor:
    """The background for a claim span: translucent on light palettes, deeper on dark ones."""
    color = status_color(status)
    if is_dark(palette):
        color.setAlpha(115 if strong else 80)
    else:
        color.setAlpha(130 if strong else 62)
    return color


def status_icon(status: str | None, size: int = 12) -> QIcon:
    """A small filled circle in the status colour (a legend swatch and table decoration)."""
    key = (status or "", size)
    icon = _icon_cache.get(key)
    if icon is None:
        icon = QIcon()
        for scale in (1, 2):
            pix = QPixmap(size * scale, size * scale)
            pix.setDevicePixelRatio(scale)
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(status_color(status).darker(130))
            painter.setBrush(status_color(status))
            painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
            painter.end()
            icon.addPixmap(pix)
        _icon_cache[key] = icon
    return icon
