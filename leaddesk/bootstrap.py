"""Wiring: the one place that sees every layer. Tests call it with their own URLs."""

from __future__ import annotations

import logging

from sqlalchemy.engine import make_url

from leaddesk.adapters.channels.connector import ChannelConnector
from leaddesk.adapters.db import migrate
from leaddesk.adapters.db.bulk import SqlBulkLoader
from leaddesk.adapters.db.change_feed import SqlChangeFeed
from leaddesk.adapters.db.channel_lease import channel_leases
from leaddesk.adapters.db.engine import (  # local_database_url: for the window's choice
    default_database_url,
    local_database_url,
    make_engine,
    make_read_engine,
    normalize_url,
)
from leaddesk.adapters.db.read_model import SqlReadModel
from leaddesk.adapters.db.team_logins import signed_in_person
from leaddesk.adapters.db.unit_of_work import unit_of_work_factory
from leaddesk.adapters.secrets import (  # database_secret_key: for the window's choice
    KeyringSecrets,
    database_secret_key,
    with_database_password,
)
from leaddesk.services.context import DeskContext

log = logging.getLogger(__name__)
__all__ = ["DatabaseNotReady", "database_label", "database_secret_key", "local_database_url",
           "open_desk"]


class DatabaseNotReady(RuntimeError):
    """The database is missing its schema or has an older one, and may not be migrated here.

    Attributes:
        schema: the ``migrate.SchemaState`` it was judged on (None when not looked at).
    """

    def __init__(self, message: str, schema: migrate.SchemaState | None = None) -> None:
        super().__init__(message)
        self.schema = schema


def database_label(url: str) -> str:
    """The URL without its password, for people to read."""
    parsed = make_url(normalize_url(url))
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    # URL.set() leaves a password given as None in place: replace the field itself
    return parsed._replace(drivername=parsed.get_backend_name(), password=None) \
        .render_as_string(hide_password=False)


def open_desk(url: str | None = None, *, run_migrations: bool = True,
              actor_id: int | None = None) -> DeskContext:
    """Open the database at ``url`` (default: the user's SQLite file) and wire the services.

    Args:
        url: a SQLAlchemy URL, ``postgresql://...`` or a file path. A PostgreSQL URL with
            a login but no password gets the password the keyring remembers for it.
        run_migrations: bring the schema up to date first, when the login may (see
            ``migrate.schema_state``); when False, or when it may not, a database that is
            not up to date raises DatabaseNotReady, whose message says what to do and whose
            ``schema`` is the ``migrate.SchemaState`` it was judged on.
        actor_id: the user the writes are recorded for.
    """
    url = normalize_url(url or default_database_url())
    target = make_url(with_database_password(url))
    if target.get_backend_name() == "postgresql" and "connect_timeout" not in target.query:
        target = target.update_query_dict({"connect_timeout": "10"})  # not minutes on a dead host
    connect_url = target.render_as_string(hide_password=False)
    engine = make_engine(connect_url)
    try:
        schema = migrate.schema_state(engine)
        if not schema.ready and run_migrations and schema.may_migrate and schema.known:
            before, after = migrate.upgrade(engine)
            log.info("database %s migrated from %s to %s", database_label(url), before, after)
        elif not schema.ready:
            raise DatabaseNotReady(migrate.not_ready_message(schema, url), schema)
    except BaseException:
        engine.dispose()
        raise
    read_engine = make_read_engine(connect_url)
    signed_in = signed_in_person(engine)
    if signed_in is not None:
        actor_id = signed_in[1]  # a person's login acts for that person, whatever was asked
    context = DeskContext(
        reader=SqlReadModel(read_engine),
        uow_factory=unit_of_work_factory(engine, actor_id),
        open_change_feed=lambda: SqlChangeFeed(read_engine),
        open_bulk_loader=lambda: SqlBulkLoader(engine),
        database_label=database_label(url),
        is_team=engine.dialect.name != "sqlite",
        secrets=KeyringSecrets(),
        connector=ChannelConnector(),
        open_channel_lease=channel_leases(engine),
        signed_in=signed_in,
    )
    context.close_hooks += [engine.dispose, read_engine.dispose]
    return context
