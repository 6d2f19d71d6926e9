"""Duty coverage against usual demand, and a replay of past weeks under a draft schedule.

Demand comes from the lead rollup (leads per UTC hour, with the local weekday and hour),
so the coverage of a channel costs one narrow indexed query whatever the history size.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from leaddesk.domain.coverage import CoverageCell, ReplayResult, coverage_grid, replay
from leaddesk.domain.duty import DutyException, DutyRoster, WeeklyShift
from leaddesk.domain.timefmt import company_zone
from leaddesk.services.company import time_zone
from leaddesk.services.schedule_ports import ScheduleReadModel

__all__ = ["CoverageCell", "ReplayResult", "local_period", "replay_draft", "weekly_coverage"]


def local_period(start: date, end: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The moments from the start of day ``start`` to the start of day ``end`` (local)."""
    return (datetime.combine(start, time(), zone), datetime.combine(end, time(), zone))


def weekly_coverage(reader: ScheduleReadModel, channel_id: int, today: date, weeks: int = 4,
                    shifts: Sequence[WeeklyShift] | None = None) -> list[CoverageCell]:
    """The channel's 168 hours (Monday 0:00 first): people on duty against usual demand.

    Args:
        reader: the read side.
        channel_id: the channel.
        today: the day the look-back ends (not included).
        weeks: how many full weeks before ``today`` make the usual demand: each cell's
            demand is the average leads in that weekday and hour over them.
        shifts: a draft's weekly shifts; None reads the saved ones.

    Only active people count as on duty. A channel without any shift says
    ``scheduled=False`` in every cell (see ``leaddesk.domain.coverage``).
    """
    weeks = max(1, weeks)
    since, until = local_period(today - timedelta(weeks=weeks), today, time_zone(reader))
    counts = reader.hourly_demand(channel_id, since, until)
    demand = {cell: leads / weeks for cell, leads in counts.items()}
    if shifts is None:
        shifts = reader.weekly_shifts()
    active = [u.id for u in reader.users() if u.active]
    return coverage_grid(shifts, channel_id, active, demand)


def replay_draft(reader: ScheduleReadModel, shifts: Sequence[WeeklyShift],
                 exceptions: Sequence[DutyException], start: date, end: date,
                 zone_name: str | None = None) -> dict[int, ReplayResult]:
    """How the leads of a past period would have met a draft schedule, per channel.

    Args:
        reader: the read side.
        shifts: the draft's weekly shifts.
        exceptions: the draft's dated exceptions.
        start: the first day replayed (company time).
        end: the day the replay stops at (not included).
        zone_name: the draft's time zone; None takes the saved company zone.

    Returns:
        ``{channel_id: ReplayResult(leads, uncovered, scheduled)}`` for every channel that
        had leads in the period. Only active people count as on duty.
    """
    zone = time_zone(reader) if not zone_name else company_zone(zone_name)
    since, until = local_period(start, end, zone)
    roster = DutyRoster(shifts, exceptions, zone)
    active = [u.id for u in reader.users() if u.active]
    return replay(reader.arrivals_per_minute(since, until), roster, active)
