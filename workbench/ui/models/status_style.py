"""How statuses and confidences look everywhere in the window (table, reader, legend, inspector).

Five colours far apart in hue and weight, so no two statuses are mistaken for each other:
unverified is a quiet neutral grey (untouched text is not loud), disputed orange, verified green,
false red, unverifiable purple. Highlights are the status colour at partial opacity over the
base colour, so the palette's own text colour stays legible; on dark palettes each status has a
lighter variant of the same hue, which reads better against a dark base.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from workbench.core.vocab import STATUS_LABELS, Status

#: Status -> solid colour on light palettes.
STATUS_COLORS: dict[str, str] = {
    Status.UNVERIFIED.value: "#a2a2a2",
    Status.VERIFIED.value: "#1f9d55",
    Status.DISPUTED.value: "#f07c0c",
    Status.FALSE.value: "#d62d3a",
    Status.UNVERIFIABLE.value: "#9446d8",
}

#: Status -> (label, solid colour on light palettes); the labels are the vocabulary's.
STATUS_STYLE: dict[str, tuple[str, str]] = {s: (STATUS_LABELS[s], color) for s, color in STATUS_COLORS.items()}

#: Status -> solid colour on dark palettes (same hues, lighter).
DARK_STATUS_COLORS: dict[str, str] = {
    Status.UNVERIFIED.value: "#9a9a9a",
    Status.VERIFIED.value: "#3ecf7a",
    Status.DISPUTED.value: "#ff9633",
    Status.FALSE.value: "#ff5a64",
    Status.UNVERIFIABLE.value: "#bb86fc",
}

_icon_cache: dict[tuple[str, int], QIcon] = {}


def status_label(status: str | None) -> str:
    return STATUS_STYLE.get(status or "", (status or "", ""))[0]


def status_color(status: str | None, palette: QPalette | None = None) -> QColor:
    """The status's solid colour; its dark-palette variant when `palette` is dark."""
    if palette is not None and is_dark(palette) and (status or "") in DARK_STATUS_COLORS:
        return QColor(DARK_STATUS_COLORS[status or ""])
    return QColor(STATUS_STYLE.get(status or "", ("", "#888888"))[1])


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def highlight_color(status: str | None, palette: QPalette, *, strong: bool = False) -> QColor:
    """The background for a claim span: translucent on light palettes, deeper on dark ones.

    Unverified spans (most of an untouched article) get a lighter wash than tagged ones.
    """
    color = status_color(status, palette)
    quiet = status in (None, "", Status.UNVERIFIED.value)
    if is_dark(palette):
        color.setAlpha((95 if strong else 50) if quiet else (105 if strong else 72))
    else:
        color.setAlpha((110 if strong else 50) if quiet else (130 if strong else 82))
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
