"""Channel leases: only one desk runs a channel's intake worker at a time.

PostgreSQL (team mode): a session-level advisory lock, ``pg_try_advisory_lock(LeadDesk's
namespace, channel id)``, held by a connection of the lease's own (not from the pool, so
nothing else runs on it). The lock lives exactly as long as that session: when the desk
closes, crashes or loses the network, the server ends the session (TCP keepalives are set
short for it) and the lock is free for the next desk's try. The session's
``application_name`` is ``LeadDesk: <login>@<computer>``, so ``holder()`` names the desk
through ``pg_locks`` and ``pg_stat_activity``.

SQLite (one computer): a registry in this process, so two windows or threads of one
process do not run the same channel. Separate processes on one SQLite file are NOT
coordinated (a window and a headless ``leaddesk sync`` may both fetch a mailbox); storing
stays exactly-once all the same, since every message is unique by its external id.
"""

from __future__ import annotations

import getpass
import logging
import os
import socket
import threading
import weakref

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

NAMESPACE = 0x4C44736B  # "LDsk": the first key of every LeadDesk advisory lock
APP_PREFIX = "LeadDesk: "
# the server drops a silent desk's session (and so its lock) after about 10 + 3 * 5 s
SESSION_OPTIONS = ("-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 "
                   "-c tcp_keepalives_count=3 -c idle_session_timeout=0 "
                   "-c statement_timeout=15000")
# and the desk notices a dead connection within about 20 s instead of a quarter of an hour
CLIENT_OPTIONS = {"connect_timeout": 10, "keepalives": 1, "keepalives_idle": 10,
                  "keepalives_interval": 5, "keepalives_count": 3, "tcp_user_timeout": 20000}


def desk_name(login: str | None = None) -> str:
    """``login@computer``: the database login (or the computer's user) and the host name."""
    if not login:
        try:
            login = getpass.getuser()
        except Exception:  # no user name in the environment
            login = "?"
    return f"{login}@{socket.gethostname()}"


def channel_leases(engine: Engine, desk: str | None = None):
    """The ``open_channel_lease`` of a desk on ``engine``'s database."""
    if engine.dialect.name == "sqlite":
        return LocalChannelLeases(engine, desk)
    return PgChannelLeases(engine, desk)


class PgChannelLeases:
    """Opens ``PgChannelLease``s; their connections come from an engine without a pool."""

    def __init__(self, engine: Engine, desk: str | None = None) -> None:
        url = engine.url
        self.desk = desk or desk_name(url.username)
        options = " ".join(o for o in (url.query.get("options"), SESSION_OPTIONS) if o)
        application_name = (APP_PREFIX + self.desk).encode("ascii", "replace").decode()[:63]
        self._engine = create_engine(
            url, poolclass=NullPool,
            connect_args={**CLIENT_OPTIONS, "application_name": application_name,
                          "options": options})

    def __call__(self, channel_id: int) -> PgChannelLease:
        return PgChannelLease(self._engine, channel_id, self.desk)


