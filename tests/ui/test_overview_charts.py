"""The Overview's bar charts at a small and a large size: names elided at the end to fit (never cut
to a bare "..."), only as many bars as the chart shows legibly, and the counts those of the store."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QHorizontalStackedBarSeries
from PySide6.QtGui import QFontMetrics

from workbench.ui.views.overview_view import LABEL_SHARE, bars_that_fit, label_font

LONG_OUTLETS = ["Deutsche Welle (English service)", "The Sydney Morning Herald and The Age",
                "Kathimerini English Edition"]


def chart_bars(view) -> tuple[list[str], dict[str, list[float]]]:  # noqa: ANN001
    chart = view.chart()
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    series = next(s for s in chart.series() if isinstance(s, QHorizontalStackedBarSeries))
    return axis.categories(), {b.label(): [b.at(i) for i in range(b.count())] for b in series.barSets()}


def check(panel, outlets: dict[int, str]) -> int:  # noqa: ANN001
    view = panel.views["outlets"]
    panel._draw_bars()  # what the resize timer does once the size settles
    labels, bars = chart_bars(view)
    font = label_font(panel.font())
    metrics = QFontMetrics(font)
    assert len(labels) <= bars_that_fit(view.height(), font)
    names = panel.bar_names("outlets")[: len(labels)][::-1]
    for label, name in zip(labels, names, strict=True):
        label = label.replace("\u200b", "")
        assert label == name or (label.endswith("…") and name.startswith(label[:-1])), (label, name)
        assert metrics.horizontalAdvance(label) <= max(int(view.width() * LABEL_SHARE), 40)
    # every bar is the store's count for that outlet and status
    counts: dict[tuple[str, str], int] = {}
    for row in panel.ctx.store.status_counts_by("outlet"):
        counts[(row["label"], row["status"])] = counts.get((row["label"], row["status"]), 0) + row["n"]
    for status_label, values in bars.items():
        status = next(s for s in ("unverified", "verified", "disputed", "false", "unverifiable")
                      if status_label.lower() == s)
        assert values == [counts.get((name, status), 0) for name in names]
    return len(labels)


def test_overview_bars_fit_a_small_dock_and_grow_with_a_large_one(window, qtbot):
    store = window.ctx.store
    outlets = {}
    for article_id, name in zip(store.article_ids(), LONG_OUTLETS, strict=False):
        store.update_article(article_id, outlet=name)
        outlets[article_id] = name
    window.resize(1024, 700)
    window.overview_dock.show()
    window.overview_dock.raise_()
    panel = window.overview_panel
    panel.refresh()
    view = panel.views["outlets"]
    qtbot.waitUntil(lambda: view.isVisible() and view.width() > 0, timeout=5000)
    small = check(panel, outlets)
    assert small >= 1
    labels, _ = chart_bars(view)
    assert not any(label.strip(".…\u200b") == "" for label in labels)  # never a bare "..."
    narrow = {name: len(label) for name, label in zip(panel.bar_names("outlets")[:small][::-1], labels, strict=True)}

    window.resize(1920, 1200)
    qtbot.waitUntil(lambda: view.width() > 500, timeout=5000)
    view.setMinimumHeight(420)  # a tall dock: room for every outlet
    qtbot.waitUntil(lambda: view.height() >= 420, timeout=5000)
    large = check(panel, outlets)
    assert large == len(panel.bar_names("outlets")) >= small
    wide_labels, _ = chart_bars(view)
    wide = dict(zip(panel.bar_names("outlets")[::-1], wide_labels, strict=True))
    assert all(len(wide[name]) >= n for name, n in narrow.items())  # more of each name, never less
    assert "Kathimerini English Edition" in wide_labels  # a name that fits is shown in full
