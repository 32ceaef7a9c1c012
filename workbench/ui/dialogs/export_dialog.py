"""File -> Export report…: format, filters, grouping, title/analyst, a live preview, then export.

The report is built and written in the background by the core's export action on a
workbench.ui.workers.Worker (its own Store: an sqlite3 connection belongs to the thread that
opened it), with progress and Cancel; the PDF is painted there too, which Qt allows for
QPdfWriter and QTextDocument. The preview timer and the worker stop when the project closes. The preview is a QTextBrowser that never follows a link
and never loads a resource, so hostile article text cannot reach the network.

Wiring (main window): `dlg = ExportDialog(ctx, self)`, `dlg.set_selected_claim_ids(ids)` with the
claims selected in the table, `dlg.exec()`. `exported(path)` / `failed(message)` report the outcome;
the written file is opened with QDesktopServices when "Open the report when done" is checked.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core import paths
from workbench.core.actions.export import export_report
from workbench.core.report.build import build_report
from workbench.core.report.formats import render_html
from workbench.core.report.options import (
    DEFAULT_TITLE,
    FORMATS,
    GROUPINGS,
    STATUS_ORDER,
    ReportError,
    ReportOptions,
)
from workbench.core.store import Store
from workbench.core.vocab import STATUS_LABELS, Status
from workbench.ui.export.pdf import render_pdf
from workbench.ui.models.status_style import status_icon
from workbench.ui.workers import LatestRunner, Worker

FORMAT_LABELS: dict[str, str] = {
    "html": "HTML page (.html)",
    "pdf": "PDF document (.pdf)",
    "md": "Markdown (.md)",
    "csv": "Spreadsheet, one row per claim (.csv)",
    "json": "JSON, everything (.json)",
    "claimreview": "schema.org ClaimReview JSON-LD (.jsonld)",
}
GROUPING_LABELS = {"status": "Status", "article": "Article", "cluster": "Cluster of matching claims"}
PREVIEW_CLAIMS = 200  # the preview shows at most this many claims, so it stays quick on big projects
BACKGROUND_PREVIEW_CLAIMS = 2_000  # above this many claims the preview's report is built in the background


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that opens no link and loads no resource (images, style sheets, anything)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002, N802 - Qt's signature
        return None

    def _on_anchor(self, url: QUrl) -> None:
        if not url.scheme() and url.fragment():
            self.scrollToAnchor(url.fragment())


class ExportDialog(QDialog):
    """Export the sourced report of the project in `ctx` (a workbench.ui.context.ProjectContext)."""

    #: the path of the written file
    exported = Signal(str)
    #: a one-line error message
    failed = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._selected_ids: list[int] = []
        self._job: Worker | None = None
        self._out: Path | None = None
        self.last_report: dict[str, Any] | None = None
        self.setWindowTitle("Export report")
        self.resize(1100, 720)

        # -- options ---------------------------------------------------------------------------
        self.format_combo = QComboBox()
        for key in FORMATS:
            self.format_combo.addItem(FORMAT_LABELS.get(key, key), key)
        self.group_combo = QComboBox()
        for key in GROUPINGS:
            self.group_combo.addItem(GROUPING_LABELS.get(key, key), key)
        settings = paths.load_settings()
        store = ctx.store
        self.title_edit = QLineEdit(store.setting("report_title") or DEFAULT_TITLE)
        self.analyst_edit = QLineEdit(store.setting("analyst_name") or settings.get("analyst_name") or "")
        self.analyst_edit.setPlaceholderText("Your name")
        self.org_edit = QLineEdit(store.setting("organisation") or settings.get("organisation") or "")
        self.org_edit.setPlaceholderText("Organisation (optional)")
        self.url_edit = QLineEdit(store.setting("report_url") or "")
        self.url_edit.setPlaceholderText("https://… where the report will be published (ClaimReview needs it)")

        form = QFormLayout()
        form.addRow("&Format:", self.format_combo)
        form.addRow("&Group by:", self.group_combo)
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Analyst:", self.analyst_edit)
        form.addRow("&Organisation:", self.org_edit)
        form.addRow("Published &at:", self.url_edit)

        self.status_boxes: dict[str, QCheckBox] = {}
        statuses = QGroupBox("Include claims that are")
        status_layout = QVBoxLayout(statuses)
        counts = store.claim_counts_by_status()
        for status in STATUS_ORDER:
            box = QCheckBox(f"{STATUS_LABELS[status]} ({counts.get(status, 0)})")
            box.setIcon(status_icon(status))  # the same swatch as the reader's legend and the table
            box.setChecked(True)
            box.toggled.connect(self._schedule_preview)
            self.status_boxes[status] = box
            status_layout.addWidget(box)
        self.selected_box = QCheckBox("Only the selected claims")
        self.selected_box.setEnabled(False)
        self.selected_box.setToolTip("Select claims in the claims table before opening this dialog")
        self.selected_box.toggled.connect(self._schedule_preview)
        status_layout.addWidget(self.selected_box)

        self.open_box = QCheckBox("Open the report when done")
        self.open_box.setChecked(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(statuses)
        left_layout.addWidget(self.open_box)
        left_layout.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        left_layout.addWidget(self.summary_label)

        self.preview = SafeTextBrowser()
        self.preview.setObjectName("reportPreview")
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 3)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton("&Cancel export")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton("&Export…")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._choose_file_and_export)
        self.buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        # Stopped when the project closes; never fires into a closed store.
        self._preview_timer = ctx.timer(self, 250, self.refresh_preview)
        ctx.closing.connect(self._on_project_closing)
        # On a big project the preview is built in the background (the dialog stays responsive).
        self._preview_generation = 0
        self._preview_runner: LatestRunner | None = None
        if store.count_claims() > BACKGROUND_PREVIEW_CLAIMS:
            self._preview_runner = LatestRunner(store.path, self)
            self._preview_runner.finished.connect(self._on_preview_built)
        for widget in (self.format_combo, self.group_combo):
            widget.currentIndexChanged.connect(self._schedule_preview)
        for edit in (self.title_edit, self.analyst_edit, self.org_edit, self.url_edit):
            edit.textChanged.connect(self._schedule_preview)
        self.refresh_preview()

    # -- public API ---------------------------------------------------------------------------

    def set_selected_claim_ids(self, ids: Iterable[int]) -> None:
        """Offer "only the selected claims" (checked by default when there is a selection)."""
        self._selected_ids = sorted({int(i) for i in ids})
        n = len(self._selected_ids)
        self.selected_box.setText(f"Only the {n} selected claim{'s' if n != 1 else ''}" if n else
                                  "Only the selected claims")
        self.selected_box.setEnabled(bool(n))
        self.selected_box.setChecked(bool(n))
        self._schedule_preview()

    def set_format(self, fmt: str) -> None:
        index = self.format_combo.findData(fmt)
        if index < 0:
            raise ValueError(f"unknown format {fmt!r}")
        self.format_combo.setCurrentIndex(index)

    def current_format(self) -> str:
        return str(self.format_combo.currentData())

    def options(self, *, generated_at: str | None = None) -> ReportOptions:
        statuses = [s for s, box in self.status_boxes.items() if box.isChecked()]
        return ReportOptions(
            title=self.title_edit.text().strip() or None,
            analyst=self.analyst_edit.text().strip() or None,
            organisation=self.org_edit.text().strip() or None,
            statuses=None if len(statuses) == len(self.status_boxes) else statuses,
            claim_ids=self._selected_ids if (self.selected_box.isChecked() and self._selected_ids) else None,
            group_by=str(self.group_combo.currentData()),
            generated_at=generated_at,
            report_url=self.url_edit.text().strip() or None,
            # one entry per fact (rated ones; unrated too when Unverified is asked for), per claim for a selection
            extra={"per": "claim" if self.selected_box.isChecked() else "fact",
                   "include_unrated": 0 < len(statuses) < len(self.status_boxes) and Status.UNVERIFIED in statuses},
        )

    def export_to(self, path: str | Path) -> None:
        """Export with the current options to `path` in the background; emits exported or failed."""
        if self._job is not None:
            return
        if not any(box.isChecked() for box in self.status_boxes.values()):
            self._on_failed("choose at least one status")
            return
        self._remember_names()
        self._out = out = Path(path)
        options, fmt = self.options(), self.current_format()

        def job(store: Store, progress: Any, cancel: Any) -> str:
            result = export_report(store, options, fmt, out, renderers={"pdf": render_pdf},
                                   progress=progress, cancel=cancel)
            return str(result.path)

        self._preview_timer.stop()
        worker = self._job = Worker(self.ctx.store.path, job, parent=self)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_written)
        worker.failed.connect(self._on_failed)
        self.ctx.track(worker)
        self._set_busy(True)
        worker.start()

    def cancel_export(self) -> None:
        """Stop the running export; nothing is written (the file appears only when complete)."""
        if self._job is not None:
            self._job.cancel()

    @property
    def busy(self) -> bool:
        return self._job is not None

    # -- preview ------------------------------------------------------------------------------

    def _schedule_preview(self, *_: object) -> None:
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        if self.ctx.closed:  # the project closed while the preview was scheduled
            return
        if not any(box.isChecked() for box in self.status_boxes.values()):
            self.preview.setPlainText("Choose at least one status.")
            self.summary_label.setText("")
            return
        options = self.options()
        if self._preview_runner is not None:  # a big project: build in the background, newest wins
            self._preview_generation += 1
            self.summary_label.setText("Updating the preview…")
            self._preview_runner.submit(
                self._preview_generation, lambda store, progress, cancel: build_report(store, options, cancel=cancel))
            return
        try:
            report = build_report(self.ctx.store, options)
        except ReportError as exc:
            self.preview.setPlainText(str(exc))
            return
        self._show_preview(report)

    def _on_preview_built(self, generation: int, result: object) -> None:
        if generation != self._preview_generation or self.ctx.closed:
            return  # a newer preview is on its way, or the project closed
        if isinstance(result, Exception):
            self.preview.setPlainText(str(result))
            return
        assert isinstance(result, dict)
        self._show_preview(result)

    def _show_preview(self, report: dict[str, Any]) -> None:
        self.last_report = report
        shown = report
        if len(report["claims"]) > PREVIEW_CLAIMS:
            keep = {c["id"] for c in report["claims"][:PREVIEW_CLAIMS]}
            shown = {**report, "claims": [c for c in report["claims"] if c["id"] in keep],
                     "groups": [{**g, "claim_ids": [i for i in g["claim_ids"] if i in keep]} for g in report["groups"]]}
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(render_html(shown, variant="qt"))
        self.preview.verticalScrollBar().setValue(scroll)
        s = report["summary"]
        more = f" Preview shows the first {PREVIEW_CLAIMS}." if shown is not report else ""
        if "facts" in report:  # a report per fact: its entries are facts, citing the articles they appeared in
            facts = report["facts"]
            cited = len({a for f in facts for a in f["articles"]})
            self.summary_label.setText(
                f"{len(facts)} fact{'s' if len(facts) != 1 else ''} from {cited} article{'s' if cited != 1 else ''}; "
                f"{s['claims']} claims in the project's selection, {s['rated']} rated.")
        else:
            self.summary_label.setText(
                f"{s['claims']} claims from {s['articles']} articles, {s['rated']} rated; "
                f"{s['references']} articles cited.{more}"
            )
        self.export_button.setEnabled(True)

    # -- export -------------------------------------------------------------------------------

    def _choose_file_and_export(self) -> None:
        fmt = self.current_format()
        ext = FORMATS[fmt]
        project = Path(self.ctx.store.path)
        suggestion = project.with_name(f"{project.stem}-report{ext}")
        path, _ = QFileDialog.getSaveFileName(
            self, "Export report", str(suggestion), f"{FORMAT_LABELS[fmt]} (*{ext});;All files (*)"
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ext
        self.export_to(path)

    def _remember_names(self) -> None:
        """Keep the analyst and organisation for next time (user settings, not the project)."""
        settings = paths.load_settings()
        changed = False
        for key, edit in (("analyst_name", self.analyst_edit), ("organisation", self.org_edit)):
            value = edit.text().strip()
            if value and settings.get(key) != value:
                settings[key] = value
                changed = True
        if changed:
            with contextlib.suppress(OSError):
                paths.save_settings(settings)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(0, total))
        if total:
            self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{message} %p%" if total else message)

    def _on_project_closing(self) -> None:
        self._preview_timer.stop()
        if self._preview_runner is not None:
            self._preview_runner.stop()
        if self._job is not None:
            self._job.cancel()

    def _on_written(self, result: object) -> None:
        path = str(result)
        self._job = None
        self._set_busy(False)
        if hasattr(self.ctx, "message"):
            self.ctx.message.emit(f"Report written to {path}")
        self.exported.emit(path)
        if self.open_box.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _on_failed(self, message: str) -> None:
        cancelled = self._job is not None and self._job.cancelled
        self._job = None
        self._set_busy(False)
        self.failed.emit(message)
        if cancelled:
            if hasattr(self.ctx, "message"):
                self.ctx.message.emit("Export cancelled; nothing was written")
            return
        if self.isVisible():
            QMessageBox.warning(self, "Export report", f"The report was not written: {message}")

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.export_button.setEnabled(not busy)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if self._job is not None:
            return  # let the export finish (or Cancel it); its signals need this dialog
        self._preview_timer.stop()
        if self._preview_runner is not None:
            self._preview_runner.stop()  # cancels a preview being built; the dialog may be reopened later
            self._preview_runner = None
        super().done(result)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._preview_timer.stop()  # a hidden dialog has no preview to refresh
        super().hideEvent(event)
