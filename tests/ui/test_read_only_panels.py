"""A read-only project in the window: the badge, and every editing field of the panels disabled
(staying so when the panel's own logic would enable it), with the file left unchanged."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from tests.ui.conftest import wait_derived


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_only_project_disables_the_editing_fields_of_every_panel(qtbot, project_path: Path):
    from workbench.ui.app import create_application
    from workbench.ui.main_window import MainWindow

    create_application()
    os.chmod(project_path, 0o444)
    before = digest(project_path)
    try:
        win = MainWindow(restore_layout=False)
        qtbot.addWidget(win)
        win.show()
        assert win.open_project(project_path)
        wait_derived(qtbot, win.ctx)
        assert win._read_only_badge is not None and win._read_only_badge.isVisible()
        store = win.ctx.store
        claims = [c["id"] for c in store.claims()]
        for claim_id in claims[:2]:  # a new claim shown must not enable anything again
            win.ctx.select_claim(claim_id)
            ins = win.inspector_panel
            for widget in (ins.status_combo, ins.confidence_combo, ins.source_editor, ins.edit_text_button,
                           ins.evidence.add_button):
                assert not widget.isEnabled(), widget
            assert ins.notes_edit.isReadOnly()
            assert "Read-only project" in ins.status_combo.toolTip()
        facts = win.facts_panel
        if facts.model.rowCount():
            facts.select_fact(facts.model.fact_id(0))
        assert not facts.rate_button.isEnabled() and not facts.move_button.isEnabled()
        conflicts = win.conflicts_panel
        assert not conflicts.keep_button.isEnabled() and not conflicts.reject_button.isEnabled()
        similar = win.similar_panel
        win.ctx.select_claim(next(c for c in claims if store.links(c)))
        assert similar.model.rows
        assert not any(a.isEnabled() for a in similar.actions_by_name.values())
        similar.trigger(0, "confirm")  # a click on a card button does nothing
        win.close()
    finally:
        os.chmod(project_path, 0o644)
    assert digest(project_path) == before
