"""The funnel per channel: leads → in progress → deals → won, the money of the won deals
written over them."""

from __future__ import annotations

from collections import defaultdict

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from leaddesk.ui import report_labels
from leaddesk.ui.charts import style
from leaddesk.ui.charts.chart_panel import ChartData, ChartPanel, report_job, text_item

STAGES = ("leads", "in_progress", "deals", "won")
STAGE_COLORS = {"leads": "#a0b9d6", "in_progress": "#4e79a7", "deals": "#f28e2b",
                "won": "#59a14f"}


def funnel_table(rows: list[dict]) -> dict[str, dict[str, tuple[int, float]]]:
    """Channel kind -> stage -> (count, money), channels in the usual order."""
    table: dict[str, dict[str, tuple[int, float]]] = defaultdict(dict)
    for row in rows:
        table[row["channel"]][row["stage"]] = (row["count"] or 0, row.get("money") or 0.0)
    return {kind: table[kind] for kind in sorted(table, key=style.channel_sort_key)}


class FunnelChart(ChartPanel):
    key = "funnel"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Funnel per channel"), self.tr("Channel"), self.tr("Leads"),
                         parent)
        self.legend = style.new_legend(self.plot, len(STAGES))
        self.money_labels: dict[str, str] = {}

    def job(self, reader, period):
        return report_job(reader, "funnel", period)

    def draw(self, data: ChartData) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        self.money_labels.clear()
        table = funnel_table(data.rows)
        channels = list(table)
        width = 0.84 / len(STAGES)
        top = 0
        for s, stage in enumerate(STAGES):
            xs = [c - 0.42 + width * (s + 0.5) for c in range(len(channels))]
            counts = [table[kind].get(stage, (0, 0.0))[0] for kind in channels]
            top = max([top, *counts])
            brush = style.solid(STAGE_COLORS[stage])
            bar = pg.BarGraphItem(x=xs, height=counts, width=width * 0.9,
                                  pen=pg.mkPen(None), brush=brush)
            item.addItem(bar)
            self.legend.addItem(bar, report_labels.funnel_stage(stage))
            for x, count in zip(xs, counts, strict=True):
                label = text_item(report_labels.number(count), size_pt=8)
                label.setPos(x, count)
                item.addItem(label)
        for c, kind in enumerate(channels):
            _won, money = table[kind].get("won", (0, 0.0))
            leads = max(count for count, _money in table[kind].values())
            text = self.tr("won %1").replace("%1", report_labels.money(money))
            self.money_labels[kind] = text
            label = text_item(text, color="#2e6b2a", size_pt=10)
            label.setPos(c, leads + top * 0.08)
            item.addItem(label)
        item.getAxis("bottom").setTicks(
            [[(c, report_labels.channel_name(kind)) for c, kind in enumerate(channels)]])
        item.setXRange(-0.55, max(len(channels), 1) - 0.45, padding=0)
        item.setYRange(0, max(top * 1.3, 1), padding=0)
