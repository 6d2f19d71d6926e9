"""Opening the database: SQLite by default, PostgreSQL for a team."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

APP_NAME = "LeadDesk"


def local_database_url() -> str:
    """The SQLite file in the user's data directory: "this computer only"."""
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / 'leaddesk.db'}"


def default_database_url() -> str:
    """``LEADDESK_DB`` if set, else the SQLite file in the user's data directory."""
    return os.environ.get("LEADDESK_DB") or local_database_url()


def normalize_url(url: str) -> str:
    """Accept a bare file path or ``postgresql://`` and return a SQLAlchemy URL."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def is_sqlite(url: str) -> bool:
    return make_url(normalize_url(url)).get_backend_name() == "sqlite"


def make_engine(url: str, *, pool_size: int = 5) -> Engine:
    """Create an engine with the settings LeadDesk relies on.

    SQLite: WAL (readers keep reading while one desk writes), a 5 s busy timeout,
    foreign keys on, and ``BEGIN IMMEDIATE`` so a write transaction takes the lock
    up front instead of failing half-way.
    """
    url = normalize_url(url)
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, pool_size=pool_size, max_overflow=10, pool_pre_ping=True)
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    return _sqlite_engine(url, "BEGIN IMMEDIATE",
                          ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"])


def make_read_engine(url: str) -> Engine:
    """An SQLite engine whose transactions start deferred, for the read side.

    ``BEGIN IMMEDIATE`` would make every inbox page wait for a writer; reads in WAL mode
    need no lock. PostgreSQL needs no difference and gets a normal engine.
    """
    url = normalize_url(url)
    if make_url(url).get_backend_name() != "sqlite":
        return make_engine(url)
    return _sqlite_engine(url, "BEGIN", ["PRAGMA cache_size=-65536"])


def _sqlite_engine(url: str, begin: str, pragmas: list[str]) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # SQLAlchemy's BEGIN below, not the driver's
        cursor = dbapi_connection.cursor()
        for pragma in ["PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=ON", *pragmas]:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql(begin)

    return engine
