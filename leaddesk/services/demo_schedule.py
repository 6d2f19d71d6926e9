"""A realistic duty schedule for the demo data, so coverage and its gaps mean something.

The demo's channels are 1 email, 2 VK, 3 web chat, 4 web form, 5 phone; its people are
1-2 dispatchers, 3-7 managers and 8 the supervisor (see ``leaddesk.services.demo``).
The schedule, in company time:

* office hours 9:00-18:00 on weekdays, some with a lunch break (a split shift);
* VK and the chat have an evening shift that ends at 21:00, while leads keep coming till
  midnight: the evening gap shows in the coverage;
* weekends are thin (a few daytime hours on some channels, none on others);
* one shift runs over midnight (the chat, Friday 20:00 to Saturday 2:00);
* a manager is on vacation from 12 days ago to 2 days from now (an absence).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import cast

from leaddesk.domain.duty import DutyException, ExceptionKind, WeeklyShift
from leaddesk.services.company import time_zone
from leaddesk.services.ports import ReadModel, UnitOfWorkFactory
from leaddesk.services.schedule import write_schedule
from leaddesk.services.schedule_ports import ScheduleStore

EMAIL, VK, CHAT, FORM, PHONE = 1, 2, 3, 4, 5
IVANOVA, PETROV, SMIRNOVA, KUZNETSOV, POPOVA, SOKOLOV, LEBEDEVA = 1, 2, 3, 4, 5, 6, 7
WEEKDAYS = range(5)
SATURDAY, SUNDAY, FRIDAY = 5, 6, 4

# (person, channel, days, (start, end), ...): hours "HH:MM" in company time
_PLAN = [
    (IVANOVA, EMAIL, WEEKDAYS, ("09:00", "13:00"), ("14:00", "18:00")),
    (PETROV, EMAIL, WEEKDAYS, ("10:00", "19:00")),
    (PETROV, EMAIL, (SATURDAY,), ("11:00", "15:00")),
    (POPOVA, VK, WEEKDAYS, ("09:00", "13:00"), ("14:00", "18:00")),
    (SOKOLOV, VK, WEEKDAYS, ("12:00", "21:00")),
    (SOKOLOV, VK, (SATURDAY,), ("12:00", "18:00")),
    (LEBEDEVA, VK, (SUNDAY,), ("12:00", "18:00")),
    (SMIRNOVA, CHAT, WEEKDAYS, ("09:00", "13:00"), ("14:00", "18:00")),
    (LEBEDEVA, CHAT, WEEKDAYS, ("13:00", "21:00")),
    (LEBEDEVA, CHAT, (SATURDAY,), ("11:00", "17:00")),
    (KUZNETSOV, CHAT, (FRIDAY,), ("20:00", "02:00")),
    (KUZNETSOV, FORM, WEEKDAYS, ("09:00", "18:00")),
    (IVANOVA, PHONE, WEEKDAYS, ("09:00", "13:00"), ("14:00", "18:00")),
    (KUZNETSOV, PHONE, WEEKDAYS, ("13:00", "14:00")),
]
VACATION_NOTE = "Отпуск"


def _minute(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def demo_shifts(user_ids: set[int], channel_ids: set[int]) -> list[WeeklyShift]:
    """The demo's weekly shifts, leaving out people and channels that do not exist."""
    shifts = []
    for person, channel, days, *hours in _PLAN:
        if person not in user_ids or channel not in channel_ids:
            continue
        for day in days:
            shifts.extend(WeeklyShift(person, channel, day, _minute(a), _minute(b))
                          for a, b in hours)
    return shifts


def add_demo_schedule(uow_factory: UnitOfWorkFactory, reader: ReadModel,
                      actor_id: int | None = None, now: datetime | None = None) -> bool:
    """Fill an empty schedule with the demo's shifts and a vacation.

    Does nothing when any shift exists (a supervisor's schedule is never overwritten).
    Needs no supervisor: demo data is written by the command that made the desk.

    Returns:
        True when the schedule was written.
    """
    now = now or datetime.now(UTC)
    users = {u.id for u in reader.users()}
    channels = {c.id for c in reader.channels()}
    shifts = demo_shifts(users, channels)
    if not shifts:
        return False
    zone = time_zone(reader)
    today = now.astimezone(zone).date()
    exceptions = []
    if POPOVA in users:
        exceptions.append(DutyException(
            ExceptionKind.ABSENCE,
            datetime.combine(today - timedelta(days=12), time(), zone).astimezone(UTC),
            datetime.combine(today + timedelta(days=2), time(), zone).astimezone(UTC),
            POPOVA, None, VACATION_NOTE))
    with uow_factory() as uow:
        store = cast(ScheduleStore, uow.store)
        if store.has_shifts():
            return False
        write_schedule(uow, shifts, exceptions, None, actor_id, now)
        uow.commit()
    return True
