"""Leads per hour of the day, one stacked bar per hour, one color per channel."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from leaddesk.ui import report_labels
from leaddesk.ui.charts import style
from leaddesk.ui.charts.chart_panel import ChartData, ChartPanel, report_job

HOURS = 24


def counts_by_channel(rows: list[dict]) -> dict[str, np.ndarray]:
    """Channel kind -> 24 counts, in the usual channel order."""
    counts: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(HOURS))
    for row in rows:
        counts[row["channel"]][int(row["hour"])] += row["count"] or 0
    return {kind: counts[kind] for kind in sorted(counts, key=style.channel_sort_key)}


class PeakHoursChart(ChartPanel):
    key = "peak-hours"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Leads per hour of the day"), self.tr("Hour of the day"),
                         self.tr("Leads"), parent)
        self.plot.getAxis("bottom").setTicks([[(h, str(h)) for h in range(HOURS)]])
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.legend = style.new_legend(self.plot, 1)

    def job(self, reader, period):
        return report_job(reader, "peak-hours", period)

    def draw(self, data: ChartData) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.bars.clear()
        by_channel = counts_by_channel(data.rows)
        self.legend.clear()
        self.legend.setColumnCount(max(1, len(by_channel)))
        bottom = np.zeros(HOURS)
        hours = np.arange(HOURS)
        for kind, counts in by_channel.items():
            brush = style.solid(style.channel_color(kind))
            bar = pg.BarGraphItem(x=hours, height=counts, y0=bottom.copy(), width=0.8,
                                  pen=pg.mkPen("w", width=0.5), brush=brush)
            item.addItem(bar)
            self.legend.addItem(bar, report_labels.channel_name(kind))
            self.bars[kind] = bar
            bottom += counts
        top = float(bottom.max()) if len(bottom) else 0.0
        item.setXRange(-0.6, HOURS - 0.4, padding=0)
        item.setYRange(0, max(top * 1.18, 1), padding=0)

    def totals(self) -> np.ndarray:
        """Leads per hour over all shown channels (what the bars add up to)."""
        assert self.data is not None
        return sum(counts_by_channel(self.data.rows).values(), np.zeros(HOURS))
