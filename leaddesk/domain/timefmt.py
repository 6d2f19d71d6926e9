"""Time in the company's zone, and how long a lead has been waiting."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# the setting that holds the company time zone, {"name": "Europe/Moscow"}
TIME_ZONE_KEY = "company.time_zone"
DEFAULT_TIME_ZONE = "Europe/Moscow"


def company_zone(name: str | None) -> ZoneInfo:
    """The company time zone by IANA name, falling back to Moscow time for an unknown name."""
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


def to_us(moment: datetime) -> int:
    """Microseconds since the epoch for an aware datetime (naive ones are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta = moment - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(value: int) -> datetime:
    """The aware UTC datetime for microseconds since the epoch."""
    return datetime.fromtimestamp(value // 1_000_000, UTC).replace(microsecond=value % 1_000_000)


def waiting_seconds(received_at: datetime, answered_at: datetime | None, now: datetime) -> int:
    """Seconds the customer waited for the first answer (or is still waiting)."""
    end = answered_at or now
    return max(0, int((end - received_at).total_seconds()))
