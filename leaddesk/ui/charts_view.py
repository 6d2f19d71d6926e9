"""The peak-hour charts: the period bar on top, one chart per tab.

Only the chart on screen is queried; the others are marked stale and load when their tab
is opened. pyqtgraph is imported when the view is built (``leaddesk.ui.charts``), never
at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from leaddesk.services.context import DeskContext
from leaddesk.ui.ops import QueryOp
from leaddesk.ui.period_bar import Period, PeriodBar


class ChartsView(QWidget):
    """Leads per hour by channel, the weekday × hour heatmap, coverage over demand,
    first-response times and the funnel, over the period and channels chosen on top.

    Signals:
        chart_drawn(str): a chart (by its key) shows fresh data.
    """

    chart_drawn = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from leaddesk.ui.charts.coverage_chart import CoverageChart
        from leaddesk.ui.charts.funnel_chart import FunnelChart
        from leaddesk.ui.charts.heatmap_chart import HeatmapChart
        from leaddesk.ui.charts.peak_hours_chart import PeakHoursChart
        from leaddesk.ui.charts.response_chart import ResponseChart

        self._context = context
        self._ready = False
        self._generation: dict[str, int] = {}
        self.period_bar = PeriodBar(self)
        self.tabs = QTabWidget(self)
        self.panels = {}
        for panel, title in (
            (PeakHoursChart(self), self.tr("Peak hours")),
            (HeatmapChart(self), self.tr("Weekday × hour")),
            (CoverageChart(self), self.tr("Coverage")),
            (ResponseChart(self), self.tr("Response time")),
            (FunnelChart(self), self.tr("Funnel")),
        ):
            self.panels[panel.key] = panel
            self.tabs.addTab(panel, title)
            panel.drawn.connect(lambda key=panel.key: self.chart_drawn.emit(key))
            panel.reload_wanted.connect(lambda key=panel.key: self._reload(key))
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.tabs, 1)

        self.period_bar.changed.connect(self._period_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.set_up()

    def refresh(self) -> None:
        """Query the shown chart again (the others when they are opened)."""
        for panel in self.panels.values():
            panel.stale = True
        if self._ready:
            self._load(self.current_key())

    def current_key(self) -> str:
        return self.tabs.currentWidget().key

    def show_chart(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.panels[key])

    def period(self) -> Period:
        return self.period_bar.period()

    # -- loading --

    def set_up(self) -> None:
        """Read the channels and the company's day (again: a channel or the zone changed),
        then the figures."""
        self.period_bar.load(self._context, self._on_set_up)

    def _on_set_up(self, sources) -> None:
        self.panels["coverage"].set_channels(sources)
        self._ready = True
        self.refresh()

    def _period_changed(self, _period: Period) -> None:
        self.refresh()

    def _tab_changed(self, _index: int) -> None:
        if self._ready and self.tabs.currentWidget().stale:
            self._load(self.current_key())

    def _reload(self, key: str) -> None:
        if self._ready:
            self._load(key)

    def _load(self, key: str) -> None:
        panel = self.panels[key]
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        panel.show_loading()

        def done(data) -> None:
            if self._generation.get(key) == generation:
                panel.show_data(data)

        def failed(error: Exception) -> None:
            if self._generation.get(key) == generation:
                panel.show_failure(error)

        QueryOp(panel.job(self._context.reader, self.period()),
                what=panel.title).success(done).failure(failed).run()
