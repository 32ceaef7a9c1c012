"""Help → About: the version, the licence notices of the bundled models and data, and where the
workbench keeps its files (with a button to open each folder)."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.core import paths
from workbench.core.logs import logs_dir
from workbench.core.notices import licence_notices

DESCRIPTION = ("Split news articles into atomic claims, match them across sources, tag them and report "
               "what was verified, disputed and why. Every change is written to the project file at once; "
               "there is nothing to save.")


def file_locations() -> list[tuple[str, Path, str]]:
    """(what, folder, what is in it) for the Files tab."""
    home = paths.home()
    return [
        ("Data", home, "the sample project and the default project"),
        ("Settings", paths.settings_path().parent, "settings.json (report defaults), ui.ini (window layout, "
                                                    "recent projects)"),
        ("Logs", logs_dir(), "workbench.log and its older copies; attach it to a bug report"),
        ("Backups", paths.backups_dir(), "automatic copies of your projects, one folder per project"),
        ("Cache", paths.cache_dir(), "sentence vectors already computed, reused by imports and cluster runs; safe to delete "
                                     "(WORKBENCH_VECTOR_CACHE=0 turns it off)"),
        ("Resources", paths.resources_dir(), "icons, report templates, sample articles, licence notices"),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle("About Claim Workbench")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_tab(), "&About")
        self.tabs.addTab(self._licences_tab(), "&Licences")
        self.tabs.addTab(self._files_tab(), "&Files")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def _about_tab(self) -> QWidget:
        page = QWidget(self)
        logo = QLabel(page)
        logo.setPixmap(QApplication.windowIcon().pixmap(QSize(64, 64)))
        title = QLabel("Claim Workbench", page)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        self.version_label = QLabel(f"Version {__version__}", page)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        description = QLabel(DESCRIPTION, page)
        description.setWordWrap(True)
        licence = QLabel("Free software under the MIT licence. The bundled sample articles and any bundled "
                         "models carry their own licences: see the Licences tab.", page)
        licence.setWordWrap(True)
        runtime = QLabel(f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version} · "
                         f"{platform.system()} {platform.machine()}", page)
        runtime.setEnabled(False)
        runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QHBoxLayout()
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(self.version_label)
        names.addStretch(1)
        heading.addLayout(names, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(heading)
        layout.addSpacing(8)
        layout.addWidget(description)
        layout.addWidget(licence)
        layout.addStretch(1)
        layout.addWidget(runtime)
        return page

    def _licences_tab(self) -> QWidget:
        page = QWidget(self)
        notices = licence_notices()
        intro = QLabel(f"{len(notices)} notice{'s' if len(notices) != 1 else ''} of the data and models "
                       "bundled with Claim Workbench:" if notices else "No bundled data or models carry a notice.",
                       page)
        intro.setWordWrap(True)
        self.notices_text = QPlainTextEdit(page)
        self.notices_text.setObjectName("LicenceNotices")
        self.notices_text.setReadOnly(True)
        self.notices_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # the notices are wrapped already
        self.notices_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        rule = "─" * 60
        self.notices_text.setPlainText("\n\n".join(f"{n.title}\n{rule}\n{n.text}" for n in notices))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.notices_text)
        return page

    def _files_tab(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(10)
        self.location_labels: dict[str, QLabel] = {}
        for row, (what, folder, contents) in enumerate(file_locations()):
            name = QLabel(f"<b>{what}</b>", page)
            where = QLabel(f"{html.escape(str(folder))}<br><small>{html.escape(contents)}</small>", page)
            where.setTextFormat(Qt.TextFormat.RichText)
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setToolTip(str(folder))
            self.location_labels[what] = where
            button = QPushButton("Open", page)
            button.setToolTip(f"Show {folder} in the file manager")
            button.setEnabled(folder.is_dir())
            button.clicked.connect(lambda _=False, f=folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(f))))
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(where, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(self.location_labels), 1)
        return page
