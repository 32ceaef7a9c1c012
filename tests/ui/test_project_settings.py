"""File → Project Settings: the semantic-matching switch (the core's set_semantic, one undo step,
one history row) and the model's state with the reason when it cannot run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.core.match import embedding
from workbench.ui.dialogs.project_settings_dialog import ProjectSettingsDialog


def setting_in_file(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (embedding.SETTING_KEY,)).fetchone()
    return row[0] if row else None


def answer_dialog(monkeypatch, checked: bool, seen: list[ProjectSettingsDialog]) -> None:  # noqa: ANN001
    def run(dialog: ProjectSettingsDialog) -> int:
        seen.append(dialog)
        dialog.semantic.setChecked(checked)
        return ProjectSettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(ProjectSettingsDialog, "exec", run)


def test_switching_semantic_matching_off_in_the_window_is_one_undoable_step(window, project_path, monkeypatch):
    ctx = window.ctx
    seen: list[ProjectSettingsDialog] = []
    answer_dialog(monkeypatch, False, seen)
    assert seen == [] and setting_in_file(project_path) is None  # on by default
    depth = ctx.undo_stack.count()
    window.actions_.project_settings.trigger()
    assert seen and seen[0].semantic.isChecked() is False
    assert setting_in_file(project_path) == "off"
    assert not embedding.semantic_enabled(ctx.store)
    assert ctx.undo_stack.count() == depth + 1 and ctx.undo_stack.undoText() == "Turn semantic matching off"
    history = ctx.store.history("setting")
    assert history[0]["field"] == embedding.SETTING_KEY and history[0]["new"] == "off"
    ctx.undo_stack.undo()
    assert embedding.project_setting_on(ctx.store) and setting_in_file(project_path) != "off"
    ctx.undo_stack.redo()
    assert setting_in_file(project_path) == "off"
    window.actions_.project_settings.trigger()  # the dialog opens on the project's setting
    assert len(seen) == 2


def test_the_dialog_says_why_the_model_cannot_run(window, tmp_path, monkeypatch):
    seen: list[ProjectSettingsDialog] = []
    answer_dialog(monkeypatch, True, seen)
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the pinned model")
    monkeypatch.setenv("WORKBENCH_MODEL_PATH", str(fake))
    window.actions_.project_settings.trigger()
    text = seen[-1].model_status.text()
    assert "Not available" in text and "not the checked one" in text
    monkeypatch.setenv("WORKBENCH_MODEL_PATH", str(tmp_path / "absent.onnx"))
    window.actions_.project_settings.trigger()
    assert "file is missing" in seen[-1].model_status.text()


def test_the_dialog_says_when_the_environment_turns_it_off(window, monkeypatch):
    seen: list[ProjectSettingsDialog] = []
    answer_dialog(monkeypatch, True, seen)
    monkeypatch.delenv("WORKBENCH_MODEL_PATH", raising=False)
    monkeypatch.setenv("WORKBENCH_SEMANTIC", "0")
    if embedding.model_problem() is not None:
        window.actions_.project_settings.trigger()
        assert "Not available" in seen[-1].model_status.text()
        return
    window.actions_.project_settings.trigger()
    assert "WORKBENCH_SEMANTIC=0" in seen[-1].model_status.text()
    monkeypatch.setenv("WORKBENCH_SEMANTIC", "1")
    window.actions_.project_settings.trigger()
    assert "in use" in seen[-1].model_status.text()
