"""Dates, durations and money as people read them, in the company time zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


def short_time(moment: datetime, zone: ZoneInfo, now: datetime) -> str:
    """``14:05`` today, ``24.11 14:05`` this year, ``25.11.2024`` before."""
    local = moment.astimezone(zone)
    today = now.astimezone(zone)
    if local.date() == today.date():
        return local.strftime("%H:%M")
    if local.year == today.year:
        return local.strftime("%d.%m %H:%M")
    return local.strftime("%d.%m.%Y")


def full_time(moment: datetime, zone: ZoneInfo) -> str:
    """``25 ноября 2026, 08:18``: Qt's long month name is already the genitive in Russian."""
    local = moment.astimezone(zone)
    month = QLocale().monthName(local.month, QLocale.FormatType.LongFormat)
    return f"{local.day} {month} {local.year}, {local:%H:%M}"


def duration(seconds: int) -> str:
    """A short duration: ``45 s``, ``12 min``, ``3 h 5 min``, ``2 d``."""
    if seconds < 60:
        return translate("formatting", "%1 s").replace("%1", str(seconds))
    minutes = seconds // 60
    if minutes < 60:
        return translate("formatting", "%1 min").replace("%1", str(minutes))
    hours = minutes // 60
    if hours < 48:
        rest = minutes % 60
        if rest and hours < 10:
            text = translate("formatting", "%1 h %2 min")
            return text.replace("%1", str(hours)).replace("%2", str(rest))
        return translate("formatting", "%1 h").replace("%1", str(hours))
    return translate("formatting", "%1 d").replace("%1", str(hours // 24))
