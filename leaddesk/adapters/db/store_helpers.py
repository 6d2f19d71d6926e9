"""Small pieces the write-side stores share: the company zone, the dialect's INSERT."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from leaddesk.adapters.db.schema import Setting
from leaddesk.domain.timefmt import TIME_ZONE_KEY, company_zone


def zone_of(session: Session | Connection) -> ZoneInfo:
    """The company time zone the settings hold (a plain connection will do, as in a
    migration)."""
    value = session.scalar(select(Setting.value).where(Setting.key == TIME_ZONE_KEY)) or {}
    return company_zone(value.get("name", ""))


def dialect_insert(dialect: str):
    """The dialect's ``insert`` (with ``on_conflict_do_*``) for ``dialect`` ("postgresql"
    or "sqlite")."""
    return postgresql.insert if dialect == "postgresql" else sqlite.insert
