"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator

from leaddesk.domain.timefmt import from_us, to_us


class UtcTimestamp(TypeDecorator[datetime]):
    """An aware UTC datetime stored as microseconds since the epoch (a BIGINT).

    Integers sort, compare and group fast on both databases and carry no time-zone
    ambiguity; SQLite's default text timestamps cost about a second to group over a
    million rows.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, int):
            return value
        return to_us(value)

    def process_result_value(self, value, dialect):
        return None if value is None else from_us(int(value))
