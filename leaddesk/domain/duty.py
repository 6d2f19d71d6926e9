"""Who is on duty for a channel at a moment: weekly shifts plus dated exceptions.

A channel without any shift counts everyone as on duty: a desk that has not set up its
schedule yet still hands leads out. Times of shifts are minutes of the day in the company
time zone; a shift whose end is not after its start runs over midnight into the next day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

MINUTES_PER_DAY = 24 * 60


class ExceptionKind(StrEnum):
    ABSENCE = "absence"  # vacation, sick day: the person is off whatever the week says
    EXTRA = "extra"  # extra duty outside the weekly shifts
    HOLIDAY = "holiday"  # nobody is on weekly duty (extra duty still counts)


@dataclass(frozen=True, slots=True)
class WeeklyShift:
    user_id: int
    channel_id: int
    weekday: int  # 0 = Monday
    start_minute: int
    end_minute: int

    def covers(self, weekday: int, minute: int) -> bool:
        """Whether the shift covers ``minute`` of ``weekday`` (local time)."""
        if self.end_minute > self.start_minute:
            return weekday == self.weekday and self.start_minute <= minute < self.end_minute
        # over midnight: the evening of its own day and the morning of the next
        if weekday == self.weekday and minute >= self.start_minute:
            return True
        return weekday == (self.weekday + 1) % 7 and minute < self.end_minute


@dataclass(frozen=True, slots=True)
class DutyException:
    kind: ExceptionKind
    starts_at: datetime
    ends_at: datetime
    user_id: int | None = None  # None: everybody
    channel_id: int | None = None  # None: every channel
    note: str = ""  # what the supervisor wrote (e.g. "vacation"); plays no part in duty

    def applies(self, user_id: int, channel_id: int, at: datetime) -> bool:
        return (self.starts_at <= at < self.ends_at
                and self.user_id in (None, user_id)
                and self.channel_id in (None, channel_id))


class DutyRoster:
    """Answers "who is on duty for channel C at time T" for assignment and the chat widget."""

    def __init__(self, shifts: Iterable[WeeklyShift], exceptions: Iterable[DutyException],
                 zone: ZoneInfo) -> None:
        self._shifts = tuple(shifts)
        self._exceptions = tuple(exceptions)
        self._zone = zone
        self._scheduled_channels = {s.channel_id for s in self._shifts} | {
            e.channel_id for e in self._exceptions
            if e.kind is ExceptionKind.EXTRA and e.channel_id is not None
        }

    @property
    def shifts(self) -> tuple[WeeklyShift, ...]:
        return self._shifts

    @property
    def exceptions(self) -> tuple[DutyException, ...]:
        return self._exceptions

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def has_schedule(self, channel_id: int) -> bool:
        """Whether the channel has any shift; without one, everyone counts as on duty."""
        return channel_id in self._scheduled_channels

    def on_duty(self, user_id: int, channel_id: int, at: datetime) -> bool:
        if not self.has_schedule(channel_id):
            return not any(e.kind is ExceptionKind.ABSENCE and e.applies(user_id, channel_id, at)
                           for e in self._exceptions)
        local = at.astimezone(self._zone)
        minute = local.hour * 60 + local.minute
        weekly = any(s.user_id == user_id and s.channel_id == channel_id
                     and s.covers(local.weekday(), minute) for s in self._shifts)
        for exception in self._exceptions:
            if not exception.applies(user_id, channel_id, at):
                continue
            if exception.kind is ExceptionKind.ABSENCE:
                return False
            if exception.kind is ExceptionKind.EXTRA:
                return True
            weekly = False  # a holiday cancels weekly duty
        return weekly

    def who(self, channel_id: int, user_ids: Iterable[int], at: datetime) -> list[int]:
        """The people among ``user_ids`` on duty for the channel at ``at``."""
        return [u for u in user_ids if self.on_duty(u, channel_id, at)]

    def next_change(self, at: datetime) -> datetime:
        """The next whole minute: on-duty answers can change at most once a minute."""
        return at.replace(second=0, microsecond=0) + timedelta(minutes=1)
