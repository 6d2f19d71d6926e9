"""What the schedule screens call things: exception kinds, problems, times."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.duty import ExceptionKind
from leaddesk.services.schedule import ScheduleProblem


def exception_kind(kind: ExceptionKind) -> str:
    return {
        ExceptionKind.ABSENCE: QCoreApplication.translate("ScheduleWords", "Absence"),
        ExceptionKind.EXTRA: QCoreApplication.translate("ScheduleWords", "Extra duty"),
        ExceptionKind.HOLIDAY: QCoreApplication.translate("ScheduleWords", "Holiday"),
    }[kind]


def exception_kind_hint(kind: ExceptionKind) -> str:
    return {
        ExceptionKind.ABSENCE: QCoreApplication.translate(
            "ScheduleWords", "Vacation, sick day: off duty whatever the week says."),
        ExceptionKind.EXTRA: QCoreApplication.translate(
            "ScheduleWords", "On duty in addition to the weekly shifts."),
        ExceptionKind.HOLIDAY: QCoreApplication.translate(
            "ScheduleWords", "Nobody is on weekly duty; extra duty still counts."),
    }[kind]


def clock(minute: int) -> str:
    """A minute of the day as 09:30 (1440 is 24:00)."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def problem(item: ScheduleProblem) -> str:
    """Why a schedule could not be saved, in the person's language."""
    words = {
        "weekday": QCoreApplication.translate(
            "ScheduleWords", "Shift %1: the weekday is not Monday to Sunday."),
        "minutes": QCoreApplication.translate(
            "ScheduleWords", "Shift %1: the hours must be between 00:00 and 23:59."),
        "empty": QCoreApplication.translate(
            "ScheduleWords", "Shift %1 starts where it ends."),
        "period": QCoreApplication.translate(
            "ScheduleWords", "Exception %1 must end after it starts."),
        "naive": QCoreApplication.translate(
            "ScheduleWords", "Exception %1 has a time without a time zone."),
        "zone": QCoreApplication.translate("ScheduleWords", "Unknown time zone."),
    }.get(item.code)
    if words is None:
        return str(item)
    return words.replace("%1", str(item.index + 1))


__all__ = ["clock", "exception_kind", "exception_kind_hint", "problem"]
