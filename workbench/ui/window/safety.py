"""Nothing stale, nothing lost, in the window: View → Reload, the read-only badge, rolling
backups on a timer and File → Restore from Backup (the work itself is in core.store.backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from workbench.core.store import StoreError
from workbench.core.store.backup import BACKUP_EVERY, backup_if_due, list_backups, restore_backup
from workbench.ui.window.base import WindowBase


class SafetyMixin(WindowBase):
    _read_only_badge: QLabel | None = None
    _backup_timer: QTimer | None = None

    # -- called by ProjectsMixin around opening and closing ------------------------------------

    def _after_open(self) -> None:
        """Show whether edits can be saved, start the backups, finish what a kill left pending."""
        assert self.ctx is not None
        store = self.ctx.store
        badge = self._badge()
        badge.setVisible(store.read_only)
        if store.read_only:
            badge.setToolTip(f"Changes cannot be saved: {store.read_only_reason}")
            for action in self.write_actions():
                action.setEnabled(False)
            self.triage.set_enabled(False)
            for name in ("inspector_panel", "similar_panel", "facts_panel", "conflicts_panel"):
                panel = getattr(self, name, None)
                if panel is not None:
                    panel.set_read_only()
            self.show_message(f"{store.path.name} opened read-only: {store.read_only_reason}.")
            return
        self._backup_now()
        if self._backup_timer is None:
            self._backup_timer = QTimer(self)
            self._backup_timer.setInterval(int(BACKUP_EVERY.total_seconds() * 1000))
            self._backup_timer.timeout.connect(self._backup_now)
        self._backup_timer.start()
        if self.import_controller is not None and (store.pending("match") or store.pending("match-all")):
            self.import_controller.finish_pending()

    def _before_close(self) -> None:
        if self._backup_timer is not None:
            self._backup_timer.stop()  # never fire into a closed store
        if self._read_only_badge is not None:
            self._read_only_badge.hide()
        activity = getattr(self, "_activity_label", None)
        if activity is not None:
            activity.hide()  # a background job of the closing project reports no more

    def write_actions(self) -> list[QAction]:
        a = self.actions_
        return [a.import_files, a.paste_article, a.new_claim, a.edit_text, a.change_span, a.split_claim,
                a.merge_claims, a.toggle_kind, a.delete_claim, a.delete_article, a.restore_backup]

    def _badge(self) -> QLabel:
        if self._read_only_badge is None:
            self._read_only_badge = QLabel("Read-only", self)
            self._read_only_badge.setObjectName("ReadOnlyBadge")
            self._read_only_badge.setStyleSheet(
                "QLabel#ReadOnlyBadge { background: #b45309; color: white; border-radius: 3px; padding: 1px 6px; }")
            self.statusBar().addPermanentWidget(self._read_only_badge)
        return self._read_only_badge

    # -- actions ---------------------------------------------------------------------------------

    def reload_project(self) -> None:
        """View → Reload: re-read everything from the file (other programs may have written)."""
        if self.ctx is not None:
            self.ctx.reload_from_disk()
            self.show_message("Reloaded from the project file.")

    def _backup_now(self) -> None:
        if self.ctx is None or self.ctx.store.read_only:
            return
        try:
            backup_if_due(self.ctx.store)
        except (OSError, StoreError, Exception) as exc:  # noqa: BLE001 - a backup failure must not stop the work
            self.show_message(f"No backup could be made: {exc}")

    def restore_from_backup(self) -> None:
        """File → Restore from Backup…: pick one of this project's backups and put it back."""
        if self.ctx is None:
            return
        store = self.ctx.store
        backups = list_backups(store.path)
        if not backups:
            QMessageBox.information(self, "Restore from Backup",
                                    f"There is no backup of {store.path.name} yet.\n"
                                    f"Backups are made when a project is opened and every "
                                    f"{int(BACKUP_EVERY.total_seconds() // 60)} minutes.")
            return
        labels = [f"{stamp.astimezone():%Y-%m-%d %H:%M:%S}  ({path.stat().st_size / 1e6:.1f} MB)"
                  f"{'  — made before a restore' if 'before-restore' in path.name else ''}"
                  for stamp, path in backups]
        choice, ok = QInputDialog.getItem(self, "Restore from Backup",
                                          "Put this project back as it was at:", labels, 0, False)
        if not ok:
            return
        path = backups[labels.index(choice)][1]
        answer = QMessageBox.question(
            self, "Restore from Backup",
            f"Replace the project's content with the backup of {choice.split('  ')[0]}?\n\n"
            "The current content is backed up first, so this can be undone by restoring that backup.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_backup_file(path)

    def restore_backup_file(self, path: Path) -> bool:
        """Restore `path` into the open project (the menu's work, also used by tests)."""
        assert self.ctx is not None
        try:
            safety = restore_backup(self.ctx.store, path)
        except StoreError as exc:
            QMessageBox.warning(self, "Restore from Backup", str(exc))
            return False
        self.ctx.undo_stack.clear()  # the undo steps describe content that is gone
        self.ctx.reload_from_disk()
        self.show_message(f"Restored {Path(path).name}; the content before it is in the backup {safety.name}.")
        return True
