"""The Overview: where the review stands, in charts (QtCharts) and verification-debt counts.

Status by outlet and by source (stacked bars in the status colours), review progress over time
(verdicts given, cumulative) and one button per verification-debt rule that opens the Facts
view on that saved filter.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.core.facts import DEBT_RULES, verification_debt
from workbench.core.store import Change
from workbench.core.vocab import Status
from workbench.ui.context import ProjectContext
from workbench.ui.models.status_style import is_dark, status_color, status_label

#: Bars shown per chart (the outlets or sources with the most claims).
TOP = 10


def _bar_chart(title: str, rows: list[dict[str, Any]], palette: QPalette) -> QChart:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        counts[r["label"]][r["status"]] += r["n"]
    names = sorted(counts, key=lambda n: -sum(counts[n].values()))[:TOP]
    names.reverse()  # largest at the top of a horizontal chart
    series = QHorizontalStackedBarSeries()
    for s in Status:
        bar = QBarSet(status_label(s.value))
        bar.setColor(status_color(s.value, palette))
        bar.setBorderColor(status_color(s.value, palette))
        for name in names:
            bar.append(counts[name].get(s.value, 0))
        series.append(bar)
    chart = QChart()
    chart.setTitle(title)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([n[:28] for n in names] or ["(none)"])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _progress_chart(times: list[dict[str, Any]]) -> QChart:
    series = QLineSeries()
    series.setName("Verdicts given (cumulative)")
    total = 0
    if times:  # the curve starts at zero when the first verdict's day began
        try:
            first = datetime.fromisoformat(times[0]["time"])
            start = first.replace(hour=0, minute=0, second=0)
            series.append(QDateTime.fromSecsSinceEpoch(int(start.timestamp())).toMSecsSinceEpoch(), 0)
        except ValueError:
            pass
    for t in times:
        if t["new"] in (None, "", Status.UNVERIFIED.value):
            continue
        total += 1
        try:
            when = datetime.fromisoformat(t["time"])
        except ValueError:
            continue
        series.append(QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toMSecsSinceEpoch(), total)
    chart = QChart()
    chart.setTitle("Review progress")
    chart.addSeries(series)
    axis_x = QDateTimeAxis()
    axis_x.setFormat("dd MMM hh:mm")
    axis_x.setTickCount(4)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setMin(0)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class OverviewPanel(QWidget):
    #: a saved filter of the Facts view to open ("debt:no_evidence", ...)
    filterRequested = Signal(str)

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewPanel")
        self.ctx = ctx
        self.views: dict[str, QChartView] = {}
        for key in ("outlets", "sources", "progress"):
            view = QChartView(self)
            view.setObjectName(f"OverviewChart_{key}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(260, 220)
            self.views[key] = view
        debt_box = QGroupBox("Verification debt", self)
        debt_layout = QVBoxLayout(debt_box)
        self.debt_buttons: dict[str, QPushButton] = {}
        for name, label in DEBT_RULES.items():
            button = QPushButton(label, debt_box)
            button.setFlat(True)
            button.setStyleSheet("text-align: left")
            button.clicked.connect(lambda _c=False, n=name: self.filterRequested.emit(f"debt:{n}"))
            debt_layout.addWidget(button)
            self.debt_buttons[name] = button
        self.summary = QLabel(debt_box)
        self.summary.setWordWrap(True)
        debt_layout.addWidget(self.summary)
        debt_layout.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addWidget(self.views["outlets"], 0, 0)
        grid.addWidget(self.views["sources"], 0, 1)
        grid.addWidget(self.views["progress"], 1, 0)
        grid.addWidget(debt_box, 1, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        ctx.changed.connect(self._on_changes)
        self.debt: dict[str, list[int]] = {}
        self.refresh()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.entity in ("claim", "fact", "source", "evidence", "link", "project") for c in changes):
            self._timer.start()

    def refresh(self) -> None:
        store, palette = self.ctx.store, self.palette()
        charts = {
            "outlets": _bar_chart("Status by outlet", store.status_counts_by("outlet"), palette),
            "sources": _bar_chart("Status by source", store.status_counts_by("source"), palette),
            "progress": _progress_chart(store.rating_times()),
        }
        theme = QChart.ChartTheme.ChartThemeDark if is_dark(palette) else QChart.ChartTheme.ChartThemeLight
        for key, chart in charts.items():
            chart.setTheme(theme)
            chart.setMargins(QMargins(4, 4, 4, 4))
            if key != "progress":  # the theme resets bar colours: put the status colours back
                for series in chart.series():
                    for bar, s in zip(series.barSets(), Status, strict=False):  # type: ignore[attr-defined]
                        bar.setColor(status_color(s.value, palette))
                        bar.setBorderColor(status_color(s.value, palette))
            old = self.views[key].chart()
            self.views[key].setChart(chart)
            if old is not None:
                old.deleteLater()
        self.debt = verification_debt(store, refresh=False)
        for name, button in self.debt_buttons.items():
            n = len(self.debt.get(name, []))
            button.setText(f"{n:>3}  {DEBT_RULES[name]}")
            button.setEnabled(n > 0)
        verified = len(store.fact_ids_by_size([Status.VERIFIED.value]))
        self.summary.setText(f"<small>Counted over the {verified} verified facts; click a line to list them.</small>")

    def shutdown(self) -> None:
        self._timer.stop()
