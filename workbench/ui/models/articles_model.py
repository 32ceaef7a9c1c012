"""The articles list model: every article with its claim count and the share already checked.

Articles number in the hundreds or thousands, not the hundreds of thousands, so the model holds
their metadata rows (never their text) and re-reads them when the store reports a change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from workbench.core.store import Change, Store

COLUMNS: list[tuple[str, str]] = [
    ("title", "Article"),
    ("outlet", "Outlet"),
    ("published", "Date"),
    ("claims", "Claims"),
    ("checked", "Checked"),
]
COLUMN_INDEX = {key: i for i, (key, _) in enumerate(COLUMNS)}
RELOAD_DELAY_MS = 120

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
#: share of claims checked, 0.0-1.0 (None when the article has no claims)
CheckedShareRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
#: "Outlet · date · author" under the title
SubtitleRole = Qt.ItemDataRole.UserRole + 4

_ModelIndex = QModelIndex | QPersistentModelIndex


class ArticlesModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[dict[str, Any]] = []
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._closed = False
        self.reload()

    def shutdown(self) -> None:
        """The project is closing: no more re-reads."""
        self._reload_timer.stop()
        self._closed = True

    def reload(self) -> None:
        self._reload_timer.stop()
        if self._closed or self._store.closed:  # the project closed while a reload was scheduled
            return
        rows = self._store.articles(with_text=False)
        if [r["id"] for r in rows] == [r["id"] for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def apply_changes(self, changes: Sequence[Change]) -> None:
        """Re-read the list soon after a change that can move a count (coalesced: tagging claims
        at typing speed re-reads it once, not on every key)."""
        if any(c.entity in ("article", "project") and c.kind != "update" for c in changes):
            self.reload()  # articles came or went: show it at once
            return
        for change in changes:
            relevant = change.entity in ("article", "project") or (
                change.entity == "claim"
                and (change.kind != "update" or not change.fields or {"status", "kind"} & set(change.fields))
            )
            if relevant:
                self._reload_timer.start()
                return

    def article_id(self, row: int) -> int:
        return int(self._rows[row]["id"]) if 0 <= row < len(self._rows) else -1

    def row_of(self, article_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item["id"] == article_id:
                return row
        return -1

    def article(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] == "checked":
            return "Share of the article's claims that are no longer unverified"
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        share = (item["checked"] / item["claims"]) if item["claims"] else None
        if role == ArticleIdRole:
            return item["id"]
        if role == CheckedShareRole:
            return share
        if role == SubtitleRole:
            parts = [item.get("outlet"), item.get("published"), item.get("author")]
            return "  ·  ".join(p for p in parts if p) or (item.get("file") or "")
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "title":
                return " ".join((item.get("title") or item.get("file") or "(untitled)").split())
            if key == "outlet":
                return item.get("outlet") or ""
            if key == "published":
                return item.get("published") or ""
            if key == "claims":  # its own claims; the cores derived from them are listed under them
                return str(item["claims"] - (item.get("derived") or 0))
            if key == "checked":
                return f"{round(100 * share)}%" if share is not None else "–"
        if role == SortRole:
            if key in ("claims",):
                return item["claims"] - (item.get("derived") or 0)
            if key == "checked":
                return -1.0 if share is None else share
            return (self.data(index, Qt.ItemDataRole.DisplayRole) or "").lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [item.get("title") or item.get("file") or "", item.get("outlet") or "",
                     item.get("author") or "", item.get("published") or "", item.get("url") or ""]
            tip = "\n".join(p for p in parts if p)
            if item["claims"]:
                tip += f"\n{item['checked']} of {item['claims']} claims checked"
            if item.get("derived"):
                tip += f" ({item['derived']} of them derived from another: View > Show Derived Claims)"
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("claims", "checked", "published"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
