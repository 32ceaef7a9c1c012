"""The main window: opening projects, panels in step, layout persistence, drops, screenshot mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from workbench.core.store import ClaimFilter, Store
from workbench.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_open_project_fills_every_panel(window, project_path):
    assert window.windowTitle() == "demo — Claim Workbench"
    assert not window.isWindowModified() and "*" not in window.windowTitle()
    store = window.ctx.store
    assert window.articles_panel.model.rowCount() == len(store.article_ids())
    first = window.articles_panel.model.article_id(0)
    assert window.ctx.current_article_id == first
    assert window.reader_panel.article_id == first
    assert window.claims_panel.model.rowCount() == store.count_claims(ClaimFilter(article_id=first))
    assert "3 articles" in window.stats.text()
    assert window.recent_projects()[0] == project_path.resolve()
    for dock in (window.articles_dock, window.claims_dock, window.inspector_dock, window.similar_dock):
        assert dock.isVisible() and dock.widget() is not None


def test_select_article_moves_reader_and_table(window, qtbot):
    panel = window.articles_panel
    store = window.ctx.store
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    second = panel.model.article_id(1)
    assert window.ctx.current_article_id == second
    assert window.reader_panel.article_id == second
    assert set(window.claims_panel.model.ids()) == set(store.query_claim_ids(ClaimFilter(article_id=second)))
    # ] and [ step through articles from the claims table as well
    window.claims_panel.table.setFocus()
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_BracketRight)
    assert window.ctx.current_article_id == panel.model.article_id(2)
    qtbot.keyClick(window.claims_panel.table, Qt.Key.Key_BracketLeft)
    assert window.ctx.current_article_id == second


def test_selecting_a_claim_of_another_article_follows_everywhere(window):
    store = window.ctx.store
    claim = store.claims(ClaimFilter(article_id=window.articles_panel.model.article_id(2)))[1]
    window.ctx.select_claim(claim["id"])
    assert window.ctx.current_article_id == claim["article_id"]
    assert window.reader_panel.article_id == claim["article_id"]
    table = window.claims_panel.table
    assert window.claims_panel.model.claim_id(table.currentIndex().row()) == claim["id"]
    assert window.articles_panel.table.currentIndex().row() == 2


def test_layout_and_geometry_persist(qtbot, project_path, workbench_home):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(760, 640)  # the offscreen screen is 800x800; restoreGeometry keeps windows on it
    first.show()
    first.open_project(project_path)
    first.similar_dock.hide()
    first.claims_panel.table.horizontalHeader().resizeSection(2, 222)
    first.close()
    assert (workbench_home / "ui.ini").exists()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.open_project(project_path)
    assert (second.size().width(), second.size().height()) == (760, 640)
    assert not second.similar_dock.isVisible()
    assert second.claims_panel.table.horizontalHeader().sectionSize(2) == 222
    second.reset_layout()
    assert second.similar_dock.isVisible()
    second.close()


def test_open_recent_and_bad_project(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    other = tmp_path / "other.wbproj"
    Store.open(other).close()
    assert window.open_project(other)
    assert window.windowTitle() == "other — Claim Workbench"
    assert window.recent_projects()[:2] == [other.resolve(), (tmp_path / "demo.wbproj").resolve()]
    window.actions_._fill_recent()
    labels = [a.text() for a in window.actions_.recent_menu.actions()]
    assert labels[0] == "&1 other.wbproj" and labels[1] == "&2 demo.wbproj"
    window.actions_.recent_menu.actions()[1].trigger()
    assert window.project_path == tmp_path / "demo.wbproj"
    # the Edit menu holds exactly one Undo/Redo pair: the open project's
    edit = [a for a in window.actions_.edit_menu.actions() if a.text().startswith(("&Undo", "&Redo"))]
    assert edit == [window.actions_.undo, window.actions_.redo]
    claim = window.claims_panel.model.claim_id(0)
    from workbench.core.actions import claims
    from workbench.ui.commands.base import perform

    perform(window.ctx, claims.set_status, claim, "false")
    window.actions_.undo.trigger()
    assert window.ctx.store.claim(claim)["status"] == "unverified"

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a))
    junk = tmp_path / "junk.wbproj"
    junk.write_bytes(b"not a database at all" * 100)
    assert not window.open_project(junk)
    assert warnings and window.project_path == tmp_path / "demo.wbproj"  # the open project stays


def test_drop_files_imports_them_in_the_background(window, qtbot, tmp_path):
    if window.import_controller is None:
        import pytest

        pytest.skip("the import controller is not in this build")
    window.import_controller.show_errors = False
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "one.txt").write_text("Flood waters rose two metres in the valley overnight, officials said.\n\n"
                                    "Some 200 families were moved to schools, the mayor told reporters.\n",
                                    encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    store = window.ctx.store
    before = len(store.article_ids())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    assert window._drop_overlay is not None and window._drop_overlay.isVisible()  # "drop to import"
    drop = QDropEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # what Qt calls on a real drop
    assert drop.isAccepted() and window._drop_overlay is None
    qtbot.waitUntil(lambda: len(store.article_ids()) == before + 1 and not window.import_controller.busy,
                    timeout=20000)
    assert window.articles_panel.model.rowCount() == before + 1
    new = next(a for a in store.articles(with_text=False) if a["file"] == "one.txt")
    qtbot.waitUntil(lambda: window.ctx.current_article_id == new["id"], timeout=30_000)  # shown at once
    assert window.reader_panel.article_id == new["id"]


def test_screenshot_command_writes_a_png(tmp_path, project_path):
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(tmp_path / "home")}
    proc = subprocess.run([sys.executable, "-m", "workbench", "gui", str(project_path), "--screenshot", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 800
    # a real picture, not a blank window: many distinct colours
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 20


def test_screenshot_defaults_to_the_sample_project(tmp_path):
    home = tmp_path / "home"
    out = tmp_path / "sample.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "workbench", "gui", "--screenshot", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert out.exists() and (home / "sample.wbproj").exists()
    from workbench.ui.sample_project import sample_files

    with Store.open(home / "sample.wbproj") as store:
        assert len(store.article_ids()) == len(sample_files())


def test_gui_command_rejects_a_missing_project(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "workbench", "gui", str(tmp_path / "nope.wbproj")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "no such project" in proc.stderr


def test_nothing_is_lost_on_reopening(qtbot, project_path):
    """Tag two claims by keyboard, undo one step, quit; reopen: the store and the place are kept."""
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.open_project(project_path)
    with qtbot.waitActive(first):
        first.activateWindow()
    table = first.claims_panel.table
    table.setFocus()
    ids = first.claims_panel.model.ids()
    first.ctx.select_claim(ids[0])
    qtbot.keyClick(table, Qt.Key.Key_V)
    qtbot.keyClick(table, Qt.Key.Key_D)
    qtbot.keyClick(table, Qt.Key.Key_F)
    first.ctx.undo_stack.undo()  # the third tag is undone
    assert first.ctx.current_claim_id == ids[3]
    first.actions_.quit.trigger()
    assert first.ctx is None

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.open_project(project_path)
    store = second.ctx.store
    assert [store.claim(i)["status"] for i in ids[:3]] == ["verified", "disputed", "unverified"]
    assert second.ctx.current_claim_id == ids[3]  # back where the analyst was
    second.close()


def test_big_projects_query_on_a_worker_thread(qtbot, project_path, monkeypatch):
    from workbench.ui.views import claims_table

    monkeypatch.setattr(claims_table, "BACKGROUND_QUERY_THRESHOLD", 5)  # the demo counts as big
    win = MainWindow(restore_layout=False)
    qtbot.addWidget(win)
    win.show()
    win.open_project(project_path)
    panel = win.claims_panel
    assert panel.model._runner is not None
    qtbot.waitUntil(lambda: win.ctx.current_claim_id >= 0, timeout=30_000)
    assert win.ctx.current_claim_id == panel.model.claim_id(0)
    panel.set_scope("all")
    panel.set_search("advisers")
    qtbot.waitUntil(lambda: not panel.model.querying, timeout=30_000)
    assert panel.model.ids() == win.ctx.store.query_claim_ids(ClaimFilter(search="advisers"))
    runner = panel.model._runner
    win.close()
    assert not runner.busy


def test_copy_claims_and_zoom_the_reader(window, qtbot):
    from PySide6.QtGui import QGuiApplication, QKeySequence

    panel = window.claims_panel
    claim = window.ctx.store.claim(panel.model.claim_id(1))
    window.ctx.select_claim(claim["id"])
    panel.table.setFocus()
    qtbot.keySequence(panel.table, QKeySequence(QKeySequence.StandardKey.Copy))
    text = QGuiApplication.clipboard().text()
    assert claim["text"] in text and claim["quote"] in text and claim["outlet"] in text
    assert "Claim 2 of" in window.statusBar().currentMessage() or "Copied" in window.statusBar().currentMessage()

    size = window.reader_panel.text.document().defaultFont().pointSizeF()
    window.actions_.zoom_in.trigger()
    bigger = window.reader_panel.text.document().defaultFont().pointSizeF()
    assert bigger > size
    window.actions_.zoom_reset.trigger()
    assert window.reader_panel.text.document().defaultFont().pointSizeF() == size


def test_screenshot_needs_no_display_and_the_window_explains_when_there_is_none(tmp_path, project_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["WORKBENCH_HOME"] = str(tmp_path / "home")
    out = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "workbench", "gui", str(project_path), "--screenshot", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and out.exists(), proc.stderr
    proc = subprocess.run([sys.executable, "-m", "workbench", "gui", str(project_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "no display" in proc.stderr


def test_undo_history_dock_jumps_back(window):
    from workbench.core.actions import claims
    from workbench.ui.commands.base import perform

    ctx = window.ctx
    claim = window.claims_panel.model.claim_id(0)
    for status in ("verified", "disputed", "false"):
        perform(ctx, claims.set_status, claim, status)
    window.history_dock.show()
    view = window.history_dock.widget()
    assert view.stack() is ctx.undo_stack
    view.setCurrentIndex(view.model().index(1, 0))  # the first step: "verified"
    assert ctx.store.claim(claim)["status"] == "verified"


def _visible_tab_bars(window):
    from PySide6.QtWidgets import QTabBar

    return [[bar.tabText(i) for i in range(bar.count())]
            for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if bar.isVisible() and bar.geometry().intersects(window.rect())]


def test_no_stray_dock_tab_bar_over_the_panels(qtbot, project_path, workbench_home):
    """Qt leaves copies of a dock tab bar from intermediate layouts ("Claims | Facts" drawn over the
    Articles list); only the live bar of each tab group may be visible."""
    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.open_project(project_path)
    bottom = ["Claims", "Facts", "Conflicts", "Sources", "Overview"]
    qtbot.waitUntil(lambda: _visible_tab_bars(window) == [bottom])
    window.facts_dock.setFloating(True)
    window.reset_layout()
    assert window.claims_dock in window.tabifiedDockWidgets(window.facts_dock)
    assert not window.facts_dock.isFloating()
    qtbot.waitUntil(lambda: _visible_tab_bars(window) == [bottom])
    window.close()
