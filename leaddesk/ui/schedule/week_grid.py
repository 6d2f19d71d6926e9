"""The week grid: the days of the week in rows, the hours in half-hour cells, company time.

Every person's shifts on the channel are drawn, each in its own colour; the picked
person's shifts are the large blocks in front, the others thin stripes under them. A
supervisor edits the picked person's shifts:

* mouse: press and drag on free time to paint a shift (down across rows to paint the same
  hours on several days), drag a shift's edge to resize it, its body to move it (to
  another day too), right-click it to remove it;
* keyboard: arrows move the cursor, Shift+arrows stretch a selection, Space or Enter
  paints the selection (or erases it when it is all on duty), Delete removes the shifts
  under it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from leaddesk.domain.duty import MINUTES_PER_DAY, WeeklyShift
from leaddesk.services.ports import UserInfo
from leaddesk.ui.schedule.draft import (
    WEEK_MINUTES,
    ScheduleDraft,
    Span,
    day_pieces,
    shift_at,
    span_of,
)
from leaddesk.ui.schedule.grid_geometry import DAYS, WeekLayout, person_colors
from leaddesk.ui.schedule.grid_painter import paint_grid
from leaddesk.ui.schedule.words import clock

SLOT = 30  # minutes in a cell
SLOTS = MINUTES_PER_DAY // SLOT
EDGE_GRAB = 5  # pixels either side of a shift's edge that grab the edge
MIN_ROW = 40


@dataclass
class _Drag:
    mode: str  # "create", "move", "start" (resize the start), "end" (resize the end)
    day: int
    minute: float  # where the press was
    shift: WeeklyShift | None = None
    spans: list[Span] | None = None  # what a release would paint
    result: WeeklyShift | None = None  # what a release would make of ``shift``


class WeekGrid(QWidget):
    """The shifts of one channel for the week, editable by mouse and keyboard.

    Signals:
        edited(): the draft changed (a shift painted, erased, moved, resized or removed).
    """

    edited = Signal()

    def __init__(self, draft: ScheduleDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleWeekGrid")
        self.draft = draft
        self.channel_id: int | None = None
        self.person_id: int | None = None
        self.read_only = True
        self.people: dict[int, UserInfo] = {}
        self.colors = person_colors([])
        self.cursor = (0, 18)  # (weekday, cell): Monday 9:00
        self.anchor = self.cursor
        self._drag: _Drag | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(int(WeekLayout(0, 0).top + DAYS * MIN_ROW))
        self.setAccessibleName(self.tr("Weekly shifts"))

    # what is shown
    def set_people(self, people: list[UserInfo]) -> None:
        self.people = {p.id: p for p in people}
        self.colors = person_colors(list(self.people))
        self.update()

    def set_channel(self, channel_id: int | None) -> None:
        self.channel_id = channel_id
        self.update()

    def set_person(self, user_id: int | None) -> None:
        self.person_id = user_id
        self.update()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._drag = None
        self.update()

    def layout_now(self) -> WeekLayout:
        return WeekLayout(self.width(), self.height(), MIN_ROW)

    def cell_center(self, weekday: int, minute: int) -> QPointF:
        """Where minute ``minute`` of ``weekday`` is on screen (for tests and tooltips)."""
        grid = self.layout_now()
        return QPointF(grid.x(minute) + 1, grid.row_rect(weekday).center().y())

    def selection(self) -> list[Span]:
        """The keyboard selection: the same cells on each selected day."""
        (d0, c0), (d1, c1) = self.anchor, self.cursor
        first, last = min(c0, c1), max(c0, c1)
        return [(day * MINUTES_PER_DAY + first * SLOT, (last - first + 1) * SLOT)
                for day in range(min(d0, d1), max(d0, d1) + 1)]

    def _editable(self) -> bool:
        return not self.read_only and self.channel_id is not None and self.person_id is not None

    def _mine(self) -> list[WeeklyShift]:
        if self.channel_id is None or self.person_id is None:
            return []
        return self.draft.shifts_for(self.channel_id, self.person_id)

    # painting
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        hidden = self._drag.shift if self._drag and self._drag.result else None
        preview: list[Span] = []
        if self._drag is not None:
            if self._drag.result is not None:
                preview = [span_of(self._drag.result)]
            elif self._drag.spans:
                preview = self._drag.spans
        paint_grid(self, painter, self.layout_now(), hidden, preview)
        painter.end()

    # the mouse
    def _hit(self, pos: QPointF) -> tuple[str, WeeklyShift] | None:
        """The picked person's shift under ``pos``, and which part: start, end or body."""
        grid = self.layout_now()
        day = grid.day_at(pos.y())
        if day is None or pos.x() < grid.left - EDGE_GRAB:
            return None
        for shift in self._mine():
            pieces = day_pieces(shift)
            for index, (weekday, start, end) in enumerate(pieces):
                if weekday != day:
                    continue
                x0, x1 = grid.x(start), grid.x(end)
                if index == 0 and abs(pos.x() - x0) <= EDGE_GRAB:
                    return "start", shift
                if index == len(pieces) - 1 and abs(pos.x() - x1) <= EDGE_GRAB:
                    return "end", shift
                if x0 <= pos.x() <= x1:
                    return "move", shift
        return None

    def _place(self, pos: QPointF) -> tuple[int, float]:
        grid = self.layout_now()
        day = grid.day_at(pos.y())
        return (0 if day is None else day), grid.minute_at(pos.x())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        day, minute = self._place(pos)
        self.cursor = self.anchor = (day, min(SLOTS - 1, int(minute // SLOT)))
        if not self._editable():
            self.update()
            return
        hit = self._hit(pos)
        if event.button() == Qt.MouseButton.RightButton:
            if hit is not None:
                self.draft.remove([hit[1]])
                self.edited.emit()
            self.update()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if hit is None:
            self._drag = _Drag("create", day, minute)
            self._drag.spans = self._create_spans(day, minute)
        else:
            self._drag = _Drag(hit[0], day, minute, hit[1])
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is None:
            if self._editable():
                hit = self._hit(pos)
                shape = (Qt.CursorShape.SizeHorCursor if hit and hit[0] != "move"
                         else Qt.CursorShape.SizeAllCursor if hit
                         else Qt.CursorShape.CrossCursor)
                self.setCursor(shape)
            return
        day, minute = self._place(pos)
        drag = self._drag
        if drag.mode == "create":
            drag.spans = self._create_spans(day, minute)
        else:
            drag.result = self._changed_shift(drag, day, minute)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        assert self.channel_id is not None and self.person_id is not None
        if drag.mode == "create" and drag.spans:
            self.draft.paint(self.person_id, self.channel_id, drag.spans)
            self.edited.emit()
        elif drag.shift is not None and drag.result is not None and drag.result != drag.shift:
            self.draft.replace(drag.shift, drag.result)
            self.edited.emit()
        self.update()

    def _create_spans(self, day: int, minute: float) -> list[Span]:
        drag = self._drag
        assert drag is not None
        first = min(int(drag.minute // SLOT), int(minute // SLOT), SLOTS - 1)
        last = min(max(int(drag.minute // SLOT), int(minute // SLOT)), SLOTS - 1)
        return [(d * MINUTES_PER_DAY + first * SLOT, (last - first + 1) * SLOT)
                for d in range(min(drag.day, day), max(drag.day, day) + 1)]

    def _changed_shift(self, drag: _Drag, day: int, minute: float) -> WeeklyShift | None:
        shift = drag.shift
        assert shift is not None
        start, length = span_of(shift)
        if drag.mode == "move":
            delta = (day - drag.day) * MINUTES_PER_DAY + round((minute - drag.minute) / SLOT) * SLOT
            return shift_at(shift.user_id, shift.channel_id, start + delta, length)
        pointer = day * MINUTES_PER_DAY + round(minute / SLOT) * SLOT
        longest = MINUTES_PER_DAY - SLOT
        if drag.mode == "start":
            end = start + length
            new_length = (end - pointer) % WEEK_MINUTES
            new_length = SLOT if new_length == 0 or new_length > WEEK_MINUTES // 2 else min(
                new_length, longest)
            return shift_at(shift.user_id, shift.channel_id, end - new_length, new_length)
        new_length = (pointer - start) % WEEK_MINUTES
        new_length = SLOT if new_length == 0 or new_length > WEEK_MINUTES // 2 else min(
            new_length, longest)
        return shift_at(shift.user_id, shift.channel_id, start, new_length)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._tooltip(event)
            return True
        return super().event(event)

    def _tooltip(self, event) -> None:
        day, minute = self._place(event.position() if hasattr(event, "position")
                                  else QPointF(event.pos()))
        lines = []
        for shift in self.draft.shifts_for(self.channel_id) if self.channel_id else []:
            for weekday, start, end in day_pieces(shift):
                if weekday == day and start <= minute < end:
                    person = self.people.get(shift.user_id)
                    lines.append(self.tr("%1: %2–%3").replace(
                        "%1", person.name if person else str(shift.user_id))
                        .replace("%2", clock(shift.start_minute))
                        .replace("%3", clock(shift.end_minute)))
        if lines:
            QToolTip.showText(event.globalPos(), "\n".join(lines), self)
        else:
            QToolTip.hideText()

    # the keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift_held = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
                 Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if key in moves:
            d, c = moves[key]
            self.cursor = (min(DAYS - 1, max(0, self.cursor[0] + d)),
                           min(SLOTS - 1, max(0, self.cursor[1] + c)))
            if not shift_held:
                self.anchor = self.cursor
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.cursor = (self.cursor[0], 0 if key == Qt.Key.Key_Home else SLOTS - 1)
            if not shift_held:
                self.anchor = self.cursor
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._editable():
            self.toggle_selection()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._editable():
            self.remove_selected_shifts()
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def toggle_selection(self) -> None:
        """Paint the selection, or erase it when the person is on duty all through it."""
        assert self.channel_id is not None and self.person_id is not None
        spans = self.selection()
        if self.draft.covers(self.person_id, self.channel_id, spans):
            self.draft.erase(self.person_id, self.channel_id, spans)
        else:
            self.draft.paint(self.person_id, self.channel_id, spans)
        self.edited.emit()

    def remove_selected_shifts(self) -> None:
        """Remove the picked person's shifts that touch the selection."""
        spans = self.selection()
        touched = [s for s in self._mine() if _overlaps(span_of(s), spans)]
        if touched:
            self.draft.remove(touched)
            self.edited.emit()

    def selection_rect(self) -> QRectF:
        grid = self.layout_now()
        (d0, c0), (d1, c1) = self.anchor, self.cursor
        top = grid.row_rect(min(d0, d1)).top()
        bottom = grid.row_rect(max(d0, d1)).bottom()
        left, right = grid.x(min(c0, c1) * SLOT), grid.x((max(c0, c1) + 1) * SLOT)
        return QRectF(left, top, right - left, bottom - top)


def _overlaps(span: Span, others: list[Span]) -> bool:
    start, length = span
    taken = {(start + i) % WEEK_MINUTES for i in range(length)}
    return any((s + i) % WEEK_MINUTES in taken for s, n in others for i in range(n))
