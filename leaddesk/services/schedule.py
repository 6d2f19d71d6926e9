"""The duty schedule: load it, save it whole (supervisors only), and who is on duty now.

A save replaces every weekly shift and every dated exception in one unit of work, so a
desk never sees half a schedule. Times of shifts are company time (minutes of the day);
exceptions are moments (aware datetimes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple, cast

from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity, Role
from leaddesk.domain.duty import MINUTES_PER_DAY, DutyException, DutyRoster, WeeklyShift
from leaddesk.domain.timefmt import company_zone
from leaddesk.services.company import put_time_zone, time_zone, zone_name
from leaddesk.services.ports import ChannelInfo, UnitOfWork, UnitOfWorkFactory, UserInfo
from leaddesk.services.schedule_ports import ScheduleReadModel, ScheduleStore
from leaddesk.services.workflow_errors import NotAllowed

NOT_SUPERVISOR = "not_supervisor"  # the NotAllowed code of a save by anyone else
_TICK = timedelta(milliseconds=1)  # on_duty_now reads the exceptions of [now, now + tick)


@dataclass(frozen=True)
class Schedule:
    """Everything the schedule editor shows.

    Attributes:
        shifts: the weekly shifts of every channel and person.
        exceptions: the dated exceptions, by start.
        zone_name: the company time zone (IANA name).
        people: every user, active or not, by name.
        channels: every channel.
    """

    shifts: tuple[WeeklyShift, ...]
    exceptions: tuple[DutyException, ...]
    zone_name: str
    people: tuple[UserInfo, ...]
    channels: tuple[ChannelInfo, ...]


@dataclass(frozen=True, slots=True)
class ScheduleProblem:
    """Why a schedule cannot be saved: ``code`` names the problem of item ``index``.

    Codes: ``weekday`` (not 0..6), ``minutes`` (a start or end outside 0..1439),
    ``empty`` (a shift that starts where it ends), ``period`` (an exception that does not
    end after it starts), ``naive`` (an exception time without a time zone), ``zone``
    (an unknown time zone; ``index`` is -1).
    """

    code: str
    item: str  # "shift", "exception" or "zone"
    index: int

    def __str__(self) -> str:
        what = {"weekday": "the weekday must be 0 (Monday) to 6 (Sunday)",
                "minutes": "start and end must be minutes 0 to 1439",
                "empty": "the shift starts where it ends",
                "period": "the exception must end after it starts",
                "naive": "the exception's times need a time zone",
                "zone": "unknown time zone"}.get(self.code, self.code)
        return what if self.index < 0 else f"{self.item} {self.index + 1}: {what}"


class ScheduleInvalid(ValueError):
    """The schedule was not saved; ``problems`` says why, item by item."""

    def __init__(self, problems: Sequence[ScheduleProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


class DutyNow(NamedTuple):
    """Who is on duty for one channel at a moment (``names`` empty: nobody).

    Without a schedule (``has_schedule`` False) the channel's leads go to everyone active,
    and ``names`` lists them all.
    """

    channel_id: int
    channel_name: str
    names: list[str]
    has_schedule: bool
    channel_kind: ChannelKind


def schedule_problems(shifts: Sequence[WeeklyShift], exceptions: Sequence[DutyException],
                      zone: str | None) -> list[ScheduleProblem]:
    """Everything wrong with a schedule, in order; empty when it can be saved."""
    problems = []
    for index, shift in enumerate(shifts):
        if not 0 <= shift.weekday <= 6:
            problems.append(ScheduleProblem("weekday", "shift", index))
        if not all(0 <= m < MINUTES_PER_DAY for m in (shift.start_minute, shift.end_minute)):
            problems.append(ScheduleProblem("minutes", "shift", index))
        elif shift.start_minute == shift.end_minute:
            problems.append(ScheduleProblem("empty", "shift", index))
    for index, exception in enumerate(exceptions):
        if exception.starts_at.tzinfo is None or exception.ends_at.tzinfo is None:
            problems.append(ScheduleProblem("naive", "exception", index))
        elif exception.ends_at <= exception.starts_at:
            problems.append(ScheduleProblem("period", "exception", index))
    if zone and company_zone(zone).key != zone:
        problems.append(ScheduleProblem("zone", "zone", -1))
    return problems


def load_schedule(reader: ScheduleReadModel) -> Schedule:
    """The saved schedule with the people and channels it names."""
    return Schedule(
        shifts=tuple(reader.weekly_shifts()),
        exceptions=tuple(reader.duty_exceptions()),
        zone_name=time_zone(reader).key,
        people=tuple(reader.users()),
        channels=tuple(reader.channels()),
    )


def save_schedule(uow_factory: UnitOfWorkFactory, actor_id: int,
                  shifts: Sequence[WeeklyShift], exceptions: Sequence[DutyException],
                  zone_name: str, now: datetime | None = None) -> None:
    """Replace the whole schedule and set the company time zone, as a supervisor.

    Raises:
        ScheduleInvalid: something in the schedule is wrong (nothing is saved).
        NotAllowed: ``not_supervisor``, the actor is not an active supervisor.
    """
    with uow_factory() as uow:
        actor = uow.store.user(actor_id)
        if actor is None or not actor.active or actor.role != Role.SUPERVISOR.value:
            raise NotAllowed(NOT_SUPERVISOR)
        write_schedule(uow, shifts, exceptions, zone_name, actor_id, now or datetime.now(UTC))
        uow.commit()


def write_schedule(uow: UnitOfWork, shifts: Sequence[WeeklyShift],
                   exceptions: Sequence[DutyException], zone: str | None,
                   actor_id: int | None, now: datetime) -> None:
    """Replace the schedule inside an open unit of work, without asking who may.

    For ``save_schedule`` (which checks the actor) and the demo data; the caller commits.
    ``zone`` None or "" keeps the company time zone.
    """
    problems = schedule_problems(shifts, exceptions, zone)
    if problems:
        raise ScheduleInvalid(problems)
    store = cast(ScheduleStore, uow.store)
    store.replace_schedule(list(shifts), list(exceptions))
    if zone:
        put_time_zone(uow, zone)
    uow.store.add_audit(None, "schedule_saved", actor_id, now, {
        "shifts": len(shifts), "exceptions": len(exceptions),
        "zone": zone or zone_name(uow.store)})
    uow.changed(Entity.SCHEDULE, 0, ChangeKind.UPDATED)


def _roster_at(reader: ScheduleReadModel, now: datetime) -> DutyRoster:
    return DutyRoster(reader.weekly_shifts(), reader.duty_exceptions(now, now + _TICK),
                      time_zone(reader))


def on_duty_for(reader: ScheduleReadModel, channel_id: int,
                now: datetime | None = None) -> list[str]:
    """The names of the active people on duty for one channel at ``now`` (a channel
    without a schedule: everyone active)."""
    now = now or datetime.now(UTC)
    roster = _roster_at(reader, now)
    return [u.name for u in reader.users() if u.active and roster.on_duty(u.id, channel_id, now)]


def on_duty_now(reader: ScheduleReadModel, now: datetime | None = None) -> list[DutyNow]:
    """Per channel, the active people on duty at ``now`` (by name), exceptions included."""
    now = now or datetime.now(UTC)
    roster = _roster_at(reader, now)
    active = [u for u in reader.users() if u.active]
    return [DutyNow(c.id, c.name,
                    [u.name for u in active if roster.on_duty(u.id, c.id, now)],
                    roster.has_schedule(c.id), c.kind)
            for c in reader.channels()]

