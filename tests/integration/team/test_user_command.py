"""``leaddesk user add``: the person and, on a team database, their own login in the
group of their role; the real command in a child process."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from tests.helpers.cli import leaddesk


def _connect(team, login: str, password: str) -> psycopg.Connection:
    return psycopg.connect(host="127.0.0.1", port=team.server.port, user=login,
                           password=password, dbname=team.database)


def _groups(team, login: str) -> set[str]:
    with team.admin() as connection:
        return {row[0] for row in connection.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s", (login,))}


def test_user_add_makes_a_login_that_signs_in_with_its_password_only(team):
    login = f"olga_{uuid.uuid4().hex[:6]}"
    added = leaddesk("user", "add", login, "--name", "Ольга Ильина", "--role", "manager",
                     "--password-stdin", db=team.admin_url, stdin="Зима 2026!\n")
    assert added.returncode == 0, added.stderr
    assert f"added: {login} — Ольга Ильина, manager with a database login" in added.stdout
    with _connect(team, login, "Зима 2026!") as connection:
        assert connection.execute("SELECT session_user").fetchone()[0] == login
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(team, login, "зима 2026!")
    assert _groups(team, login) == {"leaddesk_manager"}
    listed = leaddesk("user", "list", db=team.admin_url)
    assert any(line.startswith(login) and "Ольга Ильина" in line and "database login" in line
               for line in listed.stdout.splitlines())
    # the same login again with another role: the group follows, the password stays
    moved = leaddesk("user", "add", login, "--name", "Ольга Ильина", "--role", "dispatcher",
                     db=team.admin_url)
    assert moved.returncode == 0 and "updated" in moved.stdout
    assert _groups(team, login) == {"leaddesk_dispatcher"}
    with _connect(team, login, "Зима 2026!"):
        pass
    with team.admin() as connection:
        role = connection.execute("SELECT role FROM users WHERE login = %s",
                                  (login,)).fetchone()[0]
    assert role == "dispatcher"
    with team.admin() as connection:
        connection.execute(f'DROP OWNED BY "{login}"')
        connection.execute(f'DROP ROLE "{login}"')


def test_a_manager_cannot_add_people_with_their_own_login(team):
    refused = leaddesk("user", "add", "mallory", "--name", "Mallory", "--role", "supervisor",
                       "--password-stdin", db=team.url("anna"), stdin="x\n")
    assert refused.returncode == 2
    assert "may not create logins or change people" in refused.stderr
    with team.admin() as connection:
        assert connection.execute("SELECT count(*) FROM users WHERE login = 'mallory'"
                                  ).fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'"
                                  ).fetchone()[0] == 0


def test_on_this_computers_database_people_need_no_password(sqlite_url):
    refused = leaddesk("user", "add", "olga", "--name", "Ольга", "--role", "manager",
                       "--password-stdin", db=sqlite_url, stdin="x\n")
    assert refused.returncode == 2 and "passwords are for a team database" in refused.stderr
    added = leaddesk("user", "add", "olga", "--name", "Ольга", "--role", "manager",
                     db=sqlite_url)
    assert added.returncode == 0 and "added: olga" in added.stdout
    bad = leaddesk("user", "add", "Olga Smith", "--name", "Ольга", "--role", "manager",
                   db=sqlite_url)
    assert bad.returncode == 2 and "is not allowed" in bad.stderr
