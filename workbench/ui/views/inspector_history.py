"""The inspector's history: what happened to the claim (store.history("claim", id)), newest first."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ["When", "Change"]


def _when(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %H:%M").lstrip("0")


def _short(value: Any, limit: int = 40) -> str:
    text = " ".join(str(value).split()) if value not in (None, "") else "—"
    return text if len(text) <= limit else text[: limit - 1] + "…"


_EVIDENCE = re.compile(r"^(supports|contradicts) article (\d+)(?:: (.*))?$", re.DOTALL)


def describe(
    row: dict[str, Any], source_names: dict[int, str] | None = None, article_titles: dict[int, str] | None = None
) -> str:
    """'status: unverified → verified', 'confirm duplicate', 'add evidence: supports article 3'."""
    action = row.get("action") or ""
    field = row.get("field")
    old, new = row.get("old"), row.get("new")
    if field and field != "evidence" and row.get("entity") != "link":
        label = {"source_id": "source"}.get(field, field.replace("evidence.", "evidence "))
        if field == "source_id" and source_names is not None:
            old = source_names.get(int(old), old) if old and str(old).isdigit() else old
            new = source_names.get(int(new), new) if new and str(new).isdigit() else new
        detail = f"{label}: {_short(old)} → {_short(new)}"
        first = action.split(" ", 1)[0]
        return f"{detail} ({first})" if first in ("undo", "redo") else detail
    if field == "evidence":
        value = new if new is not None else old
        m = _EVIDENCE.match(str(value or ""))
        if m:
            title = (article_titles or {}).get(int(m.group(2))) or f"article {m.group(2)}"
            detail = f"{action}: {_short(title, 48)}"
            return f"{detail} — {_short(m.group(3), 40)}" if m.group(3) else detail
    if row.get("entity") == "link" and field == "state":
        return f"{action}: {_short(old)} → {_short(new)}"
    if new is not None or old is not None:
        return f"{action}: {_short(new if new is not None else old, 60)}"
    return action


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.source_names: dict[int, str] = {}
        self.article_titles: dict[int, str] = {}

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _when(row.get("time")) if index.column() == 0 else describe(row, self.source_names, self.article_titles)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.get("time") or "", row.get("action") or ""]
            if row.get("field"):
                lines.append(f"{row['field']}: {row.get('old') or '—'} → {row.get('new') or '—'}")
            elif row.get("new") or row.get("old"):
                lines.append(str(row.get("new") or row.get("old")))
            return "\n".join(x for x in lines if x)
        return None
