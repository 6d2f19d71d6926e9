"""How long the first answer took, per channel: the report's fine bins gathered into a
dozen readable steps (up to 30 s, 1 min, 2 min ... 24 h, later), each channel's bar
showing the share of its answered leads."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from leaddesk.ui import report_labels
from leaddesk.ui.charts import style
from leaddesk.ui.charts.chart_panel import ChartData, ChartPanel, report_job

# Upper edges of the steps shown; each is also an edge of the report's bins.
EDGES = (30, 60, 120, 300, 600, 1800, 3600, 7200, 14400, 28800, 86400)
STEPS = len(EDGES) + 1  # the last step: later than a day


def step_of(upto_seconds: float) -> int:
    """The shown step a report bin (by its upper edge) falls in."""
    return bisect_left(EDGES, upto_seconds)


def shares_by_channel(rows: list[dict]) -> dict[str, np.ndarray]:
    """Channel kind -> the share (0..1) of its answered leads in each step."""
    counts: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(STEPS))
    for row in rows:
        counts[row["channel"]][step_of(row["upto_seconds"])] += row["count"] or 0
    return {kind: counts[kind] / max(counts[kind].sum(), 1)
            for kind in sorted(counts, key=style.channel_sort_key) if counts[kind].sum()}


class ResponseChart(ChartPanel):
    key = "response-distribution"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time to the first answer"),
                         self.tr("First answer within"),
                         self.tr("Share of the channel's answered leads, %"), parent)
        self.plot.getAxis("bottom").setTicks([list(enumerate(self.step_labels()))])
        self.legend = style.new_legend(self.plot, 1)
        self.shares: dict[str, np.ndarray] = {}

    def step_labels(self) -> list[str]:
        shown = [self.tr("≤ %1").replace("%1", report_labels.precise_duration(edge))
                 for edge in EDGES]
        later = self.tr("> %1").replace("%1", report_labels.precise_duration(EDGES[-1]))
        return [*shown, later]

    def job(self, reader, period):
        return report_job(reader, "response-distribution", period)

    def draw(self, data: ChartData) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        self.shares = shares_by_channel(data.rows)
        self.legend.setColumnCount(max(1, len(self.shares)))
        group = 0.84
        width = group / max(1, len(self.shares))
        steps = np.arange(STEPS)
        for i, (kind, shares) in enumerate(self.shares.items()):
            brush = style.solid(style.channel_color(kind))
            x = steps - group / 2 + width * (i + 0.5)
            bar = pg.BarGraphItem(x=x, height=shares * 100, width=width * 0.92,
                                  pen=pg.mkPen(None), brush=brush)
            item.addItem(bar)
            self.legend.addItem(bar, report_labels.channel_name(kind))
        top = max((float(s.max()) for s in self.shares.values()), default=0.0) * 100
        item.setXRange(-0.6, STEPS - 0.4, padding=0)
        item.setYRange(0, max(top * 1.2, 1), padding=0)
