"""What the duty schedule needs from the database, read side and write side.

Adapters implement these next to the general ``ReadModel`` and ``Store``
(``leaddesk.services.ports``); the schedule services take a reader that is both.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from leaddesk.domain.duty import DutyException, WeeklyShift
from leaddesk.services.ports import ReadModel


class ScheduleReads(Protocol):
    """The schedule's reads, outside any unit of work."""

    def weekly_shifts(self) -> list[WeeklyShift]:
        """Every weekly shift, by channel, person, weekday and start."""
        ...

    def duty_exceptions(self, since: datetime | None = None,
                        until: datetime | None = None) -> list[DutyException]:
        """Dated exceptions overlapping ``[since, until)`` (all of them when both are
        None), by start."""
        ...

    def hourly_demand(self, channel_id: int, since: datetime,
                      until: datetime) -> dict[tuple[int, int], int]:
        """Leads that arrived on the channel in ``[since, until)`` (local midnights, aware in
        the company zone), summed per (local weekday, local hour) from the lead rollup."""
        ...

    def arrivals_per_minute(self, since: datetime,
                            until: datetime) -> list[tuple[int, datetime, int]]:
        """``(channel_id, minute start in UTC, leads)`` for leads received in
        ``[since, until)``."""
        ...


class ScheduleReadModel(ReadModel, ScheduleReads, Protocol):
    """A read model that also answers the schedule's reads."""


class ScheduleStore(Protocol):
    """The schedule's writes, inside a unit of work."""

    def has_shifts(self) -> bool: ...

    def replace_schedule(self, shifts: list[WeeklyShift],
                         exceptions: list[DutyException]) -> None:
        """Delete every shift and exception and write these instead."""
        ...
