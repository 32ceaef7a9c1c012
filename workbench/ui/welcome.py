"""The welcome screen: what the window shows on first launch and whenever no project is open.

A sheet over the window below its menu bar (the docks keep their saved layout underneath), with
the ways to start: a new project, open one, start from articles, the sample project, and the
recent projects. It only emits signals; the window does the work, as its menus do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomeScreen(QScrollArea):
    newProject = Signal()
    openProject = Signal()
    startFromArticles = Signal()
    openSample = Signal()
    openRecent = Signal(str)

    def __init__(self, window: QMainWindow, recent: Callable[[], list[Path]]) -> None:
        super().__init__(window)
        self.setObjectName("WelcomeScreen")
        self._window = window
        self._recent = recent
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.Window)

        page = QWidget(self)
        page.setObjectName("WelcomePage")
        outer = QHBoxLayout(page)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(10)
        outer.addLayout(column, 0)
        outer.addStretch(1)
        page.setMinimumWidth(0)

        heading = QHBoxLayout()
        heading.setSpacing(14)
        logo = QLabel(page)
        logo.setPixmap(QApplication.windowIcon().pixmap(QSize(56, 56)))
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title = QLabel("Claim Workbench", page)
        title.setObjectName("WelcomeTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        subtitle = QLabel("Check what the news says, one atomic claim at a time.", page)
        subtitle.setForegroundRole(subtitle.foregroundRole())
        titles.addWidget(title)
        titles.addWidget(subtitle)
        heading.addLayout(titles, 1)
        column.addStretch(1)
        column.addLayout(heading)
        column.addSpacing(14)

        column.addWidget(self._section("Start", page))
        self.new_button = self._button("New Project…", "An empty project file for a new investigation", page)
        self.open_button = self._button("Open Project…", "A project file (.wbproj) on this computer", page)
        self.articles_button = self._button(
            "Start from Articles…", "A new project, then pick the articles to import into it", page)
        self.sample_button = self._button(
            "Open the Sample Project", "News articles about two bank attacks, already split into claims", page)
        for button, signal in ((self.new_button, self.newProject), (self.open_button, self.openProject),
                               (self.articles_button, self.startFromArticles), (self.sample_button, self.openSample)):
            button.clicked.connect(signal.emit)
            column.addWidget(button)

        column.addSpacing(10)
        column.addWidget(self._section("Recent projects", page))
        self.recent_list = QListWidget(page)
        self.recent_list.setObjectName("WelcomeRecent")
        self.recent_list.setAccessibleName("Recent projects")
        self.recent_list.setUniformItemSizes(True)
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_list.itemClicked.connect(self._open_item)
        self.recent_list.installEventFilter(self)
        column.addWidget(self.recent_list)
        self.no_recent = QLabel("Projects you open appear here.", page)
        self.no_recent.setEnabled(False)
        column.addWidget(self.no_recent)
        column.addStretch(2)
        for widget in (self.new_button, self.open_button, self.articles_button, self.sample_button, self.recent_list):
            widget.setMinimumWidth(420)
            widget.setMaximumWidth(620)
        self.setWidget(page)
        window.installEventFilter(self)

    @staticmethod
    def _section(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    @staticmethod
    def _button(text: str, description: str, parent: QWidget) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, parent)
        button.setIconSize(QSize(0, 0))
        return button

    # -- showing ----------------------------------------------------------------------------

    def present(self) -> None:
        """Fill the recent projects, cover the window below its menu bar and take the focus."""
        self.refresh()
        self._place()
        self.show()
        self.raise_()
        self.new_button.setFocus()

    def refresh(self) -> None:
        self.recent_list.clear()
        for path in self._recent():
            exists = path.is_file()
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}" if exists else f"{path.stem}    (not found)")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            if not exists:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(item)
        count = self.recent_list.count()
        self.recent_list.setVisible(count > 0)
        self.no_recent.setVisible(count == 0)
        row = self.recent_list.sizeHintForRow(0) if count else 0
        self.recent_list.setFixedHeight(min(count, 6) * row + 2 * self.recent_list.frameWidth() + 2)

    def _place(self) -> None:
        bar = self._window.menuWidget()
        top = bar.geometry().bottom() + 1 if bar is not None and bar.isVisible() else 0
        status = self._window.statusBar()
        bottom = status.geometry().top() if status.isVisible() else self._window.height()
        self.setGeometry(0, top, self._window.width(), max(0, bottom - top))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            if self.isVisible():
                self._place()
        elif watched is self.recent_list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.recent_list.currentItem() is not None:
                self._open_item(self.recent_list.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _open_item(self, item: QListWidgetItem) -> None:
        if self.isVisible() and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.openRecent.emit(str(item.data(PATH_ROLE)))
