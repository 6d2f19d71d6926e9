"""The duty schedule editor: week grid, exceptions, coverage against demand, replay."""

from leaddesk.ui.schedule.schedule_view import ScheduleView

__all__ = ["ScheduleView"]
