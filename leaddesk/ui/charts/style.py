"""How every chart looks: a white background, dark axes with titles, distinct channel
colors (red is kept for coverage gaps)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from leaddesk.domain.codes import ChannelKind

TEXT = "#222222"
AXIS = "#555555"
GRID_ALPHA = 0.18
GAP_RED = "#d62728"

# Tableau 10, without its red: neighbours in a stack must not look alike.
CHANNEL_COLORS = {
    ChannelKind.EMAIL: "#4e79a7",
    ChannelKind.VK: "#76b7b2",
    ChannelKind.WEBCHAT: "#59a14f",
    ChannelKind.WEBFORM: "#b07aa1",
    ChannelKind.PHONE: "#f28e2b",
    ChannelKind.WALKIN: "#edc948",
    ChannelKind.IMPORT: "#9c755f",
}
CHANNEL_ORDER = list(ChannelKind)


def channel_color(kind: str) -> str:
    try:
        return CHANNEL_COLORS[ChannelKind(kind)]
    except ValueError:
        return "#bab0ac"


def channel_sort_key(kind: str) -> tuple[int, str]:
    try:
        return CHANNEL_ORDER.index(ChannelKind(kind)), kind
    except ValueError:
        return len(CHANNEL_ORDER), kind


def new_plot(parent: QWidget | None, x_title: str, y_title: str) -> pg.PlotWidget:
    """A still plot (no panning or zooming: these are reports), white, with axis titles."""
    plot = pg.PlotWidget(parent, background="w")
    item = plot.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(AXIS))
        axis.setTextPen(pg.mkPen(TEXT))
    item.setLabel("bottom", x_title, color=TEXT)
    item.setLabel("left", y_title, color=TEXT)
    item.showGrid(x=False, y=True, alpha=GRID_ALPHA)
    item.setMouseEnabled(x=False, y=False)
    item.hideButtons()
    item.setMenuEnabled(False)
    plot.setMenuEnabled(False)
    return plot


def set_title(plot: pg.PlotWidget, title: str) -> None:
    plot.getPlotItem().setTitle(title, color=TEXT, size="12pt")


def new_legend(plot: pg.PlotWidget, columns: int) -> pg.LegendItem:
    """A legend in one row across the top of the plot (leave head room above the data)."""
    legend = pg.LegendItem(offset=(10, 5), colCount=columns, labelTextColor=TEXT,
                           brush=pg.mkBrush(255, 255, 255, 220), pen=pg.mkPen("#cccccc"))
    legend.setParentItem(plot.getPlotItem().getViewBox())
    return legend


def solid(color: str) -> object:
    """The brush for a bar of ``color``."""
    return pg.mkBrush(color)
