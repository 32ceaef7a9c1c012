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
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QToolTip, QVBoxLayout, QWidget

from workbench.core.facts import DEBT_RULES, verification_debt
from workbench.core.store import Change
from workbench.core.vocab import Status
from workbench.ui.context import ProjectContext
from workbench.ui.models.status_style import is_dark, status_color, status_label

#: Bars shown per chart at most (the outlets or sources with the most claims).
TOP = 10
#: Axis labels get this share of a chart's width (QtCharts cuts them to "..." beyond about a third), elided
#: here at the end so the start of a name stays readable; the full name is on the bar's tooltip.
LABEL_SHARE = 0.27
#: Height a chart spends on anything but its bars (title, value axis, margins), in pixels.
CHART_CHROME = 96


def label_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF() * 0.85, 7.0))
    return font


def bars_that_fit(height: int, font: QFont) -> int:
    """How many horizontal bars a chart of this height shows with every label legible."""
    row = QFontMetrics(font).height() + 10  # QtCharts cuts a label to "..." in a tighter row
    return max(3, min(TOP, (height - CHART_CHROME) // row))


def elided_labels(names: list[str], width: int, font: QFont) -> list[str]:
    """Names elided at the end to `width` pixels, kept distinct (a category axis needs unique labels)."""
    metrics = QFontMetrics(font)
    out: list[str] = []
    for name in names:
        label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(width, 40))
        while label in out:
            label += "\u200b"  # invisible: two names elided alike stay two categories
        out.append(label)
    return out


def count_rows(rows: list[dict[str, Any]]) -> tuple[list[str], dict[str, dict[str, int]]]:
    """(names, most claims first; counts by status per name) from `status_counts_by` rows."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        counts[r["label"]][r["status"]] += r["n"]
    return sorted(counts, key=lambda n: (-sum(counts[n].values()), n)), counts


def _bar_chart(title: str, rows: list[dict[str, Any]], palette: QPalette, *, width: int = 300,
               height: int = 240, font: QFont | None = None) -> QChart:
    """Stacked horizontal bars in the status colours, as many as the chart's height shows legibly,
    with names elided to a share of its width (the full name and counts in the bar's tooltip)."""
    font = font or label_font(QFont())
    names, counts = count_rows(rows)
    shown = names[:bars_that_fit(height, font)]
    shown.reverse()  # largest at the top of a horizontal chart
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.6 if len(shown) > 2 else 0.3)  # one or two bars do not fill the whole chart
    for s in Status:
        bar = QBarSet(status_label(s.value))
        bar.setColor(status_color(s.value, palette))
        bar.setBorderColor(status_color(s.value, palette))
        for name in shown:
            bar.append(counts[name].get(s.value, 0))
        series.append(bar)

    def tip(state: bool, index: int, bar: QBarSet) -> None:
        if state and 0 <= index < len(shown):
            name = shown[index]
            parts = [f"{status_label(k)}: {v}" for k, v in counts[name].items() if v]
            QToolTip.showText(QCursor.pos(), f"{name}\n{sum(counts[name].values())} claims · " + ", ".join(parts))
        else:
            QToolTip.hideText()

    series.hovered.connect(tip)
    chart = QChart()
    more = f" · top {len(shown)} of {len(names)}" if len(names) > len(shown) else ""
    chart.setTitle(f"{title}{more}")
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.setLabelsFont(font)
    axis_y.append(elided_labels(shown, int(width * LABEL_SHARE), font) or ["(none)"])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%d")
    axis_x.setLabelsFont(font)
    axis_x.setTickCount(3)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    chart.legend().hide()  # one legend for both bar charts, above them (OverviewPanel.legend)
    return chart


def status_legend(palette: QPalette) -> str:
    """The status colours as one line of rich text (the bar charts' shared legend)."""
    return "&nbsp;&nbsp;".join(f'<span style="color:{status_color(s.value, palette).name()};">&#9632;</span>&nbsp;'
                               f"{status_label(s.value)}" for s in Status)


def _progress_chart(times: list[dict[str, Any]], font: QFont | None = None) -> QChart:
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
    chart.setTitle("Review progress · verdicts given")
    chart.addSeries(series)
    font = font or label_font(QFont())
    axis_x = QDateTimeAxis()
    axis_x.setFormat("dd MMM hh:mm")
    axis_x.setTickCount(3)
    axis_x.setLabelsFont(font)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setMin(0)
    axis_y.setLabelsFont(font)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().hide()  # one series, named in the title
    return chart


class _ChartView(QChartView):
    """A chart view that says when its size changed (the bar charts are redrawn to fit it)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize() != event.size():
            self.resized.emit()


class OverviewPanel(QWidget):
    #: a saved filter of the Facts view to open ("debt:no_evidence", ...)
    filterRequested = Signal(str)

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewPanel")
        self.ctx = ctx
        self.views: dict[str, QChartView] = {}
        self._rows: dict[str, list[dict[str, Any]]] = {"outlets": [], "sources": []}
        self._fit_timer = QTimer(self)  # a resize redraws the bars to fit, once it settles
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(120)
        self._fit_timer.timeout.connect(self._draw_bars)
        for key in ("outlets", "sources", "progress"):
            view = _ChartView(self)
            view.setObjectName(f"OverviewChart_{key}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(240, 230)
            if key != "progress":
                view.resized.connect(self._fit_timer.start)
            self.views[key] = view
        self.legend = QLabel(self)
        self.legend.setObjectName("OverviewLegend")
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
        grid.addWidget(self.legend, 0, 0, 1, 2)
        grid.addWidget(self.views["outlets"], 1, 0)
        grid.addWidget(self.views["sources"], 1, 1)
        grid.addWidget(self.views["progress"], 2, 0)
        grid.addWidget(debt_box, 2, 1)
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
        store = self.ctx.store
        self._rows = {"outlets": store.status_counts_by("outlet"), "sources": store.status_counts_by("source")}
        self._draw_bars()
        self._show("progress", _progress_chart(store.rating_times(), label_font(self.font())))
        self.debt = verification_debt(store, refresh=False)
        for name, button in self.debt_buttons.items():
            n = len(self.debt.get(name, []))
            button.setText(f"{n:>3}  {DEBT_RULES[name]}")
            button.setEnabled(n > 0)
        verified = len(store.fact_ids_by_size([Status.VERIFIED.value]))
        self.summary.setText(f"<small>Counted over the {verified} verified facts; click a line to list them.</small>")

    def bar_names(self, key: str) -> list[str]:
        """The outlets or sources of a bar chart, most claims first (the chart shows the first ones)."""
        return count_rows(self._rows[key])[0]

    def _draw_bars(self) -> None:
        """The two bar charts, as many bars as each view shows legibly, names elided to fit its width."""
        palette, font = self.palette(), label_font(self.font())
        self.legend.setText(f"<small>{status_legend(palette)}</small>")
        for key, title in (("outlets", "Status by outlet"), ("sources", "Status by source")):
            view = self.views[key]
            self._show(key, _bar_chart(title, self._rows[key], palette, width=view.width(), height=view.height(),
                                       font=font))

    def _show(self, key: str, chart: QChart) -> None:
        palette = self.palette()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark(palette) else QChart.ChartTheme.ChartThemeLight)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        title = QFont(self.font())
        title.setBold(True)
        chart.setTitleFont(title)
        if key != "progress":  # the theme resets bar colours: put the status colours back
            for series in chart.series():
                for bar, s in zip(series.barSets(), Status, strict=False):  # type: ignore[attr-defined]
                    bar.setColor(status_color(s.value, palette))
                    bar.setBorderColor(status_color(s.value, palette))
        for axis in chart.axes():  # and the label font set above
            axis.setLabelsFont(label_font(self.font()))
        old = self.views[key].chart()
        self.views[key].setChart(chart)
        if old is not None:
            old.deleteLater()

    def shutdown(self) -> None:
        self._timer.stop()
        self._fit_timer.stop()
