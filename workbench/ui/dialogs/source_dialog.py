"""Create or edit a source: who asserted a claim, what kind of source it is, how reliable."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.store import Store
from workbench.core.vocab import RELIABILITY_GRADES, SOURCE_KIND_LABELS, SourceKind

KIND_LABELS = SOURCE_KIND_LABELS


class SourceDialog(QDialog):
    """Name, kind and Admiralty reliability (A-F) of a source; validates the name against the store."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, name: str = "", kind: str = SourceKind.PERSON.value,
        reliability: str | None = None, notes: str = "", source_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.source_id = source_id
        self.setWindowTitle("Edit source" if source_id is not None else "New source")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setPlaceholderText("e.g. UNHCR, Iraqi Ministry of Defence, Jane Doe")
        self.kind_combo = QComboBox(self)
        for value, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, value)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.reliability_combo = QComboBox(self)
        self.reliability_combo.addItem("Not graded", None)
        for grade, meaning in RELIABILITY_GRADES.items():
            self.reliability_combo.addItem(f"{grade} — {meaning}", grade)
        self.reliability_combo.setCurrentIndex(max(self.reliability_combo.findData(reliability), 0))
        self.notes_edit = QPlainTextEdit(notes, self)
        self.notes_edit.setPlaceholderText("Optional: affiliation, track record, contact…")
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow("&Name:", self.name_edit)
        form.addRow("&Kind:", self.kind_combo)
        form.addRow("&Reliability:", self.reliability_combo)
        form.addRow("N&otes:", self.notes_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #d93025;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(380)

    def _problem(self) -> str | None:
        name = self.name_edit.text().strip()
        if not name:
            return "A source needs a name."
        existing = self.store.source_by_name(name)
        if existing is not None and existing["id"] != self.source_id:
            return f"A source named “{existing['name']}” already exists."
        return None

    def _validate(self) -> None:
        problem = self._problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        self.error_label.setText(problem or "")
        self.error_label.setVisible(bool(problem) and bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        if self._problem() is None:
            super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "kind": self.kind_combo.currentData(),
            "reliability": self.reliability_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip(),
        }
