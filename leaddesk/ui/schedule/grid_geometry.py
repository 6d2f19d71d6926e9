"""Where the hours and days of the week lie on screen, shared by the week grid and the
coverage map so that their columns line up one under the other."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from leaddesk.domain.duty import MINUTES_PER_DAY

LABEL_WIDTH = 118  # the day names on the left
HEADER_HEIGHT = 24  # the hours on top
RIGHT_MARGIN = 6
DAYS = 7

GRID_LINE = QColor("#c9ced6")
HALF_HOUR_LINE = QColor("#eceef2")
NIGHT_TINT = QColor("#f4f5f8")
WEEKEND_TEXT = QColor("#a04a2a")
TEXT = QColor("#222222")
HINT_TEXT = QColor("#666666")

# one colour per person, in the order of the people list; no red (red means a gap)
PALETTE = ("#3b7dd8", "#2a9d5b", "#8e5cc7", "#e08a1e", "#1a9c9c", "#b08f12", "#c2528b",
           "#5a6f86", "#9c5a2c", "#2c4f8a", "#6aa84f", "#d96c9c")


def person_colors(user_ids: list[int]) -> dict[int, QColor]:
    """A stable colour per person (by id order)."""
    return {uid: QColor(PALETTE[i % len(PALETTE)]) for i, uid in enumerate(sorted(user_ids))}


class WeekLayout:
    """Columns of minutes and rows of days inside a widget of a given size."""

    def __init__(self, width: int, height: int, min_row: float = 0.0) -> None:
        self.left = LABEL_WIDTH
        self.right = max(self.left + 24, width - RIGHT_MARGIN)
        self.top = HEADER_HEIGHT
        self.row = max(min_row, (height - self.top - 1) / DAYS)

    @property
    def hour_width(self) -> float:
        return (self.right - self.left) / 24

    def x(self, minute: float) -> float:
        """The x of a minute of the day (0..1440)."""
        return self.left + minute * (self.right - self.left) / MINUTES_PER_DAY

    def minute_at(self, x: float) -> float:
        """The minute of the day under x, kept within 0..1440."""
        minute = (x - self.left) * MINUTES_PER_DAY / max(1.0, self.right - self.left)
        return min(float(MINUTES_PER_DAY), max(0.0, minute))

    def day_at(self, y: float) -> int | None:
        """The weekday row under y, or None above the rows."""
        if y < self.top:
            return None
        return min(DAYS - 1, int((y - self.top) // self.row))

    def row_rect(self, weekday: int) -> QRectF:
        return QRectF(self.left, self.top + weekday * self.row, self.right - self.left,
                      self.row)

    def label_rect(self, weekday: int) -> QRectF:
        return QRectF(6, self.top + weekday * self.row, self.left - 10, self.row)

    def hour_rect(self, weekday: int, hour: int) -> QRectF:
        return QRectF(self.x(hour * 60), self.top + weekday * self.row, self.hour_width,
                      self.row)
