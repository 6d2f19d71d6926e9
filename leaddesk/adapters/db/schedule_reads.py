"""The duty schedule's read side (part of ``SqlReadModel``): shifts, exceptions, the
demand per hour of the week, and arrivals per minute for a replay.

Implements ``leaddesk.services.schedule_ports.ScheduleReads``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, and_, func, select, text

from leaddesk.adapters.db.schema import LeadRollup, Shift, ShiftException
from leaddesk.domain.duty import DutyException, ExceptionKind, WeeklyShift
from leaddesk.domain.rollup import hour_number
from leaddesk.domain.timefmt import from_us, to_us

MINUTE_US = 60_000_000

# Integer division works alike on SQLite and PostgreSQL (both columns are integers);
# the range rides on ix_leads_received.
_ARRIVALS = text(
    "SELECT channel_id, received_at / 60000000 AS minute, count(*) AS leads FROM leads "
    "WHERE received_at >= :since AND received_at < :until GROUP BY 1, 2 ORDER BY 2, 1")


class ScheduleReadsMixin:
    """Mixed into ``SqlReadModel``, which provides ``_engine``."""

    _engine: Engine

    def weekly_shifts(self) -> list[WeeklyShift]:
        with self._engine.connect() as connection:
            return [WeeklyShift(r.user_id, r.channel_id, r.weekday, r.start_minute, r.end_minute)
                    for r in connection.execute(
                        select(Shift.user_id, Shift.channel_id, Shift.weekday,
                               Shift.start_minute, Shift.end_minute)
                        .order_by(Shift.channel_id, Shift.user_id, Shift.weekday,
                                  Shift.start_minute, Shift.id))]

    def duty_exceptions(self, since: datetime | None = None,
                        until: datetime | None = None) -> list[DutyException]:
        query = select(ShiftException.kind, ShiftException.starts_at, ShiftException.ends_at,
                       ShiftException.user_id, ShiftException.channel_id,
                       ShiftException.note).order_by(ShiftException.starts_at,
                                                     ShiftException.id)
        conditions = []
        if since is not None:
            conditions.append(ShiftException.ends_at > since)
        if until is not None:
            conditions.append(ShiftException.starts_at < until)
        if conditions:
            query = query.where(and_(*conditions))
        with self._engine.connect() as connection:
            return [DutyException(ExceptionKind(r.kind), r.starts_at, r.ends_at, r.user_id,
                                  r.channel_id, r.note or "")
                    for r in connection.execute(query)
                    if r.kind in ExceptionKind._value2member_map_]

    def hourly_demand(self, channel_id: int, since: datetime,
                      until: datetime) -> dict[tuple[int, int], int]:
        # the rollup counts company-local hours; since and until carry the company zone
        first, last = hour_number(since, since.tzinfo), hour_number(until, until.tzinfo)
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(LeadRollup.local_weekday, LeadRollup.local_hour,
                       func.sum(LeadRollup.leads).label("leads"))
                .where(LeadRollup.channel_id == channel_id, LeadRollup.bucket >= first,
                       LeadRollup.bucket < last)
                .group_by(LeadRollup.local_weekday, LeadRollup.local_hour))
            return {(r.local_weekday, r.local_hour): int(r.leads or 0) for r in rows}

    def arrivals_per_minute(self, since: datetime,
                            until: datetime) -> list[tuple[int, datetime, int]]:
        with self._engine.connect() as connection:
            rows = connection.execute(_ARRIVALS, {"since": to_us(since), "until": to_us(until)})
            return [(int(r.channel_id), from_us(int(r.minute) * MINUTE_US), int(r.leads))
                    for r in rows]

