"""Following the change log from one desk.

SQLite: ``PRAGMA data_version`` on a connection of its own changes when any other
connection commits, so a poll that finds it unchanged costs a few microseconds and
reads nothing else; ``wait()`` just sleeps a short step. PostgreSQL (team mode): an
AUTOCOMMIT connection of the feed's own listens on ``leaddesk_changes``, which a trigger
on ``change_log`` notifies at every commit that wrote change records, so ``wait()``
returns the moment another desk commits. Either way, the change log is the truth: a
missed wake-up costs nothing but latency.
"""

from __future__ import annotations

import time

import psycopg
from sqlalchemy import Engine

from leaddesk.domain.changes import ChangeRecord
from leaddesk.domain.codes import ChangeKind, Entity

MAX_RECORDS = 2000
CHANNEL = "leaddesk_changes"
SQLITE_STEP = 0.2  # seconds; a data_version poll costs microseconds
GAP_SECONDS = 10.0  # how long a missing id may still turn up (a slow transaction)
RECENT_IDS = 256  # ids handed to transactions still open when the feed starts lie here
CONNECT_TIMEOUT = 5  # seconds, so a reconnect attempt to a vanished server gives up


class SqlChangeFeed:
    """Implements ``leaddesk.services.ports.ChangeFeed``. Use from one thread only.

    On PostgreSQL, ``change_log.id`` comes from a sequence handed out when a row is
    inserted, and transactions commit in any order: id 8 may be visible while id 7 is
    still in an open transaction. So the poll keeps the highest id delivered and the ids
    below it not seen yet (the gaps; equivalently a low-water mark and the ids delivered
    above it), asks for both each time, and gives a gap up after ``GAP_SECONDS`` (a
    rolled-back transaction leaves one for good). SQLite has one writer at a time, so
    its ids appear in order and ``id > last`` is enough.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._broken = False
        self._listener: psycopg.Connection | None = None
        self._gaps: dict[int, float] = {}  # missing id -> when to give up on it
        self._connection = engine.raw_connection()
        try:
            if self._sqlite:
                self._data_version = self._query_one("PRAGMA data_version")
                self._last_seq = self._query_one("SELECT COALESCE(MAX(id), 0) FROM change_log")
            else:
                # LISTEN before reading where the log stands: a commit in between is
                # then both notified and found by the next poll
                self._listener = self._listen()
                self._start_from_now()
        except Exception:
            self.close()
            raise

    def _listen(self) -> psycopg.Connection:
        cargs, cparams = self._engine.dialect.create_connect_args(self._engine.url)
        cparams.setdefault("connect_timeout", CONNECT_TIMEOUT)
        listener = psycopg.connect(*cargs, **cparams, autocommit=True)
        listener.execute(f"LISTEN {CHANNEL}")
        return listener

    def _start_from_now(self) -> None:
        """Deliver nothing committed so far, but treat the missing ids among the most
        recent ones as gaps: they may belong to transactions still open."""
        rows = self._fetch(
            "SELECT id FROM change_log WHERE id > "
            "(SELECT COALESCE(MAX(id), 0) FROM change_log) - %s", (RECENT_IDS,))
        seen = {int(row[0]) for row in rows}
        self._last_seq = max(seen, default=0)
        deadline = time.monotonic() + GAP_SECONDS
        low = max(self._last_seq - RECENT_IDS, 0)
        self._gaps = {i: deadline for i in range(low + 1, self._last_seq) if i not in seen}

    def _fetch(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            cursor = self._connection.cursor()
            try:
                cursor.execute(sql, params) if params else cursor.execute(sql)
                rows = cursor.fetchall()
            finally:
                cursor.close()
            if not self._sqlite:
                self._connection.commit()  # the next statement sees what committed since
        except Exception:
            self._broken = True
            raise
        return rows

    def _query_one(self, sql: str) -> int:
        return int(self._fetch(sql)[0][0])

    def wait(self, timeout: float) -> None:
        """Return when another connection may have committed changes, at the latest after
        ``timeout`` seconds. Raises when the database connection is gone."""
        if self._listener is None:
            time.sleep(min(timeout, SQLITE_STEP))
            return
        try:
            for _notify in self._listener.notifies(timeout=timeout, stop_after=1):
                pass
            for _notify in self._listener.notifies(timeout=0):
                pass  # one poll answers for every commit already notified
        except Exception:
            self._broken = True
            raise

    def poll(self) -> tuple[list[ChangeRecord], bool]:
        """Return the change records committed since the last poll, and whether there were
        so many that the caller should simply reload everything."""
        if self._sqlite:
            version = self._query_one("PRAGMA data_version")
            if version == self._data_version:
                return [], False
            self._data_version = version
            rows = self._fetch(
                "SELECT id, entity, entity_id, kind FROM change_log "
                f"WHERE id > ? ORDER BY id LIMIT {MAX_RECORDS + 1}", (self._last_seq,))
        else:
            now = time.monotonic()
            self._gaps = {i: until for i, until in self._gaps.items() if until > now}
            rows = self._fetch(
                "SELECT id, entity, entity_id, kind FROM change_log "
                f"WHERE id > %s OR id = ANY(%s) ORDER BY id LIMIT {MAX_RECORDS + 1}",
                (self._last_seq, sorted(self._gaps)))
        if not rows:
            return [], False
        if len(rows) > MAX_RECORDS:
            if self._sqlite:
                self._last_seq = self._query_one("SELECT COALESCE(MAX(id), 0) FROM change_log")
            else:
                self._start_from_now()
            return [], True
        if self._sqlite:
            self._last_seq = int(rows[-1][0])
        else:
            self._note_delivered([int(row[0]) for row in rows])
        records = []
        for seq, entity, entity_id, kind in rows:
            try:
                records.append(ChangeRecord(int(seq), Entity(entity), int(entity_id),
                                            ChangeKind(kind)))
            except ValueError:
                continue  # written by a newer LeadDesk: ignore what we do not know
        full = any(r.entity is Entity.LEAD and r.entity_id == 0 for r in records)
        return records, full

    def _note_delivered(self, ids: list[int]) -> None:
        """Move the highest id delivered up; every id skipped on the way is a gap."""
        deadline = time.monotonic() + GAP_SECONDS
        for seq in ids:  # in order
            if seq <= self._last_seq:
                self._gaps.pop(seq, None)
                continue
            skipped = range(max(self._last_seq + 1, seq - MAX_RECORDS), seq)
            self._gaps.update(dict.fromkeys(skipped, deadline))
            self._last_seq = seq

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._broken:
            self._connection.invalidate()  # not back into the pool
        else:
            self._connection.close()
