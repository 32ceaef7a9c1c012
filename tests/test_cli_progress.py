"""The CLI's progress on a non-terminal stderr: a plain line every few seconds, never in JSON mode."""

from __future__ import annotations

from workbench.cli import common


def test_a_plain_line_each_interval_on_a_pipe(monkeypatch, capsys):
    monkeypatch.setenv("WORKBENCH_PROGRESS_EVERY", "0")
    progress = common.Progress("importing")
    progress(1, 3, "parsing")
    progress(2, 3)
    assert capsys.readouterr().err.splitlines() == ["importing: 1/3 parsing", "importing: 2/3"]


def test_no_line_before_the_interval_and_none_when_disabled(monkeypatch, capsys):
    monkeypatch.setenv("WORKBENCH_PROGRESS_EVERY", "inf")
    common.Progress("matching")(1, 2)
    monkeypatch.setenv("WORKBENCH_PROGRESS_EVERY", "0")
    common.Progress("matching", enabled=False)(1, 2)
    assert capsys.readouterr().err == ""


def test_the_interval_defaults_to_two_seconds(monkeypatch):
    monkeypatch.delenv("WORKBENCH_PROGRESS_EVERY", raising=False)
    assert common.Progress("x").every == common.PROGRESS_EVERY == 2.0
    monkeypatch.setenv("WORKBENCH_PROGRESS_EVERY", "soon")
    assert common.progress_interval() == 2.0
