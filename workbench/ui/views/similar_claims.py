"""Similar claims: for the selected claim, the matching claims in other articles.

One card per link (from `store.similar_claims`): relation (duplicate / conflict / related,
coloured), state (suggested / confirmed / rejected, and whether only the machine decided),
score, the other claim with its outlet and date, and the figures of both claims side by side
with the differing ones highlighted. Buttons painted on each card confirm or reject a
suggested link, or add the other article as supporting / contradicting evidence, in one
click; the same actions have keys (C, R, S, X) and a context menu. Every action is one undo
step. Model/view: `SimilarClaimsModel` (a list model) + `SimilarClaimDelegate` (the cards, in
`similar_claims_card`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.actions import evidence, links
from workbench.core.figures import compare_figures
from workbench.core.store import Change, Store, StoreError
from workbench.core.vocab import (
    RELATION_LABELS,
    SHOWN_RELATIONS,
    STANCE_ADJECTIVES,
    LinkState,
    Stance,
)
from workbench.ui.commands.base import perform
from workbench.ui.context import ProjectContext
from workbench.ui.views.panel_widgets import muted, muted_color
from workbench.ui.views.similar_claims_card import (
    ACTIONS,
    RELATION_STYLE,
    IndexLike,
    RowRole,
    SimilarClaimDelegate,
    action_state,
)


class SimilarClaimsModel(QAbstractListModel):
    """The links of one claim joined with the other claim, plus what the card needs to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim: dict[str, Any] | None = None
        self.rows: list[dict[str, Any]] = []

    def load(self, store: Store, claim_id: int) -> None:
        self.beginResetModel()
        self.claim, self.rows = None, []
        if claim_id >= 0:
            try:
                self.claim = store.claim(claim_id)
            except StoreError:
                self.claim = None
        if self.claim is not None:
            try:
                wire_group = store.article(self.claim["article_id"]).get("wire_group")
            except StoreError:
                wire_group = None
            evidence = {e["article_id"]: e for e in store.evidence(claim_id)}
            for row in store.similar_claims(claim_id):
                row["figures"] = compare_figures(self.claim.get("quantities") or [], row.get("quantities") or [])
                row["evidence"] = evidence.get(row["article_id"])
                row["same_article"] = row["article_id"] == self.claim["article_id"]
                row["same_wire"] = wire_group is not None and row.get("wire_group") == wire_group
                self.rows.append(row)
        self.endResetModel()

    def rowCount(self, parent: IndexLike = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: IndexLike, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return row["text"]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            label = RELATION_STYLE.get(row["relation"], (row["relation"], ""))[0]
            return f"{label}, {row['state']}, score {row['score']:.0f}: {row['text']} ({row.get('outlet') or ''})"
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = "; ".join(str(r) for r in row.get("reasons") or [])
            title = row.get("article_title") or ""
            parts = [title, f"Why: {reasons}" if reasons else "", "Double-click to open this claim."]
            return "\n".join(p for p in parts if p)
        return None

    def row_of_link(self, link_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r["link_id"] == link_id), -1)


