"""Wiring: the one place that sees every layer. Tests call it with their own URLs."""

from __future__ import annotations

import logging

from sqlalchemy.engine import make_url

from leaddesk.adapters.channels.connector import ChannelConnector
from leaddesk.adapters.db import migrate
from leaddesk.adapters.db.bulk import SqlBulkLoader
from leaddesk.adapters.db.change_feed import SqlChangeFeed
from leaddesk.adapters.db.engine import (
    default_database_url,
    make_engine,
    make_read_engine,
    normalize_url,
)
from leaddesk.adapters.db.read_model import SqlReadModel
from leaddesk.adapters.db.unit_of_work import unit_of_work_factory
from leaddesk.adapters.secrets import KeyringSecrets
from leaddesk.services.context import DeskContext

log = logging.getLogger(__name__)


class DatabaseNotReady(RuntimeError):
    """The database is missing its schema or has an older one, and may not be migrated here."""


def database_label(url: str) -> str:
    """The URL without its password, for people to read."""
    parsed = make_url(normalize_url(url))
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def open_desk(url: str | None = None, *, run_migrations: bool = True,
              actor_id: int | None = None) -> DeskContext:
    """Open the database at ``url`` (default: the user's SQLite file) and wire the services.

    Args:
        url: a SQLAlchemy URL, ``postgresql://...`` or a file path.
        run_migrations: bring the schema up to date first; when False, a database that is
            not up to date raises DatabaseNotReady.
        actor_id: the user the writes are recorded for.
    """
    url = normalize_url(url or default_database_url())
    engine = make_engine(url)
    if run_migrations:
        before, after = migrate.upgrade(engine)
        if before != after:
            log.info("database %s migrated from %s to %s", database_label(url), before, after)
    elif migrate.current_revision(engine) != migrate.head_revision():
        engine.dispose()
        raise DatabaseNotReady(database_label(url))
    read_engine = make_read_engine(url)
    context = DeskContext(
        reader=SqlReadModel(read_engine),
        uow_factory=unit_of_work_factory(engine, actor_id),
        open_change_feed=lambda: SqlChangeFeed(read_engine),
        open_bulk_loader=lambda: SqlBulkLoader(engine),
        database_label=database_label(url),
        is_team=engine.dialect.name != "sqlite",
        secrets=KeyringSecrets(),
        connector=ChannelConnector(),
    )
    context.close_hooks += [engine.dispose, read_engine.dispose]
    return context
