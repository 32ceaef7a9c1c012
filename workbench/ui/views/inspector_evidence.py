"""The inspector's corroborating articles: a small model/view list with add / edit note / remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.actions import evidence
from workbench.core.store import StoreError
from workbench.core.vocab import Stance
from workbench.ui.commands.base import perform
from workbench.ui.context import ProjectContext
from workbench.ui.views.panel_widgets import FlowLayout, muted_color

EvidenceRole = Qt.ItemDataRole.UserRole + 1
STANCE_STYLE = {
    Stance.SUPPORTS.value: ("Supports", "#2e9e5b"),
    Stance.CONTRADICTS.value: ("Contradicts", "#d93025"),
}
_Index = QModelIndex | QPersistentModelIndex


def article_label(row: dict[str, Any]) -> str:
    title = row.get("article_title") or row.get("title") or f"Article {row.get('article_id') or row.get('id')}"
    return title


def article_meta(row: dict[str, Any]) -> str:
    return " · ".join(p for p in (row.get("outlet"), (row.get("published") or "")[:10]) if p)


class EvidenceModel(QAbstractListModel):
    """The evidence rows of one claim (store.evidence(claim_id))."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = STANCE_STYLE.get(row["stance"], (row["stance"], ""))[0]
            return f"{label}: {article_label(row)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [article_label(row), article_meta(row), row.get("url") or "", row.get("note") or ""]
            return "\n".join(p for p in parts if p)
        if role == EvidenceRole:
            return row
        return None


class EvidenceDelegate(QStyledItemDelegate):
    """Two lines per entry: a stance chip + article title, then outlet · date · note."""

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        fm = option.fontMetrics
        return QSize(200, fm.height() * 2 + self.PAD * 2 + 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(EvidenceRole)
        if row is None:
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option_text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = option_text
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal: QPalette = option.palette
        text_color = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        fm = option.fontMetrics
        r = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        label, color = STANCE_STYLE.get(row["stance"], (row["stance"], "#888888"))
        chip_w = fm.horizontalAdvance(label) + 12
        chip = QRect(r.left(), r.top(), chip_w, fm.height())
        fill = QColor(color)
        fill.setAlpha(60 if not selected else 140)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(color))
        painter.setBrush(fill)
        painter.drawRoundedRect(chip.adjusted(0, 0, -1, -1), 6, 6)
        painter.setPen(text_color)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        title_rect = QRect(chip.right() + 6, r.top(), r.right() - chip.right() - 6, fm.height())
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(article_label(row), Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        font.setBold(False)
        font.setItalic(bool(row.get("note")))
        painter.setFont(font)
        second = " · ".join(p for p in (article_meta(row), row.get("note") or "") if p) or "no note"
        muted = QColor(text_color)
        if not selected:
            muted = muted_color(pal, view=True)
        painter.setPen(muted)
        line2 = QRect(r.left(), r.top() + fm.height() + 3, r.width(), fm.height())
        painter.drawText(
            line2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight, line2.width()),
        )
        painter.restore()


