"""Small pieces the write-side stores share: the rollup bucket and the company zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from leaddesk.adapters.db.schema import Setting
from leaddesk.domain.timefmt import TIME_ZONE_KEY, company_zone, to_us

HOUR_US = 3_600_000_000


def rollup_bucket(received_at: datetime, zone: ZoneInfo) -> tuple[int, int, int]:
    """(bucket, local hour, local weekday) of a moment: the bucket is the UTC hour number."""
    bucket = to_us(received_at) // HOUR_US
    local = received_at.astimezone(zone)
    return bucket, local.hour, local.weekday()


def zone_of(session: Session) -> ZoneInfo:
    value = session.scalar(select(Setting.value).where(Setting.key == TIME_ZONE_KEY)) or {}
    return company_zone(value.get("name", ""))
