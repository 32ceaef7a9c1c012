"""The Conflicts view: every pair of conflicting versions in the project, as a queue to work through.

Each row is a conflict link between two facts (undecided first); below, the two claims side by
side with what differs highlighted. The analyst keeps them as conflicting versions, calls them
the same fact after all, or rejects the match; each decision is one undo step and moves on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.actions import links
from workbench.core.store import Change, Store, StoreError
from workbench.core.vocab import LinkState, Relation
from workbench.ui.commands.base import perform
from workbench.ui.context import ProjectContext
from workbench.ui.models.columns_model import ColumnsTableModel
from workbench.ui.views.claim_diff import ClaimDiffWidget

COLUMNS = [("fact_a", "Fact"), ("text_a", "One version"), ("fact_b", "Fact"), ("text_b", "Other version"),
           ("score", "Score"), ("state", "Decision")]
_ModelIndex = QModelIndex | QPersistentModelIndex


class ConflictsModel(ColumnsTableModel):
    """Conflict pairs (one per pair of facts, its strongest link); claim texts fetched as rows are painted."""

    countsChanged = Signal(int, int)  # pairs, undecided
    columns = COLUMNS

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._pairs: list[dict[str, Any]] = []
        self._texts: dict[int, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        """Re-read the pairs of the facts as last grouped (regrouping runs in the background)."""
        seen: set[tuple[int, int]] = set()
        pairs = []
        for p in self._store.conflicting_fact_pairs():
            key = (min(p["fact_a"], p["fact_b"]), max(p["fact_a"], p["fact_b"]))
            if key not in seen:
                seen.add(key)
                pairs.append(p)
        pairs.sort(key=lambda p: (p["state"] != LinkState.SUGGESTED, -p["score"], p["link_id"]))
        self.beginResetModel()
        self._pairs = pairs
        self._texts.clear()
        self.endResetModel()
        self.countsChanged.emit(len(pairs), sum(p["state"] == LinkState.SUGGESTED for p in pairs))

    def on_changes(self, changes: list[Change]) -> None:
        if any(c.entity in ("link", "claim", "fact", "project") for c in changes):
            self._timer.start()

    def shutdown(self) -> None:
        self._timer.stop()

    def pair(self, row: int) -> dict[str, Any] | None:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def row_of_link(self, link_id: int) -> int:
        return next((k for k, p in enumerate(self._pairs) if p["link_id"] == link_id), -1)

    def _text(self, claim_id: int) -> str:
        if claim_id not in self._texts:
            rows = self._store.claims_by_ids([claim_id])
            self._texts[claim_id] = rows[0]["text"] if rows else ""
        return self._texts[claim_id]

    def row_count(self) -> int:
        return len(self._pairs)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.pair(index.row()) if index.isValid() else None
        if p is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = COLUMNS[index.column()][0]
        if key in ("fact_a", "fact_b"):
            return f"#{p[key]}"
        if key == "text_a":
            return self._text(p["claim_a"])
        if key == "text_b":
            return self._text(p["claim_b"])
        if key == "score":
            return f"{p['score']:.0f}"
        return {LinkState.SUGGESTED.value: "to review", LinkState.CONFIRMED.value: "conflicting versions"}.get(
            p["state"], p["state"])


class ConflictsPanel(QWidget):
    """The queue of conflicting pairs and the claim diff of the current one."""

    #: a fact to show in the Facts view
    factRequested = Signal(int)

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsPanel")
        self.ctx = ctx
        self.model = ConflictsModel(ctx.store, self)
        self.table = QTableView(self)
        self.table.setObjectName("ConflictsTable")
        self.table.setAccessibleName("Conflicting versions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in (1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.table.doubleClicked.connect(lambda index: self._open_fact(index))

        self.count = QLabel(self)
        self.keep_button = QPushButton("Conflicting versions", self)
        self.keep_button.setToolTip("Confirm: these disagree (figures or dates) and stay separate facts")
        self.keep_button.clicked.connect(lambda: self.decide(LinkState.CONFIRMED, Relation.CONFLICT))
        self.same_button = QPushButton("Same fact", self)
        self.same_button.setToolTip("They state the same thing after all: the two facts become one")
        self.same_button.clicked.connect(lambda: self.decide(LinkState.CONFIRMED, Relation.DUPLICATE))
        self.reject_button = QPushButton("Not a match", self)
        self.reject_button.clicked.connect(lambda: self.decide(LinkState.REJECTED, None))
        self.next_button = QPushButton("Next to review", self)
        self.next_button.clicked.connect(self.next_undecided)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for b in (self.keep_button, self.same_button, self.reject_button, self.next_button):
            buttons.addWidget(b)

        self.diff = ClaimDiffWidget(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.diff)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.model.countsChanged.connect(self._on_counts)
        self.model.modelReset.connect(self._after_reset)
        ctx.changed.connect(self.model.on_changes)
        self._current_link = -1
        self.model.refresh()

    def _on_counts(self, pairs: int, undecided: int) -> None:
        self.count.setText(f"{pairs} conflicting pair{'s' if pairs != 1 else ''}, {undecided} to review")

    def _after_reset(self) -> None:
        row = self.model.row_of_link(self._current_link)
        self.select_row(row if row >= 0 else 0)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show(-1)

    def current_pair(self) -> dict[str, Any] | None:
        return self.model.pair(self.table.currentIndex().row())

    def _show(self, row: int) -> None:
        p = self.model.pair(row)
        for button in (self.keep_button, self.same_button, self.reject_button):
            button.setEnabled(p is not None)
        if p is None:
            self._current_link = -1
            self.diff.clear()
            return
        self._current_link = p["link_id"]
        first, second = self.ctx.store.claims_by_ids([p["claim_a"], p["claim_b"]])
        self.diff.show_claims(first, second)

    def _open_fact(self, index: QModelIndex) -> None:
        p = self.model.pair(index.row())
        if p is not None:
            self.factRequested.emit(p["fact_b"] if index.column() >= 2 else p["fact_a"])

    def decide(self, state: str, relation: str | None) -> None:
        p = self.current_pair()
        if p is None:
            return
        row = self.table.currentIndex().row()
        try:
            perform(self.ctx, links.set_link_state, p["link_id"], state, relation)
        except StoreError as exc:
            self.ctx.message.emit(str(exc))
            return
        self.model.refresh()
        self.select_row(min(row, self.model.rowCount() - 1))
        self.next_undecided()

    def next_undecided(self) -> None:
        start = self.table.currentIndex().row()
        n = self.model.rowCount()
        for k in range(1, n + 1):
            row = (start + k) % n if start >= 0 else k - 1
            p = self.model.pair(row)
            if p is not None and p["state"] == LinkState.SUGGESTED:
                self.select_row(row)
                return

    def set_read_only(self) -> None:
        """A read-only project: the decisions stay disabled (the queue can still be browsed)."""
        from workbench.ui.views.read_only import lock_editing

        lock_editing(self, [self.keep_button, self.same_button, self.reject_button])

    def shutdown(self) -> None:
        self.model.shutdown()
