"""Helpers to click the buttons painted on similar-claims cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from workbench.ui.views.similar_claims import RowRole, SimilarClaimsPanel


def button_rect(panel: SimilarClaimsPanel, row: int, action: str):
    index = panel.model.index(row)
    option = QStyleOptionViewItem()
    panel.view.initViewItemOption(option)
    option.rect = panel.view.visualRect(index)
    return panel.delegate.layout(option, index.data(RowRole))["buttons"][action]


def click_card_button(qtbot, panel: SimilarClaimsPanel, row: int, action: str) -> None:
    panel.view.scrollTo(panel.model.index(row))
    rect = button_rect(panel, row, action)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_of_link(panel: SimilarClaimsPanel, link_id: int) -> int:
    row = panel.model.row_of_link(link_id)
    assert row >= 0, f"link {link_id} not shown"
    return row
