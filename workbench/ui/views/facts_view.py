"""The Facts view: every fact, largest first, with its appearances across outlets and its verdict.

Left, the facts (saved filters include the verification-debt rules); right, the selected fact:
its verdict, every appearance (outlet, date, speaker, wording, own verdict when set apart), its
conflicting versions and the timeline of the figures it reports. The analyst rates the fact
once, sets one appearance apart, or moves an appearance to another fact; each is one undo step.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.facts import fact_summaries, figure_timeline
from workbench.core.store import Change, StoreError
from workbench.core.vocab import CONFIDENCE_LABELS, Confidence, Status
from workbench.ui.commands import fact_commands
from workbench.ui.context import ProjectContext
from workbench.ui.models.facts_model import COLUMN_INDEX, SAVED_FILTERS, FactsModel
from workbench.ui.models.status_style import status_color, status_icon, status_label

APPEARANCE_HEADERS = ["Claim", "Outlet", "Published", "Speaker", "Wording", "Verdict"]


class FactsPanel(QWidget):
    """Facts table and the selected fact's details and verdict controls."""

    #: the fact shown (or -1)
    factSelected = Signal(int)

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FactsPanel")
        self.ctx = ctx
        self.model = FactsModel(ctx.store, self)
        self.current_fact_id = -1

        self.filter = QComboBox(self)
        self.filter.setAccessibleName("Facts filter")
        for key, label in SAVED_FILTERS.items():
            self.filter.addItem(label, key)
        self.filter.currentIndexChanged.connect(lambda _i: self.set_filter(self.filter.currentData()))
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("Show:", self))
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)

        self.table = QTableView(self)
        self.table.setObjectName("FactsTable")
        self.table.setAccessibleName("Facts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_INDEX["text"], QHeaderView.ResizeMode.Stretch)
        for key in ("id", "claims", "articles", "independent_sources"):
            header.setSectionResizeMode(COLUMN_INDEX[key], QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COLUMN_INDEX["outlets"], 110)
        header.resizeSection(COLUMN_INDEX["status"], 110)
        header.resizeSection(COLUMN_INDEX["conflicting_facts"], 90)
        header.setMinimumSectionSize(36)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)

        self.heading = QLabel(self)
        self.heading.setObjectName("FactHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        self.status = QComboBox(self)
        self.status.setAccessibleName("Verdict")
        for s in Status:
            self.status.addItem(status_icon(s.value), status_label(s.value), s.value)
        self.confidence = QComboBox(self)
        self.confidence.setAccessibleName("Confidence")
        self.confidence.addItem("No confidence", None)
        for c in Confidence:
            self.confidence.addItem(CONFIDENCE_LABELS[c.value], c.value)
        self.rate_button = QPushButton("Rate fact", self)
        self.rate_button.setToolTip("Give this verdict to the fact: every appearance not set apart shows it")
        self.rate_button.clicked.connect(self.rate_current)
        self.apart_button = QPushButton("Own verdict for appearance", self)
        self.apart_button.setToolTip("Set the selected appearance apart with the verdict chosen here")
        self.apart_button.clicked.connect(self.set_selected_apart)
        self.rejoin_button = QPushButton("Back to fact verdict", self)
        self.rejoin_button.clicked.connect(self.rejoin_selected)
        self.move_button = QPushButton("Move to fact…", self)
        self.move_button.clicked.connect(self.move_selected_dialog)
        self.out_button = QPushButton("Out of fact", self)
        self.out_button.setToolTip("Put the selected appearance in a fact of its own")
        self.out_button.clicked.connect(lambda: self.move_selected(None))
        controls = QHBoxLayout()
        for w in (self.status, self.confidence, self.rate_button):
            controls.addWidget(w)
        controls.addStretch(1)
        appearance_controls = QHBoxLayout()
        for w in (self.apart_button, self.rejoin_button, self.move_button, self.out_button):
            appearance_controls.addWidget(w)
        appearance_controls.addStretch(1)

        self.appearances = QTableWidget(0, len(APPEARANCE_HEADERS), self)
        self.appearances.setObjectName("FactAppearances")
        self.appearances.setAccessibleName("Appearances of the fact")
        self.appearances.setHorizontalHeaderLabels(APPEARANCE_HEADERS)
        self.appearances.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appearances.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.appearances.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appearances.verticalHeader().hide()
        self.appearances.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.appearances.itemDoubleClicked.connect(lambda item: self.ctx.select_claim(self._appearance_id(item.row())))

        self.details = QTextBrowser(self)
        self.details.setObjectName("FactDetails")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(lambda url: self.select_fact(int(url.toString().split(":", 1)[1])))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(controls)
        right_layout.addWidget(self.appearances, 3)
        right_layout.addLayout(appearance_controls)
        right_layout.addWidget(self.details, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self._grouping = False
        self.model.countsChanged.connect(self._on_counts)
        self.model.modelReset.connect(self._restore_current)
        ctx.changed.connect(self._on_changes)
        ctx.derived.activity.connect(self._on_activity)
        self.model.refresh()

    # -- selection ---------------------------------------------------------------------------

    def set_filter(self, key: str) -> None:
        self.model.set_filter(key)
        index = self.filter.findData(key)
        if index >= 0 and index != self.filter.currentIndex():
            self.filter.setCurrentIndex(index)

    def select_fact(self, fact_id: int) -> None:
        row = self.model.row_of(fact_id)
        if row < 0 and self.model.filter_key != "all":
            self.set_filter("all")
            row = self.model.row_of(fact_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_fact_id = self.model.fact_id(current.row()) if current.isValid() else -1
        self._show_fact()
        self.factSelected.emit(self.current_fact_id)

    def _restore_current(self) -> None:
        if self.current_fact_id >= 0 and self.model.row_of(self.current_fact_id) >= 0:
            keep = self.current_fact_id
            self.select_fact(keep)
        elif self.model.rowCount() > 0:
            self.select_fact(self.model.fact_id(0))
        else:
            self.current_fact_id = -1
            self._show_fact()

    def _on_counts(self, n: int) -> None:
        grouping = " · regrouping…" if self._grouping else ""  # the list follows when it lands
        self.count.setText(f"{n} fact{'s' if n != 1 else ''}{grouping}")

    def _on_activity(self, text: str) -> None:
        self._grouping = text.lower().startswith("grouping")
        self._on_counts(self.model.rowCount())

    def _on_changes(self, changes: list[Change]) -> None:
        self.model.on_changes(changes)

    # -- the selected fact -------------------------------------------------------------------

    def current_summary(self) -> dict[str, Any] | None:
        if self.current_fact_id < 0:
            return None
        found = fact_summaries(self.ctx.store, [self.current_fact_id], refresh=False)
        return found[0] if found else None

    def _show_fact(self) -> None:
        s = self.current_summary()
        for w in (self.rate_button, self.apart_button, self.rejoin_button, self.move_button, self.out_button,
                  self.status, self.confidence):
            w.setEnabled(s is not None)
        self.appearances.setRowCount(0)
        if s is None:
            self.heading.setText("<i>No fact selected</i>")
            self.details.clear()
            return
        color = status_color(s["status"], self.palette()).name()
        conflict = " <b style='color:#d62d3a'>⚠ rating conflict</b>" if s["rating_conflict"] else ""
        self.heading.setText(
            f"<b>Fact #{s['id']}</b> · <span style='color:{color}'>■</span> {status_label(s['status'])}{conflict}<br>"
            f"{html.escape(s['text'])}<br><small>{len(s['claims'])} appearances in {len(s['articles'])} articles, "
            f"{len(s['outlets'])} outlets, {s['independent_sources']} independent sources</small>"
        )
        self.status.setCurrentIndex(max(0, self.status.findData(s["status"])))
        self.confidence.setCurrentIndex(max(0, self.confidence.findData(s["confidence"])))
        claims = self.ctx.store.claims_by_ids(s["claims"])
        self.appearances.setRowCount(len(claims))
        for row, c in enumerate(claims):
            own = c["status"] != s["status"] or bool(c.get("verdict_apart"))
            verdict = status_label(c["status"]) + (" (own verdict)" if own else "")
            values = [str(c["id"]), c.get("outlet") or "—", c.get("published") or "—", c.get("speaker") or "—",
                      c["text"], verdict]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c["id"])
                if col == 5:
                    item.setIcon(status_icon(c["status"]))
                if col == 4:
                    item.setToolTip(c["quote"])
                self.appearances.setItem(row, col, item)
        self.appearances.resizeColumnsToContents()
        self.appearances.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.details.setHtml(self._details_html(s))

    def _details_html(self, s: dict[str, Any]) -> str:
        parts = ["<h4>Conflicting versions</h4>"]
        if s["conflicting_facts"]:
            others = {o["id"]: o for o in fact_summaries(self.ctx.store, s["conflicting_facts"], refresh=False)}
            parts.append("<ul>")
            for fid in s["conflicting_facts"]:
                o = others.get(fid)
                if o:
                    parts.append(f"<li><a href='fact:{fid}'>Fact #{fid}</a> ({status_label(o['status'])}, "
                                 f"{len(o['claims'])} appearances): {html.escape(o['text'])}</li>")
            parts.append("</ul>")
        else:
            parts.append("<p><i>None found.</i></p>")
        points = figure_timeline(self.ctx.store, s)
        parts.append("<h4>Figure timeline</h4>")
        if points:
            parts.append("<table cellspacing='0' cellpadding='3'>")
            for p in points:
                figs = ", ".join(html.escape(f["text"]) for f in p["figures"])
                version = "this fact" if p["fact_id"] == s["id"] else f"<a href='fact:{p['fact_id']}'>Fact #{p['fact_id']}</a>"
                parts.append(f"<tr><td>{html.escape(p['published'] or '—')}</td><td>{html.escape(p['outlet'] or '—')}</td>"
                             f"<td><b>{figs}</b></td><td><i>{html.escape(p['reading'])}</i></td><td>{version}</td></tr>")
            parts.append("</table>")
        else:
            parts.append("<p><i>No figures in this fact.</i></p>")
        if s["notes"]:
            parts.append(f"<h4>Notes</h4><p>{html.escape(s['notes'])}</p>")
        return "".join(parts)

    def _appearance_id(self, row: int) -> int:
        item = self.appearances.item(row, 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else -1

    def selected_appearance(self) -> int:
        rows = self.appearances.selectionModel().selectedRows()
        return self._appearance_id(rows[0].row()) if rows else -1

    # -- the analyst's decisions ---------------------------------------------------------------

    def rate_current(self) -> None:
        s = self.current_summary()
        if s is None:
            return
        status, confidence = self.status.currentData(), self.confidence.currentData()
        self._run(fact_commands.rate_fact, s["id"], status=status, confidence=confidence)

    def set_selected_apart(self) -> None:
        claim_id = self.selected_appearance()
        if claim_id < 0:
            self.ctx.message.emit("Select an appearance first")
            return
        self._run(fact_commands.set_claim_apart, claim_id, self.status.currentData(), self.confidence.currentData())

    def rejoin_selected(self) -> None:
        claim_id = self.selected_appearance()
        if claim_id >= 0:
            self._run(fact_commands.rejoin_fact_verdict, claim_id)

    def move_selected_dialog(self) -> None:
        claim_id = self.selected_appearance()
        if claim_id < 0:
            self.ctx.message.emit("Select an appearance first")
            return
        fact_id, ok = QInputDialog.getInt(self, "Move to fact", f"Move claim {claim_id} to fact #:", 1, 1)
        if ok:
            self.move_selected(fact_id, claim_id)

    def move_selected(self, fact_id: int | None, claim_id: int | None = None) -> None:
        claim_id = self.selected_appearance() if claim_id is None else claim_id
        if claim_id < 0:
            self.ctx.message.emit("Select an appearance first")
            return
        self._run(fact_commands.move_claim_to_fact, claim_id, fact_id)

    def _run(self, command: Any, *args: Any, **kwargs: Any) -> None:
        """Run a fact action (refused ones change nothing and push nothing) and show the result."""
        try:
            command(self.ctx, *args, **kwargs)
        except StoreError as exc:
            self.ctx.message.emit(str(exc))
            return
        self._show_fact()

    def set_read_only(self) -> None:
        """A read-only project: the verdict and membership controls stay disabled."""
        from workbench.ui.views.read_only import lock_editing

        lock_editing(self, [self.status, self.confidence, self.rate_button, self.apart_button, self.rejoin_button,
                            self.move_button, self.out_button])

    def shutdown(self) -> None:
        self.model.shutdown()
