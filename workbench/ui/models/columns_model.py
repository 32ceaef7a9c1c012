"""A flat table model with fixed columns: the header and the counts written once.

The Facts, Conflicts and Sources views each show a list of rows under named columns; they
subclass this and give only `row_count()` and `data()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex


class ColumnsTableModel(QAbstractTableModel):
    """Rows under `columns` ((key, header) pairs); a flat table, so child indexes have no rows."""

    columns: Sequence[tuple[str, str]] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def column_key(self, column: int) -> str:
        return self.columns[column][0]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        return None
