"""How well a channel's week is covered by duty, and a replay of past arrivals.

Coverage looks at the weekly shifts only (dated exceptions come and go): for each hour of
the week it counts the people on duty for the whole hour and sets that against the usual
demand. A channel without any weekly shift has *no schedule*: assignment then hands its
leads to everyone at any hour (see ``DutyRoster``), which is not the same as being
covered, so its cells say ``scheduled=False``, count nobody and are never a gap. The view
shows "no schedule" for such a channel instead of a week of zeros or of full cover.

The replay answers "how many leads of a past period would have arrived with nobody on
duty under this (draft) roster", exceptions included, exactly as assignment would have
judged each moment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from leaddesk.domain.duty import (
    MINUTES_PER_DAY,
    DutyException,
    DutyRoster,
    ExceptionKind,
    WeeklyShift,
)

DAYS_PER_WEEK = 7
HOURS_PER_DAY = 24
MINUTES_PER_WEEK = DAYS_PER_WEEK * MINUTES_PER_DAY
QUARTERS = (0, 15, 30, 45)  # the moments of an hour that must all be covered

Demand = dict[tuple[int, int], float]  # (weekday 0 = Monday, hour) -> leads per hour


@dataclass(frozen=True, slots=True)
class CoverageCell:
    """One hour of the week for one channel.

    Attributes:
        weekday: 0 = Monday.
        hour: 0..23, company time.
        on_duty: people on weekly duty for the channel throughout the hour (the fewest
            at :00, :15, :30 and :45).
        demand: usual leads in this hour (an average over past weeks).
        gap: leads usually come (``demand > 0``) and nobody is on duty.
        scheduled: False when the channel has no weekly shift at all ("no schedule").
    """

    weekday: int
    hour: int
    on_duty: int
    demand: float
    gap: bool
    scheduled: bool = True


@dataclass(frozen=True, slots=True)
class ReplayResult:
    """Leads of one channel in a replayed period, and how many met nobody on duty.

    ``scheduled`` is False for a channel without any duty rule: its leads go to everyone,
    so none counts as uncovered, but there is no schedule to speak of either.
    """

    leads: int
    uncovered: int
    scheduled: bool = True


def has_weekly_schedule(shifts: Iterable[WeeklyShift], channel_id: int) -> bool:
    """Whether the channel has at least one weekly shift."""
    return any(s.channel_id == channel_id for s in shifts)


def coverage_grid(shifts: Iterable[WeeklyShift], channel_id: int,
                  user_ids: Iterable[int] | None = None,
                  demand: Demand | None = None) -> list[CoverageCell]:
    """The 168 hours of the week (Monday 0:00 first) for one channel.

    Args:
        shifts: the weekly shifts (saved, or of a draft).
        channel_id: the channel.
        user_ids: the people who count (e.g. the active ones); None counts everyone.
        demand: usual leads per (weekday, hour); missing hours count as no demand.
    """
    shifts = tuple(shifts)
    demand = demand or {}
    scheduled = has_weekly_schedule(shifts, channel_id)
    allowed = None if user_ids is None else set(user_ids)
    mine = [s for s in shifts if s.channel_id == channel_id
            and (allowed is None or s.user_id in allowed)]
    cells = []
    for weekday in range(DAYS_PER_WEEK):
        for hour in range(HOURS_PER_DAY):
            on_duty = min(
                len({s.user_id for s in mine if s.covers(weekday, hour * 60 + quarter)})
                for quarter in QUARTERS) if scheduled else 0
            wanted = float(demand.get((weekday, hour), 0.0))
            cells.append(CoverageCell(weekday, hour, on_duty, wanted,
                                      scheduled and wanted > 0 and on_duty == 0, scheduled))
    return cells


def replay(arrivals: Iterable[tuple[int, datetime, int]], roster: DutyRoster,
           user_ids: Iterable[int] | None = None) -> dict[int, ReplayResult]:
    """Count, per channel, the leads that would have arrived with nobody on duty.

    Args:
        arrivals: ``(channel_id, minute_start_utc, count)``: leads per channel and minute.
        roster: the (draft) roster: weekly shifts, dated exceptions, company time zone.
        user_ids: the people who can be on duty; None takes everyone the roster names
            (in a shift or a personal exception).

    Returns:
        ``{channel_id: ReplayResult}`` for every channel that had arrivals.
    """
    people = tuple(sorted(set(user_ids) if user_ids is not None else _people_named(roster)))
    weekly: dict[int, bytearray] = {}
    personal: dict[int, dict[int, bytearray]] = {}
    leads: dict[int, int] = {}
    uncovered: dict[int, int] = {}
    for channel_id, minute, count in arrivals:
        leads[channel_id] = leads.get(channel_id, 0) + count
        uncovered.setdefault(channel_id, 0)
        if not roster.has_schedule(channel_id):
            continue
        at = minute if minute.tzinfo is not None else minute.replace(tzinfo=UTC)
        local = at.astimezone(roster.zone)
        of_week = local.weekday() * MINUTES_PER_DAY + local.hour * 60 + local.minute
        applying = _exceptions_at(roster.exceptions, channel_id, at)
        if applying:
            if channel_id not in personal:
                personal[channel_id] = {
                    person: _weekly_cover(roster.shifts, channel_id, {person})
                    for person in people}
            covered = _anyone_on_duty(personal[channel_id], of_week, applying)
        else:
            if channel_id not in weekly:
                weekly[channel_id] = _weekly_cover(roster.shifts, channel_id, set(people))
            covered = bool(weekly[channel_id][of_week])
        if not covered:
            uncovered[channel_id] += count
    return {c: ReplayResult(leads[c], uncovered[c], roster.has_schedule(c)) for c in leads}


def _people_named(roster: DutyRoster) -> set[int]:
    named = {s.user_id for s in roster.shifts}
    return named | {e.user_id for e in roster.exceptions if e.user_id is not None}


def _exceptions_at(exceptions: tuple[DutyException, ...], channel_id: int,
                   at: datetime) -> list[DutyException]:
    """The exceptions in force for the channel at ``at``, in the roster's order."""
    return [e for e in exceptions
            if e.starts_at <= at < e.ends_at and e.channel_id in (None, channel_id)]


def _anyone_on_duty(personal: dict[int, bytearray], of_week: int,
                    applying: list[DutyException]) -> bool:
    """``DutyRoster.on_duty`` for everyone at once, from each person's weekly minutes:
    the first absence or extra duty that concerns a person decides, a holiday cancels
    the weekly duty."""
    for person, minutes in personal.items():
        on = bool(minutes[of_week])
        for exception in applying:
            if exception.user_id not in (None, person):
                continue
            if exception.kind is ExceptionKind.ABSENCE:
                on = False
                break
            if exception.kind is ExceptionKind.EXTRA:
                on = True
                break
            on = False  # a holiday
        if on:
            return True
    return False


def _weekly_cover(shifts: tuple[WeeklyShift, ...], channel_id: int,
                  people: set[int]) -> bytearray:
    """1 for each minute of the week (Monday 0:00 first) someone is on weekly duty."""
    cover = bytearray(MINUTES_PER_WEEK)
    for shift in shifts:
        if shift.channel_id != channel_id or shift.user_id not in people:
            continue
        start = shift.weekday * MINUTES_PER_DAY + shift.start_minute
        # as ``WeeklyShift.covers``: an end equal to the start means a whole day
        length = (shift.end_minute - shift.start_minute) % MINUTES_PER_DAY or MINUTES_PER_DAY
        for offset in range(length):
            cover[(start + offset) % MINUTES_PER_WEEK] = 1
    return cover