class AddEvidenceDialog(QDialog):
    """Pick any project article, say whether it supports or contradicts the claim, add a note."""

    def __init__(self, articles: list[dict[str, Any]], parent: QWidget | None = None,
                 stance: str = Stance.SUPPORTS.value) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add corroborating article")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.article_combo = QComboBox(self)
        self.article_combo.setEditable(True)
        self.article_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.article_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.article_combo.setMinimumContentsLength(30)
        for a in articles:
            meta = article_meta(a)
            self.article_combo.addItem(f"{article_label(a)}" + (f"  ({meta})" if meta else ""), a["id"])
        completer = self.article_combo.completer()
        assert completer is not None  # an editable combo always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        stance_row = QHBoxLayout()
        self.stance_group = QButtonGroup(self)
        self.supports = QRadioButton("&Supports", self)
        self.contradicts = QRadioButton("&Contradicts", self)
        self.stance_group.addButton(self.supports)
        self.stance_group.addButton(self.contradicts)
        (self.contradicts if stance == Stance.CONTRADICTS.value else self.supports).setChecked(True)
        stance_row.addWidget(self.supports)
        stance_row.addWidget(self.contradicts)
        stance_row.addStretch(1)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText("Optional: what in the article bears on the claim")
        form.addRow("&Article:", self.article_combo)
        form.addRow("Stance:", stance_row)
        form.addRow("&Note:", self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(self.article_combo.count() > 0)
        layout.addWidget(buttons)

    def values(self) -> tuple[int | None, str, str]:
        index = self.article_combo.findText(self.article_combo.currentText())
        article_id = self.article_combo.itemData(index) if index >= 0 else self.article_combo.currentData()
        stance = Stance.CONTRADICTS.value if self.contradicts.isChecked() else Stance.SUPPORTS.value
        return article_id, stance, self.note_edit.text().strip()


class PlaceholderListView(QListView):
    """A list view that says what it would show when it is empty."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(muted_color(self.palette(), view=True))
            painter.drawText(self.viewport().rect().adjusted(8, 0, -8, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            painter.end()


class EvidenceWidget(QWidget):
    """List of a claim's evidence plus Add / Edit note / Remove; every action is one undo step."""

    evidenceChanged = Signal()

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.claim_id = -1
        self.model = EvidenceModel(self)
        self.view = PlaceholderListView("No corroborating articles yet.", self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(EvidenceDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName("Corroborating articles")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.doubleClicked.connect(lambda _i: self.edit_note())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        button_host = QWidget(self)
        buttons = FlowLayout(button_host, spacing=4)  # wraps on a narrow dock instead of clipping
        self.add_button = QToolButton(self)
        self.add_button.setText("Add article…")
        self.add_button.setToolTip("Attach a project article that supports or contradicts this claim")
        self.note_button = QToolButton(self)
        self.note_button.setText("Note…")
        self.note_button.setToolTip("Edit the note on the selected article (double-click)")
        self.flip_button = QToolButton(self)
        self.flip_button.setText("Flip")
        self.flip_button.setToolTip("Switch between supports and contradicts")
        self.remove_button = QToolButton(self)
        self.remove_button.setText("Remove")
        self.remove_button.setToolTip("Remove the selected article from this claim's evidence (Del)")
        for b in (self.add_button, self.note_button, self.flip_button, self.remove_button):
            b.setParent(button_host)
            buttons.addWidget(b)
        layout.addWidget(button_host)
        self.add_button.clicked.connect(lambda: self.add_evidence())
        self.note_button.clicked.connect(self.edit_note)
        self.flip_button.clicked.connect(self.flip_stance)
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------------

    def set_claim(self, claim_id: int) -> None:
        selected = self.selected()
        self.claim_id = claim_id
        rows = self.ctx.store.evidence(claim_id) if claim_id >= 0 else []
        self.model.set_rows(rows)
        if selected is not None:
            for i, row in enumerate(rows):
                if row["id"] == selected["id"]:
                    self.view.setCurrentIndex(self.model.index(i))
        lines = max(1, min(len(rows), 4))
        row_h = self.fontMetrics().height() * 2 + EvidenceDelegate.PAD * 2 + 3
        self.view.setFixedHeight(row_h * lines + 2 * self.view.frameWidth() + 2)
        self._update_buttons()

    def selected(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return index.data(EvidenceRole)

    def _update_buttons(self, *_: object) -> None:
        has = self.selected() is not None
        self.add_button.setEnabled(self.claim_id >= 0)
        for b in (self.note_button, self.flip_button, self.remove_button):
            b.setEnabled(has)

    # -- actions ---------------------------------------------------------------------------------

    def add_evidence(self, stance: str = Stance.SUPPORTS.value) -> None:
        if self.claim_id < 0:
            return
        taken = {row["article_id"] for row in self.model.rows}
        try:  # the claim's own article cannot corroborate it
            taken.add(self.ctx.store.claim(self.claim_id)["article_id"])
        except StoreError:
            return
        articles = [a for a in self.ctx.store.articles(with_text=False) if a["id"] not in taken]
        if not articles:
            self.ctx.message.emit("Every article of the project is already evidence for this claim.")
            return
        dialog = AddEvidenceDialog(articles, self, stance)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        article_id, stance, note = dialog.values()
        if article_id is None:
            return
        self._perform(evidence.add_evidence, self.claim_id, int(article_id), stance, note)

    def edit_note(self) -> None:
        row = self.selected()
        if row is None:
            return
        note, ok = QInputDialog.getText(self, "Evidence note", f"Note on “{article_label(row)}”:",
                                        QLineEdit.EchoMode.Normal, row.get("note") or "")
        if ok and note.strip() != (row.get("note") or ""):
            self._perform(evidence.edit_evidence_note, row["id"], note)

    def flip_stance(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._perform(evidence.flip_evidence, row["id"])

    def remove_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._perform(evidence.remove_evidence, row["id"])

    def _perform(self, action: Any, *args: Any) -> None:
        """Run a core evidence action as one undo step; a refusal goes to the status bar."""
        try:
            perform(self.ctx, action, *args)
        except StoreError as exc:
            self.ctx.message.emit(str(exc))
