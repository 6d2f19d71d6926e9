"""Leads per weekday × hour: a 7 × 24 grid colored by count, with its color bar and the
count written in each cell."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QWidget

from leaddesk.ui import report_labels
from leaddesk.ui.charts import style
from leaddesk.ui.charts.chart_panel import ChartData, ChartPanel, report_job, text_item

DAYS, HOURS = 7, 24


def count_grid(rows: list[dict]) -> np.ndarray:
    """A 7 × 24 array: row = weekday (0 = Monday), column = hour."""
    grid = np.zeros((DAYS, HOURS))
    for row in rows:
        grid[int(row["weekday"]), int(row["hour"])] += row["count"] or 0
    return grid


class HeatmapChart(ChartPanel):
    key = "heatmap"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Leads by weekday and hour"), self.tr("Hour of the day"),
                         self.tr("Weekday"), parent)
        item = self.plot.getPlotItem()
        item.showGrid(x=False, y=False)
        item.invertY(True)
        item.getAxis("bottom").setTicks([[(h + 0.5, str(h)) for h in range(HOURS)]])
        item.getAxis("left").setTicks(
            [[(d + 0.5, report_labels.weekday_name(d)) for d in range(DAYS)]])
        self.colormap = pg.colormap.get("viridis")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(self.colormap)
        item.addItem(self.image)
        self.color_bar = pg.ColorBarItem(values=(0, 1), colorMap=self.colormap,
                                         interactive=False, width=18, pen=style.AXIS,
                                         label=self.tr("Leads"))
        self.color_bar.setImageItem(self.image, insert_in=item)
        for name in ("left", "right", "top", "bottom"):
            axis = self.color_bar.getAxis(name)
            axis.setPen(pg.mkPen(style.AXIS))
            axis.setTextPen(pg.mkPen(style.TEXT))
        self.grid = np.zeros((DAYS, HOURS))
        self._labels: list[pg.TextItem] = []

    def job(self, reader, period):
        return report_job(reader, "heatmap", period)

    def draw(self, data: ChartData) -> None:
        item = self.plot.getPlotItem()
        self.grid = count_grid(data.rows)
        top = float(self.grid.max())
        self.image.setImage(self.grid, autoLevels=False)
        self.image.setRect(QRectF(0, 0, HOURS, DAYS))
        self.color_bar.setLevels((0, max(top, 1)))
        for label in self._labels:
            item.removeItem(label)
        self._labels = []
        for day in range(DAYS):
            for hour in range(HOURS):
                value = self.grid[day, hour]
                light = top and value / top > 0.6  # viridis turns yellow: dark text there
                label = text_item(report_labels.number(value),
                                  color="#222222" if light else "#f4f4f4",
                                  anchor=(0.5, 0.5), size_pt=7)
                label.setPos(hour + 0.5, day + 0.5)
                item.addItem(label)
                self._labels.append(label)
        item.setXRange(0, HOURS, padding=0)
        item.setYRange(0, DAYS, padding=0)

    def busiest(self) -> tuple[int, int]:
        """(weekday, hour) of the busiest cell."""
        day, hour = np.unravel_index(int(np.argmax(self.grid)), self.grid.shape)
        return int(day), int(hour)
