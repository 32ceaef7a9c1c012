"""What every window feature shares: the window's state, its panels and the status-bar message.

The feature mixins (layout, projects, transfer, claim editing, status) all derive from
WindowBase so each sees the same typed attributes; MainWindow assembles them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

from workbench.ui.context import ProjectContext
from workbench.ui.import_controller import ImportController
from workbench.ui.views.articles_list import ArticlesPanel
from workbench.ui.views.claims_table import ClaimsPanel
from workbench.ui.views.inspector import InspectorPanel
from workbench.ui.views.reader import ReaderPanel
from workbench.ui.views.similar_claims import SimilarClaimsPanel

if TYPE_CHECKING:
    from workbench.ui.actions import WindowActions
    from workbench.ui.triage import Triage


#: How long a status-bar message stays.
MESSAGE_SECONDS = 6.0


class PlaceholderPanel(QWidget):
    """What a dock shows while no project is open."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


class WindowBase(QMainWindow):
    """State shared by the window's features (set up by MainWindow.__init__ and _install)."""

    ctx: ProjectContext | None
    project_path: Path | None
    articles_panel: ArticlesPanel | None
    claims_panel: ClaimsPanel | None
    reader_panel: ReaderPanel | None
    inspector_panel: InspectorPanel | None
    similar_panel: SimilarClaimsPanel | None
    import_controller: ImportController | None
    actions_: WindowActions
    triage: Triage
    stats: QLabel
    _stats_timer: QTimer
    _empty: QLabel
    _restore_layout: bool
    _drop_overlay: QLabel | None
    articles_dock: QDockWidget
    claims_dock: QDockWidget
    inspector_dock: QDockWidget
    similar_dock: QDockWidget
    history_dock: QDockWidget

    _shortcuts: list[tuple[str, QAction]]

    def register_shortcut(self, group: str, action: QAction) -> None:
        self._shortcuts.append((group, action))

    def replace_registered(self, old: QAction, new: QAction) -> None:
        self._shortcuts = [(g, new if a is old else a) for g, a in self._shortcuts]

    def registered_shortcuts(self) -> list[tuple[str, QAction]]:
        """(group, action) for the Help → Keyboard Shortcuts dialog."""
        return list(self._shortcuts)

    def docks(self) -> tuple[QDockWidget, ...]:
        extra = self.fact_docks() if hasattr(self, "fact_docks") else ()
        return (self.articles_dock, self.claims_dock, self.inspector_dock, self.similar_dock, self.history_dock, *extra)

    _message_until = 0.0

    def show_message(self, text: str) -> None:
        """A message the analyst should read (an import summary, an error): shown for 6 s, and
        not replaced by passing hints (show_hint) meanwhile."""
        self._message_until = time.monotonic() + MESSAGE_SECONDS
        self.statusBar().showMessage(text, int(MESSAGE_SECONDS * 1000))

    def show_hint(self, text: str) -> None:
        """A passing note (where the current claim is): only when no message is being read."""
        if time.monotonic() >= self._message_until:
            self.statusBar().showMessage(text, int(MESSAGE_SECONDS * 1000))

    def clear_message(self) -> None:
        self._message_until = 0.0
        self.statusBar().clearMessage()

    def claim_widgets(self) -> list[QWidget]:
        """Where single-key triage and claim keys work: the claims table, the reader, the articles."""
        widgets: list[QWidget] = []
        if self.claims_panel is not None:
            widgets.append(self.claims_panel.table)
        if self.reader_panel is not None:
            widgets.append(self.reader_panel.text)
        if self.articles_panel is not None:
            widgets.append(self.articles_panel.table)
        return widgets

    def project_actions(self) -> list[QAction]:
        """The actions that need an open project."""
        a = self.actions_
        return [a.close_project, a.save_copy, a.import_files, a.paste_article, a.export_report, a.find,
                a.find_in_article, a.new_claim, a.edit_text, a.change_span, a.split_claim, a.merge_claims,
                a.toggle_kind, a.delete_claim, a.delete_article, a.reload, a.restore_backup, a.project_settings]

    def _set_project_actions_enabled(self, enabled: bool) -> None:
        for action in self.project_actions():
            action.setEnabled(enabled)
        self.triage.set_enabled(enabled)

    def import_dialog(self) -> None:
        raise NotImplementedError  # TransferMixin

    def _install(self, ctx: ProjectContext, path: Path) -> None:
        raise NotImplementedError  # MainWindow builds the panels for an opened project

    def _update_stats(self) -> None:
        raise NotImplementedError  # StatusMixin

    def _after_open(self) -> None:
        """Hook after a project was installed (SafetyMixin: badge, backups, pending work)."""

    def _before_close(self) -> None:
        """Hook before a project is closed (SafetyMixin stops its timer)."""
