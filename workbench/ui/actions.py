"""The window's menus, toolbar and shortcuts (project, edit, claim editing, view, help).

Every action is a QAction on the main window registered for the shortcuts dialog; standard
operations use QKeySequence.StandardKey so each platform gets its own conventions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from workbench.core import paths

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

Keys = QKeySequence.StandardKey | str | list[QKeySequence.StandardKey | str] | None

STANDARD_FALLBACKS: dict[QKeySequence.StandardKey, str] = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Close: "Ctrl+W",
    QKeySequence.StandardKey.HelpContents: "F1",
    QKeySequence.StandardKey.Find: "Ctrl+F",
    QKeySequence.StandardKey.Undo: "Ctrl+Z",
    QKeySequence.StandardKey.Redo: "Ctrl+Shift+Z",
}


def icon(name: str) -> QIcon:
    """An icon from workbench/resources/icons/NAME.svg (drawn for this app), empty when missing."""
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: actions whose keys work only in the claim widgets (see MainWindow.claim_widgets)
        self.local_actions: list[QAction] = []
        w = window
        # -- project
        self.new_project = self._make("&New Project…", QKeySequence.StandardKey.New, w.new_project_dialog, "Project",
                                      icon_name="new", tip="Create an empty project file")
        self.open_project = self._make("&Open Project…", QKeySequence.StandardKey.Open, w.open_project_dialog,
                                       "Project", icon_name="open", tip="Open a project file")
        self.open_sample = self._make("Open &Sample Project", None, w.open_sample_project, "Project",
                                      tip="The bundled example investigation")
        self.close_project = self._make("&Close Project", QKeySequence.StandardKey.Close, w.close_project, "Project",
                                        tip="Close the project and go back to the welcome screen")
        self.save_copy = self._make("Save a Cop&y As…", "Ctrl+Shift+S", w.save_copy_dialog, "Project",
                                    tip="Write a copy of the project file (it stays the open project)")
        self.recent_menu = QMenu("Open &Recent", window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.import_files = self._make("&Import Articles…", "Ctrl+I", w.import_dialog, "Project", icon_name="import",
                                       tip="Import text, Markdown or saved HTML articles (or drop files on the window)")
        self.paste_article = self._make("&Paste Article", "Ctrl+Shift+V", w.paste_article, "Project",
                                        icon_name="paste", tip="Import the clipboard's text as a new article")
        self.export_report = self._make("&Export Report…", "Ctrl+E", w.export_dialog, "Project", icon_name="export",
                                        tip="Write a sourced report (HTML, Markdown, PDF, CSV, JSON, ClaimReview)")
        self.restore_backup = self._make("Restore from &Backup…", None, w.restore_from_backup, "Project",
                                         tip="Put the project back as it was in one of its rolling backups")
        self.project_settings = self._make("Project &Settings…", None, w.project_settings_dialog, "Project",
                                           tip="Settings kept in the project file: matching by meaning")
        self.project_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = self._make("&Quit", QKeySequence.StandardKey.Quit, w.close, "Project")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # -- edit (undo/redo are made per project from its undo stack; these are stand-ins)
        self.undo = self._make("&Undo", QKeySequence.StandardKey.Undo, None, "Edit", icon_name="undo")
        self.redo = self._make("&Redo", QKeySequence.StandardKey.Redo, None, "Edit", icon_name="redo")
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.standin_undo, self.standin_redo = self.undo, self.redo
        self.find = self._make("&Find…", QKeySequence.StandardKey.Find, w.find_text, "Edit", icon_name="find",
                               tip="Filter the claims table by words; in the reader, find words in the article")
        self.find_in_article = self._make("Find in &Article…", None, w.find_in_article, "Edit",
                                          tip="Highlight words in the article (Ctrl+F in the reader; F3 next)")
        self.delete_article = self._make("Delete &Article", None, w.delete_article, "Edit", icon_name="delete",
                                         tip="Delete the current article and its claims (Del in the articles list;"
                                             " undo brings it back)")

        self.copy_claims = self._make("&Copy Claims with Sources", QKeySequence.StandardKey.Copy, w.copy_claims,
                                      "Edit", tip="Copy the selected claims with speaker, outlet, date and quote")
        self.copy_claims.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the reader keeps its own Copy

        # -- claim editing
        self.new_claim = self._make("New Claim from &Selection", ["C", "Ctrl+Shift+N"], w.new_claim_from_selection,
                                    "Claim", icon_name="new-claim", local=True,
                                    tip="Select text in the reader, then press C to make it a claim")
        self.edit_text = self._make("&Edit Claim Text…", ["F2", "E"], w.edit_claim_text, "Claim", local=True,
                                    tip="Reword the current claim so it reads standalone")
        self.change_span = self._make("Set Claim &Span to Selection", "Ctrl+Shift+R", w.change_claim_span, "Claim",
                                      tip="Make the text selected in the reader the current claim's quote")
        self.split_claim = self._make("S&plit Claim at Cursor", "Ctrl+Shift+X", w.split_claim, "Claim",
                                      tip="Click inside the current claim in the reader where it should be split")
        self.merge_claims = self._make("&Merge Selected Claims", "Ctrl+Shift+M", w.merge_claims, "Claim",
                                       tip="Select two or more claims of one article in the table")
        self.toggle_kind = self._make("Not a Claim / Is a Claim", ["O"], w.toggle_claim_kind, "Claim", local=True,
                                      tip="Extraction was wrong: this is no checkable claim (or it is one after all)")
        self.delete_claim = self._make("&Delete Claim", QKeySequence.StandardKey.Delete, w.delete_claims, "Claim",
                                       icon_name="delete", local=True, tip="Delete the selected claims (undo brings them back)")

        # -- view
        self.reset_layout = self._make("&Reset Layout", None, w.reset_layout, "View")
        self.reload = self._make("Re&load", [QKeySequence.StandardKey.Refresh, "F5"], w.reload_project, "View",
                                 tip="Re-read the project file (changes by other programs also show by themselves)")
        self.show_all_kinds = self._make("Show &Headlines, Opinion and Boilerplate", None, w.set_show_all_kinds,
                                         "View", tip="Also list and mark what extraction judged not to be claims")
        self.show_all_kinds.setCheckable(True)
        self.show_derived = self._make("Show &Derived Claims", None, w.set_show_derived, "View",
                                       tip="Also list each claim's core without its time and place, under the claim")
        self.show_derived.setCheckable(True)
        self.theme_menu = QMenu("&Theme", window)
        self.theme_actions: dict[str, QAction] = {}
        for key, label in (("system", "&System"), ("light", "&Light"), ("dark", "&Dark")):
            action = self.theme_menu.addAction(label)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=key: w.set_theme(k))
            self.theme_actions[key] = action

        self.zoom_in = self._make("Larger Article Text", QKeySequence.StandardKey.ZoomIn, lambda: w.zoom_reader(1),
                                  "View")
        self.zoom_out = self._make("Smaller Article Text", QKeySequence.StandardKey.ZoomOut,
                                   lambda: w.zoom_reader(-1), "View")
        self.zoom_reset = self._make("Default Article Text Size", "Ctrl+0", lambda: w.zoom_reader(0), "View")

        # -- help
        self.shortcuts = self._make("&Keyboard Shortcuts", QKeySequence.StandardKey.HelpContents, w.show_shortcuts,
                                    "Help", icon_name="keyboard")
        self.about = self._make("&About Claim Workbench", None, w.show_about, "Help")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _make(self, text: str, keys: Keys, slot: Callable[[], object] | None, group: str, *,
              icon_name: str | None = None, tip: str | None = None, local: bool = False) -> QAction:
        return make_action(self.window, text, keys, slot, group, local_actions=self.local_actions if local else None,
                           icon_name=icon_name, tip=tip)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.recent_projects()
        for number, path in enumerate(recent, start=1):
            label = f"&{number} {path.name}" if number < 10 else path.name
            action = self.recent_menu.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.window.open_project(p))
        if not recent:
            self.recent_menu.addAction("No recent projects").setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear Menu", self.window.clear_recent_projects).setEnabled(bool(recent))

    def build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_project, self.open_project])
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.open_sample)
        file_menu.addSeparator()
        file_menu.addActions([self.save_copy, self.close_project])
        file_menu.addSeparator()
        file_menu.addActions([self.import_files, self.paste_article])
        file_menu.addSeparator()
        file_menu.addAction(self.export_report)
        file_menu.addAction(self.restore_backup)
        file_menu.addAction(self.project_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        self.edit_menu = bar.addMenu("&Edit")
        self.edit_menu.addActions([self.undo, self.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.copy_claims)
        self.edit_menu.addActions([self.find, self.find_in_article])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_article)

        claim_menu = bar.addMenu("&Claim")
        w.triage.populate(claim_menu)
        claim_menu.addSeparator()
        claim_menu.addActions([self.new_claim, self.edit_text, self.change_span, self.split_claim,
                               self.merge_claims, self.toggle_kind, self.delete_claim])

        go_menu = bar.addMenu("&Go")
        w.triage.populate_navigation(go_menu)

        self.view_menu = bar.addMenu("&View")
        self.view_menu.addAction(self.reload)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.theme_menu)
        w.populate_debt_menu(self.view_menu.addMenu("Verification &Debt"))
        self.view_menu.addAction(self.show_all_kinds)
        self.view_menu.addAction(self.show_derived)
        self.view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        self.view_menu.addSeparator()

        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.shortcuts, self.about])

    def add_view_toggles(self, toggles: list[QAction]) -> None:
        for action in toggles:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout)

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar("Main Toolbar", self.window)
        toolbar.setObjectName("MainToolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions([self.open_project, self.import_files, self.export_report])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addAction(self.new_claim)
        return toolbar

    def replace_undo_actions(self, undo: QAction, redo: QAction) -> None:
        """Swap in the undo/redo actions of the newly opened project's undo stack."""
        for old, new in ((self.undo, undo), (self.redo, redo)):
            new.setShortcuts(old.shortcuts())
            new.setIcon(old.icon())
            new.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            for widget in old.associatedObjects():
                if isinstance(widget, QMenu | QToolBar):
                    widget.insertAction(old, new)
                    widget.removeAction(old)
            self.window.removeAction(old)
            self.window.addAction(new)
            self.window.replace_registered(old, new)
        self.undo, self.redo = undo, redo


