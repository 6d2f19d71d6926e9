"""The duty schedule's write side (part of ``SqlStore``): the schedule is replaced whole.

Implements ``leaddesk.services.schedule_ports.ScheduleStore``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from leaddesk.adapters.db.schema import Shift, ShiftException
from leaddesk.domain.duty import DutyException, WeeklyShift


class ScheduleStoreMixin:
    """Mixed into ``SqlStore``, which provides ``session`` and its per-transaction memo."""

    session: Session
    _memo: dict[Any, Any]

    def has_shifts(self) -> bool:
        return self.session.scalar(select(Shift.id).limit(1)) is not None

    def replace_schedule(self, shifts: list[WeeklyShift],
                         exceptions: list[DutyException]) -> None:
        self.session.execute(delete(Shift))
        self.session.execute(delete(ShiftException))
        if shifts:
            self.session.execute(insert(Shift), [
                {"user_id": s.user_id, "channel_id": s.channel_id, "weekday": s.weekday,
                 "start_minute": s.start_minute, "end_minute": s.end_minute}
                for s in shifts])
        if exceptions:
            self.session.execute(insert(ShiftException), [
                {"user_id": e.user_id, "channel_id": e.channel_id, "kind": e.kind.value,
                 "starts_at": e.starts_at, "ends_at": e.ends_at, "note": e.note or None}
                for e in exceptions])
        # rosters read earlier in this transaction no longer hold
        for key in [k for k in self._memo if isinstance(k, tuple) and k[:1] == ("duty_roster",)]:
            del self._memo[key]
