"""A team database on the real PostgreSQL: the administrator, four people with their own
logins (two managers, a dispatcher, a supervisor) and a few leads of each kind."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import psycopg
import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind, Role
from leaddesk.services.context import DeskContext
from leaddesk.services.manual_leads import record_manual_lead
from leaddesk.services.people import put_person


@dataclass
class Person:
    login: str
    password: str
    id: int
    name: str


@dataclass
class Team:
    server: object
    database: str
    admin_url: str
    people: dict[str, Person] = field(default_factory=dict)
    leads: dict[str, list[int]] = field(default_factory=dict)
    _open: list[DeskContext] = field(default_factory=list)

    def url(self, who: str) -> str:
        person = self.people[who]
        return self.server.url(self.database, person.login, person.password)

    def desk(self, who: str) -> DeskContext:
        """The application opened with ``who``'s own login (closed at the end)."""
        context = open_desk(self.url(who))
        self._open.append(context)
        return context

    def connect(self, who: str) -> psycopg.Connection:
        """A plain psycopg connection with ``who``'s own login, as anyone could open."""
        person = self.people[who]
        return psycopg.connect(host="127.0.0.1", port=self.server.port, user=person.login,
                               password=person.password, dbname=self.database)

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self.server.port, user="postgres",
                               dbname=self.database, autocommit=True)


@pytest.fixture
def team(pg_server, pg_url):
    """anna and boris (managers), dina (dispatcher), sveta (supervisor); each manager has
    two leads of their own, two more wait in the managers' pool, one is unassigned."""
    database = pg_url.rsplit("/", 1)[1]
    admin = open_desk(pg_url)
    suffix = uuid.uuid4().hex[:6]
    team = Team(pg_server, database, pg_url)
    roles = {"anna": Role.MANAGER, "boris": Role.MANAGER, "dina": Role.DISPATCHER,
             "sveta": Role.SUPERVISOR}
    names = {"anna": "Анна Смирнова", "boris": "Борис Ковалёв", "dina": "Дина Орлова",
             "sveta": "Светлана Петрова"}
    for who, role in roles.items():
        login, password = f"{who}_{suffix}", f"пароль {who} {suffix}"
        person, _new = put_person(admin.uow_factory, login, names[who], role, password)
        team.people[who] = Person(login, password, person.id, names[who])
    for who in ("anna", "boris"):
        team.leads[who] = [
            record_manual_lead(admin.uow_factory, team.people[who].id, ChannelKind.PHONE,
                               "Звонки", phone=f"+7 912 000-{i}0-{n:02d}", name=f"Клиент {who} {n}",
                               text=f"Звонок {who} номер {n}")
            for n, i in ((1, 1), (2, 2))]
    pool = [record_manual_lead(admin.uow_factory, team.people["dina"].id, ChannelKind.PHONE,
                               "Звонки", phone=f"+7 912 111-00-{n:02d}", text=f"Пул {n}")
            for n in (1, 2)]
    unassigned = record_manual_lead(admin.uow_factory, team.people["dina"].id,
                                    ChannelKind.PHONE, "Звонки", phone="+7 912 222-00-01",
                                    text="Ничей")
    with team.admin() as connection:
        connection.execute("UPDATE leads SET assignee_id = NULL, pool_role = 'manager' "
                           "WHERE id = ANY(%s)", (pool,))
        connection.execute("UPDATE leads SET assignee_id = NULL, pool_role = NULL "
                           "WHERE id = %s", (unassigned,))
    team.leads["pool"] = pool
    team.leads["unassigned"] = [unassigned]
    yield team
    for context in team._open:
        context.close()
    admin.close()
    with pg_server._admin() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        for person in team.people.values():
            connection.execute(f'DROP ROLE IF EXISTS "{person.login}"')
