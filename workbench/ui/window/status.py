"""The status bar (project totals, the claim's position, messages) and the Help menu."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from workbench.core.store import Change, ClaimFilter
from workbench.core.vocab import Status
from workbench.ui.dialogs.about_dialog import AboutDialog
from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from workbench.ui.window.base import WindowBase


class StatusMixin(WindowBase):
    def _show_position(self, claim_id: int) -> None:
        if self.claims_panel is None or claim_id < 0:
            return
        row = self.claims_panel.model.row_of(claim_id)
        if row >= 0:
            self.show_hint(f"Claim {row + 1} of {self.claims_panel.model.rowCount():,} in the table")

    def _refresh_position(self) -> None:
        """Re-say where the current claim is when the table's rows changed under it."""
        if self.ctx is not None and self.statusBar().currentMessage().startswith("Claim "):
            self._show_position(self.ctx.current_claim_id)

    def _show_activity(self, text: str) -> None:
        """Background work of the project (re-matching an edited claim, grouping facts), quietly."""
        label = getattr(self, "_activity_label", None)
        if label is None:
            label = self._activity_label = QLabel(self)
            label.setObjectName("ActivityLabel")
            label.setEnabled(False)  # drawn muted: information, not a message
            self.statusBar().addPermanentWidget(label)
        label.setText(text.split(" the ")[0] + "…" if " the " in text else text)  # short: the bar is full
        label.setToolTip(text)
        label.setVisible(bool(text))

    def _on_changes(self, changes: list[Change]) -> None:
        self._stats_timer.start()

    def _update_stats(self) -> None:
        if self.ctx is None:
            self.stats.clear()
            return
        store = self.ctx.store
        counts = store.claim_counts_by_status()
        total = sum(counts.values())
        checked = total - counts.get(Status.UNVERIFIED.value, 0)
        articles = len(store.article_ids())
        saved = "read-only" if store.read_only else "saved automatically"
        derived = total - store.count_claims(ClaimFilter(derived=False))
        claims = f"{total - derived:,} claims" + (f" (+{derived:,} derived)" if derived else "")
        self.stats.setText(f"{articles:,} article{'s' if articles != 1 else ''}  ·  {claims}  ·  "
                           f"{checked:,} checked  ·  {saved}")
        self.stats.setToolTip(f"Changes cannot be saved: {store.read_only_reason}" if store.read_only
                              else "Every change is written to the project file at once")

    # -- help -----------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        shortcuts = self.registered_shortcuts()
        panels = (("Reader", self.reader_panel), ("Inspector", self.inspector_panel),
                  ("Similar Claims", self.similar_panel))
        for group, panel in panels:
            if panel is not None:
                shortcuts += [(group, a) for a in panel.findChildren(QAction) if a.shortcuts() and a.text()]
        dialog = ShortcutsDialog(shortcuts, self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.exec()
        dialog.deleteLater()
