"""The schedule being edited: painting and erasing time, moving and resizing shifts.

Plain Python, no Qt: the week grid and the exceptions editor change it, the view saves
it. Time is counted in *week minutes* (Monday 0:00 = 0, Sunday 23:59 = 10079) on a
circle, so a shift over Sunday midnight is just a span that wraps. After each change the
person's shifts on that channel are rebuilt from the minutes they cover: overlapping or
touching shifts merge, an erased middle splits a shift in two.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from leaddesk.domain.duty import MINUTES_PER_DAY, DutyException, WeeklyShift

WEEK_MINUTES = 7 * MINUTES_PER_DAY
Span = tuple[int, int]  # (week minute of the start, length in minutes)


def span_of(shift: WeeklyShift) -> Span:
    """Where a shift lies in the week: its start and length (over midnight included)."""
    length = (shift.end_minute - shift.start_minute) % MINUTES_PER_DAY or MINUTES_PER_DAY
    return shift.weekday * MINUTES_PER_DAY + shift.start_minute, length


def shift_at(user_id: int, channel_id: int, start: int, length: int) -> WeeklyShift:
    """The shift of ``length`` minutes (under a day) starting at week minute ``start``."""
    start %= WEEK_MINUTES
    weekday, minute = divmod(start, MINUTES_PER_DAY)
    return WeeklyShift(user_id, channel_id, weekday, minute, (minute + length) % MINUTES_PER_DAY)


def day_pieces(shift: WeeklyShift) -> list[tuple[int, int, int]]:
    """The shift cut at midnights: ``(weekday, start minute, end minute)``, end up to 1440."""
    start, length = span_of(shift)
    pieces = []
    while length > 0:
        weekday, minute = divmod(start % WEEK_MINUTES, MINUTES_PER_DAY)
        part = min(length, MINUTES_PER_DAY - minute)
        pieces.append((weekday, minute, minute + part))
        start, length = start + part, length - part
    return pieces


def _key(shift: WeeklyShift) -> tuple[int, int, int, int, int]:
    return (shift.channel_id, shift.user_id, shift.weekday, shift.start_minute, shift.end_minute)


def _exception_key(e: DutyException) -> tuple:
    return (e.starts_at, e.ends_at, e.kind.value, e.user_id or 0, e.channel_id or 0, e.note)


@dataclass
class ScheduleDraft:
    """Shifts, exceptions and the time zone as edited, next to what was last saved."""

    shifts: list[WeeklyShift] = field(default_factory=list)
    exceptions: list[DutyException] = field(default_factory=list)
    zone_name: str = ""
    _saved: tuple = ((), (), "")

    def load(self, shifts: Iterable[WeeklyShift], exceptions: Iterable[DutyException],
             zone_name: str) -> None:
        """Start over from a saved schedule."""
        self.shifts = sorted(shifts, key=_key)
        self.exceptions = sorted(exceptions, key=_exception_key)
        self.zone_name = zone_name
        self._saved = self.snapshot()

    def snapshot(self) -> tuple:
        return (tuple(sorted(self.shifts, key=_key)),
                tuple(sorted(self.exceptions, key=_exception_key)), self.zone_name)

    def saved_equals(self, shifts: Iterable[WeeklyShift], exceptions: Iterable[DutyException],
                     zone_name: str) -> bool:
        """Whether a schedule read from the database is the one this draft started from."""
        return self._saved == (tuple(sorted(shifts, key=_key)),
                               tuple(sorted(exceptions, key=_exception_key)), zone_name)

    def mark_saved(self, snapshot: tuple) -> None:
        """``snapshot`` (taken when a save started) is what the database holds now."""
        self._saved = snapshot

    @property
    def saved_zone(self) -> str:
        return self._saved[2]

    def is_dirty(self) -> bool:
        return self.snapshot() != self._saved

    def discard(self) -> None:
        """Back to the last saved schedule."""
        shifts, exceptions, zone = self._saved
        self.shifts, self.exceptions, self.zone_name = list(shifts), list(exceptions), zone

    # shifts
    def shifts_for(self, channel_id: int, user_id: int | None = None) -> list[WeeklyShift]:
        return [s for s in self.shifts if s.channel_id == channel_id
                and (user_id is None or s.user_id == user_id)]

    def paint(self, user_id: int, channel_id: int, spans: Iterable[Span]) -> None:
        """Put the person on duty for the channel during ``spans``."""
        self._rebuild(user_id, channel_id, spans, 1)

    def erase(self, user_id: int, channel_id: int, spans: Iterable[Span]) -> None:
        """Take the person off duty for the channel during ``spans``."""
        self._rebuild(user_id, channel_id, spans, 0)

    def covers(self, user_id: int, channel_id: int, spans: Sequence[Span]) -> bool:
        """Whether the person's shifts cover every minute of ``spans``."""
        cover = self._cover(self.shifts_for(channel_id, user_id))
        return all(cover[(start + i) % WEEK_MINUTES] for start, length in spans
                   for i in range(length))

    def remove(self, shifts: Iterable[WeeklyShift]) -> None:
        gone = list(shifts)
        self.shifts = [s for s in self.shifts if s not in gone]

    def replace(self, old: WeeklyShift, new: WeeklyShift) -> None:
        """A shift moved or resized: ``old`` goes, ``new`` merges with the rest."""
        self.remove([old])
        self.paint(new.user_id, new.channel_id, [span_of(new)])

    # exceptions
    def add_exception(self, exception: DutyException) -> None:
        self.exceptions.append(exception)
        self.exceptions.sort(key=_exception_key)

    def replace_exception(self, old: DutyException, new: DutyException) -> None:
        self.exceptions[self.exceptions.index(old)] = new
        self.exceptions.sort(key=_exception_key)

    def remove_exception(self, exception: DutyException) -> None:
        self.exceptions.remove(exception)

    # the rebuild
    @staticmethod
    def _cover(shifts: Iterable[WeeklyShift]) -> bytearray:
        cover = bytearray(WEEK_MINUTES)
        for shift in shifts:
            start, length = span_of(shift)
            for i in range(length):
                cover[(start + i) % WEEK_MINUTES] = 1
        return cover

    def _rebuild(self, user_id: int, channel_id: int, spans: Iterable[Span], value: int) -> None:
        mine = self.shifts_for(channel_id, user_id)
        cover = self._cover(mine)
        for start, length in spans:
            for i in range(max(0, min(length, WEEK_MINUTES))):
                cover[(start + i) % WEEK_MINUTES] = value
        self.remove(mine)
        self.shifts.extend(_shifts_from(cover, user_id, channel_id))
        self.shifts.sort(key=_key)


