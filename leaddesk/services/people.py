"""The people who work at the desks: adding them, their role, and (in team mode) their
own database login, through which PostgreSQL enforces what their role may do."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from leaddesk.domain.codes import ChangeKind, Entity, Role
from leaddesk.services.ports import UnitOfWorkFactory, UserInfo

LOGIN_RULE = "lowercase letters, digits, _ . - (starting with a letter or _), up to 63"


class PeopleError(ValueError):
    """A person cannot be added as asked; the message says why in one sentence."""


def _valid_login(login: str) -> str:
    login = login.strip()
    if not re.fullmatch(r"[a-z_][a-z0-9_.\-]{0,62}", login):
        raise PeopleError(f"the login {login!r} is not allowed: use {LOGIN_RULE}")
    if login.startswith("pg_") or login.startswith("leaddesk_") or login in (
            "postgres", "public"):
        raise PeopleError(f"the login {login!r} is reserved: choose another")
    return login


def put_person(uow_factory: UnitOfWorkFactory, login: str, name: str, role: Role,
               password: str | None = None, now: datetime | None = None) -> tuple[UserInfo, bool]:
    """Add the person ``login`` (or update the name and role of the one there is), and on a
    team database give them a login with ``password`` in ``role``'s group.

    Returns the person and whether they were new. Raises PeopleError for bad input and
    NotPermitted when the database login running this may not create logins.
    """
    login = _valid_login(login)
    name = " ".join(name.split())
    if not name:
        raise PeopleError("give the person's name (--name)")
    if password is not None and not password:
        raise PeopleError("the password is empty")
    with uow_factory() as uow:
        store = uow.store
        if password is not None and not store.team_logins_supported():
            raise PeopleError("this is a database on this computer only: people sign in "
                              "without passwords here; passwords are for a team database "
                              "(PostgreSQL)")
        existing = store.user_by_login(login)
        if existing is None:
            user_id = store.add_user(login=login, name=name, role=role.value, rank=0,
                                     active=True, created_at=now or datetime.now(UTC))
            uow.changed(Entity.USER, user_id, ChangeKind.CREATED)
        else:
            user_id = existing.id
            store.update_user(user_id, name=name, role=role.value, active=True)
            uow.changed(Entity.USER, user_id, ChangeKind.UPDATED)
        if store.team_logins_supported() and (password is not None
                                              or store.login_exists(login)):
            store.put_database_login(login, role.value, password)
        person = store.user(user_id)
        uow.commit()
    assert person is not None
    return person, existing is None


def database_logins(uow_factory: UnitOfWorkFactory) -> set[str]:
    """The people's logins that may sign in to the team database (none on SQLite)."""
    with uow_factory() as uow:
        return uow.store.database_logins()
