"""Small pieces the write-side stores share: the company zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from leaddesk.adapters.db.schema import Setting
from leaddesk.domain.timefmt import TIME_ZONE_KEY, company_zone


def zone_of(session: Session) -> ZoneInfo:
    value = session.scalar(select(Setting.value).where(Setting.key == TIME_ZONE_KEY)) or {}
    return company_zone(value.get("name", ""))
