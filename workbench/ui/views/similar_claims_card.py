"""The similar-claims card: how one link is painted, and its click-able buttons.

`SimilarClaimDelegate` paints a card per link (relation and state chips, score, the other claim
with its outlet and date, both claims' figures side by side with the differing ones highlighted)
and the confirm / reject / evidence buttons, and turns clicks on them into `action_clicked`.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolTip,
)

from workbench.core.vocab import (
    LINK_STATE_LABELS,
    RELATION_LABELS,
    STANCE_ADJECTIVES,
    STANCE_LABELS,
    LinkState,
    Relation,
    Stance,
)
from workbench.ui.views.panel_widgets import muted_color

RowRole = Qt.ItemDataRole.UserRole + 1
IndexLike = QModelIndex | QPersistentModelIndex

_RELATION_COLORS = {Relation.DUPLICATE.value: "#1a73e8", Relation.CONFLICT.value: "#d93025",
                    Relation.RELATED.value: "#80868b"}
_STATE_COLORS = {LinkState.SUGGESTED.value: "#d4a20f", LinkState.CONFIRMED.value: "#2e9e5b",
                 LinkState.REJECTED.value: "#80868b"}
#: Relation / link state -> (label from the vocabulary, colour).
RELATION_STYLE: dict[str, tuple[str, str]] = {r: (RELATION_LABELS[r], c) for r, c in _RELATION_COLORS.items()}
STATE_STYLE: dict[str, tuple[str, str]] = {s: (LINK_STATE_LABELS[s], c) for s, c in _STATE_COLORS.items()}

#: action name -> (button label, label when already done, key)
ACTIONS: dict[str, tuple[str, str, str]] = {
    "confirm": ("Confirm", "Confirmed", "C"),
    "reject": ("Reject", "Rejected", "R"),
    Stance.SUPPORTS.value: (STANCE_LABELS[Stance.SUPPORTS], f"✓ {STANCE_LABELS[Stance.SUPPORTS]}", "S"),
    Stance.CONTRADICTS.value: (STANCE_LABELS[Stance.CONTRADICTS], f"✓ {STANCE_LABELS[Stance.CONTRADICTS]}", "X"),
}


def relation_color(relation: str) -> QColor:
    return QColor(RELATION_STYLE.get(relation, ("", "#80868b"))[1])


def action_state(row: dict[str, Any], action: str) -> tuple[bool, bool]:
    """(enabled, done) of a card button."""
    if action in ("confirm", "reject"):
        target = LinkState.CONFIRMED.value if action == "confirm" else LinkState.REJECTED.value
        done = row["state"] == target
        return not done, done
    evidence = row.get("evidence")
    if row.get("same_article"):
        return False, False
    done = evidence is not None and evidence["stance"] == action
    return not done, done


class SimilarClaimDelegate(QStyledItemDelegate):
    """Paints each link as a card and turns clicks on its buttons into `actionTriggered`."""

    actionTriggered = Signal(int, str)  # row, action
    PAD = 8
    GAP = 5

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._hover: tuple[int, str] | None = None
        self._pressed: tuple[int, str] | None = None
        #: a read-only project: buttons drawn disabled, clicks ignored
        self.read_only = False

    # -- geometry -----------------------------------------------------------------------------------

    def _width(self, option: QStyleOptionViewItem) -> int:
        width = self.view.viewport().width() - 2 * self.view.spacing()
        return max(width, 200)

    def _text_doc(self, row: dict[str, Any], width: int, palette: QPalette, font: Any) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(width)
        text = html.escape(row["text"])
        differing = [f.other for f in row["figures"] if f.other and not f.ok]
        color = relation_color(Relation.CONFLICT.value)
        for fig in differing:
            pattern = re.compile(re.escape(html.escape(fig)), re.IGNORECASE)
            text = pattern.sub(
                lambda m: f"<span style='background-color: rgba({color.red()},{color.green()},{color.blue()},70);"
                f" font-weight: 600'>{m.group(0)}</span>", text, count=1,
            )
        fg = palette.color(QPalette.ColorRole.Text).name()
        doc.setHtml(f"<div style='color: {fg}'>{text}</div>")
        return doc

    def _figures_doc(self, row: dict[str, Any], width: int, palette: QPalette, font: Any) -> QTextDocument | None:
        figures = row["figures"]
        if not figures:
            return None
        muted_c = muted_color(palette, view=True).name()
        fg = palette.color(QPalette.ColorRole.Text).name()
        bad = relation_color(Relation.CONFLICT.value)
        bad_bg = f"rgba({bad.red()},{bad.green()},{bad.blue()},60)"
        good = "#2e9e5b"
        cells = [
            f"<tr><td style='color:{muted_c}; padding-right:6px'>This claim</td><td></td>"
            f"<td style='color:{muted_c}'>Other</td></tr>"
        ]
        for f in figures:
            both = f.this is not None and f.other is not None
            if both and f.ok:
                mark = f"<span style='color:{good}'>=</span>"
            else:
                mark = f"<b style='color:{bad.name()}'>≠</b>" if both else ""
            style = f"background-color:{bad_bg}; font-weight:600;" if both and not f.ok else ""
            this = html.escape(f.this) if f.this else f"<span style='color:{muted_c}'>—</span>"
            other = html.escape(f.other) if f.other else f"<span style='color:{muted_c}'>—</span>"
            cells.append(
                f"<tr><td style='{style} padding-right:6px'>{this}</td>"
                f"<td style='padding: 0 6px'>{mark}</td><td style='{style}'>{other}</td></tr>"
            )
        doc = QTextDocument()
        small = type(font)(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
        doc.setDefaultFont(small)
        doc.setDocumentMargin(0)
        doc.setTextWidth(width)
        doc.setHtml(f"<table cellspacing='0' cellpadding='1' style='color:{fg}'>{''.join(cells)}</table>")
        return doc

    def _buttons(self, row: dict[str, Any], top: int, left: int, width: int, fm: Any) -> dict[str, QRect]:
        rects: dict[str, QRect] = {}
        x = left
        h = fm.height() + 8
        for action in ACTIONS:
            label = self._button_label(row, action)
            w = fm.horizontalAdvance(label) + 16
            if x + w > left + width and x > left:  # wrap when the dock is narrow
                x = left
                top += h + 4
            rects[action] = QRect(x, top, w, h)
            x += w + (10 if action == "reject" else 4)
        return rects

    def _button_label(self, row: dict[str, Any], action: str) -> str:
        label, done_label, _key = ACTIONS[action]
        return done_label if action_state(row, action)[1] else label

    def layout(self, option: QStyleOptionViewItem, row: dict[str, Any]) -> dict[str, Any]:
        fm = option.fontMetrics
        width = self._width(option)
        inner = width - 2 * self.PAD
        top = option.rect.top() + self.PAD
        left = option.rect.left() + self.PAD
        out: dict[str, Any] = {}
        out["head"] = QRect(left, top, inner, fm.height() + 4)
        top += fm.height() + 4 + 3
        out["meta"] = QRect(left, top, inner, fm.height())
        top += fm.height() + self.GAP
        doc = self._text_doc(row, inner, option.palette, option.font)
        out["text_doc"] = doc
        out["text"] = QRect(left, top, inner, int(doc.size().height()))
        top += int(doc.size().height()) + self.GAP
        fdoc = self._figures_doc(row, inner, option.palette, option.font)
        out["fig_doc"] = fdoc
        if fdoc is not None:
            out["figs"] = QRect(left, top, inner, int(fdoc.size().height()))
            top += int(fdoc.size().height()) + self.GAP
        out["buttons"] = self._buttons(row, top + 2, left, inner, fm)
        bottom = max(r.bottom() for r in out["buttons"].values())
        out["height"] = bottom - option.rect.top() + self.PAD + 1
        return out

    # -- QStyledItemDelegate --------------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: IndexLike) -> QSize:  # noqa: N802
        row = index.data(RowRole)
        if row is None:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, self._width(option), 100)
        return QSize(self._width(option) - 2 * self.view.spacing(), self.layout(opt, row)["height"])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: IndexLike) -> None:
        row = index.data(RowRole)
        if row is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        geo = self.layout(opt, row)
        pal = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # card background: a tint of the relation colour on the left edge, selection as a frame
        card = opt.rect.adjusted(2, 2, -2, -2)
        base = pal.color(QPalette.ColorRole.Base)
        painter.setPen(pal.color(QPalette.ColorRole.Highlight) if selected else pal.color(QPalette.ColorRole.Mid))
        painter.setBrush(base)
        painter.drawRoundedRect(card, 6, 6)
        stripe = QRect(card.left(), card.top(), 4, card.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(relation_color(row["relation"]))
        painter.drawRoundedRect(stripe, 2, 2)
        if selected:
            pen = painter.pen()
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 5, 5)
            painter.setPen(pen)
        rejected = row["state"] == LinkState.REJECTED.value
        if rejected:
            painter.setOpacity(0.6)
        fm = opt.fontMetrics
        head: QRect = geo["head"]
        x = head.left()
        rel_label, rel_color = RELATION_STYLE.get(row["relation"], (row["relation"], "#80868b"))
        x = self._chip(painter, x, head, rel_label, QColor(rel_color), pal, strong=True)
        st_label, st_color = STATE_STYLE.get(row["state"], (row["state"], "#80868b"))
        if row["state"] != LinkState.SUGGESTED.value and not row.get("auto"):
            st_label += " by you"
        elif row.get("auto") and row["state"] == LinkState.CONFIRMED.value:
            st_label = "Auto-linked"
        bar_w = 36
        room = head.right() - bar_w - fm.horizontalAdvance("100") - 10 - (x + 4)
        if fm.horizontalAdvance(st_label) + 14 > room:
            st_label = STATE_STYLE.get(row["state"], (row["state"],))[0]
        if fm.horizontalAdvance(st_label) + 14 <= room:
            x = self._chip(painter, x + 4, head, st_label, QColor(st_color), pal)
        # score on the right: number + a small bar
        score = float(row.get("score") or 0)
        score_text = f"{score:.0f}"
        bar = QRect(head.right() - bar_w, head.center().y() - 2, bar_w, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        track = muted_color(pal, view=True)
        track.setAlpha(60)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 2, 2)
        fill = QRect(bar.left(), bar.top(), max(2, int(bar_w * min(score, 100) / 100)), bar.height())
        painter.setBrush(relation_color(row["relation"]))
        painter.drawRoundedRect(fill, 2, 2)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        score_rect = QRect(bar.left() - fm.horizontalAdvance("100") - 6, head.top(), fm.horizontalAdvance("100"), head.height())
        painter.drawText(score_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, score_text)
        # outlet · date · wire
        meta_parts = [row.get("outlet") or row.get("article_title") or "Unknown outlet", (row.get("published") or "")[:10]]
        if row.get("same_article"):
            meta_parts.append("same article")
        elif row.get("same_wire"):
            meta_parts.append("same wire story (not independent)")
        meta = " · ".join(p for p in meta_parts if p)
        painter.setPen(muted_color(pal, view=True))
        painter.drawText(geo["meta"], Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(meta, Qt.TextElideMode.ElideRight, geo["meta"].width()))
        # the other claim, differing figures highlighted
        painter.save()
        painter.translate(geo["text"].topLeft())
        geo["text_doc"].drawContents(painter)
        painter.restore()
        if geo["fig_doc"] is not None:
            painter.save()
            painter.translate(geo["figs"].topLeft())
            geo["fig_doc"].drawContents(painter)
            painter.restore()
        painter.setOpacity(1.0)
        # buttons
        style = self.view.style()
        for action, rect in geo["buttons"].items():
            enabled, done = action_state(row, action)
            enabled = enabled and not self.read_only
            button = QStyleOptionButton()
            button.rect = rect
            button.text = self._button_label(row, action)
            button.palette = QPalette(pal)
            button.fontMetrics = fm
            button.state = QStyle.StateFlag.State_Raised
            if enabled:
                button.state |= QStyle.StateFlag.State_Enabled
            elif not done:  # the style draws the text in the palette's current group: the disabled one
                button.palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
            if done:
                button.state |= QStyle.StateFlag.State_On | QStyle.StateFlag.State_Sunken
            key = (index.row(), action)
            if enabled and self._hover == key:
                button.state |= QStyle.StateFlag.State_MouseOver
            if enabled and self._pressed == key:
                button.state |= QStyle.StateFlag.State_Sunken
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, self.view)
        painter.restore()

    def _chip(self, painter: QPainter, x: int, head: QRect, text: str, color: QColor, pal: QPalette,
              strong: bool = False) -> int:
        fm = painter.fontMetrics()
        w = fm.horizontalAdvance(text) + 14
        rect = QRect(x, head.top(), w, head.height())
        fill = QColor(color)
        fill.setAlpha(95 if strong else 40)
        painter.setPen(color)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), rect.height() / 2, rect.height() / 2)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return rect.right() + 1

    def helpEvent(self, event: Any, view: Any, option: QStyleOptionViewItem, index: IndexLike) -> bool:  # noqa: N802
        row = index.data(RowRole)
        if row is not None and event.type() == QEvent.Type.ToolTip:
            for action, rect in self.layout(option, row)["buttons"].items():
                if rect.contains(event.pos()):
                    QToolTip.showText(event.globalPos(), self.button_tip(row, action), view)
                    return True
        return super().helpEvent(event, view, option, index)

    @staticmethod
    def button_tip(row: dict[str, Any], action: str) -> str:
        where = row.get("outlet") or row.get("article_title") or "the other article"
        relation = row["relation"]
        key = ACTIONS[action][2]
        enabled, done = action_state(row, action)
        if action == "confirm":
            tip = f"This link is confirmed ({relation})" if done else f"Confirm: these are a {relation}"
        elif action == "reject":
            tip = "Rejected: re-matching will not suggest it again" if done else f"Reject: not a {relation}"
        elif row.get("same_article"):
            tip = "The other claim is in the same article"
        else:
            stance = STANCE_ADJECTIVES[action]
            tip = f"{where} is already {stance} evidence" if done else f"Add {where} as {stance} evidence for this claim"
        return f"{tip}  ({key})" if enabled else tip

    def _hit(self, option: QStyleOptionViewItem, index: IndexLike, pos: QPoint) -> str | None:
        row = index.data(RowRole)
        if row is None:
            return None
        for action, rect in self.layout(option, row)["buttons"].items():
            if rect.contains(pos) and action_state(row, action)[0]:
                return action
        return None

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: IndexLike) -> bool:  # noqa: N802
        if not isinstance(event, QMouseEvent):
            return False
        pos = event.position().toPoint()
        hit = None if self.read_only else self._hit(option, index, pos)
        if event.type() == QEvent.Type.MouseMove:
            hover = (index.row(), hit) if hit else None
            if hover != self._hover:
                self._hover = hover
                self.view.viewport().update()
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if event.type() == QEvent.Type.MouseButtonPress and hit:
            self._pressed = (index.row(), hit)
            self.view.viewport().update()
            return True
        if event.type() == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            if hit and pressed == (index.row(), hit):
                self.view.viewport().update()
                self.actionTriggered.emit(index.row(), hit)
                return True
            self.view.viewport().update()
        # a fast double click on a button is not "open"
        return event.type() == QEvent.Type.MouseButtonDblClick and hit is not None
