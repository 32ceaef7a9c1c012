"""The welcome screen, Close Project, Save a Copy As, Help -> About and the crash handler."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbench import __version__
from workbench.core.store import Store
from workbench.ui import app as ui_app
from workbench.ui import crash
from workbench.ui.dialogs.about_dialog import AboutDialog
from workbench.ui.main_window import MainWindow


@pytest.fixture
def bare_window(qtbot) -> Iterator[MainWindow]:  # noqa: ANN001
    """A window as on first launch: no project open."""
    ui_app.create_application()
    win = MainWindow(restore_layout=False)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def save_dialog_answers(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> list[str]:
    titles: list[str] = []

    def answer(parent, title, *args, **kwargs):  # noqa: ANN001, ANN202
        titles.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return titles


def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_first_launch_shows_the_welcome_screen_not_the_sample(bare_window):
    assert ui_app.last_project() is None  # run() opens nothing: the welcome screen
    welcome = bare_window.welcome
    assert welcome.isVisible() and bare_window.ctx is None
    assert not welcome.recent_list.isVisible() and welcome.no_recent.isVisible()
    assert welcome.geometry().top() >= bare_window.menuBar().geometry().bottom()  # the menus stay reachable
    assert welcome.width() == bare_window.width()
    assert not bare_window.actions_.close_project.isEnabled() and not bare_window.actions_.save_copy.isEnabled()


def test_recent_project_opens_from_the_welcome_screen_and_close_brings_it_back(bare_window, tmp_path, project_path):
    project = project_path
    bare_window._add_recent(project)
    bare_window._add_recent(tmp_path / "gone.wbproj")  # listed, greyed: the file is not there
    bare_window.welcome.present()  # shown again: the list is refreshed
    welcome = bare_window.welcome
    assert welcome.recent_list.count() == 2
    missing, present = welcome.recent_list.item(0), welcome.recent_list.item(1)
    assert "not found" in missing.text() and not missing.flags() & Qt.ItemFlag.ItemIsEnabled
    assert present.text().startswith("demo")

    welcome.recent_list.itemClicked.emit(missing)  # greyed out: nothing happens
    assert bare_window.ctx is None
    welcome.recent_list.itemClicked.emit(present)
    assert bare_window.project_path == project and not welcome.isVisible()
    assert ui_app.last_project() == project.resolve()
    assert bare_window.actions_.close_project.isEnabled()

    bare_window.actions_.close_project.trigger()
    assert bare_window.ctx is None and bare_window.project_path is None
    assert welcome.isVisible() and bare_window.windowTitle() == "Claim Workbench"
    assert welcome.recent_list.item(0).text().startswith("demo")  # the project just closed comes first
    assert not bare_window.actions_.export_report.isEnabled()


def test_a_recent_project_that_fails_to_open_leaves_the_list(bare_window, tmp_path, monkeypatch):
    bad = tmp_path / "not-a-project.wbproj"
    bad.write_text("plain text, not SQLite")
    bare_window._add_recent(bad)
    bare_window.welcome.present()
    assert bare_window.welcome.recent_list.count() == 1
    shown = warnings_shown(monkeypatch)
    bare_window.welcome.recent_list.itemClicked.emit(bare_window.welcome.recent_list.item(0))
    assert len(shown) == 1 and bare_window.ctx is None
    assert bare_window.welcome.recent_list.count() == 0 and bare_window.welcome.no_recent.isVisible()


def test_welcome_buttons_start_projects(bare_window, qtbot, tmp_path, project_path, monkeypatch):
    titles = save_dialog_answers(monkeypatch, tmp_path / "fresh")
    imports: list[Path] = []
    monkeypatch.setattr(MainWindow, "import_dialog", lambda self: imports.append(self.project_path))
    qtbot.mouseClick(bare_window.welcome.articles_button, Qt.MouseButton.LeftButton)
    assert titles == ["New Project"]
    assert bare_window.project_path == tmp_path / "fresh.wbproj"  # the extension is added
    assert imports == [tmp_path / "fresh.wbproj"]  # then the import dialog, on the new project

    bare_window.close_project()
    titles = save_dialog_answers(monkeypatch, tmp_path / "second.wbproj")
    qtbot.mouseClick(bare_window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert bare_window.project_path == tmp_path / "second.wbproj" and imports == [tmp_path / "fresh.wbproj"]

    bare_window.close_project()
    sample = project_path  # stands in for the bundled sample (its import takes a while)
    monkeypatch.setattr("workbench.ui.sample_project.ensure_sample_project", lambda: sample)
    qtbot.mouseClick(bare_window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert bare_window.project_path == sample

    bare_window.close_project()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample), ""))
    qtbot.mouseClick(bare_window.welcome.open_button, Qt.MouseButton.LeftButton)
    assert bare_window.project_path == sample


def test_save_a_copy_keeps_working_in_the_original(window, tmp_path, monkeypatch):
    original = window.project_path
    claims = window.ctx.store.claims()
    titles = save_dialog_answers(monkeypatch, tmp_path / "for-the-editor")
    window.actions_.save_copy.trigger()
    assert titles == ["Save a Copy As"]
    copy = tmp_path / "for-the-editor.wbproj"
    with Store.open(copy, create=False) as store:
        assert [c["text"] for c in store.claims()] == [c["text"] for c in claims]
    assert window.project_path == original and window.ctx is not None
    assert "for-the-editor.wbproj" in window.statusBar().currentMessage()


def test_save_a_copy_failure_is_one_message_naming_the_file(window, tmp_path, monkeypatch):
    save_dialog_answers(monkeypatch, tmp_path / "no-such-folder" / "copy.wbproj")
    shown = warnings_shown(monkeypatch)
    window.actions_.save_copy.trigger()
    assert len(shown) == 1 and "copy.wbproj" in shown[0] and "does not exist" in shown[0]
    save_dialog_answers(monkeypatch, window.project_path)
    window.actions_.save_copy.trigger()
    assert len(shown) == 2 and "open project itself" in shown[1]


def test_about_shows_version_notices_and_where_files_live(bare_window, qtbot, workbench_home, monkeypatch):
    licenses = workbench_home / "resources" / "licenses"
    licenses.mkdir(parents=True)
    (licenses / "model-NOTICE.txt").write_text("A bundled model, Apache-2.0", encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr("workbench.core.notices.resources_dir", lambda: workbench_home / "resources")
        dialog = AboutDialog(bare_window)
        qtbot.addWidget(dialog)
    assert dialog.version_label.text() == f"Version {__version__}"
    text = dialog.notices_text.toPlainText()
    assert "licenses/model-NOTICE.txt" in text and "Apache-2.0" in text

    dialog = AboutDialog(bare_window)
    qtbot.addWidget(dialog)
    text = dialog.notices_text.toPlainText()
    assert "samples/LICENSE-ECBPLUS" in text and "Creative Commons Attribution 3.0" in text
    assert "ECB+" in text
    labels = {what: label.text() for what, label in dialog.location_labels.items()}
    assert str(workbench_home) in labels["Data"]
    assert str(workbench_home / "logs") in labels["Logs"]
    assert str(workbench_home / "backups") in labels["Backups"]


def test_help_about_opens_the_dialog(bare_window, monkeypatch):
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    bare_window.actions_.about.trigger()
    assert len(shown) == 1 and shown[0].parent() is bare_window


def test_crash_handler_logs_the_traceback_and_says_where(bare_window, qtbot, workbench_home, monkeypatch):
    from workbench.core import logs

    monkeypatch.setattr(sys, "excepthook", lambda *a: None)  # restored after the test
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logs.setup_logging()
    try:
        crash.install(bare_window)
        try:
            raise ValueError("a slot went wrong")
        except ValueError:
            kind, value, tb = sys.exc_info()
        sys.excepthook(kind, value, tb)  # type: ignore[arg-type]
        box = bare_window.findChild(QMessageBox, "CrashDialog")
        assert box is not None and box.isVisible()
        assert "ValueError: a slot went wrong" in box.text()
        assert str(logs.log_path()) in box.informativeText()
        assert "raise ValueError" in box.detailedText()
        log = logs.log_path().read_text(encoding="utf-8")
        assert "ValueError: a slot went wrong" in log and "Traceback" in log
        assert crash.report(ValueError, ValueError("second"), None, bare_window) is None  # one box at a time
        box.done(0)
        qtbot.waitUntil(lambda: bare_window.findChild(QMessageBox, "CrashDialog") is None)

        worker = threading.Thread(target=lambda: 1 / 0, name="export-worker")
        worker.start()
        worker.join()
        log = logs.log_path().read_text(encoding="utf-8")
        assert "unexpected error in thread export-worker" in log and "ZeroDivisionError" in log
    finally:
        for handler in list(logs.logger.handlers):
            if getattr(handler, "_workbench_log", False):
                logs.logger.removeHandler(handler)
                handler.close()
