"""Following the change log from one desk.

SQLite: ``PRAGMA data_version`` on a connection of its own changes when any other
connection commits, so a poll that finds it unchanged costs a few microseconds and
reads nothing else. PostgreSQL: a cheap ``max(id)`` poll (LISTEN/NOTIFY wakes desks in
team mode). Either way, the change log is the truth: a missed wake-up costs nothing.
"""

from __future__ import annotations

from sqlalchemy import Engine

from leaddesk.domain.changes import ChangeRecord
from leaddesk.domain.codes import ChangeKind, Entity

MAX_RECORDS = 2000


class SqlChangeFeed:
    """Implements ``leaddesk.services.ports.ChangeFeed``. Use from one thread only."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._connection = engine.raw_connection()
        self._data_version: int | None = None
        self._last_seq = self._query_one("SELECT COALESCE(MAX(id), 0) FROM change_log")
        if self._sqlite:
            self._data_version = self._query_one("PRAGMA data_version")

    def _query_one(self, sql: str, *params) -> int:
        cursor = self._connection.cursor()
        try:
            cursor.execute(sql, params) if params else cursor.execute(sql)
            value = cursor.fetchone()[0]
        finally:
            cursor.close()
        if not self._sqlite:
            self._connection.commit()
        return int(value)

    def poll(self) -> tuple[list[ChangeRecord], bool]:
        """Return the change records committed since the last poll, and whether there were
        so many that the caller should simply reload everything."""
        if self._sqlite:
            version = self._query_one("PRAGMA data_version")
            if version == self._data_version:
                return [], False
            self._data_version = version
        placeholder = "?" if self._sqlite else "%s"
        cursor = self._connection.cursor()
        try:
            cursor.execute(
                "SELECT id, entity, entity_id, kind FROM change_log "
                f"WHERE id > {placeholder} ORDER BY id LIMIT {MAX_RECORDS + 1}",
                (self._last_seq,),
            )
            rows = cursor.fetchall()
        finally:
            cursor.close()
        if not self._sqlite:
            self._connection.commit()
        if not rows:
            return [], False
        if len(rows) > MAX_RECORDS:
            self._last_seq = self._query_one("SELECT COALESCE(MAX(id), 0) FROM change_log")
            return [], True
        self._last_seq = int(rows[-1][0])
        records = []
        for seq, entity, entity_id, kind in rows:
            try:
                records.append(ChangeRecord(int(seq), Entity(entity), int(entity_id),
                                            ChangeKind(kind)))
            except ValueError:
                continue  # written by a newer LeadDesk: ignore what we do not know
        full = any(r.entity is Entity.LEAD and r.entity_id == 0 for r in records)
        return records, full

    def close(self) -> None:
        self._connection.close()
