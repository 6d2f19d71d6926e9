"""Putting shifts into a test database (the schedule editor comes with its own issue)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from leaddesk.adapters.db.engine import make_engine
from leaddesk.adapters.db.schema import Shift


def _minute(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def add_shift(desk, user_id: int, channel_id: int, *, weekday: int, start: str,
              end: str) -> None:
    engine = make_engine(desk.url)
    with Session(engine) as session:
        session.add(Shift(user_id=user_id, channel_id=channel_id, weekday=weekday,
                          start_minute=_minute(start), end_minute=_minute(end)))
        session.commit()
    engine.dispose()