def make_action(window: MainWindow, text: str, keys: Keys, slot: Callable[[], object] | None, group: str, *,
                local_actions: list[QAction] | None = None, icon_name: str | None = None,
                tip: str | None = None) -> QAction:
    """One window action: shortcuts (standard keys with fallbacks), icon, tips, and where it listens.

    With `local_actions`, the action fires only inside the widgets that add that list (single-letter
    triage keys must not fire while typing in a text field); otherwise it is window-wide. Either way
    it is registered for the keyboard-shortcuts dialog.
    """
    action = QAction(text, window)
    if keys is not None:
        seq = keys if isinstance(keys, list) else [keys]
        sequences: list[QKeySequence] = []
        for k in seq:
            if isinstance(k, QKeySequence.StandardKey):
                # Some platforms bind nothing to a standard key (Quit under a bare X11 or offscreen).
                sequences += QKeySequence.keyBindings(k) or [QKeySequence(STANDARD_FALLBACKS.get(k, ""))]
            else:
                sequences.append(QKeySequence(k))
        action.setShortcuts([q for q in sequences if not q.isEmpty()])
    if icon_name:
        action.setIcon(icon(icon_name))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} — {tip}")
    if slot is not None:
        action.triggered.connect(lambda _=False: slot())
    if local_actions is not None:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        local_actions.append(action)
    else:
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
    window.register_shortcut(group, action)
    return action
