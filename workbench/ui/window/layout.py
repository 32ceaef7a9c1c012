"""Docks and their layout: building them, default sizes, saving and restoring window state,
and the View menu's focus, zoom, theme and show-all-kinds switches."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar

from workbench.ui.settings import ui_settings
from workbench.ui.theme import apply_theme
from workbench.ui.window.base import PlaceholderPanel, WindowBase

#: After the window stops changing size for this long, the side panels get their share back.
RESIZE_SETTLE_MS = 150


class LayoutMixin(WindowBase):
    _sized_once = False
    _restored = False
    #: each side panel's share of the window (width or height) before a resize began
    _dock_shares: dict[str, float] | None = None
    _settled_size: QSize | None = None  # the window's size while nothing is resizing it
    _resize_timer: QTimer | None = None

    def _dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        dock.setWidget(PlaceholderPanel("No project open", dock))
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.articles_dock = self._dock("ArticlesDock", "Articles", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.claims_dock = self._dock("ClaimsDock", "Claims", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.inspector_dock = self._dock("InspectorDock", "Inspector", Qt.DockWidgetArea.RightDockWidgetArea)
        self.similar_dock = self._dock("SimilarDock", "Similar Claims", Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.inspector_dock, self.similar_dock, Qt.Orientation.Vertical)
        # Every undoable step of this session; click one to go back (or forward) to it.
        self.history_dock = self._dock("UndoHistoryDock", "Undo History", Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.similar_dock, self.history_dock)
        self.similar_dock.raise_()
        self.history_dock.hide()
        self._build_fact_docks()  # type: ignore[attr-defined]
        self._track_dock_shares()

    def _apply_default_sizes(self) -> None:
        self._settled_size = self.size()  # the docks' new sizes are the shares to keep
        width, height = self.width(), self.height()
        self.resizeDocks([self.articles_dock, self.inspector_dock],
                         [max(280, int(width * 0.235)), max(330, int(width * 0.25))], Qt.Orientation.Horizontal)
        self.resizeDocks([self.claims_dock], [max(240, int(height * 0.36))], Qt.Orientation.Vertical)
        self.resizeDocks([self.inspector_dock, self.similar_dock],
                         [int(height * 0.66), int(height * 0.34)], Qt.Orientation.Vertical)

    def _side_docks(self) -> list[tuple[QDockWidget, Qt.Orientation]]:
        return [(self.articles_dock, Qt.Orientation.Horizontal), (self.inspector_dock, Qt.Orientation.Horizontal),
                (self.claims_dock, Qt.Orientation.Vertical)]

    def _track_dock_shares(self) -> None:
        for dock, _ in self._side_docks():
            dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A side panel resized while the window keeps its size (the analyst dragged a separator,
        or the layout was reset): that is the share to give back after the window is resized."""
        if event.type() != QEvent.Type.Resize or not isinstance(watched, QDockWidget):
            return False
        try:
            if (self._settled_size is not None and self.size() == self._settled_size
                    and watched.isVisible() and not watched.isFloating()):
                horizontal = watched in (self.articles_dock, self.inspector_dock)
                total = self.width() if horizontal else self.height()
                if total > 0:
                    shares = dict(self._dock_shares or {})
                    shares[watched.objectName()] = (watched.width() if horizontal else watched.height()) / total
                    self._dock_shares = shares
        except RuntimeError:  # the window is being destroyed around its docks
            pass
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Shrinking squeezes the side panels to their minimum; growing again would leave all the
        new room to the reader. So each panel's share is remembered (see eventFilter) and given
        back once the window has settled at its new size."""
        super().resizeEvent(event)
        if self._resize_timer is None:
            self._resize_timer = QTimer(self)
            self._resize_timer.setSingleShot(True)
            self._resize_timer.setInterval(RESIZE_SETTLE_MS)
            self._resize_timer.timeout.connect(self._restore_dock_shares)
        self._resize_timer.start()

    def _restore_dock_shares(self) -> None:
        shares = dict(self._dock_shares or {})
        self._settled_size = None  # the docks move now: not the analyst's doing
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            docks, sizes = [], []
            total = self.width() if orientation == Qt.Orientation.Horizontal else self.height()
            for dock, orient in self._side_docks():
                if orient == orientation and dock.objectName() in shares and dock.isVisible():
                    docks.append(dock)
                    sizes.append(max(1, int(shares[dock.objectName()] * total)))
            if docks:
                self.resizeDocks(docks, sizes, orientation)
        self._dock_shares = shares
        QTimer.singleShot(0, self, self._mark_settled)  # dies with the window

    def _mark_settled(self) -> None:
        self._settled_size = self.size()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized_once:
            self._sized_once = True
            if not self._restored:
                self._apply_default_sizes()
            QTimer.singleShot(0, self, self.hide_stray_tab_bars)  # after the first layout pass

    def hide_stray_tab_bars(self) -> None:
        """Hide dock tab bars Qt left behind from an intermediate layout.

        Qt 6 (seen on 6.11) keeps a visible copy of a tab bar when a second group of tabbed docks is
        built before the window is shown: a "Claims | Facts" strip then floats over the Articles
        list. The live bar of a group sits right under its current dock; a bar anywhere else is a
        leftover. Qt shows a live bar again on its next layout pass, so a wrong guess heals itself,
        while a leftover, once hidden, stays hidden."""
        docks = {dock.windowTitle(): dock for dock in self.docks()}
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not bar.isVisible() or bar.count() == 0:
                continue
            dock = docks.get(bar.tabText(bar.currentIndex()))
            if dock is None:
                continue  # not a bar of ours
            under = dock.geometry()
            live = (dock.isVisible() and not dock.isFloating()
                    and abs(bar.geometry().top() - under.bottom() - 1) <= 4
                    and abs(bar.geometry().left() - under.left()) <= 4)
            if not live:
                bar.hide()

    def _restore_window_state(self) -> None:
        settings = ui_settings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray | bytes) and state:
            self._restored = self.restoreState(state)

    def save_window_state(self) -> None:
        settings = ui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.claims_panel is not None:
            settings.setValue("claims/header", QByteArray(self.claims_panel.header_state()))
        settings.setValue("triage/advance", self.triage.advance.isChecked())
        settings.sync()

    def reset_layout(self) -> None:
        for dock in (self.articles_dock, self.claims_dock, self.inspector_dock, self.similar_dock):
            dock.setFloating(False)
            dock.show()
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.articles_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.claims_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self.splitDockWidget(self.inspector_dock, self.similar_dock, Qt.Orientation.Vertical)
        self.history_dock.setFloating(False)
        self.tabifyDockWidget(self.similar_dock, self.history_dock)
        self.history_dock.hide()
        for dock in self.fact_docks():  # type: ignore[attr-defined]
            dock.setFloating(False)
            self.tabifyDockWidget(self.claims_dock, dock)
        self.claims_dock.raise_()
        self._apply_default_sizes()
        QTimer.singleShot(0, self, self.hide_stray_tab_bars)

    # -- focus and view switches ---------------------------------------------------------------

    def focus_claims_filter(self) -> None:
        if self.claims_panel is not None:
            self.claims_dock.show()
            self.claims_dock.raise_()
            self.claims_panel.focus_filter()

    def focus_panel(self, name: str) -> None:
        """Ctrl+1..5: move the keyboard focus to a panel (showing its dock if it was closed)."""
        targets = {
            "articles": (self.articles_dock, self.articles_panel.table if self.articles_panel else None),
            "reader": (None, self.reader_panel.text if self.reader_panel else None),
            "claims": (self.claims_dock, self.claims_panel.table if self.claims_panel else None),
            "inspector": (self.inspector_dock, self.inspector_panel),
            "similar": (self.similar_dock, self.similar_panel),
        }
        dock, widget = targets[name]
        if dock is not None:
            dock.show()
            dock.raise_()
        if widget is not None:
            focus = widget if widget.focusPolicy() != Qt.FocusPolicy.NoFocus else widget.nextInFocusChain()
            (focus or widget).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_claims_table(self) -> None:
        if self.claims_panel is not None:
            self.claims_panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def zoom_reader(self, step: int) -> None:
        if self.reader_panel is None:
            return
        size = self.reader_panel.zoom(step)
        ui_settings().setValue("reader/point_size", size)

    def set_theme(self, key: str) -> None:
        apply_theme(QApplication.instance(), key)  # type: ignore[arg-type]
        ui_settings().setValue("ui/theme", key)
        for name, action in self.actions_.theme_actions.items():
            action.setChecked(name == key)

    def set_show_all_kinds(self) -> None:
        show = self.actions_.show_all_kinds.isChecked()
        ui_settings().setValue("view/all_kinds", show)
        if self.claims_panel is not None:
            self.claims_panel.set_show_all_kinds(show)
        if self.reader_panel is not None:
            self.reader_panel.set_show_all_kinds(show)

    def set_show_derived(self) -> None:
        show = self.actions_.show_derived.isChecked()
        ui_settings().setValue("view/derived", show)
        if self.claims_panel is not None:
            self.claims_panel.set_show_derived(show)
