"""People's own database logins in team mode (PostgreSQL), and who a session belongs to.

A person's login is a PostgreSQL role that can log in and is a member of exactly one of
the group roles made by migration 0006 (leaddesk_dispatcher, leaddesk_manager,
leaddesk_supervisor); what that group may do is enforced by the server (GRANTs and
row-level security). The password never travels in a statement: the SCRAM-SHA-256
verifier is computed here and the server stores it as it is, so server logs that record
statements hold no password.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import update

from leaddesk.adapters.db.schema import User
from leaddesk.domain.codes import Role

STAFF_GROUP = "leaddesk_staff"
GROUPS = {role: f"leaddesk_{role.value}" for role in Role}
# letters, digits and _ . - : a login is used as a PostgreSQL role name, always quoted
LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")
SCRAM_ITERATIONS = 4096


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677).

    NFKC stands in for SASLprep, which libpq applies on the client side too.
    """
    salt = salt or os.urandom(16)
    normalized = unicodedata.normalize("NFKC", password).encode()
    salted = hashlib.pbkdf2_hmac("sha256", normalized, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _quoted(login: str) -> str:
    if not LOGIN_PATTERN.match(login):
        raise ValueError(f"not a valid login: {login!r}")
    return f'"{login}"'


class PeopleStoreMixin:
    """People and their logins, inside a unit of work (part of ``SqlStore``)."""

    session: Session

    def update_user(self, user_id: int, **fields: Any) -> None:
        self.session.execute(update(User).where(User.id == user_id).values(**fields))

    def team_logins_supported(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    def login_exists(self, login: str) -> bool:
        if not self.team_logins_supported():
            return False
        return bool(self.session.scalar(
            text("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :login AND rolcanlogin)"),
            {"login": login}))

    def database_logins(self) -> set[str]:
        if not self.team_logins_supported():
            return set()
        return set(self.session.scalars(text(
            "SELECT u.login FROM users u JOIN pg_roles r ON r.rolname = u.login "
            "WHERE r.rolcanlogin")))

    def put_database_login(self, login: str, role: str, password: str | None) -> None:
        """Create the login (or change its password) and put it in ``role``'s group only.

        CREATE ROLE is transactional in PostgreSQL: it commits or rolls back with the
        person's row.
        """
        name = _quoted(login)
        verifier = scram_verifier(password) if password else None
        exists = self.session.scalar(
            text("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :login)"),
            {"login": login})
        if not exists:
            self.session.execute(text(f"CREATE ROLE {name} LOGIN"))
        if verifier:
            # a verifier is a literal of base64 and '$:': nothing in it needs escaping
            self.session.connection().exec_driver_sql(
                f"ALTER ROLE {name} LOGIN PASSWORD '{verifier}'")
        for other_role, group in GROUPS.items():
            if other_role.value != role:
                self.session.execute(text(f"REVOKE {group} FROM {name}"))
        self.session.execute(text(f"GRANT {GROUPS[Role(role)]} TO {name}"))
        database = self.session.scalar(text("SELECT current_database()"))
        quoted_database = '"' + str(database).replace('"', '""') + '"'
        self.session.execute(text(f"GRANT CONNECT ON DATABASE {quoted_database} TO {name}"))


def signed_in_person(engine: Engine) -> tuple[str, int | None] | None:
    """The login of the person this engine's sessions belong to and their id in users
    (None when the login has no person), or None for the administrator (a superuser, or a
    login outside LeadDesk's groups, such as the tables' owner) and on SQLite, where
    nobody signs in."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as connection:
        row = connection.execute(text(
            "SELECT session_user, rolsuper, pg_has_role(session_user, :staff, 'MEMBER') "
            "FROM pg_roles WHERE rolname = session_user AND EXISTS "
            "(SELECT FROM pg_roles WHERE rolname = :staff)"), {"staff": STAFF_GROUP}).first()
        if row is None or row[1] or not row[2]:
            return None
        user_id = connection.scalar(text("SELECT id FROM users WHERE login = session_user"))
    return str(row[0]), (int(user_id) if user_id is not None else None)
