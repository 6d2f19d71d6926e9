"""Coverage of a channel's week: people on duty in each hour next to the usual demand.

The map has the same columns as the week grid above it. Each cell shows the people on
duty for the whole hour (large) and the usual leads in that hour (small); a cell where
leads usually come and nobody is on duty is red. A channel without any shift shows
"no schedule" instead of pretending to be covered or empty.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.coverage import CoverageCell
from leaddesk.ui.report_labels import weekday_name
from leaddesk.ui.schedule.grid_geometry import DAYS, GRID_LINE, TEXT, WEEKEND_TEXT, WeekLayout

GAP = QColor("#d93025")  # a gap with a lead an hour or more
GAP_STRONG = QColor("#b71c1c")  # five leads an hour or more
GAP_LIGHT = QColor("#f3a39b")  # under one lead an hour
NO_DEMAND = QColor("#f7f7f8")
NO_SCHEDULE = QColor("#ececef")
COVERED = (QColor("#d6f0dc"), QColor("#a6dcb4"), QColor("#6fc487"))  # 1, 2, 3+ people
MIN_ROW = 26


def demand_text(value: float) -> str:
    """Usual leads per hour, short: 0.4, 4.5, 12."""
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def cell_color(cell: CoverageCell) -> QColor:
    if not cell.scheduled:
        return NO_SCHEDULE
    if cell.gap:
        return GAP_LIGHT if cell.demand < 1 else GAP if cell.demand < 5 else GAP_STRONG
    if cell.on_duty == 0:
        return NO_DEMAND
    return COVERED[min(cell.on_duty, len(COVERED)) - 1]


class CoverageMap(QWidget):
    """The 7 × 24 map of one channel's coverage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleCoverageMap")
        self.cells: list[CoverageCell] = []
        self.setMinimumHeight(int(WeekLayout(0, 0).top + DAYS * MIN_ROW))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_cells(self, cells: list[CoverageCell]) -> None:
        self.cells = list(cells)
        self.update()

    def gap_cells(self) -> list[CoverageCell]:
        return [c for c in self.cells if c.gap]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        lay = WeekLayout(self.width(), self.height(), MIN_ROW)
        font = QFont(painter.font())
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        big = QFont(font)
        big.setBold(True)
        painter.setPen(TEXT)
        for hour in range(24):
            painter.drawText(QRectF(lay.x(hour * 60), 0, lay.hour_width, lay.top),
                             Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        for day in range(DAYS):
            painter.setPen(WEEKEND_TEXT if day >= 5 else TEXT)
            painter.drawText(lay.label_rect(day),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             weekday_name(day, long=True).capitalize())
        two_lines = lay.row >= 30
        for cell in self.cells:
            rect = lay.hour_rect(cell.weekday, cell.hour).adjusted(1, 1, -1, -1)
            color = cell_color(cell)
            painter.fillRect(rect, color)
            ink = QColor("white") if cell.gap and cell.demand >= 1 else TEXT
            demand = demand_text(cell.demand) if cell.demand > 0 else ""
            if not cell.scheduled:
                painter.setPen(QColor("#777777"))
                painter.setFont(small)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, demand)
                continue
            if two_lines:
                top, bottom = rect.adjusted(0, 1, 0, -rect.height() / 2), rect.adjusted(
                    0, rect.height() / 2 - 1, 0, -1)
                painter.setPen(ink)
                painter.setFont(big)
                painter.drawText(top, Qt.AlignmentFlag.AlignCenter, str(cell.on_duty))
                painter.setFont(small)
                painter.setPen(ink if cell.gap else QColor("#444444"))
                painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, demand)
            else:
                painter.setPen(ink)
                painter.setFont(small)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                                 f"{cell.on_duty}·{demand}" if demand else str(cell.on_duty))
        painter.setFont(font)
        painter.setPen(QPen(GRID_LINE, 1))
        for day in range(DAYS + 1):
            y = lay.top + day * lay.row
            painter.drawLine(int(lay.left), int(y), int(lay.right), int(y))
        painter.end()


def _swatch(color: QColor, text: str, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 10, 0)
    chip = QLabel(box)
    chip.setFixedSize(16, 16)
    chip.setStyleSheet(f"background: {color.name()}; border: 1px solid #999;")
    row.addWidget(chip)
    label = QLabel(text, box)
    row.addWidget(label)
    return box


class CoverageView(QWidget):
    """The coverage map of one channel with its title, its legend and a summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("scheduleCoverageSummary")
        self.summary.setWordWrap(True)
        self.map = CoverageMap(self)
        legend = QGridLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        legend.addWidget(_swatch(GAP, self.tr("Gap: leads usually come, nobody on duty"), self),
                         0, 0)
        legend.addWidget(_swatch(GAP_LIGHT, self.tr("Gap, under one lead an hour"), self), 0, 1)
        legend.addWidget(_swatch(COVERED[1], self.tr("People on duty (large number)"), self),
                         1, 0)
        legend.addWidget(_swatch(NO_DEMAND, self.tr("No leads, nobody on duty"), self), 1, 1)
        legend.addWidget(QLabel(self.tr("Small number: usual leads per hour"), self), 0, 2)
        legend.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.map, 1)
        layout.addLayout(legend)
        layout.addWidget(self.summary)

    def show_cells(self, channel_name: str, weeks: int, cells: list[CoverageCell]) -> None:
        self.map.set_cells(cells)
        self.title.setText(self.tr("Coverage of %1: people on duty and usual leads per hour "
                                   "(average of the last %2 weeks)")
                           .replace("%1", channel_name).replace("%2", str(weeks)))
        if cells and not cells[0].scheduled:
            self.summary.setStyleSheet("color: #8a5a00; font-weight: bold;")
            self.summary.setText(self.tr("No schedule for this channel: its leads go to "
                                         "everyone at any hour and nobody in particular "
                                         "answers for them. Paint shifts above to change "
                                         "that."))
            return
        gaps = self.map.gap_cells()
        if not gaps:
            self.summary.setStyleSheet("color: #1e8449;")
            self.summary.setText(self.tr("Someone is on duty in every hour leads usually "
                                         "come."))
            return
        leads = sum(c.demand for c in gaps)
        self.summary.setStyleSheet(f"color: {GAP.name()}; font-weight: bold;")
        self.summary.setText(self.tr("%n hour(s) a week with leads and nobody on duty: about "
                                     "%1 leads a week arrive in them.", "", len(gaps))
                             .replace("%1", f"{leads:.0f}"))
