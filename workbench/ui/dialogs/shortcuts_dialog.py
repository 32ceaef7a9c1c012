"""Help → Keyboard Shortcuts: every key bound in the window, read from the actions themselves."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

GROUP_ORDER = ["Triage", "Navigate", "Claim", "Edit", "Similar Claims", "Inspector", "Project", "View", "Help"]
INTRO = ("Single keys work while the claims table, the reader or the articles list has the focus "
         "(the Similar Claims keys while a card has it); in a text field they type. "
         "Press / to filter claims, Enter or Esc to go back to the table.")


#: keyboard media keys (XF86) that platforms add to standard shortcuts; not worth listing
MEDIA_KEYS = {"Undo", "Redo", "Find", "Copy", "Paste", "Cut", "New", "Open", "Help", "Quit", "Close", "Save",
              "Zoom In", "Zoom Out", "Forward", "Back", "Reload"}


def shortcut_text(action: QAction) -> str:
    keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()]
    keys = [k for k in keys if k not in MEDIA_KEYS][:2]
    return "  or  ".join(keys)


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: Sequence[tuple[str, QAction]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.resize(560, 620)
        intro = QLabel(INTRO, self)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search shortcuts")
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        groups: dict[str, list[QAction]] = {}
        for group, action in shortcuts:
            if action.shortcuts():
                groups.setdefault(group, []).append(action)
        ordered = sorted(groups, key=lambda g: GROUP_ORDER.index(g) if g in GROUP_ORDER else len(GROUP_ORDER))
        bold = self.font()
        bold.setBold(True)
        for group in ordered:
            header = QTreeWidgetItem(self.tree, [group, ""])
            header.setFont(0, bold)
            header.setFirstColumnSpanned(True)
            for action in groups[group]:
                item = QTreeWidgetItem(self.tree, [action.text().replace("&", "").rstrip("…"), shortcut_text(action)])
                item.setToolTip(0, action.statusTip())
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.search.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is None:
                continue
            is_header = item.isFirstColumnSpanned()
            match = is_header or not needle or needle in item.text(0).lower() or needle in item.text(1).lower()
            item.setHidden(bool(needle) and is_header or not match)

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) for every listed shortcut (tests read it)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and not item.isFirstColumnSpanned():
                out.append((item.text(0), item.text(1)))
        return out