def _shifts_from(cover: bytearray, user_id: int, channel_id: int) -> list[WeeklyShift]:
    """The fewest shifts (each under a day) that cover exactly the minutes marked."""
    if all(cover):
        return [s for day in range(7)
                for s in _under_a_day(user_id, channel_id, day * MINUTES_PER_DAY, MINUTES_PER_DAY)]
    if not any(cover):
        return []
    begin = cover.index(0)  # runs are read from a free minute, so none is cut at the seam
    shifts = []
    run_start, run = 0, 0
    for i in range(1, WEEK_MINUTES + 1):
        minute = (begin + i) % WEEK_MINUTES
        if cover[minute]:
            if run == 0:
                run_start = minute
            run += 1
        elif run:
            shifts.extend(_under_a_day(user_id, channel_id, run_start, run))
            run = 0
    return shifts


def _under_a_day(user_id: int, channel_id: int, start: int, length: int) -> list[WeeklyShift]:
    """A run as shifts a weekly rule can hold: under a day each, cut at midnight if longer."""
    if length < MINUTES_PER_DAY:
        return [shift_at(user_id, channel_id, start, length)]
    shifts = []
    while length > 0:
        minute = start % MINUTES_PER_DAY
        part = min(length, MINUTES_PER_DAY - minute)
        if part == MINUTES_PER_DAY:  # a whole day: two halves (start == end means nothing)
            shifts.append(shift_at(user_id, channel_id, start, part // 2))
            shifts.append(shift_at(user_id, channel_id, start + part // 2, part // 2))
        else:
            shifts.append(shift_at(user_id, channel_id, start, part))
        start, length = start + part, length - part
    return shifts
