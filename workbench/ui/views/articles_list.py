"""The articles list: title, outlet, date, number of claims and the share already checked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.store import Change
from workbench.core.vocab import Status
from workbench.ui.context import ProjectContext
from workbench.ui.models.articles_model import (
    COLUMN_INDEX,
    COLUMNS,
    ArticleIdRole,
    ArticlesModel,
    CheckedShareRole,
    SortRole,
    SubtitleRole,
)
from workbench.ui.models.status_style import STATUS_COLORS


class CheckedBarDelegate(QStyledItemDelegate):
    """Paints the share of checked claims as a thin progress bar under the percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        share = index.data(CheckedShareRole)
        if share is None:
            return
        rect: QRect = option.rect.adjusted(6, option.rect.height() - 5, -6, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(option.palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 1.5, 1.5)
        if share > 0:
            done = QRect(rect)
            done.setWidth(max(2, int(rect.width() * share)))
            painter.setBrush(QColor(STATUS_COLORS[Status.VERIFIED.value]))
            painter.drawRoundedRect(done, 1.5, 1.5)
        painter.restore()


class TitleDelegate(QStyledItemDelegate):
    """Two lines per article: the title, then outlet · date · author in a muted colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(text_color)
        muted.setAlpha(165)
        rect = opt.rect.adjusted(8, 4, -6, -4)
        line = rect.height() // 2
        title_font = QFont(opt.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(text_color)
        title = QFontMetrics(title_font).elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "", Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        small = QFont(opt.font)
        small.setPointSizeF(opt.font.pointSizeF() * 0.92)
        painter.setFont(small)
        painter.setPen(muted)
        subtitle = QFontMetrics(small).elidedText(index.data(SubtitleRole) or "", Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), rect.height() - line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)
        painter.restore()


class ArticlesPanel(QWidget):
    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ArticlesPanel")
        self.ctx = ctx
        self._syncing = False
        self.model = ArticlesModel(ctx.store, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit(self)
        self.search.setObjectName("ArticlesSearch")
        self.search.setPlaceholderText("Filter articles")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setObjectName("ArticlesTable")
        self.table.setAccessibleName("Articles")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(COLUMN_INDEX["checked"], CheckedBarDelegate(self.table))
        self.table.setItemDelegateForColumn(COLUMN_INDEX["title"], TitleDelegate(self.table))
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(2 * self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_INDEX["title"], QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for key, width in {"outlet": 7, "published": 6.5, "claims": 4.6, "checked": 5.6}.items():
            header.resizeSection(COLUMN_INDEX[key], int(width * em))
        # Outlet and date are shown under each title; their own columns (for sorting) are optional.
        header.hideSection(COLUMN_INDEX["outlet"])
        header.hideSection(COLUMN_INDEX["published"])
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setSortIndicatorClearable(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        search_row = QVBoxLayout()
        search_row.setContentsMargins(6, 6, 6, 4)
        search_row.addWidget(self.search)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.modelReset.connect(lambda: self._on_article(self.ctx.current_article_id))
        ctx.articleSelected.connect(self._on_article)
        ctx.changed.connect(self._on_changes)

    def _header_menu(self, point) -> None:  # noqa: ANN001 - QPoint
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for key in ("outlet", "published"):
            column = COLUMN_INDEX[key]
            action = menu.addAction(f"Show {COLUMNS[column][1]} Column")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(point))

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        """Right-click on an article offers these (Delete Article)."""
        self._context_actions = list(actions)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid() or not self._context_actions:
            return
        self.ctx.select_article(int(index.data(ArticleIdRole)))  # the menu acts on the clicked article
        menu = QMenu(self)
        menu.addActions(self._context_actions)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def current_row(self) -> int:
        """The current article's row in the list's order, or -1."""
        row = self.model.row_of(self.ctx.current_article_id)
        return self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1

    def select_row(self, row: int) -> None:
        """Select the article shown at `row` (in the list's current order)."""
        index = self.proxy.index(row, 0)
        if index.isValid():
            self.ctx.select_article(int(index.data(ArticleIdRole)))

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.ctx.select_article(int(current.data(ArticleIdRole)))

    def _on_article(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            if row < 0:
                selection.clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid() and selection.currentIndex().row() != index.row():
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def _on_changes(self, changes: list[Change]) -> None:
        self.model.apply_changes(changes)
