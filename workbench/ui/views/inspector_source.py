"""The inspector's source row: who asserted the claim, picked with completion or created."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.actions import sources
from workbench.core.store import StoreError
from workbench.core.vocab import RELIABILITY_GRADES, SourceKind
from workbench.ui.commands.base import perform
from workbench.ui.context import ProjectContext
from workbench.ui.dialogs.source_dialog import KIND_LABELS, SourceDialog
from workbench.ui.views.panel_widgets import muted, store_is_open

NO_SOURCE = "— none —"


class SourceEditor(QWidget):
    """Editable combo over the project's sources + New / Edit buttons + a reliability line."""

    #: emitted after the user chose something (for tests and status messages)
    sourceAssigned = Signal(object)

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.claim_id = -1
        self._current_source_id: int | None = None
        self._sources: list[dict[str, Any]] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(6)
        self.combo.setAccessibleName("Source")
        self.combo.setToolTip("Who asserted this claim. Type to search; Enter on a new name creates a source.")
        line_edit = self.combo.lineEdit()
        assert line_edit is not None
        self.line_edit = line_edit
        line_edit.setPlaceholderText("Who asserted it?")
        self.completer = QCompleter(self)
        self.names = QStringListModel(self)
        self.completer.setModel(self.names)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(self.completer)
        self.new_button = QToolButton(self)
        self.new_button.setText("New…")
        self.new_button.setToolTip("Create a new source with a kind and a reliability grade")
        self.edit_button = QToolButton(self)
        self.edit_button.setText("Edit…")
        self.edit_button.setToolTip("Edit this source's name, kind and reliability")
        # the combo gets the full width; details and the buttons share the line below, so the
        # row stays narrow enough for a ~300 px dock
        outer.addWidget(self.combo)
        self.details = muted(QLabel(self))
        self.details.setWordWrap(True)
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # the details on their own line, the buttons below: side by side they squeezed the text
        # into a word per line in a narrow window
        outer.addWidget(self.details)
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        outer.addLayout(row)

        self.combo.activated.connect(self._on_activated)
        line_edit.returnPressed.connect(self._on_return)
        line_edit.editingFinished.connect(self._on_editing_finished)
        self.new_button.clicked.connect(lambda: self.create_source())
        self.edit_button.clicked.connect(self.edit_source)

    # -- loading ----------------------------------------------------------------------------------

    def reload_sources(self) -> None:
        self._sources = self.ctx.store.sources()
        names = [s["name"] for s in self._sources]
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(NO_SOURCE, None)
            for source in self._sources:
                self.combo.addItem(source["name"], source["id"])
        self.names.setStringList(names)
        self.set_claim(self.claim_id, self._current_source_id, force=True)

    def set_claim(self, claim_id: int, source_id: int | None, *, force: bool = False) -> None:
        changed = claim_id != self.claim_id or source_id != self._current_source_id
        self.claim_id = claim_id
        self._current_source_id = source_id
        if not (changed or force):
            return
        if self.line_edit.hasFocus() and not changed:
            return  # the analyst is typing; do not clobber it
        index = self.combo.findData(source_id) if source_id is not None else 0
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(max(index, 0))
            if source_id is None:
                self.combo.setEditText("")
        self.edit_button.setEnabled(source_id is not None)
        self._update_details()

    def _source(self, source_id: int | None) -> dict[str, Any] | None:
        return next((s for s in self._sources if s["id"] == source_id), None)

    def _update_details(self) -> None:
        source = self._source(self._current_source_id)
        if source is None:
            self.details.setText("No source yet.")
            return
        grade = source.get("reliability")
        reliability = f"{grade} — {RELIABILITY_GRADES[grade]}" if grade in RELIABILITY_GRADES else "not graded"
        kind = KIND_LABELS.get(source["kind"], source["kind"])
        count = source.get("claims") or 0
        self.details.setText(f"{kind} · reliability {reliability} · {count} claim{'s' if count != 1 else ''}")

    # -- choosing ---------------------------------------------------------------------------------

    def _on_activated(self, index: int) -> None:
        self.assign(self.combo.itemData(index))

    def _on_return(self) -> None:
        name = self.combo.currentText().strip()
        if not name or name == NO_SOURCE:
            self.assign(None)
            return
        source = self.ctx.store.source_by_name(name)
        if source is not None:
            self.assign(source["id"])
        else:
            self.create_source(name)

    def _on_editing_finished(self) -> None:
        """Focus left the field: accept an exact existing name, else show the current source again."""
        if self.claim_id < 0 or not store_is_open(self.ctx.store):
            return
        name = self.combo.currentText().strip()
        source = self.ctx.store.source_by_name(name) if name and name != NO_SOURCE else None
        if source is not None and source["id"] != self._current_source_id:
            self.assign(source["id"])
        elif not self.combo.view().isVisible():
            # unknown or empty text: show the claim's source again (Enter creates / clears)
            self.set_claim(self.claim_id, self._current_source_id, force=True)

    def assign(self, source_id: int | None) -> None:
        if self.claim_id < 0 or source_id == self._current_source_id:
            self.set_claim(self.claim_id, self._current_source_id, force=True)
            return
        if self._perform(sources.set_source, self.claim_id, source_id):
            self.sourceAssigned.emit(source_id)

    def assign_name(self, name: str, kind: str = SourceKind.PERSON.value) -> None:
        """Use a name as the source: the existing source of that name, or a new one (one undo step)."""
        if self.claim_id < 0 or not name.strip():
            return
        existing = self.ctx.store.source_by_name(name)
        if existing is not None:
            self.assign(existing["id"])
            return
        edit = self._perform(sources.set_source_by_name, self.claim_id, name, kind=kind)
        if edit is not None:
            self.sourceAssigned.emit(edit.source_id)

    def create_source(self, name: str = "") -> None:
        if self.claim_id < 0:
            return
        dialog = SourceDialog(self.ctx.store, self, name=name or "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.set_claim(self.claim_id, self._current_source_id, force=True)
            return
        v = dialog.values()
        edit = self._perform(sources.set_source_by_name, self.claim_id, v["name"], kind=v["kind"],
                             reliability=v["reliability"], notes=v["notes"])
        if edit is not None:
            self.sourceAssigned.emit(edit.source_id)

    def _perform(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a core source action as one undo step; a refusal goes to the status bar (None)."""
        try:
            return perform(self.ctx, action, *args, **kwargs)
        except StoreError as exc:
            self.ctx.message.emit(str(exc))
            self.set_claim(self.claim_id, self._current_source_id, force=True)
            return None

    def edit_source(self) -> None:
        source = self._source(self._current_source_id)
        if source is None:
            return
        dialog = SourceDialog(
            self.ctx.store, self, name=source["name"], kind=source["kind"], reliability=source["reliability"],
            notes=source.get("notes") or "", source_id=source["id"],
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        fields = {k: val for k, val in v.items() if source.get(k) != val}
        if fields:
            self._perform(sources.edit_source, source["id"], **fields)
