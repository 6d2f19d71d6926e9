"""Drawing the week grid: hours, days, every person's shifts, the drag preview, the cursor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from leaddesk.domain.duty import MINUTES_PER_DAY, WeeklyShift
from leaddesk.ui.report_labels import weekday_name
from leaddesk.ui.schedule.draft import Span, day_pieces, shift_at
from leaddesk.ui.schedule.grid_geometry import (
    DAYS,
    GRID_LINE,
    HALF_HOUR_LINE,
    HINT_TEXT,
    NIGHT_TINT,
    TEXT,
    WEEKEND_TEXT,
    WeekLayout,
)
from leaddesk.ui.schedule.words import clock

if TYPE_CHECKING:
    from leaddesk.ui.schedule.week_grid import WeekGrid

FRONT_SHARE = 0.58  # of a row: the picked person's blocks; the rest holds the others
NIGHT_HOURS = set(range(0, 8)) | {21, 22, 23}


def paint_grid(grid: WeekGrid, painter: QPainter, lay: WeekLayout,
               hidden: WeeklyShift | None, preview: list[Span]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(grid.rect(), QColor("white"))
    _paint_frame(painter, lay)
    shifts = grid.draft.shifts_for(grid.channel_id) if grid.channel_id is not None else []
    others = sorted({s.user_id for s in shifts if s.user_id != grid.person_id})
    for shift in shifts:
        if shift == hidden:
            continue
        color = grid.colors.get(shift.user_id, QColor("#888888"))
        if shift.user_id == grid.person_id:
            _paint_block(painter, lay, shift, color)
        else:
            _paint_stripe(painter, lay, shift, color, others.index(shift.user_id), len(others))
    if preview and grid.person_id is not None:
        color = QColor(grid.colors.get(grid.person_id, QColor("#888888")))
        for start, length in preview:
            piece = shift_at(grid.person_id, 0, start, min(length, MINUTES_PER_DAY - 1))
            _paint_block(painter, lay, piece, color, preview=True)
    if grid.hasFocus():
        _paint_cursor(grid, painter, lay)
    if grid.channel_id is not None and not shifts and not preview:
        _paint_empty_hint(painter, lay)


def _paint_frame(painter: QPainter, lay: WeekLayout) -> None:
    font = QFont(painter.font())
    font.setPointSizeF(max(8.0, font.pointSizeF()))
    painter.setFont(font)
    for hour in range(24):
        rect = QRectF(lay.x(hour * 60), 0, lay.hour_width, lay.top)
        painter.setPen(TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        if hour in NIGHT_HOURS:
            painter.fillRect(QRectF(rect.left(), lay.top, rect.width(), lay.row * DAYS),
                             NIGHT_TINT)
    for day in range(DAYS):
        row = lay.row_rect(day)
        bold = QFont(font)
        bold.setBold(day >= 5)
        painter.setFont(bold)
        painter.setPen(WEEKEND_TEXT if day >= 5 else TEXT)
        painter.drawText(lay.label_rect(day),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         weekday_name(day, long=True).capitalize())
        painter.setPen(QPen(GRID_LINE, 1))
        painter.drawLine(row.bottomLeft(), row.bottomRight())
    painter.setFont(font)
    bottom = lay.top + lay.row * DAYS
    for half in range(49):
        x = lay.x(half * 30)
        painter.setPen(QPen(GRID_LINE if half % 2 == 0 else HALF_HOUR_LINE, 1))
        painter.drawLine(int(x), int(lay.top), int(x), int(bottom))
    painter.setPen(QPen(GRID_LINE, 1))
    painter.drawLine(int(lay.left), int(lay.top), int(lay.right), int(lay.top))


def _paint_block(painter: QPainter, lay: WeekLayout, shift: WeeklyShift, color: QColor,
                 preview: bool = False) -> None:
    """The picked person's shift: a large block per day it touches, with its hours."""
    for day, start, end in day_pieces(shift):
        row = lay.row_rect(day)
        rect = QRectF(lay.x(start) + 1, row.top() + 3, lay.x(end) - lay.x(start) - 2,
                      row.height() * FRONT_SHARE - 3)
        fill = QColor(color)
        if preview:
            fill.setAlpha(110)
        painter.setPen(QPen(color.darker(140), 2 if preview else 1,
                            Qt.PenStyle.DashLine if preview else Qt.PenStyle.SolidLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        text = f"{clock(shift.start_minute)}–{clock(shift.end_minute)}"
        if not preview and painter.fontMetrics().horizontalAdvance(text) + 8 < rect.width():
            painter.setPen(QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _paint_stripe(painter: QPainter, lay: WeekLayout, shift: WeeklyShift, color: QColor,
                  lane: int, lanes: int) -> None:
    """Someone else's shift: a thin stripe in their lane under the blocks."""
    for day, start, end in day_pieces(shift):
        row = lay.row_rect(day)
        area_top = row.top() + row.height() * FRONT_SHARE + 2
        area = row.bottom() - 2 - area_top
        height = min(8.0, area / max(1, lanes))
        rect = QRectF(lay.x(start) + 1, area_top + lane * height, lay.x(end) - lay.x(start) - 2,
                      max(2.0, height - 1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 2, 2)


def _paint_cursor(grid: WeekGrid, painter: QPainter, lay: WeekLayout) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#1d3557"), 2, Qt.PenStyle.DashLine))
    painter.drawRect(grid.selection_rect())
    day, cell = grid.cursor
    row = lay.row_rect(day)
    painter.setPen(QPen(QColor("#1d3557"), 2))
    painter.drawRect(QRectF(lay.x(cell * 30), row.top() + 1, lay.x(30) - lay.x(0),
                            row.height() - 2))


def _paint_empty_hint(painter: QPainter, lay: WeekLayout) -> None:
    text = QCoreApplication.translate(
        "WeekGrid", "No shifts on this channel yet: its leads go to everyone at any hour.")
    rect = QRectF(lay.left, lay.top + lay.row * 2.5, lay.right - lay.left, lay.row * 2)
    box = painter.fontMetrics().boundingRect(text).adjusted(-12, -8, 12, 8)
    box.moveCenter(rect.center().toPoint())
    painter.setPen(QPen(GRID_LINE))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(QRectF(box), 6, 6)
    painter.setPen(HINT_TEXT)
    painter.drawText(QRectF(box), Qt.AlignmentFlag.AlignCenter, text)
