"""The claims table with its filter bar (scope, status, source, free text through FTS5).

The table never holds more than ids: `ClaimsModel` asks the store for the sorted, filtered id
list and fetches the visible rows in pages. Typing in the filter box re-queries after a short
pause, so the table answers as you type even on a project with 100,000 claims.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.store import Change, ClaimFilter
from workbench.core.vocab import Status
from workbench.ui.context import ProjectContext
from workbench.ui.models.claims_model import COLUMN_INDEX, COLUMNS, ClaimsModel
from workbench.ui.models.status_style import status_icon, status_label

SEARCH_DEBOUNCE_MS = 140
#: above this many claims, filter and sort queries run on a worker thread
BACKGROUND_QUERY_THRESHOLD = 20_000
#: Share of the table's width kept for the claim text when the window is narrow.
TEXT_SHARE = 0.4

SCOPE_ARTICLE = "article"
SCOPE_ALL = "all"


class ClaimsTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context_actions: list[QAction | None] = []

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001 - QContextMenuEvent
        if not self.context_actions:
            return
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())


class ClaimsPanel(QWidget):
    """Filter bar + lazily fetched claims table, bound to the project context."""

    #: a claim row was double-clicked or Enter was pressed on it
    activated = Signal(int)

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimsPanel")
        self.ctx = ctx
        self._syncing = False
        self._from_table = False  # set while the table itself moves the current row
        self.model = ClaimsModel(ctx.store, self)
        ctx.closing.connect(self.shutdown)  # also when the context closes without the window's help
        if ctx.store.count_claims(ClaimFilter(kinds=None)) > BACKGROUND_QUERY_THRESHOLD:
            self.model.enable_background_queries(ctx.store.path)
        self._select_first_when_ready = False
        self._first_claim_when_ready = False
        self._show_all_kinds = False
        self._show_derived = False

        self.search = QLineEdit(self)
        self.search.setObjectName("ClaimsSearch")
        self.search.setPlaceholderText("Filter claims by words in text, quote or speaker  (Ctrl+F or /)")
        self.search.setClearButtonEnabled(True)
        self.scope = QComboBox(self)
        self.scope.setObjectName("ClaimsScope")
        self.scope.addItem("Selected article", SCOPE_ARTICLE)
        self.scope.addItem("All articles", SCOPE_ALL)
        self.scope.setToolTip("Show the claims of the selected article, or of the whole project")
        self.status = QComboBox(self)
        self.status.setObjectName("ClaimsStatus")
        self.status.addItem("Any status", None)
        for status in Status:
            self.status.addItem(status_icon(status.value), status_label(status.value), status.value)
        self.status.addItem("Checked (not unverified)", "checked")
        self.source = QComboBox(self)
        self.source.setObjectName("ClaimsSource")
        self.source.setMinimumContentsLength(12)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count = QLabel(self)
        self.count.setObjectName("ClaimsCount")
        self.count.setMinimumWidth(90)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 4)
        bar.setSpacing(6)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.scope)
        bar.addWidget(self.status)
        bar.addWidget(self.source)
        bar.addWidget(self.count)

        self.table = ClaimsTable(self)
        self.table.setObjectName("ClaimsTable")
        self.table.setAccessibleName("Claims")
        self.search.setAccessibleName("Filter claims")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_INDEX["text"], QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        widths = {"id": 3.6, "speaker": 12, "status": 10.6, "confidence": 7.4, "source": 9, "article": 13.5,
                  "duplicates": 3.6, "conflicts": 4.2}
        for key, width in widths.items():
            header.resizeSection(COLUMN_INDEX[key], int(width * em))
        # In a narrow window the other columns give way so the claim itself stays readable.
        self._column_widths = {COLUMN_INDEX[key]: int(width * em) for key, width in widths.items()}
        self._min_column = int(3.2 * em)
        self._fitting = False
        header.sectionResized.connect(self._remember_width)
        self.table.viewport().installEventFilter(self)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setSortIndicatorClearable(True)  # a third click goes back to reading order
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_entered)
        self.scope.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.source.currentIndexChanged.connect(self.apply_filter)
        self.model.countsChanged.connect(self._show_count)
        self.model.queryStarted.connect(lambda: self.count.setText("Searching…"))
        self.model.queryFailed.connect(lambda message: self.ctx.message.emit(f"Filter failed: {message}"))
        self.model.modelReset.connect(self._restore_selection)
        self.model.layoutChanged.connect(self._scroll_to_current)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.context_actions = []

        ctx.articleSelected.connect(self._on_article)
        ctx.claimSelected.connect(self._on_claim)
        ctx.changed.connect(self._on_changes)
        self._fill_sources()
        self.apply_filter()

    # -- public ---------------------------------------------------------------------------

    def set_context_actions(self, actions: Sequence[QAction | None]) -> None:
        self.table.context_actions = list(actions)

    def focus_filter(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_scope(self, scope: str) -> None:
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))

    def set_search(self, text: str, *, immediately: bool = True) -> None:
        self.search.setText(text)
        if immediately:
            self._debounce.stop()
            self.apply_filter()

    def selected_claim_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.claim_id(r) for r in rows]

    def set_show_all_kinds(self, show: bool) -> None:
        """Also list what extraction judged not to be claims (headlines, opinion, boilerplate)."""
        self._show_all_kinds = show
        self.apply_filter()

    def set_show_derived(self, show: bool) -> None:
        """Also list the claims derived from another (a claim's core without its time and place),
        each under its full claim."""
        self._show_derived = show
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        status = self.status.currentData()
        statuses: list[str] | None
        if status == "checked":
            statuses = [s.value for s in Status if s != Status.UNVERIFIED]
        else:
            statuses = [status] if status else None
        article_id = self.ctx.current_article_id if self.scope.currentData() == SCOPE_ARTICLE else None
        if self.scope.currentData() == SCOPE_ARTICLE and article_id is not None and article_id < 0:
            article_id = 0  # no article selected yet: show nothing rather than everything
        self.model.update_filter(
            article_id=article_id,
            statuses=statuses,
            source_id=self.source.currentData(),
            search=self.search.text().strip() or None,
            kinds=None if self._show_all_kinds else ClaimFilter().kinds,
            derived=self._show_derived,
        )

    def move_current(self, step: int) -> bool:
        """Select the next (+1) or previous (-1) claim in the table's order."""
        if self.model.rowCount() == 0:
            return False
        row = self.model.row_of(self.ctx.current_claim_id)
        if row < 0:
            row = 0 if step > 0 else self.model.rowCount() - 1
        else:
            row += step
        if not 0 <= row < self.model.rowCount():
            return False
        self.ctx.select_claim(self.model.claim_id(row))
        return True

    def next_with_status(self, status: str, step: int = 1) -> bool:
        """Select the next claim (wrapping around) whose status is `status`, in table order."""
        ids = self.model.ids()
        if not ids:
            return False
        start = self.model.row_of(self.ctx.current_claim_id)
        n = len(ids)
        order = [(start + step * k) % n for k in range(1, n + 1)] if start >= 0 else list(range(n))
        for offset in range(0, n, 256):  # fetch statuses page by page, never all rows at once
            rows = order[offset:offset + 256]
            for claim in self.ctx.store.claims_by_ids([ids[r] for r in rows]):
                if claim["status"] == status and claim["id"] != self.ctx.current_claim_id:
                    self.ctx.select_claim(claim["id"])
                    return True
        return False

    # -- reactions -------------------------------------------------------------------------

    def _search_entered(self) -> None:
        """Enter in the filter box: back to the table, on the first match."""
        self.apply_filter()
        if self.model.querying:
            self._select_first_when_ready = True
        else:
            self._go_to_results()

    def _go_to_results(self) -> None:
        self._select_first_when_ready = False
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.model.row_of(self.ctx.current_claim_id) < 0:
                self.ctx.select_claim(self.model.claim_id(0))

    def select_first_claim(self) -> None:
        """Select the table's first claim, now or as soon as a background query has answered."""
        if self.model.querying:
            self._first_claim_when_ready = True
        elif self.model.rowCount():
            self.ctx.select_claim(self.model.claim_id(0))

    def _show_count(self, shown: int) -> None:
        self.count.setText(f"{shown:,} claim{'s' if shown != 1 else ''}")
        self.count.setToolTip("" if self._show_derived else
                              "Claims derived from another (a claim's core without its time and place) are not "
                              "listed: View > Show Derived Claims lists each under its claim")
        if self._select_first_when_ready:
            self._go_to_results()
        if self._first_claim_when_ready:
            self._first_claim_when_ready = False
            if shown and self.model.row_of(self.ctx.current_claim_id) < 0:
                self.ctx.select_claim(self.model.claim_id(0))

    def shutdown(self) -> None:
        """The project is closing: stop the background query thread."""
        self._debounce.stop()
        self.model.shutdown()

    def _fill_sources(self) -> None:
        current = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem("Any source", None)
        for source in self.ctx.store.sources():
            self.source.addItem(source["name"], source["id"])
        index = self.source.findData(current)
        self.source.setCurrentIndex(index if index >= 0 else 0)
        self.source.blockSignals(False)
        if current is not None and index < 0:
            self.apply_filter()

    def _on_article(self, article_id: int) -> None:
        if self.scope.currentData() == SCOPE_ARTICLE:
            self.apply_filter()

    def _on_claim(self, claim_id: int) -> None:
        if self._from_table:
            # The table itself moved the current row (a click, Ctrl+click, Shift+click, arrow key):
            # Qt applies its own selection change right after; replacing it here would undo a
            # Ctrl+click toggle before it happens.
            return
        row = self.model.row_of(claim_id) if claim_id >= 0 else -1
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row, COLUMN_INDEX["text"])
                if selection.currentIndex().row() != row or not selection.isRowSelected(row):
                    selection.setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                    )
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self._from_table = True
        try:
            self.ctx.select_claim(self.model.claim_id(current.row()))
        finally:
            self._from_table = False

    def _remember_width(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != COLUMN_INDEX["text"]:
            self._column_widths[column] = new  # the analyst dragged it: that is the width wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Keep at least TEXT_SHARE of the width for the claim: shrink the other columns in
        proportion (never below a few letters), back to their wanted widths when there is room."""
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        shown = {c: w for c, w in self._column_widths.items() if not header.isSectionHidden(c)}
        wanted = sum(shown.values())
        if available <= 0 or not wanted:
            return
        scale = min(1.0, max(0.0, available * (1 - TEXT_SHARE)) / wanted)
        self._fitting = True
        try:
            for column, width in shown.items():
                target = max(self._min_column, int(width * scale))
                if header.sectionSize(column) != target:
                    header.resizeSection(column, target)
        finally:
            self._fitting = False

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.claim_id(index.row()))

    def _restore_selection(self) -> None:
        self._on_claim(self.ctx.current_claim_id)

    def _scroll_to_current(self) -> None:
        row = self.model.row_of(self.ctx.current_claim_id)
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_changes(self, changes: list[Change]) -> None:
        self.model.apply_changes(changes)
        if any(c.entity in ("source", "project") for c in changes):
            self._fill_sources()

    def _header_menu(self, point: QPoint) -> None:
        """Right-click on the header: show or hide columns, or go back to reading order."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, (key, title, _) in enumerate(COLUMNS):
            if key == "text":
                continue
            action = menu.addAction({"id": "# (claim id)", "duplicates": "Duplicates",
                                     "conflicts": "Conflicts"}.get(key, title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction("Sort in Reading Order", lambda: header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder))
        menu.exec(header.mapToGlobal(point))

    def header_state(self) -> bytes:
        return bytes(self.table.horizontalHeader().saveState().data())

    def restore_header_state(self, state: bytes) -> None:
        if state:
            self.table.horizontalHeader().restoreState(state)

    def context_point(self) -> QPoint:
        return self.table.viewport().mapToGlobal(QPoint(0, 0))
