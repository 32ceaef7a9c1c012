"""The facts table model: fact ids from the core, largest first, summaries fetched lazily in pages.

Like the claims model it holds only ids plus a bounded cache of the rows painted. A store change
that can move claims between facts (links, claims, facts) re-queries the ids, debounced so a
burst of edits costs one refresh; the regrouping itself runs in the background (ui.derived).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from workbench.core.facts import DEBT_RULES, fact_summaries, verification_debt
from workbench.core.store import Change, Store
from workbench.core.vocab import CONFIDENCE_LABELS, Status
from workbench.ui.models.status_style import status_icon, status_label

COLUMNS: list[tuple[str, str]] = [
    ("id", "#"),
    ("text", "Fact"),
    ("claims", "Seen"),
    ("articles", "Articles"),
    ("outlets", "Outlets"),
    ("independent_sources", "Indep."),
    ("status", "Verdict"),
    ("conflicting_facts", "Conflicts with"),
]
HEADER_TIPS = {
    "claims": "Appearances: the claims, in any article, that state this fact",
    "independent_sources": "Independent sources: copies of one wire story, or one outlet's articles, count once",
    "conflicting_facts": "Conflicting versions: facts whose figures or dates disagree with this one",
}
COLUMN_INDEX = {key: i for i, (key, _) in enumerate(COLUMNS)}

#: Role returning the fact summary (a dict) of a row.
FactRole = Qt.ItemDataRole.UserRole + 11
#: Role returning the fact id of a row.
FactIdRole = Qt.ItemDataRole.UserRole + 12

PAGE_SIZE = 128
CACHE_LIMIT = 2048

#: Saved filters: key -> label. Statuses and debt rules are added below.
BASE_FILTERS: dict[str, str] = {
    "all": "All facts",
    "multi": "Facts in two or more articles",
    "conflicts": "Conflicting versions or rating conflicts",
}
SAVED_FILTERS: dict[str, str] = {
    **BASE_FILTERS,
    **{f"status:{s.value}": f"Verdict: {status_label(s.value)}" for s in Status},
    **{f"debt:{name}": f"Debt: {label}" for name, label in DEBT_RULES.items()},
}

_ModelIndex = QModelIndex | QPersistentModelIndex


def fact_ids_for(store: Store, key: str) -> list[int]:
    """The ids a saved filter shows, largest fact first."""
    if key.startswith("status:"):
        return store.fact_ids_by_size([key.split(":", 1)[1]])
    if key.startswith("debt:"):
        wanted = set(verification_debt(store, refresh=False).get(key.split(":", 1)[1], []))
        return [f for f in store.fact_ids_by_size() if f in wanted]
    ids = store.fact_ids_by_size()
    if key == "multi":
        return [s["id"] for s in fact_summaries(store, ids, refresh=False) if len(s["articles"]) >= 2]
    if key == "conflicts":
        return [s["id"] for s in fact_summaries(store, ids, refresh=False)
                if s["conflicting_facts"] or s["rating_conflict"]]
    return ids


class FactsModel(QAbstractTableModel):
    """Fact ids for a saved filter; summaries fetched on demand."""

    countsChanged = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._key = "all"
        self._ids: list[int] = []
        self._cache: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self.fetches = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)

    @property
    def filter_key(self) -> str:
        return self._key

    def set_filter(self, key: str) -> None:
        if key not in SAVED_FILTERS:
            raise ValueError(f"unknown facts filter {key!r}")
        self._key = key
        self.refresh()

    def refresh(self) -> None:
        """Re-query the ids of the facts as last grouped (a reset; views keep the current fact by id).
        Regrouping runs in the background (ui.derived) and is written in one transaction, so this
        reads the grouping from before or after it, never half of it."""
        ids = fact_ids_for(self._store, self._key)
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()
        self.countsChanged.emit(len(ids))

    def on_changes(self, changes: list[Change]) -> None:
        if any(c.entity in ("link", "claim", "fact", "project", "evidence", "article") for c in changes):
            self._timer.start()

    def shutdown(self) -> None:
        self._timer.stop()

    # -- rows ------------------------------------------------------------------------------

    def fact_id(self, row: int) -> int:
        return self._ids[row] if 0 <= row < len(self._ids) else -1

    def row_of(self, fact_id: int) -> int:
        try:
            return self._ids.index(fact_id)
        except ValueError:
            return -1

    def summary(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < len(self._ids):
            return None
        fact_id = self._ids[row]
        if fact_id not in self._cache:
            start = (row // PAGE_SIZE) * PAGE_SIZE
            page = self._ids[start:start + PAGE_SIZE]
            self.fetches += 1
            for s in fact_summaries(self._store, page, refresh=False):
                self._cache[s["id"]] = s
            while len(self._cache) > CACHE_LIMIT:
                self._cache.popitem(last=False)
        return self._cache.get(fact_id)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section][1]
            if role == Qt.ItemDataRole.ToolTipRole:
                return HEADER_TIPS.get(COLUMNS[section][0])
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.summary(index.row())
        if s is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == FactRole:
            return s
        if role == FactIdRole:
            return s["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(s, key)
        if role == Qt.ItemDataRole.DecorationRole and key == "status":
            return status_icon(s["status"])
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "status" and s["rating_conflict"]:
                return f"Rating conflict: claims {', '.join(map(str, s['apart_claims']))} carry their own verdict"
            if key == "text":
                return s["text"]
            if key == "outlets":
                return ", ".join(s["outlets"])
        if role == Qt.ItemDataRole.FontRole and key == "status" and s["rating_conflict"]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("id", "claims", "articles", "independent_sources"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _display(s: dict[str, Any], key: str) -> str:
    if key == "claims":
        return str(len(s["claims"]))
    if key == "articles":
        return str(len(s["articles"]))
    if key == "outlets":
        return ", ".join(s["outlets"]) or "—"
    if key == "status":
        text = status_label(s["status"])
        if s["confidence"]:
            text += f" ({CONFIDENCE_LABELS.get(s['confidence'], s['confidence'])})"
        return text + ("  ⚠ rating conflict" if s["rating_conflict"] else "")
    if key == "conflicting_facts":
        return ", ".join(f"#{f}" for f in s["conflicting_facts"]) or ""
    return str(s.get(key, ""))
