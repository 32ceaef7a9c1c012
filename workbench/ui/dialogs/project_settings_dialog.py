"""File → Project Settings…: the settings stored in the project file (matching by meaning).

The switch is the core's `set_semantic` (one undo step, one history row), the same setting the
CLI reads; the dialog also says whether the model can run on this machine and, if not, why (a
missing package, a model file that is not the one pinned by hash), and when the environment's
WORKBENCH_SEMANTIC=0 overrides the project.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from workbench.ui.views.panel_widgets import muted
from workbench.ui.views.read_only import READ_ONLY_TIP


def describe_model(state: dict[str, Any]) -> str:
    """One paragraph on whether matching by meaning will be used, and why not."""
    if state["problem"]:
        return (f"<b>Not available on this computer:</b> {state['problem']}.<br>"
                "Claims are matched by their words, figures and dates only.")
    if state["env_off"]:
        return ("<b>Turned off for this session</b> by WORKBENCH_SEMANTIC=0 in the environment; "
                "claims are matched by their words only.")
    if not state["setting"]:
        return "Off for this project: claims are matched by their words, figures and dates only."
    return "The sentence model (all-MiniLM-L6-v2, verified by hash) is installed and in use."


class ProjectSettingsDialog(QDialog):
    def __init__(self, state: dict[str, Any], *, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Project Settings")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.semantic = QCheckBox("Match claims by &meaning as well as by words (semantic matching)", self)
        self.semantic.setChecked(bool(state["setting"]))
        self.semantic.setToolTip("Finds the same claim worded differently (“Moscow dispatched” / “Russia sent”). "
                                 "Applies to the next matching: an import, or a claim edited.")
        layout.addWidget(self.semantic)
        self.model_status = QLabel(describe_model(state), self)
        self.model_status.setWordWrap(True)
        self.model_status.setObjectName("SemanticModelStatus")
        layout.addWidget(self.model_status)
        note = QLabel("Links already found stay as they are. The command line's --no-semantic turns it off "
                      "for one run.", self)
        note.setWordWrap(True)
        muted(note)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if read_only:
            self.semantic.setEnabled(False)
            self.semantic.setToolTip(READ_ONLY_TIP)
