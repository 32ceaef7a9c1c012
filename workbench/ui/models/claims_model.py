"""The claims table model: a list of claim ids from the store, rows fetched lazily in pages.

Filtering and sorting happen in SQLite (`Store.query_claim_ids`, FTS5 for free text), so the
model only ever holds ids plus a bounded cache of the rows the view has actually painted; a
100,000-claim project costs a list of ints. Store change notices refresh only what changed:
an edit to one claim re-fetches that row, an insert or delete moves rows without a reset so the
selection and scroll position survive.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from workbench.core.store import Change, ClaimFilter, Store
from workbench.core.vocab import CLAIM_KINDS, CONFIDENCE_LABELS
from workbench.ui.models.status_style import status_icon, status_label
from workbench.ui.workers import LatestRunner

#: (key, header, SORT_KEYS name)
COLUMNS: list[tuple[str, str, str]] = [
    ("id", "#", "position"),
    ("text", "Claim", "text"),
    ("speaker", "Speaker", "speaker"),
    ("status", "Status", "status"),
    ("confidence", "Confidence", "confidence"),
    ("source", "Source", "source"),
    ("article", "Article", "article"),
    ("duplicates", "Dup.", "duplicates"),
    ("conflicts", "Confl.", "conflicts"),
]
COLUMN_INDEX = {key: i for i, (key, _, _) in enumerate(COLUMNS)}

#: Role returning the whole claim row (a dict) for a row.
ClaimRole = Qt.ItemDataRole.UserRole + 1
#: Role returning the claim id.
ClaimIdRole = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 128
CACHE_LIMIT = 4096

_ModelIndex = QModelIndex | QPersistentModelIndex


class ClaimsModel(QAbstractTableModel):
    """Claim ids passing a `ClaimFilter`, sorted by the store; rows fetched on demand."""

    #: emitted after the id list was re-queried (filter, inserts, deletes): rows shown
    countsChanged = Signal(int)
    #: a background query started (the result arrives as a reset/layout change + countsChanged)
    queryStarted = Signal()
    #: a background query failed (message)
    queryFailed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = ClaimFilter()
        self._sort_key = "position"
        self._descending = False
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._runner: LatestRunner | None = None
        self._pending: tuple[str, int] | None = None  # (kind, generation) of the query in flight
        self._generation = 0
        self.fetches = 0  # number of page fetches (tests and the benchmark read it)

    # -- queries ---------------------------------------------------------------------------

    @property
    def claim_filter(self) -> ClaimFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort_key

    def set_filter(self, flt: ClaimFilter) -> None:
        self._filter = flt
        self._request("reset")

    def update_filter(self, **fields: Any) -> None:
        self.set_filter(replace(self._filter, **fields))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2] if 0 <= column < len(COLUMNS) else "position"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and self._ids:
            return
        self._sort_key, self._descending = key, descending
        self._request("relayout")

    def refresh(self) -> None:
        """Re-query ids keeping rows that are still there (selection survives)."""
        self._request("apply")

    # -- running queries: on this thread for small projects, in the background for big ones ----

    def enable_background_queries(self, path: Path) -> None:
        """Run id queries as background jobs with their own connection to `path` (big projects):
        the UI thread never waits for SQLite while the analyst types or sorts; while one query
        runs, only the newest request waits (fast typing never queues stale work)."""
        if self._runner is None:
            self._runner = LatestRunner(path, self)
            self._runner.finished.connect(self._on_query_done)

    @property
    def querying(self) -> bool:
        """True while a background query is running (the filter bar shows it)."""
        return self._pending is not None

    def shutdown(self) -> None:
        """Stop background queries (the project is closing)."""
        if self._runner is not None:
            self._runner.stop()
            self._runner = None
        self._pending = None

    def _request(self, kind: str) -> None:
        key = (self._filter, self._sort_key, self._descending)
        if self._runner is None:
            self._apply(kind, self._store.query_claim_ids(*key))
            return
        # A newer request replaces an older one; "reset" wins over lighter kinds.
        if self._pending is not None and self._pending[0] == "reset":
            kind = "reset"
        self._generation += 1
        self._pending = (kind, self._generation)
        self.queryStarted.emit()
        flt, sort, descending = replace(self._filter), self._sort_key, self._descending
        self._runner.submit(self._generation, lambda store, _progress, _cancel: store.query_claim_ids(
            flt, sort, descending))

    def _on_query_done(self, generation: int, ids: object) -> None:
        if self._pending is None or generation != self._pending[1]:
            return  # a newer request is on its way
        kind = self._pending[0]
        self._pending = None
        if isinstance(ids, Exception):
            self.queryFailed.emit(str(ids))
            ids = []
        self._apply(kind, list(ids))  # type: ignore[call-overload]

    def _apply(self, kind: str, ids: list[int]) -> None:
        if kind == "reset":
            self._reset(ids)
        elif kind == "relayout":
            if set(ids) == set(self._ids):
                self._relayout(ids)
            else:
                self._reset(ids)
        else:
            self._apply_new_ids(ids)

    def _reset(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._cache.clear()
        self.endResetModel()
        self.countsChanged.emit(len(self._ids))

    def _relayout(self, new_ids: list[int]) -> None:
        """Same rows in a new order: keep persistent indexes (selection) pointing at the same claims."""
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._ids = new_ids
        self._row_of = None
        rows = self.row_map()
        old_indexes = self.persistentIndexList()
        new_indexes = []
        for index in old_indexes:
            row = rows.get(old_ids[index.row()], -1) if 0 <= index.row() < len(old_ids) else -1
            new_indexes.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _apply_new_ids(self, new_ids: list[int]) -> None:
        """Move from the current id list to `new_ids` with row removes/inserts when the order of
        the surviving rows is unchanged (the usual case after an insert or delete), else reset."""
        old_ids = self._ids
        if new_ids == old_ids:
            return
        new_set, old_set = set(new_ids), set(old_ids)
        removed = old_set - new_set
        added = new_set - old_set
        if len(removed) + len(added) > 2000 or (
            [i for i in old_ids if i not in removed] != [i for i in new_ids if i not in added]
        ):
            self._reset(new_ids)
            return
        # Removals, bottom-up in contiguous runs.
        rows = sorted((r for r, cid in enumerate(old_ids) if cid in removed), reverse=True)
        while rows:
            last = first = rows.pop(0)
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first:last + 1]
            self.endRemoveRows()
        for cid in removed:
            self._cache.pop(cid, None)
        # Insertions, top-down, at their place in the new order.
        for row, cid in enumerate(new_ids):
            if cid in added:
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.insert(row, cid)
                self.endInsertRows()
        self._row_of = None
        self.countsChanged.emit(len(self._ids))

    # -- lookups ---------------------------------------------------------------------------

    def ids(self) -> list[int]:
        return self._ids

    def row_map(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._row_of

    def row_of(self, claim_id: int) -> int:
        return self.row_map().get(claim_id, -1)

    def claim_id(self, row: int) -> int:
        return self._ids[row] if 0 <= row < len(self._ids) else -1

    def claim(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < len(self._ids):
            return None
        cid = self._ids[row]
        item = self._cache.get(cid)
        if item is None:
            self._fetch_page(row)
            item = self._cache.get(cid)
        else:
            self._cache.move_to_end(cid)
        return item

    def _stale(self, item: dict[str, Any]) -> bool:
        """Rows stay put when a claim is tagged (triage keeps its place); this says it no longer
        matches the status filter."""
        statuses = self._filter.statuses
        return bool(statuses) and item["status"] not in statuses  # type: ignore[operator]

    def cached_count(self) -> int:
        return len(self._cache)

    def _fetch_page(self, row: int) -> None:
        start = (row // PAGE_SIZE) * PAGE_SIZE
        wanted = [cid for cid in self._ids[start:start + PAGE_SIZE] if cid not in self._cache]
        self.fetches += 1
        for item in self._store.claims_by_ids(wanted):
            self._cache[item["id"]] = item
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)

    # -- store changes ---------------------------------------------------------------------

    def apply_changes(self, changes: Sequence[Change]) -> None:
        requery = False
        refetch: set[int] = set()
        refetch_all = False
        for change in changes:
            if change.entity == "claim":
                if change.kind == "update" and "kind" in change.fields:
                    requery = True  # it may have left (or joined) the claims shown
                elif change.kind == "update":
                    if change.ids:
                        refetch.update(change.ids)
                    else:
                        refetch_all = True
                else:
                    requery = True
            elif change.entity in ("article", "project"):
                if change.kind == "update":
                    refetch_all = True
                else:
                    requery = True
            elif change.entity == "source":
                refetch_all = True
        if requery:
            self._cache.clear()
            self.refresh()
        if refetch_all or requery:
            self._cache.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))
            return
        if refetch:
            rows = self.row_map()
            for cid in refetch:
                self._cache.pop(cid, None)
                row = rows.get(cid)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, title, _ = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "id": "Claim id; sorts in reading order",
                "duplicates": "Duplicates: the same claim in other articles",
                "conflicts": "Conflicts: the same claim with incompatible figures or dates elsewhere",
            }.get(key, f"Sort by {title.lower()}")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("id", "duplicates", "conflicts"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == ClaimIdRole:
            return self.claim_id(row)
        item = self.claim(row)
        if item is None:
            return None
        key = COLUMNS[column][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, key)
        if role == ClaimRole:
            return item
        if role == Qt.ItemDataRole.DecorationRole and key == "status":
            return status_icon(item["status"])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _tooltip(item, key)
            if self._stale(item):
                tip = ((tip + "\n\n") if tip else "") + (
                    "Tagged out of the status filter: it stays here while you triage and leaves when the "
                    "filter is applied again.")
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("id", "duplicates", "conflicts"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "conflicts" and item.get("conflicts"):
                return QColor("#d93025")
            if item.get("kind") not in CLAIM_KINDS or self._stale(item):
                return QColor(128, 128, 128)  # not a claim, or tagged out of the filter: greyed
            return None
        if role == Qt.ItemDataRole.FontRole and key == "text" and item.get("kind") not in CLAIM_KINDS:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.FontRole and key == "conflicts" and item.get("conflicts"):
            font = QFont()
            font.setBold(True)
            return font
        return None


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _display(item: dict[str, Any], key: str) -> str:
    if key == "id":
        return str(item["id"])
    if key == "text":
        # a claim derived from another (its core) is listed under it, indented
        return f"    ↳ {_one_line(item['text'])}" if item.get("derived_from") else _one_line(item["text"])
    if key == "speaker":
        return _one_line(item.get("speaker"))
    if key == "status":
        return status_label(item["status"])
    if key == "confidence":
        return CONFIDENCE_LABELS.get(item.get("confidence") or "", "")
    if key == "source":
        return item.get("source") or ""
    if key == "article":
        title = _one_line(item.get("article_title")) or "(untitled)"
        return f"{item['outlet']} · {title}" if item.get("outlet") else title
    if key in ("duplicates", "conflicts"):
        return str(item.get(key) or "") if item.get(key) else ""
    return ""


def _tooltip(item: dict[str, Any], key: str) -> str | None:
    if key == "text":
        tip = _one_line(item["text"])
        quote = _one_line(item.get("quote"))
        if quote and quote != tip:
            tip += f"\n\nQuote: “{quote}”"
        if item.get("hedged"):
            tip += "\n(hedged in the article)"
        if item.get("kind") not in CLAIM_KINDS:
            tip += f"\n(extraction judged this {item.get('kind')}, not a claim)"
        return tip
    if key == "speaker" and item.get("speaker"):
        tip = _one_line(item["speaker"])
        if item.get("relayed_by"):
            tip += f"\nrelayed by {item['relayed_by']}"
        return tip
    if key == "article":
        parts = [_one_line(item.get("article_title")), item.get("outlet") or "", item.get("published") or ""]
        return "\n".join(p for p in parts if p)
    if key == "source" and item.get("source"):
        grade = item.get("source_reliability")
        return f"{item['source']} (reliability {grade})" if grade else item["source"]
    return None
