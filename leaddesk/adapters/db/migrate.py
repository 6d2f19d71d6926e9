"""Creating and upgrading the schema with Alembic, from inside the application."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL, make_url

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the newest schema. Returns (revision before, revision after)."""
    before = current_revision(engine)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return before, head_revision()


@dataclass(frozen=True)
class SchemaState:
    """Where a database's LeadDesk schema stands, and whether this login may bring it up.

    Attributes:
        current: the revision in the database; None when LeadDesk has never set it up.
        head: the newest revision this version of LeadDesk knows.
        known: False when ``current`` is from a newer LeadDesk (this one cannot use it).
        may_migrate: the login may create or update the schema here.
        admin_login: who may (the owner of LeadDesk's tables, else of the database), when
            known; for telling the person whom to ask.
    """

    current: str | None
    head: str
    known: bool
    may_migrate: bool
    admin_login: str | None = None

    @property
    def ready(self) -> bool:
        return self.current == self.head


def schema_state(engine: Engine) -> SchemaState:
    """Look at the schema without changing anything (connects: connection errors rise)."""
    scripts = ScriptDirectory.from_config(_config())
    head = scripts.get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        known = current is None or _known(scripts, current)
        if current == head:
            return SchemaState(current, head, known=True, may_migrate=True)
        may, admin = _migration_rights(connection)
    return SchemaState(current, head, known=known, may_migrate=may, admin_login=admin)


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:  # alembic raises its own errors for an unknown revision
        return False


def _migration_rights(connection: Connection) -> tuple[bool, str | None]:
    """(may this login create or update LeadDesk's schema, who may when it is known).

    SQLite: yes (a file the process can open). PostgreSQL: a superuser; else, when the
    schema exists, a member of the role owning its ``alembic_version`` table that may also
    create in the schema; on a database without it, one that may create in the schema.
    """
    if connection.dialect.name != "postgresql":
        return True, None
    row = connection.execute(text(
        "SELECT r.rolsuper,"
        " coalesce(has_schema_privilege(current_schema(), 'CREATE'), false),"
        " to_regclass('alembic_version') IS NOT NULL,"
        " (SELECT pg_has_role(current_user, c.relowner, 'USAGE')"
        "    FROM pg_class c WHERE c.oid = to_regclass('alembic_version')),"
        " (SELECT o.rolname FROM pg_class c JOIN pg_roles o ON o.oid = c.relowner"
        "   WHERE c.oid = to_regclass('alembic_version')),"
        " (SELECT o.rolname FROM pg_database d JOIN pg_roles o ON o.oid = d.datdba"
        "   WHERE d.datname = current_database())"
        " FROM pg_roles r WHERE r.rolname = current_user")).one()
    superuser, may_create, has_schema, owns_schema, table_owner, database_owner = row
    connection.rollback()
    if has_schema:
        return bool(superuser or (owns_schema and may_create)), table_owner
    return bool(superuser or may_create), database_owner


def init_command(state: SchemaState, url: str) -> str:
    """The command that sets up or updates the schema: on PostgreSQL, with the login that
    may (``postgresql://owner@host:5432/sales``, no password)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"leaddesk --db {parsed.database} init"
    login = parsed.username if state.may_migrate else state.admin_login or parsed.username
    target = URL.create("postgresql", username=login, host=parsed.host, port=parsed.port,
                        database=parsed.database)  # never the password
    return f"leaddesk --db {target.render_as_string(hide_password=False)} init"


def not_ready_message(state: SchemaState, url: str) -> str:
    """Why the database cannot be used as it is, in a sentence for people (English)."""
    if not state.known:
        return (f"This database was set up by a newer LeadDesk version (schema {state.current}; "
                f"this one knows up to {state.head}): install the newer LeadDesk here.")
    team = make_url(url).get_backend_name() != "sqlite"
    which = "This team database" if team else "This database"
    if state.current is None:
        problem = f"{which} is not set up for LeadDesk yet"
    else:
        problem = (f"{which} needs an update to this LeadDesk version "
                   f"(from {state.current} to {state.head})")
    if state.may_migrate:
        return f"{problem}: run {init_command(state, url)}"
    return (f"{problem}, and your login may not do it. Ask your administrator to run: "
            f"{init_command(state, url)}")
