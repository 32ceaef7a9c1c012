"""Keyboard triage: tag, rate and move through claims without touching the mouse.

Single keys work wherever the focus is not in a text field (the table, the reader, the
articles list); text fields keep their letters. The keys are QActions on the main window, so
the Help → Keyboard shortcuts dialog lists exactly what is bound.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from workbench.core.actions import facts
from workbench.core.store import StoreError
from workbench.core.vocab import CONFIDENCE_LABELS, Confidence, Status
from workbench.ui.actions import make_action
from workbench.ui.commands.base import perform
from workbench.ui.models.status_style import status_icon, status_label

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

#: status -> keys; the first key is the one shown in menus.
STATUS_KEYS: dict[str, list[str]] = {
    Status.VERIFIED.value: ["1", "V"],
    Status.DISPUTED.value: ["2", "D"],
    Status.FALSE.value: ["3", "F"],
    Status.UNVERIFIABLE.value: ["4", "U"],
    Status.UNVERIFIED.value: ["5", "X", "0"],
}
CONFIDENCE_KEYS: dict[str, str] = {
    Confidence.LOW.value: "L",
    Confidence.MODERATE.value: "M",
    Confidence.HIGH.value: "H",
}


class Triage(QObject):
    """Owns the triage actions; looks up the window's current context at trigger time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.status_actions: dict[str, QAction] = {}
        #: single-key actions: live only where claims are worked on (see attach), so panels
        #: with their own letter keys (similar claims: C/R/S/X) never see an ambiguous shortcut
        self.key_actions: list[QAction] = []
        self.confidence_actions: dict[str, QAction] = {}

        self.advance = self._action("Advance to Next Claim After Tagging", [], None, "Triage",
                                    tip="After a status key, move to the next claim in the table")
        self.advance.setCheckable(True)
        self.advance.setChecked(True)
        #: (tagged claim, claim advanced to) after a status key moved on: a confidence key
        #: pressed next rates the claim just tagged, not the one the table moved to
        self._advanced: tuple[int, int] | None = None

        for status, keys in STATUS_KEYS.items():
            text = f"Mark {status_label(status)}" if status != Status.UNVERIFIED.value else "Reset to Unverified"
            action = self._action(text, keys, lambda _=False, s=status: self.tag(s), "Triage")
            action.setIcon(status_icon(status, 14))
            self.status_actions[status] = action
        for confidence, key in CONFIDENCE_KEYS.items():
            self.confidence_actions[confidence] = self._action(
                f"Confidence {CONFIDENCE_LABELS[confidence]}", [key],
                lambda _=False, c=confidence: self.rate(c), "Triage")

        self.next_claim = self._action("Next Claim", ["J"], lambda: self.move(1), "Navigate")
        self.previous_claim = self._action("Previous Claim", ["K"], lambda: self.move(-1), "Navigate")
        self.next_unverified = self._action("Next Unverified Claim", ["N"],
                                            lambda: self.next_status(Status.UNVERIFIED.value, 1), "Navigate")
        self.previous_unverified = self._action("Previous Unverified Claim", ["Shift+N"],
                                                lambda: self.next_status(Status.UNVERIFIED.value, -1), "Navigate")
        self.next_article = self._action("Next Article", ["]"], lambda: self.move_article(1), "Navigate")
        self.previous_article = self._action("Previous Article", ["["], lambda: self.move_article(-1), "Navigate")
        self.focus_filter = self._action("Filter Claims", ["/"], self.window.focus_claims_filter, "Navigate",
                                         tip="Type words to filter the claims table (Enter goes back to the table)")
        self.focus_table = self._action("Focus Claims Table", ["Esc"], self.window.focus_claims_table, "Navigate")
        self.focus_actions = [
            self._action(f"Go to {label}", [f"Ctrl+{n}"], lambda _=False, p=panel: self.window.focus_panel(p),
                         "Navigate")
            for n, (panel, label) in enumerate((("articles", "Articles"), ("reader", "Reader"),
                                                ("claims", "Claims Table"), ("inspector", "Inspector"),
                                                ("similar", "Similar Claims")), start=1)
        ]

    def _action(self, text: str, keys: list[str], slot, group: str, tip: str | None = None) -> QAction:  # noqa: ANN001
        # Plain letter keys listen only in the table, reader and articles list (see install()).
        single_keys = bool(keys) and all(len(k) == 1 or k.startswith("Shift+") for k in keys)
        shortcuts: list[QKeySequence.StandardKey | str] = list(keys)
        return make_action(self.window, text, shortcuts or None, slot, group,
                           local_actions=self.key_actions if single_keys else None, tip=tip)

    def attach(self, widgets: list[QWidget]) -> None:
        """Make the single-key actions work while the focus is in one of these widgets."""
        for widget in widgets:
            widget.addActions(self.key_actions)

    def populate(self, menu: QMenu) -> None:
        for action in self.status_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        for action in self.confidence_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.advance)

    def populate_navigation(self, menu: QMenu) -> None:
        for action in (self.next_claim, self.previous_claim, self.next_unverified, self.previous_unverified,
                       self.next_article, self.previous_article):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.focus_filter)
        menu.addSeparator()
        menu.addActions(self.focus_actions)

    def set_enabled(self, enabled: bool) -> None:
        for action in [*self.status_actions.values(), *self.confidence_actions.values(), self.next_claim,
                       self.previous_claim, self.next_unverified, self.previous_unverified, self.next_article,
                       self.previous_article, self.focus_filter]:
            action.setEnabled(enabled)

    # -- behaviour --------------------------------------------------------------------------

    def _current(self) -> int:
        ctx = self.window.ctx
        if ctx is None or ctx.current_claim_id < 0:
            self.window.show_message("Select a claim first (J / K move through the table)")
            return -1
        return ctx.current_claim_id

    def tag(self, status: str) -> None:
        claim_id = self._current()
        if claim_id < 0 or self.window.ctx is None:
            return
        ctx = self.window.ctx
        try:
            rated = perform(ctx, facts.rate_claim, claim_id, status=status)  # the claim's fact; nothing pushed if so already
        except StoreError as exc:
            self.window.show_message(str(exc))
            return
        self._advanced = None
        if self.advance.isChecked():
            self.move(1, quiet=True)
            if ctx.current_claim_id != claim_id:
                self._advanced = (claim_id, ctx.current_claim_id)
        covered = f" with its fact ({rated.claims} claims)" if rated.claims > 1 else ""
        self.window.show_message(f"Claim {claim_id} marked {status_label(status).lower()}{covered}")

    def rate(self, confidence: str) -> None:
        claim_id = self._current()
        if claim_id < 0 or self.window.ctx is None:
            return
        ctx = self.window.ctx
        if self._advanced is not None and self._advanced[1] == claim_id:
            claim_id = self._advanced[0]  # status then confidence: both for the claim just tagged
        self._advanced = None
        try:
            perform(ctx, facts.rate_claim, claim_id, confidence=confidence)
        except StoreError as exc:
            self.window.show_message(str(exc))
            return
        self.window.show_message(f"Claim {claim_id}: confidence {CONFIDENCE_LABELS[confidence].lower()}")

    def move(self, step: int, *, quiet: bool = False) -> None:
        panel = self.window.claims_panel
        if panel is None:
            return
        if not panel.move_current(step) and not quiet:
            self.window.show_message("No more claims in this direction" if panel.model.rowCount() else "No claims shown")
        elif not quiet:
            self.window.clear_message()

    def next_status(self, status: str, step: int) -> None:
        panel = self.window.claims_panel
        if panel is None:
            return
        if not panel.next_with_status(status, step):
            self.window.show_message(f"No other {status_label(status).lower()} claim in the table")

    def move_article(self, step: int) -> None:
        panel = self.window.articles_panel
        ctx = self.window.ctx
        if panel is None or ctx is None:
            return
        proxy = panel.proxy
        rows = proxy.rowCount()
        if rows == 0:
            return
        current = panel.table.selectionModel().currentIndex().row()
        row = 0 if current < 0 else max(0, min(rows - 1, current + step))
        panel.select_row(row)
