"""The export dialog: options, preview that never loads remote resources, export in the background."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_project import HOSTILE_IMG, HOSTILE_SCRIPT, make_project

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtGui import QDesktopServices, QTextDocument  # noqa: E402

from workbench.core.store import Store  # noqa: E402
from workbench.ui.context import ProjectContext  # noqa: E402
from workbench.ui.dialogs.export_dialog import ExportDialog, SafeTextBrowser  # noqa: E402


@pytest.fixture
def ctx(tmp_path: Path, qapp):
    path = tmp_path / "iraq.wbproj"
    ids = make_project(path)
    context = ProjectContext(Store.open(path))
    context.ids = ids
    yield context
    context.close()


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def dialog(ctx, qtbot):
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    return dlg


def test_preview_shows_report_and_keeps_hostile_text_inert(dialog, qtbot):
    preview = dialog.findChild(SafeTextBrowser, "reportPreview")
    assert preview is not None
    assert not preview.openLinks() and not preview.openExternalLinks()
    text = preview.toPlainText()
    assert "Verification report" in text
    assert "Sunni militants seized the al-Qaim border crossing with Syria" in text
    assert HOSTILE_SCRIPT in text and HOSTILE_IMG in text  # shown as text
    # No image was created from the article text, and no resource is ever loaded.
    html = preview.toHtml()
    assert "<img" not in html
    assert preview.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl("http://evil.example/x.png")) is None
    assert "10 claims" in dialog.summary_label.text()


def test_filters_change_the_preview(dialog, ctx, qtbot):
    dialog.status_boxes["unverified"].setChecked(False)
    dialog.status_boxes["verified"].setChecked(False)
    dialog.refresh_preview()
    report = dialog.last_report
    assert {s["status"] for s in report["summary"]["by_status"] if s["count"]} == {"false", "disputed", "unverifiable"}
    assert report["claims"] == []  # a report per fact builds no claim entries for the preview
    text = dialog.preview.toPlainText()
    assert "Disputed · 1 fact" in text and "Verified · " not in text  # one entry per fact
    dialog.set_selected_claim_ids([ctx.ids["mee"][1]])
    assert dialog.selected_box.isEnabled() and dialog.selected_box.isChecked()
    dialog.refresh_preview()
    assert [c["id"] for c in dialog.last_report["claims"]] == [ctx.ids["mee"][1]]
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("article"))
    dialog.refresh_preview()
    assert dialog.last_report["filters"]["group_by"] == "article"


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


@pytest.mark.parametrize("fmt", ["html", "csv", "json", "claimreview", "md", "pdf"])
def test_export_writes_and_opens_the_file(dialog, qtbot, tmp_path, opened, fmt):
    dialog.set_format(fmt)
    dialog.title_edit.setText("Week 25")
    dialog.analyst_edit.setText("Jane Doe")
    dialog.url_edit.setText("https://checks.example.org/iraq")  # where ClaimReview will be published
    out = tmp_path / f"out.{fmt}"
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as blocker:
        dialog.export_to(out)
    assert blocker.args == [str(out)]
    assert not dialog.busy
    assert opened and opened[-1].toLocalFile() == str(out)
    data = out.read_bytes()
    if fmt == "html":
        parser = _Tags()
        parser.feed(data.decode())
        # the only script is the ClaimReview JSON-LD data block (nothing from the articles runs)
        assert parser.tags.count("script") == 1 and '<script type="application/ld+json">' in data.decode()
        assert "<script>alert" not in data.decode() and "img" not in parser.tags
        assert "Week 25" in data.decode() and "Jane Doe" in data.decode()
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))) == 10
    elif fmt == "json":
        assert json.loads(data)["title"] == "Week 25"
    elif fmt == "claimreview":  # one review per rated fact, at the address given
        reviews = json.loads(data)
        assert len(reviews) == 5 and all(r["url"].startswith("https://checks.example.org/iraq#fact-") for r in reviews)
    elif fmt == "md":
        assert data.decode().startswith("# Week 25")
    else:
        assert data.startswith(b"%PDF")
        exe = shutil.which("pdftotext")
        if exe:  # painted on the worker thread: the text must still be real, selectable text
            text = " ".join(subprocess.run([exe, str(out), "-"], capture_output=True, text=True).stdout.split())
            assert "Week 25" in text and "Sunni militants seized the al-Qaim border crossing with Syria" in text


def test_export_failure_is_reported(dialog, qtbot, tmp_path, opened):
    dialog.set_format("html")
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as blocker:
        dialog.export_to(tmp_path / "missing-dir" / "x.html")
    assert "x.html" in blocker.args[0]
    assert not opened and not dialog.busy


def test_analyst_is_remembered(ctx, qtbot, tmp_path, opened):
    first = ExportDialog(ctx)
    qtbot.addWidget(first)
    first.analyst_edit.setText("Remembered Analyst")
    with qtbot.waitSignal(first.exported, timeout=30_000):
        first.export_to(tmp_path / "a.json")
    second = ExportDialog(ctx)
    qtbot.addWidget(second)
    assert second.analyst_edit.text() == "Remembered Analyst"


def test_closing_the_project_stops_the_preview_timer(ctx, qtbot):
    """A preview scheduled just before the project closes never runs against the closed store."""
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Typed just before closing")  # schedules the 250 ms preview
    assert dlg._preview_timer.isActive()
    ctx.close()
    assert not dlg._preview_timer.isActive()
    dlg.refresh_preview()  # a late call is a no-op, not a ProgrammingError
    dlg._preview_timer.timeout.emit()


def test_export_can_be_cancelled_and_writes_nothing(dialog, qtbot, tmp_path, opened, monkeypatch):
    import threading

    from workbench.ui.dialogs import export_dialog

    started, release = threading.Event(), threading.Event()

    def slow_pdf(report):  # holds the export until the test has pressed Cancel
        started.set()
        release.wait(30)
        return b"%PDF-never"

    monkeypatch.setattr(export_dialog, "render_pdf", slow_pdf)
    dialog.set_format("pdf")
    out = tmp_path / "cancelled.pdf"
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as blocker:
        dialog.export_to(out)
        assert dialog.cancel_button.isVisibleTo(dialog)
        assert started.wait(30)
        dialog.cancel_export()
        release.set()
    assert blocker.args == ["export cancelled"]
    assert not out.exists() and not list(tmp_path.glob("*.part")) and not opened and not dialog.busy


def test_big_projects_build_the_preview_in_the_background(ctx, qtbot, monkeypatch):
    from workbench.ui.dialogs import export_dialog

    monkeypatch.setattr(export_dialog, "BACKGROUND_PREVIEW_CLAIMS", 0)  # the small project counts as big
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.last_report is not None, timeout=30_000)
    assert "10 claims" in dlg.summary_label.text()
    dlg.status_boxes["unverified"].setChecked(False)
    dlg.refresh_preview()
    qtbot.waitUntil(lambda: dlg.last_report["filters"]["statuses"] is not None, timeout=30_000)
    assert "unverified" not in {s["status"] for s in dlg.last_report["summary"]["by_status"]}
    ctx.close()  # stops the runner; a late answer is dropped
    dlg.refresh_preview()
