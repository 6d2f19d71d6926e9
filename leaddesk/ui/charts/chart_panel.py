"""What every chart has: a plot, a line for its state (loading, empty, failed), and
buttons to save it as a PNG picture and its data as CSV."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leaddesk.services import analytics
from leaddesk.services.ports import ReadModel
from leaddesk.ui import report_export
from leaddesk.ui.charts import style
from leaddesk.ui.period_bar import Period

EXPORT_SCALE = 1  # at 2 the legend (a child of the view box) stays at screen size: too small


@dataclass
class ChartData:
    """What a chart draws and what its CSV holds (``columns`` are the row keys)."""

    name: str
    columns: list[str]
    rows: list[dict[str, Any]]
    period: Period
    extra: dict[str, Any] = field(default_factory=dict)


class ChartPanel(QWidget):
    """One chart with its controls. Subclasses give ``job()`` (the query to run off the
    GUI thread) and ``draw()``.

    Signals:
        drawn(): the chart shows the data of its last query.
        reload_wanted(): a control of this chart changed what it shows.
    """

    drawn = Signal()
    reload_wanted = Signal()
    key = ""

    def __init__(self, title: str, x_title: str, y_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.data: ChartData | None = None
        self.stale = True
        self.plot = style.new_plot(self, x_title, y_title)
        style.set_title(self.plot, title)

        self.controls = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setStyleSheet("color: #666;")
        self.png_button = QPushButton(self.tr("Save PNG…"), self)
        self.png_button.clicked.connect(self.export_png)
        self.csv_button = QPushButton(self.tr("Save data CSV…"), self)
        self.csv_button.clicked.connect(self.export_csv)
        top = QHBoxLayout()
        top.addLayout(self.controls)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.png_button)
        top.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        self._set_exportable(False)

    # -- to be given by each chart --

    def job(self, reader: ReadModel, period: Period) -> Callable[[], ChartData]:
        """The query, as a function the task pool runs (it must touch no widget)."""
        raise NotImplementedError

    def draw(self, data: ChartData) -> None:
        raise NotImplementedError

    def is_empty(self, data: ChartData) -> bool:
        return not any(row.get("count") for row in data.rows)

    def note(self, data: ChartData) -> str:
        """What to say above the chart about its data ("" for nothing)."""
        return self.tr("No leads in this period.") if self.is_empty(data) else ""

    # -- states --

    def show_loading(self) -> None:
        self.state_label.setText(self.tr("Loading…"))
        self.plot.setEnabled(False)

    def show_data(self, data: ChartData) -> None:
        self.data = data
        self.stale = False
        self.plot.setEnabled(True)
        self.state_label.setText(self.note(data))
        self.draw(data)
        self._set_exportable(True)
        self.drawn.emit()

    def show_failure(self, error: Exception) -> None:
        self.plot.setEnabled(True)
        self.state_label.setText(self.tr("The chart could not be loaded: %1").replace(
            "%1", str(error) or type(error).__name__))

    def _set_exportable(self, on: bool) -> None:
        self.png_button.setEnabled(on)
        self.csv_button.setEnabled(on)

    # -- saving --

    def file_name(self, suffix: str) -> str:
        assert self.data is not None
        period = self.data.period
        return report_export.report_file_name(self.data.name, period.start, period.end, suffix)

    def export_png(self) -> None:
        path = report_export.ask_save_path(self, self.tr("Save the chart as a picture"),
                                           self.file_name(".png"), self.tr("PNG image (*.png)"))
        if path is not None:
            self.save_png(path)

    def export_csv(self) -> None:
        path = report_export.ask_save_path(self, self.tr("Save the chart's data"),
                                           self.file_name(".csv"), self.tr("CSV file (*.csv)"))
        if path is not None:
            self.save_csv(path)

    def save_png(self, path: Path) -> tuple[int, int]:
        """The plot, its title, legend and color bar, as large as on screen.
        Returns the picture's (width, height)."""
        exporter = pyqtgraph.exporters.ImageExporter(self.plot.getPlotItem())
        width = int(self.plot.getPlotItem().sceneBoundingRect().width()) * EXPORT_SCALE
        exporter.parameters()["width"] = width
        exporter.export(str(path))
        return width, exporter.parameters()["height"]

    def save_csv(self, path: Path) -> int:
        assert self.data is not None
        return report_export.write_rows_csv(path, self.data.columns, self.data.rows)


def text_item(text: str, color: str = style.TEXT, anchor=(0.5, 1.0),
              size_pt: int = 9) -> pg.TextItem:
    item = pg.TextItem(text, color=color, anchor=anchor)
    font = item.textItem.font()
    font.setPointSize(size_pt)
    item.setFont(font)
    return item


def report_job(reader: ReadModel, name: str, period: Period) -> Callable[[], ChartData]:
    """The analytics report ``name`` over ``period``, as chart data."""

    def run() -> ChartData:
        report = analytics.run_report(reader, analytics.ReportQuery(
            name=name, start=period.start, end=period.end, channels=period.channels))
        return ChartData(name, list(report.columns), list(report.rows), period)

    return run
