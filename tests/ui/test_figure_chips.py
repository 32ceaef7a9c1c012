"""The inspector's figure chips: counts, money, percentages and measures; never a vague duration."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest_panels import *  # noqa: E402, F403


def _badges(panel) -> list[str]:
    return [panel.badges.itemAt(i).widget().text() for i in range(panel.badges.count())]


def test_a_vague_duration_stored_by_an_older_version_gets_no_chip(ctx, sample, inspector_panel):
    claim_id = sample["claims"][0][0]
    quantities = [
        {"text": "a few days", "value": None, "low": 2, "high": 5, "approximate": True, "unit": "days"},
        {"text": "48 hours", "value": 48, "low": 48, "high": 48, "approximate": False, "unit": "hours"},
        {"text": "$2 million", "value": 2e6, "low": 2e6, "high": 2e6, "approximate": False, "unit": "USD"},
        {"text": "5 percent", "value": 5, "low": 5, "high": 5, "approximate": False, "unit": "%"},
        {"text": "500 people", "value": 500, "low": 500, "high": 500, "approximate": False, "counted": "people"},
    ]
    with ctx.store.atomic():  # as a project written before the rule: the quantities are in the file
        ctx.store.conn.execute("UPDATE claims SET quantities = ? WHERE id = ?", (json.dumps(quantities), claim_id))
    ctx.select_claim(-1)
    ctx.select_claim(claim_id)
    chips = [b for b in _badges(inspector_panel) if b.startswith("# ")]
    assert chips == ["# 48 hours", "# $2 million", "# 5 percent", "# 500 people"]
