"""Derived data kept current off the UI thread: re-matching edited claims and regrouping facts.

Both are recomputed from what the analyst did (a claim's new words, a confirmed link) and can
take a second or more on a big project, so they run as `Worker` jobs on their own connection,
one job at a time, never on the UI thread:

- `rematch(ids)` after a claim's text or span changed (the edit itself is already saved and on
  the undo stack); `settle(ids)` before that edit is undone or redone: a re-match of those claims
  still waiting is dropped and one running is cancelled (or, past its last check, finished) and
  waited for, so the undo's restored links are the last word.
- facts are regrouped when the links changed: after a re-match, or when any change leaves them
  stale (checked on the UI thread with one cheap query). The grouping is written in one
  transaction, and only if nothing else committed while it was computed (else it is computed
  again), so no view ever reads a half-built or outdated grouping.

When a job finishes, the views refresh from the changes it wrote (`ctx.changed`), not from a
reload of everything. `ProjectContext.close()` cancels and waits for a running job (`ctx.track`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from workbench.core.actions.claims import rematch_edited
from workbench.core.actions.importing import CancelFn, ProgressFn
from workbench.core.facts import GroupingOutdated, regroup
from workbench.core.store import Change, Store
from workbench.ui.workers import JobFn, Worker

if TYPE_CHECKING:
    from workbench.ui.context import ProjectContext

#: a regrouping that keeps losing the race to the analyst's edits is tried again later
GROUPING_ATTEMPTS = 3
#: debounce of "are the facts stale?" after a change (ms)
REGROUP_DELAY_MS = 200
#: seconds an undo waits for a re-match past its last cancel check (it is then writing)
SETTLE_TIMEOUT = 30.0
#: changes after which the facts may need regrouping
_GROUPING_INPUTS = ("link", "claim", "project", "article")


@dataclass
class DerivedResult:
    """What one background job did, for the views and the next job."""

    rematch_ids: frozenset[int] = frozenset()
    rematched: bool = False
    regrouped: bool = False
    outdated: bool = False  # the regrouping lost the race to edits: try again
    only_ours: bool = False  # no other connection committed while it ran
    changes: list[Change] = field(default_factory=list)


def derived_job(rematch_ids: frozenset[int], want_regroup: bool) -> JobFn:
    """Re-match `rematch_ids` (if any), then regroup the facts if they are stale."""

    def run(store: Store, progress: ProgressFn, cancel: CancelFn) -> DerivedResult:
        result = DerivedResult(rematch_ids=rematch_ids)
        store.subscribe(result.changes.extend)
        started = store.data_version()
        if rematch_ids:
            progress(0, 2, "re-matching the edited claim")
            result.rematched = rematch_edited(store, rematch_ids, cancel=cancel)
        if (want_regroup or result.rematched) and not cancel():
            progress(1, 2, "grouping facts")
            for _attempt in range(GROUPING_ATTEMPTS):
                if cancel():
                    break
                try:
                    result.regrouped = regroup(store, guarded=True) is not None
                    result.outdated = False
                    break
                except GroupingOutdated:
                    result.outdated = True
        result.only_ours = store.data_version() == started
        return result

    return run


class DerivedWork(QObject):
    """One project's background re-matching and regrouping (one job at a time)."""

    #: a job finished (its DerivedResult); tests wait on `idle`
    finished = Signal(object)
    #: nothing running and nothing waiting
    idle = Signal()
    #: what the running job does, for a quiet status-bar label ("" when nothing runs); never a
    #: status message, which would cover what the analyst was told last
    activity = Signal(str)

    def __init__(self, ctx: ProjectContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._waiting_ids: set[int] = set()
        self._want_regroup = False
        self._worker: Worker | None = None
        self._running_ids: frozenset[int] = frozenset()
        self._dropped: set[int] = set()
        self._regroup_timer = ctx.timer(self, REGROUP_DELAY_MS, self._check_facts)
        ctx.changed.connect(self._on_changes)
        ctx.closing.connect(self.stop)

    # -- requests ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._worker is not None or bool(self._waiting_ids) or self._want_regroup \
            or self._regroup_timer.isActive()

    def rematch(self, claim_ids: set[int] | frozenset[int]) -> None:
        """Recompute these edited claims' machine links in the background (then regroup)."""
        if self.ctx.closed or self.ctx.store.read_only:
            return
        self._waiting_ids |= set(claim_ids)
        self._dropped -= set(claim_ids)
        self._kick()

    def request_regroup(self) -> None:
        """Regroup the facts in the background soon, if they are stale."""
        if not self.ctx.closed:
            self._regroup_timer.start()

    def settle(self, claim_ids: set[int] | frozenset[int]) -> None:
        """Before an edit of these claims is undone or redone: no re-match of theirs may land later."""
        ids = set(claim_ids)
        self._waiting_ids -= ids
        if self._worker is not None and self._running_ids & ids:
            self._dropped |= ids
            self._worker.cancel()
            self._worker.wait(SETTLE_TIMEOUT)

    # -- running -------------------------------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity in _GROUPING_INPUTS for c in changes):
            self.request_regroup()

    def _check_facts(self) -> None:
        store = self.ctx.store
        if store.closed or store.read_only:
            return
        if store.facts_are_stale():
            self._want_regroup = True
            self._kick()
        elif self._worker is None and not self._waiting_ids:
            self.idle.emit()

    def _kick(self) -> None:
        if self._worker is not None or self.ctx.closed:
            return
        ids, want = frozenset(self._waiting_ids), self._want_regroup
        if not ids and not want:
            self.idle.emit()
            return
        self._waiting_ids.clear()
        self._want_regroup = False
        self.ctx.check_outside_changes()  # what others wrote before the job is reloaded now
        self.ctx.hold_watch(True)  # ... and the job's own writes arrive as its changes
        worker = Worker(self.ctx.store.path, derived_job(ids, want), parent=self)
        worker.progress.connect(lambda _d, _t, message: self.activity.emit(message[:1].upper() + message[1:] + "…"))
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._worker, self._running_ids = worker, ids
        self.ctx.track(worker)
        worker.start()

    def _done(self) -> None:
        self._worker, self._running_ids = None, frozenset()
        self.ctx.hold_watch(False)
        self.activity.emit("")

    def _on_finished(self, result: DerivedResult) -> None:
        self._done()
        if result.rematch_ids and not result.rematched:  # cancelled: re-match the ones not settled
            self._waiting_ids |= set(result.rematch_ids) - self._dropped
        self._dropped -= set(result.rematch_ids)
        if result.only_ours:
            self.ctx.absorb_changes(result.changes)
        else:
            self.ctx.reload_from_disk()
        if result.outdated:
            self._want_regroup = True
        self.finished.emit(result)
        self._kick()

    def _on_failed(self, message: str) -> None:
        self._done()
        self.ctx.message.emit(f"Could not bring links and facts up to date: {message}")
        self.ctx.reload_from_disk()
        self._kick()

    def stop(self) -> None:
        """The project closes: nothing more is started (ctx.close() waits for a running job)."""
        self._waiting_ids.clear()
        self._want_regroup = False
        self._regroup_timer.stop()
