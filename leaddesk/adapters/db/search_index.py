"""Full-text search over leads: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL.

Words match as prefixes and case is folded for Cyrillic too (SQLite's ``LIKE`` folds
ASCII only). Hits are ordered by lead id, i.e. arrival, so the first page is found
without ranking every hit.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Select,
    column,
    func,
    select,
    table,
    text,
)

SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS lead_search USING fts5("
    "doc, tokenize = 'unicode61 remove_diacritics 2')",
]
POSTGRES_DDL = [
    "CREATE TABLE IF NOT EXISTS lead_search ("
    "rowid BIGINT PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE, doc TEXT NOT NULL, "
    "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', "
    # Addresses and phones split into words, so 'zavod' finds boss@zavod.ru.
    "translate(doc, '@.-_+/:()<>,;', '              '))) STORED)",
    "CREATE INDEX IF NOT EXISTS ix_lead_search_tsv ON lead_search USING gin (tsv)",
]


def create(connection: Connection) -> None:
    ddl = SQLITE_DDL if connection.dialect.name == "sqlite" else POSTGRES_DDL
    for statement in ddl:
        connection.execute(text(statement))


def drop(connection: Connection) -> None:
    connection.execute(text("DROP TABLE IF EXISTS lead_search"))


_DELETE = text("DELETE FROM lead_search WHERE rowid = :id")
_INSERT = text("INSERT INTO lead_search (rowid, doc) VALUES (:id, :doc)")


def upsert(connection: Connection, lead_id: int, doc: str, new: bool = False) -> None:
    """Index ``doc`` for the lead (``new``: the lead has no entry yet)."""
    if not new:
        connection.execute(_DELETE, {"id": lead_id})
    connection.execute(_INSERT, {"id": lead_id, "doc": doc})


def hits_select(dialect: str, terms: list[str], below: int | None = None,
                wanted: int | None = None) -> tuple[Select, ColumnElement]:
    """The leads matching all ``terms`` as word prefixes: (a select of their ids labelled
    ``id``, the id column to order and compare by).

    PostgreSQL goes through ``leaddesk_search()`` (migration 0006), which matches first and
    then keeps the leads the signed-in person may see: under row-level security the server
    would check the row rule on every row of the index before a word match. Called as a
    function, it cannot see the page the caller wants, so the caller says: ids below
    ``below``, at most ``wanted`` of the newest (both optional; SQLite ignores them).
    """
    if dialect == "sqlite":
        query = " ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        hits = table("lead_search", column("rowid"), column("doc"))
        return (select(hits.c.rowid.label("id")).select_from(hits)
                .where(text("lead_search MATCH :q").bindparams(q=query)), hits.c.rowid)
    query = " & ".join("'" + t.replace("'", "''").replace("\\", "") + "':*" for t in terms)
    hits = func.leaddesk_search(query, below, wanted) \
        .table_valued(column("rowid", BigInteger)).alias("hits")
    return select(hits.c.rowid.label("id")).select_from(hits), hits.c.rowid