class _CardList(QListView):
    """A list of cards that re-measures them when the dock is resized, with an empty-state text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def leaveEvent(self, event: Any) -> None:  # noqa: N802
        delegate = self.itemDelegate()
        if isinstance(delegate, SimilarClaimDelegate) and delegate._hover is not None:
            delegate._hover = None
            self.viewport().update()
        super().leaveEvent(event)

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(muted_color(self.palette(), view=True))
            painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            painter.end()


class SimilarClaimsPanel(QWidget):
    """Matching claims of the selected claim; confirm/reject links and add evidence in one click."""

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.claim_id = -1
        self.setObjectName("similarClaimsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        header = QHBoxLayout()
        self.summary = QLabel(self)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.hint = muted(QLabel("Keys on a selected card: C confirm · R reject · S supporting · "
                                 "X contradicting · Enter opens the claim", self))
        self.hint.setToolTip(
            "With a card selected: C confirms the link, R rejects it, S adds the other article as\n"
            "supporting evidence, X as contradicting evidence; Enter opens the other claim."
        )
        self.hint.setWordWrap(True)
        header.addWidget(self.summary)
        header.addStretch(1)
        layout.addLayout(header)

        self.model = SimilarClaimsModel(self)
        self.view = _CardList(self)
        self.view.setModel(self.model)
        self.delegate = SimilarClaimDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setMouseTracking(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSpacing(2)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setAccessibleName("Similar claims")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.viewport().setAutoFillBackground(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

        self.actions_by_name: dict[str, QAction] = {}
        for name, (label, _done, key) in ACTIONS.items():
            text = (f"Add other article as {STANCE_ADJECTIVES[name]} evidence" if name in STANCE_ADJECTIVES
                    else f"{label} link")
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, name=name: self.trigger_current(name))
            self.view.addAction(action)
            self.actions_by_name[name] = action
        open_action = QAction("Open the other claim", self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        open_action.triggered.connect(lambda: self.open_row(self.view.currentIndex().row()))
        self.view.addAction(open_action)

        self.delegate.actionTriggered.connect(self.trigger)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        ctx.claimSelected.connect(self.set_claim)
        ctx.changed.connect(self._on_changes)
        self.set_claim(ctx.current_claim_id)

    # -- loading ------------------------------------------------------------------------------------

    def set_claim(self, claim_id: int) -> None:
        self.claim_id = claim_id
        self.reload()

    def reload(self) -> None:
        current = self.current_row()
        link_id = current["link_id"] if current else None
        self.model.load(self.ctx.store, self.claim_id)
        rows = self.model.rows
        if self.model.claim is None:
            self.summary.setText("Similar claims")
            self.view.placeholder = "Select a claim to see the same or conflicting claims in other articles."
        else:
            counts = {r: sum(1 for x in rows if x["relation"] == r and x["state"] != LinkState.REJECTED.value)
                      for r in SHOWN_RELATIONS}
            parts = [f"{n} {RELATION_LABELS[r].lower()}{'s' if n != 1 else ''}" for r, n in counts.items() if n]
            self.summary.setText(", ".join(parts) if parts else "No similar claims")
            self.view.placeholder = ("No other article carries this claim yet. Matching links claims across "
                                     "articles when they are imported.")
        if link_id is not None:
            row = self.model.row_of_link(link_id)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row))
        self.hint.setVisible(bool(rows))
        self.view.viewport().update()
        self._update_actions()

    def _on_changes(self, changes: list[Change]) -> None:
        for ch in changes:
            if ch.entity in ("link", "evidence", "project", "article") or (
                ch.entity == "claim" and (not ch.ids or ch.kind in ("reload", "delete") or self.claim_id in ch.ids
                                          or any(r["claim_id"] in ch.ids for r in self.model.rows))
            ):
                self.reload()
                return

    def current_row(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def set_read_only(self) -> None:
        """A read-only project: the card buttons and their keys do nothing (drawn disabled)."""
        from workbench.ui.views.read_only import lock_editing

        self.delegate.read_only = True
        lock_editing(self, [], self.actions_by_name.values())
        self.view.viewport().update()

    def _update_actions(self) -> None:
        row = self.current_row()
        for name, action in self.actions_by_name.items():
            action.setEnabled(row is not None and action_state(row, name)[0])

    # -- actions ------------------------------------------------------------------------------------

    def trigger_current(self, action: str) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.trigger(index.row(), action)

    def trigger(self, row_index: int, action: str) -> None:
        """Run a card action on row `row_index` as one undo step."""
        if not (0 <= row_index < len(self.model.rows)) or self.model.claim is None or self.delegate.read_only:
            return
        row = self.model.rows[row_index]
        self.view.setCurrentIndex(self.model.index(row_index))
        if not action_state(row, action)[0]:
            return
        if action == "confirm":
            self.confirm(row)
        elif action == "reject":
            self.reject(row)
        elif action in (Stance.SUPPORTS.value, Stance.CONTRADICTS.value):
            self.add_evidence(row, action)

    def confirm(self, row: dict[str, Any]) -> None:
        perform(self.ctx, links.confirm_link, row["link_id"])
        self.ctx.message.emit(f"Confirmed the {row['relation']} from {row.get('outlet') or 'the other article'}.")

    def reject(self, row: dict[str, Any]) -> None:
        perform(self.ctx, links.reject_link, row["link_id"])
        self.ctx.message.emit(f"Rejected: not a {row['relation']}.")

    def add_evidence(self, row: dict[str, Any], stance: str) -> None:
        assert self.model.claim is not None
        existing = row.get("evidence")
        if existing is not None:
            if existing["stance"] != stance:
                perform(self.ctx, evidence.set_evidence_stance, existing["id"], stance)
            return
        text = " ".join(row["text"].split())
        note = f"{RELATION_STYLE.get(row['relation'], (row['relation'],))[0]} claim: “{text}”"
        if len(note) > 240:
            note = note[:239] + "…"
        perform(self.ctx, evidence.add_evidence, self.model.claim["id"], row["article_id"], stance, note)
        where = row.get("outlet") or row.get("article_title") or "the other article"
        self.ctx.message.emit(f"Added {where} as {STANCE_ADJECTIVES.get(stance, stance)} evidence.")

    def open_row(self, row_index: int) -> None:
        if 0 <= row_index < len(self.model.rows):
            self.ctx.select_claim(self.model.rows[row_index]["claim_id"])
