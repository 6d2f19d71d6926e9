"""On-duty coverage over demand, for one channel: a bar per hour of the week with the
usual number of leads, a step line with the people on duty, the gaps (leads come and
nobody is on duty) in red."""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from leaddesk.services import coverage
from leaddesk.services.ports import ChannelInfo
from leaddesk.ui import report_labels
from leaddesk.ui.charts import style
from leaddesk.ui.charts.chart_panel import ChartData, ChartPanel

DAYS, HOURS = 7, 24
WEEK = DAYS * HOURS
COLUMNS = ["weekday", "hour", "on_duty", "demand", "gap", "scheduled"]
DEMAND_COLOR = "#9db4cf"
DUTY_COLOR = "#1f3b5a"


def weeks_in(period) -> int:
    """How many past weeks make the usual demand: the period's length, 1 to 13 weeks."""
    return max(1, min(13, ((period.end - period.start).days + 1) // 7))


class CoverageChart(ChartPanel):
    key = "coverage"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("People on duty against usual demand"),
                         self.tr("Hour of the week"),
                         self.tr("Leads per hour / people on duty"), parent)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setMinimumContentsLength(16)
        self.channel_combo.currentIndexChanged.connect(lambda _i: self.reload_wanted.emit())
        self.controls.addWidget(QLabel(self.tr("Channel")))
        self.controls.addWidget(self.channel_combo)
        item = self.plot.getPlotItem()
        item.getAxis("bottom").setTicks([
            [(d * HOURS + HOURS / 2, report_labels.weekday_name(d, long=True))
             for d in range(DAYS)],
            [(d * HOURS + h, "") for d in range(DAYS) for h in (6, 12, 18)],
        ])
        self.legend = style.new_legend(self.plot, 3)
        self.demand_bars = pg.BarGraphItem(x=[], height=[], width=0.85)
        self.gap_bars = pg.BarGraphItem(x=[], height=[], width=0.85)
        self.duty_line = pg.PlotDataItem(pen=pg.mkPen(DUTY_COLOR, width=2))
        for thing in (self.demand_bars, self.gap_bars, self.duty_line):
            item.addItem(thing)
        for day in range(1, DAYS):
            item.addItem(pg.InfiniteLine(pos=day * HOURS, angle=90,
                                         pen=pg.mkPen("#bbbbbb", width=1)))
        brush = style.solid(DEMAND_COLOR)
        self.demand_bars.setOpts(pen=pg.mkPen(None), brush=brush)
        brush = style.solid(style.GAP_RED)
        self.gap_bars.setOpts(pen=pg.mkPen(None), brush=brush)
        self.legend.addItem(self.demand_bars, self.tr("Usual leads per hour"))
        self.legend.addItem(self.gap_bars, self.tr("Leads while nobody is on duty"))
        self.legend.addItem(self.duty_line, self.tr("People on duty"))
        self.cells: list = []

    def set_channels(self, channels: list[ChannelInfo]) -> None:
        """The channels to choose from (the one shown stays, else the first); announces
        nothing."""
        shown = self.channel_combo.currentData()
        self.channel_combo.blockSignals(True)
        self.channel_combo.clear()
        for channel in channels:
            self.channel_combo.addItem(channel.name, channel.id)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(shown)))
        self.channel_combo.blockSignals(False)

    def job(self, reader, period):
        channel_id = self.channel_combo.currentData()
        channel_name = self.channel_combo.currentText()
        weeks = weeks_in(period)

        def run() -> ChartData:
            cells = [] if channel_id is None else coverage.weekly_coverage(
                reader, channel_id, period.end + timedelta(days=1), weeks=weeks)
            rows = [asdict(cell) for cell in cells]
            return ChartData("coverage", list(COLUMNS), rows, period,
                             {"channel": channel_name, "cells": cells})

        return run

    def is_empty(self, data: ChartData) -> bool:
        return not any(row["demand"] for row in data.rows)

    def note(self, data: ChartData) -> str:
        if data.rows and not any(row["scheduled"] for row in data.rows):
            return self.tr("This channel has no duty schedule: its leads go to everyone.")
        return super().note(data)

    def draw(self, data: ChartData) -> None:
        self.cells = list(data.extra.get("cells", []))
        style.set_title(self.plot, self.tr("%1: people on duty against usual demand").replace(
            "%1", data.extra.get("channel", "")))
        demand = np.zeros(WEEK)
        duty = np.zeros(WEEK)
        gap = np.zeros(WEEK, dtype=bool)
        for cell in self.cells:
            at = cell.weekday * HOURS + cell.hour
            demand[at], duty[at], gap[at] = cell.demand, cell.on_duty, cell.gap
        x = np.arange(WEEK) + 0.5
        self.demand_bars.setOpts(x=x[~gap], height=demand[~gap])
        self.gap_bars.setOpts(x=x[gap], height=demand[gap])
        self.duty_line.setData(x=np.arange(WEEK + 1), y=duty, stepMode="center")
        top = max(float(demand.max()), float(duty.max()), 1.0)
        item = self.plot.getPlotItem()
        item.setXRange(0, WEEK, padding=0)
        item.setYRange(0, top * 1.2, padding=0)

    def gap_hours(self) -> list[tuple[int, int]]:
        """(weekday, hour) of each hour drawn in red."""
        return [(c.weekday, c.hour) for c in self.cells if c.gap]