class PgChannelLease:
    """Implements ``leaddesk.services.ports.ChannelLease`` on PostgreSQL."""

    def __init__(self, engine: Engine, channel_id: int, desk: str) -> None:
        self._engine = engine
        self._keys = {"ns": NAMESPACE, "ch": int(channel_id)}
        self._desk = desk
        self._connection: Connection | None = None
        self._held = False
        self._lock = threading.Lock()

    def _open(self) -> Connection:
        if self._connection is None:
            connection = self._engine.connect()
            self._connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        return self._connection

    def _drop(self) -> None:
        """Forget the session (closing it gives up the lock, if it still held one)."""
        connection, self._connection, self._held = self._connection, None, False
        if connection is not None:
            try:
                connection.close()
            except Exception:  # a dead connection: nothing more to close
                log.debug("closing a lease connection failed", exc_info=True)

    def _holds(self) -> bool:
        """Whether our session is alive and holds the lock (the caller has ``_lock``)."""
        if not self._held or self._connection is None:
            return False
        try:
            held = self._connection.execute(text(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' "
                "AND pid = pg_backend_pid() AND granted AND classid = CAST(:ns AS oid) "
                "AND objid = CAST(:ch AS oid) AND objsubid = 2)"), self._keys).scalar()
        except Exception:  # the session is gone, and the lock with it
            log.warning("the lease of channel %s was lost", self._keys["ch"], exc_info=True)
            held = False
        if not held:
            self._drop()
        return bool(held)

    def try_acquire(self) -> bool:
        with self._lock:
            if self._held and self._holds():
                return True
            try:
                got = self._open().execute(text(
                    "SELECT pg_try_advisory_lock(CAST(:ns AS integer), CAST(:ch AS integer))"),
                    self._keys).scalar()
            except Exception:
                self._drop()  # try a new session next time
                raise
            self._held = bool(got)
            return self._held

    def still_held(self) -> bool:
        with self._lock:
            return self._holds()

    def holder(self) -> str | None:
        with self._lock:
            if self._held:
                return self._desk
            try:
                row = self._open().execute(text(
                    "SELECT a.application_name, a.usename, host(a.client_addr) "
                    "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                    "WHERE l.locktype = 'advisory' AND l.granted "
                    "AND l.database = (SELECT oid FROM pg_database "
                    "                  WHERE datname = current_database()) "
                    "AND l.classid = CAST(:ns AS oid) AND l.objid = CAST(:ch AS oid) "
                    "AND l.objsubid = 2 LIMIT 1"), self._keys).first()
            except Exception:
                log.debug("could not tell who holds the lease", exc_info=True)
                self._drop()
                return None
        if row is None:
            return None
        application, user, address = row
        if application and application.startswith(APP_PREFIX):
            return application[len(APP_PREFIX):]
        if user:
            return f"{user}@{address}" if address else user
        return None

    def release(self) -> None:
        with self._lock:
            if self._held and self._connection is not None:
                try:
                    self._connection.execute(text(
                        "SELECT pg_advisory_unlock(CAST(:ns AS integer), "
                        "CAST(:ch AS integer))"), self._keys)
                except Exception:  # the session is gone: so is the lock
                    log.debug("unlocking a lease failed", exc_info=True)
            self._drop()


# -- SQLite: one process ------------------------------------------------------------------

_registry_lock = threading.Lock()
# (database, channel id) -> the lease holding it; a lease dropped unreleased (its thread
# died) lets go of the channel with it
_registry: weakref.WeakValueDictionary[tuple[str, int], LocalChannelLease] = \
    weakref.WeakValueDictionary()


class LocalChannelLeases:
    """Opens ``LocalChannelLease``s for an SQLite file."""

    def __init__(self, engine: Engine, desk: str | None = None) -> None:
        database = engine.url.database
        if database and database != ":memory:" and not database.startswith("file:"):
            self._database = os.path.realpath(database)
        else:
            self._database = f"{database}#{id(engine)}"
        self.desk = desk or desk_name()

    def __call__(self, channel_id: int) -> LocalChannelLease:
        return LocalChannelLease((self._database, int(channel_id)), self.desk)


class LocalChannelLease:
    """Implements ``leaddesk.services.ports.ChannelLease`` within this process only (see
    the module's docstring: other processes on the same SQLite file are not stopped)."""

    def __init__(self, key: tuple[str, int], desk: str) -> None:
        self._key = key
        self.desk = desk

    def try_acquire(self) -> bool:
        with _registry_lock:
            current = _registry.get(self._key)
            if current is None:
                _registry[self._key] = self
                return True
            return current is self

    def still_held(self) -> bool:
        with _registry_lock:
            return _registry.get(self._key) is self

    def holder(self) -> str | None:
        with _registry_lock:
            current = _registry.get(self._key)
        return None if current is None else current.desk

    def release(self) -> None:
        with _registry_lock:
            if _registry.get(self._key) is self:
                del _registry[self._key]
