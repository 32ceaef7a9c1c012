"""`workbench tag` and the inspector call the same core actions: the same change leaves the same
history rows (label, entity, row, field, old value, new value) in the project file."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest_panels import *  # noqa: E402, F403
from PySide6.QtCore import Qt  # noqa: E402

from workbench.cli import main as cli_main  # noqa: E402
from workbench.core.actions import facts  # noqa: E402


def _rows_after(path, after_id: int) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT action, entity, entity_id, field, old, new FROM history WHERE id > ? ORDER BY id", (after_id,)
        ).fetchall()
    finally:
        conn.close()


def _last_history_id(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COALESCE(MAX(id), 0) FROM history").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def twin(project_path, sample, tmp_path):
    """A byte copy of the sample project, made before anything is edited."""
    copy = tmp_path / "twin.claims"
    shutil.copyfile(project_path, copy)
    return copy


def test_tag_and_inspector_write_identical_history(qtbot, ctx, sample, inspector_panel, project_path, twin):
    claim_id = sample["claims"][0][0]
    speaker = ctx.store.claim(claim_id)["speaker"]
    start = _last_history_id(twin)
    assert start == _last_history_id(project_path)

    # the command line: one call with every kind of change
    code = cli_main(["tag", str(twin), str(claim_id), "--status", "verified", "--confidence", "high",
                     "--source", speaker, "--note", "IOM figure"])
    assert code == 0

    # the window: the same changes, one by one, as a user makes them in the inspector
    panel = inspector_panel
    panel.status_combo.setFocus()
    qtbot.keyClick(panel.status_combo, Qt.Key.Key_Down)  # unverified -> verified
    qtbot.keyClick(panel.confidence_combo, Qt.Key.Key_End)  # -> high
    qtbot.mouseClick(panel.use_speaker_button, Qt.MouseButton.LeftButton)  # a new source named as the speaker
    panel.notes_edit.setFocus()
    qtbot.keyClicks(panel.notes_edit, "IOM figure")
    panel.status_combo.setFocus()  # focus-out writes the notes
    qtbot.waitUntil(lambda: facts.notes_of(ctx.store, claim_id) == "IOM figure", timeout=3000)

    cli_rows = _rows_after(twin, start)
    window_rows = _rows_after(project_path, start)
    # a verdict and notes go to the claim's fact: its rows and each claim's carry the same label
    assert list(dict.fromkeys(r[0] for r in cli_rows)) == [
        f"Mark claim {claim_id} verified", f"Set confidence of claim {claim_id} to high",
        f"Set source of claim {claim_id} to {speaker}", f"Edit notes of claim {claim_id}",
    ]
    assert window_rows == cli_rows


def test_tag_and_inspector_agree_on_an_existing_source(qtbot, ctx, sample, inspector_panel, project_path, twin):
    claim_id = sample["claims"][0][0]
    for path in (project_path, twin):  # the same source in both files, before the edit
        assert cli_main(["tag", str(path), str(sample["claims"][1][0]), "--source", "Reuters"]) == 0
    ctx.reload_from_disk()
    start = _last_history_id(twin)
    assert cli_main(["tag", str(twin), str(claim_id), "--source", "reuters", "--confidence", "low"]) == 0
    panel = inspector_panel
    panel.source_editor.assign(ctx.store.source_by_name("Reuters")["id"])
    panel.confidence_combo.setFocus()
    qtbot.keyClick(panel.confidence_combo, Qt.Key.Key_Down)  # not set -> low
    cli_rows = _rows_after(twin, start)
    # a verdict and notes go to the claim's fact: its rows and each claim's carry the same label
    assert list(dict.fromkeys(r[0] for r in cli_rows)) == [f"Set confidence of claim {claim_id} to low",
                                        f"Set source of claim {claim_id} to Reuters"]
    window_rows = _rows_after(project_path, start)
    assert sorted(window_rows) == sorted(cli_rows)  # the CLI writes confidence before source
