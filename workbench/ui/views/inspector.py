"""The inspector: everything about the selected claim, and every edit of it as one undo step.

Shows `ctx.current_claim_id`: the claim's text and quote, status (coloured), confidence, source
(picked with completion or created with a kind and an Admiralty grade), the speaker extraction
found ("use as source" in one click), figure/date/hedge badges, corroborating articles, free
notes (written on focus-out or after a pause, merged into one undo step) and the history.
It listens to `ctx.changed`, so undo, other panels and background imports refresh it.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.actions import facts
from workbench.core.actions.history import revert_change, revertible
from workbench.core.figures import is_shown_figure
from workbench.core.language.quotes import in_quotes
from workbench.core.store import Change, StoreError
from workbench.core.vocab import CONFIDENCE_LABELS, ClaimKind, Confidence, Stance, Status
from workbench.ui.commands import claim_commands
from workbench.ui.commands.base import perform
from workbench.ui.context import ProjectContext
from workbench.ui.models.status_style import status_color, status_icon, status_label
from workbench.ui.views.inspector_evidence import EvidenceWidget
from workbench.ui.views.inspector_history import HistoryModel
from workbench.ui.views.inspector_source import SourceEditor
from workbench.ui.views.panel_widgets import Chip, FlowLayout, SectionHeader, muted, store_is_open
from workbench.ui.views.read_only import READ_ONLY_TIP, lock_editing

NOTES_DELAY_MS = 1500
_NOTES_COMMAND_ID = 0x6E07  # QUndoCommand.id() of note edits, so consecutive ones merge into one step


class NotesEdit(QPlainTextEdit):
    """Plain-text notes that report focus-out (the moment to write them)."""

    focusLost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focusLost.emit()


def _fmt_number(value: Any) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"


def quantity_tooltip(q: dict[str, Any]) -> str:
    low, high, value = q.get("low"), q.get("high"), q.get("value")
    parts = [in_quotes(q.get("text", ""))]
    if low is not None and high is not None and low != high:
        parts.append(f"between {_fmt_number(low)} and {_fmt_number(high)}")
    elif value is not None:
        parts.append(f"= {_fmt_number(value)}")
    if q.get("approximate"):
        parts.append("approximate")
    if q.get("counted"):
        parts.append(f"counting {q['counted']}")
    if q.get("unit"):
        parts.append(f"unit {q['unit']}")
    return "\n".join(parts)


def _plain(text: str) -> str:
    return " ".join(text.split()).strip(" .!?;:\"'“”‘’").casefold()


class InspectorPanel(QWidget):
    """Shows and edits the claim selected in the project context."""

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.claim_id = -1
        self.claim: dict[str, Any] | None = None
        self._notes_claim_id = -1
        self._notes_saved = ""
        self.read_only = False
        self.setObjectName("inspectorPanel")
        self._build()
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self.commit_notes)
        ctx.claimSelected.connect(self.set_claim)
        ctx.changed.connect(self._on_changes)
        self.source_editor.reload_sources()
        self.set_claim(ctx.current_claim_id)

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        self.empty = QLabel("Select a claim in the table or the reader to inspect it.", self.stack)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        muted(self.empty)
        self.stack.addWidget(self.empty)

        self.scroll_area = QScrollArea(self.stack)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack.addWidget(self.scroll_area)
        body = QWidget(self.scroll_area)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)

        # header: status pill, claim text (editable), where it comes from, the exact quote
        top = QHBoxLayout()
        top.setSpacing(6)
        self.status_chip = Chip("", "#888888", body, strong=True)
        self.id_label = muted(QLabel(body))
        self.id_label.setWordWrap(True)  # "Claim 304 · core of claim 305" must not widen a narrow panel
        self.edit_text_button = QToolButton(body)
        self.edit_text_button.setText("Edit text…")
        self.edit_text_button.setToolTip("Reword the claim so that it reads on its own")
        top.addWidget(self.status_chip)
        top.addWidget(self.id_label, 1)
        top.addWidget(self.edit_text_button)
        layout.addLayout(top)
        self.text_label = QLabel(body)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.12)
        font.setWeight(QFont.Weight.DemiBold)
        self.text_label.setFont(font)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.text_label)
        self.quote_label = muted(QLabel(body))
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        qfont = self.quote_label.font()
        qfont.setItalic(True)
        self.quote_label.setFont(qfont)
        layout.addWidget(self.quote_label)
        self.article_label = muted(QLabel(body))
        self.article_label.setWordWrap(True)
        self.article_label.setTextFormat(Qt.TextFormat.PlainText)
        self.article_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.article_label)

        # badges: figures, dates, hedged, anonymous / relayed speaker
        self.badges_host = QWidget(body)
        self.badges = FlowLayout(self.badges_host, spacing=4)
        layout.addWidget(self.badges_host)

        # the assessment
        layout.addWidget(SectionHeader("Assessment", body))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        self.status_combo = QComboBox(body)
        for status in Status:
            self.status_combo.addItem(status_icon(status.value, 12), status_label(status.value), status.value)
        self.status_combo.setAccessibleName("Status")
        self.confidence_combo = QComboBox(body)
        self.confidence_combo.addItem("Not set", None)
        for conf in Confidence:
            self.confidence_combo.addItem(CONFIDENCE_LABELS[conf.value], conf.value)
        self.confidence_combo.setAccessibleName("Confidence")
        self.source_editor = SourceEditor(self.ctx, body)
        # label above, button below: side by side, a long speaker ("Democratic chairwoman of the
        # Senate Intelligence Committee") wrapped one word per line in a narrow window
        speaker_row = QVBoxLayout()
        speaker_row.setSpacing(2)
        self.speaker_label = QLabel(body)
        self.speaker_label.setWordWrap(True)
        self.speaker_label.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.use_speaker_button = QToolButton(body)
        self.use_speaker_button.setText("Use as source")
        self.use_speaker_button.setToolTip("Make the speaker extraction found this claim's source")
        speaker_row.addWidget(self.speaker_label)
        speaker_row.addWidget(self.use_speaker_button, 0, Qt.AlignmentFlag.AlignLeft)
        for text, field in (("&Status", self.status_combo), ("&Confidence", self.confidence_combo),
                            ("S&ource", self.source_editor.combo)):
            label = QLabel(text, body)
            label.setBuddy(field)
            if field is self.source_editor.combo:
                form.addRow(label, self.source_editor)
            else:
                form.addRow(label, field)
        form.addRow(QLabel("Speaker", body), speaker_row)
        layout.addLayout(form)

        # corroborating articles
        self.evidence_header = SectionHeader("Corroborating articles", body)
        layout.addWidget(self.evidence_header)
        self.evidence = EvidenceWidget(self.ctx, body)
        layout.addWidget(self.evidence)

        # notes
        layout.addWidget(SectionHeader("Notes", body))
        self.notes_edit = NotesEdit(body)
        self.notes_edit.setPlaceholderText("Your notes on this claim (saved as you go)")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        layout.addWidget(self.notes_edit)

        # history
        layout.addWidget(SectionHeader("History", body))
        self.history_model = HistoryModel(self)
        self.history_view = QTreeView(body)
        self.history_view.setModel(self.history_model)
        self.history_view.setRootIsDecorated(False)
        self.history_view.setUniformRowHeights(True)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history_view.setAccessibleName("History")
        header = self.history_view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history_view.setMinimumHeight(self.fontMetrics().height() * 8)
        # the undo stack ends with the session; a change recorded here can be reverted any time
        self.history_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.history_view.customContextMenuRequested.connect(self._history_menu)
        self.history_view.doubleClicked.connect(lambda index: self.revert_history_row(index.row()))
        self.history_view.setToolTip("Right-click or double-click a change to revert it")
        layout.addWidget(self.history_view, 1)

        self.status_combo.activated.connect(self._on_status)
        self.confidence_combo.activated.connect(self._on_confidence)
        self.use_speaker_button.clicked.connect(self.use_speaker_as_source)
        self.edit_text_button.clicked.connect(self.edit_text)
        self.notes_edit.textChanged.connect(self._on_notes_typed)
        self.notes_edit.focusLost.connect(self.commit_notes)

    # -- loading ---------------------------------------------------------------------------------

    def set_claim(self, claim_id: int) -> None:
        if claim_id != self._notes_claim_id:
            self.commit_notes()  # never lose what was typed for the previous claim
        another = claim_id != self.claim_id
        self.claim_id = claim_id
        self.refresh()
        if another:  # a new claim starts at the top: its text is never hidden above the fold
            self.scroll_area.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        claim = None
        if self.claim_id >= 0:
            try:
                claim = self.ctx.store.claim(self.claim_id)
            except StoreError:
                claim = None
        self.claim = claim
        if claim is None:
            self.stack.setCurrentWidget(self.empty)
            self.evidence.set_claim(-1)
            self.source_editor.set_claim(-1, None)
            self._notes_claim_id = -1
            return
        self.stack.setCurrentWidget(self.scroll_area)
        self._show_claim(claim)
        self.evidence.set_claim(self.claim_id)
        self._update_evidence_header()
        self._show_history()

    def set_read_only(self) -> None:
        """A read-only project: every field that edits stays disabled (notes can still be copied)."""
        ev = self.evidence
        lock_editing(self, [self.status_combo, self.confidence_combo, self.source_editor, self.use_speaker_button,
                            self.edit_text_button, ev.add_button, ev.note_button, ev.flip_button, ev.remove_button,
                            self.notes_edit])
        self.read_only = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        claim = getattr(self, "claim", None)  # palette changes can arrive while the panel is being built
        if event.type() == QEvent.Type.PaletteChange and claim is not None:  # light <-> dark theme
            self.status_chip.set_color(status_color(claim["status"], self.palette()))

    def _show_claim(self, c: dict[str, Any]) -> None:
        status = c["status"]
        self.status_chip.setText(status_label(status))
        self.status_chip.set_color(status_color(status, self.palette()))
        self.id_label.setText(f"Claim {c['id']}" + (" · made by hand" if c.get("kind") == ClaimKind.MANUAL.value else "")
                              + (f" · core of claim {c['derived_from']}" if c.get("derived_from") else ""))
        self.text_label.setText(c["text"])
        quote = " ".join((c.get("quote") or "").split())
        # the quote only when it says more than the wording (not for a full stop or a capital)
        show_quote = bool(quote) and _plain(quote) != _plain(c["text"])
        self.quote_label.setText(in_quotes(quote) if show_quote else "")
        self.quote_label.setVisible(show_quote)
        where = [c.get("outlet"), (c.get("published") or "")[:10], c.get("article_title") or "Untitled article"]
        self.article_label.setText(" · ".join(p for p in where if p))
        self.article_label.setToolTip(c.get("article_title") or "")
        with QSignalBlocker(self.status_combo):
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        with QSignalBlocker(self.confidence_combo):
            self.confidence_combo.setCurrentIndex(max(self.confidence_combo.findData(c.get("confidence")), 0))
        self.source_editor.set_claim(self.claim_id, c.get("source_id"))
        speaker = c.get("speaker")
        if speaker:
            text = speaker + (f" (relayed by {c['relayed_by']})" if c.get("relayed_by") else "")
        elif c.get("speaker_anonymous"):
            text = "an unnamed source"
        else:
            text = "none found"
        self.speaker_label.setText(text)
        source_name = (c.get("source") or "").casefold()
        self.use_speaker_button.setVisible(bool(speaker))
        self.use_speaker_button.setEnabled(bool(speaker) and (speaker or "").strip().casefold() != source_name)
        self._show_badges(c)
        if not (self.notes_edit.hasFocus() and self._notes_claim_id == self.claim_id
                and self.notes_edit.toPlainText() != self._notes_saved):
            notes = facts.notes_of(self.ctx.store, self.claim_id)  # the fact's notes, shared by its claims
            with QSignalBlocker(self.notes_edit):
                if self.notes_edit.toPlainText() != notes:
                    self.notes_edit.setPlainText(notes)
            self._notes_saved = notes
            self._notes_claim_id = self.claim_id

    def _show_badges(self, c: dict[str, Any]) -> None:
        self.badges.clear()
        host = self.badges_host
        for q in c.get("quantities") or []:
            if not is_shown_figure(q):  # counts, money, percentages and measures; not "a few days"
                continue
            label = " ".join((q.get("text") or _fmt_number(q.get("value"))).split())
            self.badges.addWidget(Chip(f"# {label}", "#1a73e8", host, tooltip=quantity_tooltip(q)))
        for d in c.get("dates") or []:
            value = d.get("value")
            self.badges.addWidget(Chip(f"◷ {d.get('text', '')}", "#00897b", host,
                                       tooltip=f"date: {value}" if value else "date (not resolved)"))
        if c.get("hedged"):
            self.badges.addWidget(Chip("hedged", "#e8710a", host,
                                       tooltip="The wording is hedged (reportedly, may, is said to…)"))
        if c.get("speaker_anonymous"):
            self.badges.addWidget(Chip("anonymous source", "#7e6bc4", host,
                                       tooltip="The speaker is not named"))
        self.badges_host.setVisible(self.badges.count() > 0)
        self.badges.invalidate()
        self.badges_host.updateGeometry()

    def _update_evidence_header(self) -> None:
        rows = self.evidence.model.rows
        if not rows:
            self.evidence_header.setText("Corroborating articles")
            return
        supports = sum(1 for r in rows if r["stance"] == Stance.SUPPORTS.value)
        contradicts = len(rows) - supports
        self.evidence_header.setText(f"Corroborating articles ({supports} for, {contradicts} against)")

    def _show_history(self) -> None:
        rows = self.ctx.store.history("claim", self.claim_id, limit=200)
        self.history_model.source_names = {s["id"]: s["name"] for s in self.source_editor._sources}
        titles: dict[int, str] = {}
        self.history_model.article_titles = titles
        for row in rows:
            if row.get("field") == "evidence":
                for number in re.findall(r"article (\d+)", f"{row.get('new') or ''} {row.get('old') or ''}"):
                    if int(number) not in titles:
                        try:
                            titles[int(number)] = self.ctx.store.article(int(number))["title"] or ""
                        except StoreError:
                            titles[int(number)] = ""
        self.history_model.set_rows(rows)

    def _history_menu(self, point: QPoint) -> None:
        index = self.history_view.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        entry = self.history_model.rows[index.row()]
        reason = revertible(self.ctx.store, entry)
        action = menu.addAction("Revert This Change", lambda: self.revert_history_row(index.row()))
        if self.read_only:
            reason = READ_ONLY_TIP
        action.setEnabled(reason is None)
        if reason:
            action.setToolTip(reason)
            menu.setToolTipsVisible(True)
        menu.exec(self.history_view.viewport().mapToGlobal(point))

    def revert_history_row(self, row: int) -> bool:
        """Put the field of history row `row` back as it was before that change (one undo step)."""
        if not 0 <= row < len(self.history_model.rows):
            return False
        try:
            perform(self.ctx, revert_change, int(self.history_model.rows[row]["id"]))
        except StoreError as exc:
            self.ctx.message.emit(str(exc))
            return False
        return True

    def _on_changes(self, changes: list[Change]) -> None:
        if self.claim_id < 0 and not any(ch.entity in ("project", "source") for ch in changes):
            return
        sources = any(ch.entity in ("source", "project") for ch in changes)
        relevant = sources or any(self._touches(ch) for ch in changes)
        if sources:
            self.source_editor.reload_sources()
        if relevant:
            self.refresh()

    def _touches(self, ch: Change) -> bool:
        if ch.entity in ("project", "evidence", "link", "article", "fact"):  # a fact's verdict and notes show here
            return True
        return ch.entity == "claim" and (not ch.ids or self.claim_id in ch.ids or ch.kind == "reload")

    # -- edits (each one undo command) -------------------------------------------------------------

    def _on_status(self, index: int) -> None:
        self.set_status(self.status_combo.itemData(index))

    def set_status(self, status: str) -> None:
        if self.claim is not None and self.claim["status"] != status:
            self._perform(facts.rate_claim, status=status)  # rates the claim's fact

    def _on_confidence(self, index: int) -> None:
        value = self.confidence_combo.itemData(index)
        if self.claim is not None and self.claim.get("confidence") != value:
            self._perform(facts.rate_claim, confidence=value)

    def _perform(self, action: Any, *args: Any, **kwargs: Any) -> None:
        """Run a core action on the shown claim as one undo step; a refusal goes to the status bar."""
        try:
            perform(self.ctx, action, self.claim_id, *args, **kwargs)
        except StoreError as exc:  # e.g. the claim was deleted meanwhile
            self.ctx.message.emit(str(exc))

    def use_speaker_as_source(self) -> None:
        speaker = self.claim.get("speaker") if self.claim else None
        if speaker:
            self.source_editor.assign_name(speaker)

    def edit_text(self) -> None:
        if self.claim is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, "Edit claim", "Claim text (reads on its own):",
                                                 self.claim["text"])
        text = " ".join(text.split())
        if ok and text and text != self.claim["text"]:
            try:
                claim_commands.edit_text(self.ctx, self.claim_id, text)
            except StoreError as exc:  # e.g. the claim was deleted meanwhile
                self.ctx.message.emit(str(exc))

    def _on_notes_typed(self) -> None:
        if self._notes_claim_id == self.claim_id and self.claim_id >= 0:
            self._notes_timer.start()

    def commit_notes(self) -> None:
        """Write the notes (if changed) as one undo step; consecutive saves merge."""
        self._notes_timer.stop()
        claim_id = self._notes_claim_id
        if claim_id < 0 or not store_is_open(self.ctx.store):
            return
        text = self.notes_edit.toPlainText()
        if text == self._notes_saved:
            return
        self._notes_saved = text
        try:
            perform(self.ctx, facts.set_notes_of_claim, claim_id, text, merge_id=_NOTES_COMMAND_ID)
        except StoreError as exc:  # the claim was deleted meanwhile
            self.ctx.message.emit(f"Notes not saved: {exc}")
