"""The window notices what other programs write, offers View → Reload, shows a read-only badge,
and restores a rolling backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workbench.core.store import Store
from workbench.core.store.backup import list_backups
from workbench.ui.models.articles_model import COLUMN_INDEX

ROOT = Path(__file__).resolve().parents[2]


def _checked(win, article_id: int) -> int:
    model = win.articles_panel.model
    return int(model.article(model.row_of(article_id))["checked"])


def test_cli_tags_show_in_table_articles_counts_and_inspector(window, qtbot, project_path):
    win = window
    claim_id = win.ctx.current_claim_id
    assert claim_id >= 0
    article_id = win.ctx.store.claim(claim_id)["article_id"]
    row = win.claims_panel.model.row_of(claim_id)
    assert win.claims_panel.model.claim(row)["status"] == "unverified"
    checked_before = _checked(win, article_id)
    stats_before = win.stats.text()
    proc = subprocess.run([sys.executable, "-m", "workbench", "tag", str(project_path), str(claim_id), "--status",
                           "disputed"], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    qtbot.waitUntil(lambda: win.claims_panel.model.claim(row)["status"] == "disputed", timeout=10_000)
    qtbot.waitUntil(lambda: _checked(win, article_id) == checked_before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: win.stats.text() != stats_before, timeout=10_000)
    assert win.inspector_panel.claim["status"] == "disputed"
    assert COLUMN_INDEX["checked"] >= 0


def test_view_reload_rereads_the_file(window, project_path):
    win = window
    claim_id = win.ctx.current_claim_id
    row = win.claims_panel.model.row_of(claim_id)
    win.ctx._watch.stop()  # only the menu action now
    with Store.open(project_path) as other:
        other.update_claim(claim_id, status="false")
    assert win.claims_panel.model.claim(row)["status"] == "unverified"  # cached until reloaded
    win.actions_.reload.trigger()
    assert win.claims_panel.model.claim(row)["status"] == "false"
    assert win.inspector_panel.claim["status"] == "false"


def test_the_watch_stops_when_the_project_closes(window):
    ctx = window.ctx
    assert ctx._watch.isActive()
    window.close_project()
    assert not ctx._watch.isActive()


def test_a_read_only_project_shows_a_badge_and_disables_edits(qtbot, project_path):
    from workbench.ui.app import create_application
    from workbench.ui.main_window import MainWindow

    create_application()
    os.chmod(project_path, 0o444)
    try:
        win = MainWindow(restore_layout=False)
        qtbot.addWidget(win)
        win.show()
        assert win.open_project(project_path)
        assert win._read_only_badge is not None and win._read_only_badge.isVisible()
        assert "read-only" in win._read_only_badge.toolTip()
        assert not win.actions_.import_files.isEnabled()
        assert not win.actions_.delete_claim.isEnabled()
        assert win.actions_.export_report.isEnabled()
        assert win.claims_panel.model.rowCount() > 0
        win.close()
    finally:
        os.chmod(project_path, 0o644)
    assert sorted(p.name for p in project_path.parent.iterdir()) == [project_path.name]


def test_restore_from_backup_in_the_window(window, project_path):
    win = window
    backups = list_backups(project_path)
    assert len(backups) == 1, "opening the project made a backup"
    claim_id = win.ctx.current_claim_id
    win.ctx.store.update_claim(claim_id, status="verified")
    assert win.restore_backup_file(backups[0][1])
    row = win.claims_panel.model.row_of(claim_id)
    assert win.claims_panel.model.claim(row)["status"] == "unverified"
    assert win.ctx.undo_stack.count() == 0
    assert any("before-restore" in p.name for _, p in list_backups(project_path))


def test_matching_left_pending_by_a_kill_is_finished_when_the_window_opens(qtbot, project_path):
    from workbench.ui.app import create_application
    from workbench.ui.main_window import MainWindow

    with Store.open(project_path) as store:
        ids = [c["id"] for c in store.claims()]
        store.conn.execute("DELETE FROM links")
        store.add_pending("match", ids)
    create_application()
    win = MainWindow(restore_layout=False)
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(project_path)
    qtbot.waitUntil(lambda: win.ctx.store.pending("match") == [], timeout=60_000)
    qtbot.waitUntil(lambda: win.import_controller is not None and not win.import_controller.busy, timeout=60_000)
    assert len(win.ctx.store.links()) > 0
    win.close()
