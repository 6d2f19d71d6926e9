"""Words and numbers for the reports and charts: titles, column headers, formatted cells.

The analytics service returns codes and plain numbers (shares 0..1, seconds, rubles);
only this module turns them into what a supervisor reads.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from leaddesk.domain.codes import ChannelKind, LeadStatus
from leaddesk.domain.money import format_money
from leaddesk.ui import labels

translate = QCoreApplication.translate

NONE = "—"
SECONDS_KEYS = frozenset({"sla_seconds", "median_seconds", "p90_seconds", "upto_seconds"})
SHARE_KEYS = frozenset({"share"})
MONEY_KEYS = frozenset({"money"})
TEXT_KEYS = frozenset({"channel", "status", "stage", "reason", "source", "manager",
                       "weekday", "hour"})


def report_title(name: str) -> str:
    return {
        "unanswered": translate("report_labels", "Unanswered leads"),
        "late": translate("report_labels", "Late first answers"),
        "response-time": translate("report_labels", "First-response time"),
        "state": translate("report_labels", "Leads by state"),
        "reasons": translate("report_labels", "Rejection reasons"),
        "conversion": translate("report_labels", "Conversion and money"),
        "funnel": translate("report_labels", "Funnel per channel"),
        "peak-hours": translate("report_labels", "Peak hours"),
        "heatmap": translate("report_labels", "Weekday × hour"),
        "leaderboard": translate("report_labels", "Manager leaderboard"),
        "response-distribution": translate("report_labels", "First-response time distribution"),
    }.get(name, name)


def report_explanation(name: str) -> str:
    return {
        "unanswered": translate(
            "report_labels", "Share of leads per channel that never got an answer."),
        "late": translate(
            "report_labels", "Share of first answers given later than the channel's SLA."),
        "response-time": translate(
            "report_labels", "How fast each channel answers: median and slowest tenth."),
        "state": translate(
            "report_labels", "How many leads are new, in progress, postponed, rejected, converted."),  # noqa: E501
        "reasons": translate("report_labels", "Why leads were rejected, most frequent first."),
        "conversion": translate(
            "report_labels", "Deals, won deals and money per channel and source."),
        "funnel": translate(
            "report_labels", "Leads → in progress → deals → won, for each channel."),
        "peak-hours": translate("report_labels", "Leads per hour of the day, by channel."),
        "heatmap": translate("report_labels", "Leads per weekday and hour: when the load peaks."),
        "leaderboard": translate(
            "report_labels", "Leads, answers within SLA, conversions and money per manager."),
    }.get(name, "")


def column_title(report: str, key: str) -> str:
    """The header of a report's column; a share means something different in each report."""
    if key == "share":
        return {
            "unanswered": translate("report_labels", "Share unanswered"),
            "late": translate("report_labels", "Share late"),
            "reasons": translate("report_labels", "Share of rejections"),
        }.get(report, translate("report_labels", "Share"))
    return {
        "channel": translate("report_labels", "Channel"),
        "leads": translate("report_labels", "Leads"),
        "unanswered": translate("report_labels", "Unanswered"),
        "sla_seconds": translate("report_labels", "SLA"),
        "answered": translate("report_labels", "Answered"),
        "late": translate("report_labels", "Late"),
        "median_seconds": translate("report_labels", "Median answer time"),
        "p90_seconds": translate("report_labels", "90% answered within"),
        "upto_seconds": translate("report_labels", "Answered within"),
        "count": translate("report_labels", "Leads"),
        "status": translate("report_labels", "State"),
        "reason": translate("report_labels", "Reason"),
        "source": translate("report_labels", "Source"),
        "deals": translate("report_labels", "Deals"),
        "won": translate("report_labels", "Won"),
        "money": translate("report_labels", "Money"),
        "stage": translate("report_labels", "Stage"),
        "hour": translate("report_labels", "Hour"),
        "weekday": translate("report_labels", "Weekday"),
        "manager": translate("report_labels", "Manager"),
        "answered_in_sla": translate("report_labels", "Answered within SLA"),
        "converted": translate("report_labels", "Converted"),
    }.get(key, key)


def funnel_stage(code: str) -> str:
    return {
        "leads": translate("report_labels", "Leads"),
        "in_progress": translate("report_labels", "In progress"),
        "deals": translate("report_labels", "Deals"),
        "won": translate("report_labels", "Won"),
    }.get(code, code)


def channel_name(code: str | None) -> str:
    """A channel kind in words; a code this version does not know is shown as it is."""
    if not code:
        return NONE
    try:
        return labels.channel(ChannelKind(code))
    except ValueError:
        return str(code)


def status_name(code: str) -> str:
    try:
        return labels.status(LeadStatus(code))
    except ValueError:
        return str(code)


def weekday_name(weekday: int, long: bool = False) -> str:
    """``Mon`` / ``пн`` for 0 = Monday, in the current locale."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().dayName(weekday + 1, kind)


def hour_name(hour: int) -> str:
    return f"{hour:02d}:00"


def precise_duration(seconds: float | None) -> str:
    """``45 s``, ``1 min 30 s``, ``2 h 5 min``, ``3 d 4 h``: two units at most."""
    if seconds is None:
        return NONE
    total = round(seconds)
    if total < 60:
        return translate("report_labels", "%1 s").replace("%1", str(total))
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        if secs:
            text = translate("report_labels", "%1 min %2 s")
            return text.replace("%1", str(minutes)).replace("%2", str(secs))
        return translate("report_labels", "%1 min").replace("%1", str(minutes))
    hours, mins = divmod(minutes, 60)
    if hours < 48:
        if mins:
            text = translate("report_labels", "%1 h %2 min")
            return text.replace("%1", str(hours)).replace("%2", str(mins))
        return translate("report_labels", "%1 h").replace("%1", str(hours))
    days, hrs = divmod(hours, 24)
    if hrs:
        text = translate("report_labels", "%1 d %2 h")
        return text.replace("%1", str(days)).replace("%2", str(hrs))
    return translate("report_labels", "%1 d").replace("%1", str(days))


def share(value: float | None) -> str:
    """``42.5 %`` (``42,5 %`` in Russian)."""
    if value is None:
        return NONE
    number = QLocale().toString(float(value) * 100, "f", 1)
    return translate("report_labels", "%1 %").replace("%1", number)


def money(value: float | None) -> str:
    if value is None:
        return NONE
    return format_money(Decimal(str(round(float(value), 2))), "RUB")


def number(value: Any) -> str:
    if value is None:
        return NONE
    if isinstance(value, float) and not value.is_integer():
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(int(value))


def cell_text(key: str, value: Any) -> str:
    """A report cell as the table shows it."""
    if key in SECONDS_KEYS:
        return precise_duration(value)
    if key in SHARE_KEYS:
        return share(value)
    if key in MONEY_KEYS:
        return money(value)
    if key == "channel":
        return channel_name(value)
    if key == "status":
        return status_name(value)
    if key == "stage":
        return funnel_stage(value)
    if key == "weekday":
        return weekday_name(int(value), long=True)
    if key == "hour":
        return hour_name(int(value))
    if value is None:
        return NONE
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return number(value)
    return str(value)


def is_numeric(key: str) -> bool:
    """Numbers are right-aligned."""
    return key not in TEXT_KEYS
