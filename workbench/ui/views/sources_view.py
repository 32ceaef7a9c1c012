"""The Sources view: every source with its reliability grade and its track record.

A track record counts the source's claims and how they were rated (effective verdicts, so a
fact rated once counts for every source that asserted it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from workbench.core.store import Change, Store
from workbench.core.vocab import RELIABILITY_GRADES, STATUS_LABELS, Status
from workbench.ui.context import ProjectContext
from workbench.ui.models.columns_model import ColumnsTableModel
from workbench.ui.models.status_style import status_icon

COLUMNS = [("name", "Source"), ("kind", "Kind"), ("reliability", "Reliability"), ("claims", "Claims"),
           *((s.value, STATUS_LABELS[s.value]) for s in (Status.VERIFIED, Status.DISPUTED, Status.FALSE,
                                                         Status.UNVERIFIABLE, Status.UNVERIFIED))]
_ModelIndex = QModelIndex | QPersistentModelIndex


class SourcesModel(ColumnsTableModel):
    columns = COLUMNS

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[dict[str, Any]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._store.source_track_records()
        self.endResetModel()

    def on_changes(self, changes: list[Change]) -> None:
        if any(c.entity in ("source", "claim", "fact", "project") for c in changes):
            self._timer.start()

    def shutdown(self) -> None:
        self._timer.stop()

    def row(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row(index.row()) if index.isValid() else None
        if r is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "reliability":
                grade = r["reliability"]
                return f"{grade} — {RELIABILITY_GRADES[grade]}" if grade in RELIABILITY_GRADES else "not graded"
            value = r.get(key)
            return str(value or 0) if key not in ("name", "kind") else str(value or "")
        if role == Qt.ItemDataRole.DecorationRole and key in STATUS_LABELS:
            return status_icon(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SourcesPanel(QWidget):
    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SourcesPanel")
        self.ctx = ctx
        self.model = SourcesModel(ctx.store, self)
        self.table = QTableView(self)
        self.table.setObjectName("SourcesTable")
        self.table.setAccessibleName("Sources and their track records")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel("No sources yet: name who a claim comes from in the Inspector or with "
                            "`workbench tag --source`.", self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(lambda: self.empty.setVisible(self.model.rowCount() == 0))
        ctx.changed.connect(self.model.on_changes)
        self.model.refresh()

    def shutdown(self) -> None:
        self.model.shutdown()
