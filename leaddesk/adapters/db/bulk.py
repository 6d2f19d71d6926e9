"""Loading many rows fast, below the ORM: ``executemany`` on SQLite, ``COPY`` on PostgreSQL.

Used by the demo generator and imports. Inbox indexes are dropped during a large load
and built once at the end, which is several times faster than keeping them up to date
row by row.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from itertools import islice

from sqlalchemy import Engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex

from leaddesk.adapters.db.rollup_writes import ROLLUP_TABLES, rebuild_rollups
from leaddesk.adapters.db.schema import Base
from leaddesk.domain.timefmt import to_us

LEAD_TABLES = [
    "chat_visitors", "lead_search", "attachments", "invoice_items", "invoices", "deals",
    "audit_events",
    "messages", "leads", "contact_identities", "contacts", *ROLLUP_TABLES,
]
_DEFERRED_INDEXES = [
    *Base.metadata.tables["leads"].indexes, *Base.metadata.tables["messages"].indexes
]
CHUNK = 5000


class SqlBulkLoader:
    """A bulk load in one transaction; ``finish()`` commits and rebuilds the indexes."""

    def __init__(self, engine: Engine, *, defer_indexes: bool = True) -> None:
        self._engine = engine
        self._dialect = engine.dialect.name
        self._raw = engine.raw_connection()
        self._cursor = self._raw.cursor()
        self._defer = defer_indexes
        self._dropped = False
        if self._dialect == "sqlite":
            # The loader writes consistent rows itself; checking every foreign key and
            # flushing a small page cache cost about a tenth of a million-lead load.
            self._cursor.execute("PRAGMA foreign_keys=OFF")
            self._cursor.execute("PRAGMA cache_size=-262144")
            self._cursor.execute("PRAGMA synchronous=OFF")
            self._cursor.execute("BEGIN IMMEDIATE")

    def wipe_leads(self) -> None:
        """Delete every lead and what hangs on it (contacts too): the demo starts clean."""
        for table in LEAD_TABLES:
            self._cursor.execute(f"DELETE FROM {table}")

    def drop_indexes(self) -> None:
        if not self._defer or self._dropped:
            return
        for index in _DEFERRED_INDEXES:
            self._cursor.execute(f"DROP INDEX IF EXISTS {index.name}")
        self._dropped = True

    def next_id(self, table: str) -> int:
        self._cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")
        return int(self._cursor.fetchone()[0])

    def insert(self, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
        rows = iter(rows)
        if self._dialect == "postgresql":
            cols = ", ".join(columns)
            with self._cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        while chunk := list(islice(rows, CHUNK)):
            self._cursor.executemany(sql, chunk)

    def finish(self) -> None:
        """Commit, rebuild dropped indexes, reset sequences and refresh planner statistics,
        then count the leads into the report rollups (about 10 s per million leads).

        A change record for lead 0 goes in with the load: every open desk reloads everything.
        """
        self._cursor.execute(
            "INSERT INTO change_log (at, entity, entity_id, kind) "
            f"VALUES ({to_us(datetime.now(UTC))}, 'lead', 0, 'updated')"
        )
        if self._dropped:
            dialect = (postgresql.dialect() if self._dialect == "postgresql"
                       else sqlite.dialect())
            for index in _DEFERRED_INDEXES:  # as declared, partial ones with their WHERE
                self._cursor.execute(str(CreateIndex(index, if_not_exists=True)
                                         .compile(dialect=dialect)))
        if self._dialect == "postgresql":
            for table in ("contacts", "contact_identities", "leads", "messages", "deals",
                          "audit_events", "users", "channels", "reject_reasons", "change_log"):
                self._cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"GREATEST((SELECT MAX(id) FROM {table}), 1))"
                )
            self._raw.commit()
            self._cursor.execute("ANALYZE")
            self._raw.commit()
        else:
            self._cursor.execute("COMMIT")
            self._cursor.execute("PRAGMA analysis_limit=400")
            self._cursor.execute("ANALYZE")
        self.close()
        with self._engine.begin() as connection:
            rebuild_rollups(connection)

    def abort(self) -> None:
        try:
            if self._dialect == "sqlite":
                self._cursor.execute("ROLLBACK")
            else:
                self._raw.rollback()
        finally:
            self.close()

    def close(self) -> None:
        """Give the connection back to the pool as the engine set it up."""
        if self._dialect == "sqlite":
            self._cursor.execute("PRAGMA synchronous=NORMAL")
            self._cursor.execute("PRAGMA cache_size=-2000")
            self._cursor.execute("PRAGMA foreign_keys=ON")
        self._raw.close()

