"""Claim diff: two matched claims side by side, with what differs highlighted.

The words one claim has and the other lacks are marked, and a row per aspect (figure, hedge,
attribution, time) says whether the two agree. The comparison itself is `core.facts.diff`.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QTextBrowser, QWidget

from workbench.core.facts.diff import claim_differences
from workbench.ui.models.status_style import is_dark, status_label

ASPECTS = [("figure", "Figure"), ("hedge", "Hedge"), ("attribution", "Attribution"), ("time", "Time")]


def _marked(text: str, spans: list[tuple[int, int]], color: str) -> str:
    out, pos = [], 0
    for start, end in spans:
        out.append(html.escape(text[pos:start]))
        out.append(f"<span style='background:{color}; font-weight:bold'>{html.escape(text[start:end])}</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class ClaimDiffWidget(QWidget):
    """Two claims side by side; `show_claims(a, b)` with full claim rows from the store."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimDiff")
        self.left = QTextBrowser(self)
        self.right = QTextBrowser(self)
        for side, accessible in ((self.left, "First claim"), (self.right, "Second claim")):
            side.setAccessibleName(accessible)
            side.setMinimumHeight(80)
        self.aspects: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.left, 0, 1)
        grid.addWidget(self.right, 0, 2)
        for row, (key, label) in enumerate(ASPECTS, start=1):
            name, a, b = QLabel(f"<b>{label}</b>", self), QLabel(self), QLabel(self)
            for w in (a, b):
                w.setWordWrap(True)
                w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(a, row, 1)
            grid.addWidget(b, row, 2)
            self.aspects[key] = (name, a, b)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.differences: dict[str, Any] = {}

    def clear(self) -> None:
        self.left.clear()
        self.right.clear()
        for _name, a, b in self.aspects.values():
            a.clear()
            b.clear()
        self.differences = {}

    def show_claims(self, a: dict[str, Any], b: dict[str, Any]) -> None:
        diff = claim_differences(a, b)
        self.differences = diff
        mark = "#7a5b00" if is_dark(self.palette()) else "#ffe08a"
        for side, claim, spans in ((self.left, a, diff["spans_a"]), (self.right, b, diff["spans_b"])):
            side.setHtml(
                f"<p><b>Claim {claim['id']}</b> · {html.escape(claim.get('outlet') or '—')} · "
                f"{html.escape(claim.get('published') or 'no date')} · {status_label(claim.get('status'))}</p>"
                f"<p style='font-size:large'>{_marked(claim['text'], spans, mark)}</p>"
            )
        for key, (_name, la, lb) in self.aspects.items():
            aspect = diff["aspects"][key]
            for label, value in ((la, aspect["a"]), (lb, aspect["b"])):
                style = f"background:{mark}; font-weight:bold" if aspect["differs"] else ""
                label.setText(f"<span style='{style}'>{html.escape(str(value))}</span>")
