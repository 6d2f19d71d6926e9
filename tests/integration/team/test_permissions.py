"""What each role may do is enforced by PostgreSQL itself: a person's own login, used
directly with psycopg (not through LeadDesk's buttons), gets no further than the role."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import psycopg
import pytest
from psycopg import errors

from leaddesk.domain.codes import LeadStatus, Role
from leaddesk.domain.duty import WeeklyShift
from leaddesk.domain.inbox import InboxFilter
from leaddesk.services import schedule, workflow
from leaddesk.services.people import put_person
from leaddesk.services.ports import NotPermitted
from leaddesk.services.queries import list_leads
from leaddesk.services.workflow_errors import AlreadyTaken, LeadChanged

UTC_ZONE = ZoneInfo("UTC")


def _ids(connection: psycopg.Connection, sql: str, *params) -> set[int]:
    return {row[0] for row in connection.execute(sql, params).fetchall()}


def test_a_manager_reads_only_their_own_and_the_pool_leads(team):
    anna, boris = team.leads["anna"], team.leads["boris"]
    with team.connect("anna") as connection:
        assert _ids(connection, "SELECT id FROM leads") == {*anna, *team.leads["pool"]}
        # nothing hanging off another manager's lead shows either
        assert not _ids(connection, "SELECT id FROM messages WHERE lead_id = ANY(%s)", boris)
        assert not _ids(connection, "SELECT rowid FROM lead_search WHERE rowid = ANY(%s)", boris)
        assert not _ids(connection, "SELECT id FROM audit_events WHERE lead_id = ANY(%s)", boris)
        assert _ids(connection, "SELECT lead_id FROM messages WHERE lead_id = ANY(%s)",
                    anna) == set(anna)


def test_a_manager_cannot_change_another_managers_lead_or_give_their_own_away(team):
    boris_lead, anna_lead = team.leads["boris"][0], team.leads["anna"][0]
    with team.connect("anna") as connection:
        taken = connection.execute("UPDATE leads SET assignee_id = %s WHERE id = %s",
                                   (team.people["anna"].id, boris_lead))
        assert taken.rowcount == 0  # invisible, so untouchable
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("UPDATE leads SET assignee_id = %s WHERE id = %s",
                               (team.people["boris"].id, anna_lead))
    with team.admin() as connection:
        owner = connection.execute("SELECT assignee_id FROM leads WHERE id = %s",
                                   (boris_lead,)).fetchone()[0]
    assert owner == team.people["boris"].id


def test_a_manager_cannot_touch_the_schedule_rules_or_people(team):
    anna = team.people["anna"]
    statements = [
        ("INSERT INTO shifts (user_id, channel_id, weekday, start_minute, end_minute) "
         "SELECT %s, id, 0, 0, 1440 FROM channels LIMIT 1", (anna.id,)),
        ("DELETE FROM shifts", ()),
        ("UPDATE channels SET sla_seconds = 1", ()),
        ("UPDATE users SET role = 'supervisor' WHERE login = %s", (anna.login,)),
        ("INSERT INTO users (login, name, role, rank, active, created_at) "
         "VALUES ('x', 'x', 'supervisor', 0, true, 0)", ()),
        ("INSERT INTO settings (key, value) VALUES ('company.time_zone', '{}')", ()),
    ]
    for sql, params in statements:
        with team.connect("anna") as connection, pytest.raises(errors.InsufficientPrivilege):
            connection.execute(sql, params)


def test_a_manager_cannot_raise_their_own_role(team):
    anna = team.people["anna"]
    for sql in (f'GRANT leaddesk_supervisor TO "{anna.login}"',
                f'ALTER ROLE "{anna.login}" SUPERUSER',
                f'ALTER ROLE "{anna.login}" CREATEROLE',
                "SET ROLE leaddesk_supervisor",
                f'REVOKE leaddesk_manager FROM "{anna.login}"'):
        with team.connect("anna") as connection, pytest.raises(
                (errors.InsufficientPrivilege, errors.InvalidGrantOperation)):
            connection.execute(sql)
    with team.admin() as connection:
        groups = _ids(connection, "SELECT 1 FROM pg_auth_members m JOIN pg_roles g "
                      "ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                      "WHERE u.rolname = %s AND g.rolname = 'leaddesk_supervisor'", anna.login)
    assert not groups


def test_a_dispatcher_sees_every_lead_and_assigns_any_but_not_the_schedule(team):
    every = {*team.leads["anna"], *team.leads["boris"], *team.leads["pool"],
             *team.leads["unassigned"]}
    with team.connect("dina") as connection:
        assert _ids(connection, "SELECT id FROM leads") == every
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("DELETE FROM shifts")
    desk = team.desk("dina")
    workflow.assign_lead(desk.uow_factory, team.leads["boris"][0], team.people["dina"].id,
                         team.people["anna"].id)
    workflow.reject_lead(desk.uow_factory, team.leads["unassigned"][0], team.people["dina"].id,
                         None, "спам")
    with team.connect("anna") as connection:
        assert team.leads["boris"][0] in _ids(connection, "SELECT id FROM leads")


def test_the_application_as_a_manager_shows_and_does_only_what_the_role_may(team):
    desk = team.desk("anna")
    anna = team.people["anna"]
    assert desk.signed_in == (anna.login, anna.id)
    shown = {row["id"] for row in list_leads(desk.reader, InboxFilter(), 100, UTC_ZONE)}
    assert shown == {*team.leads["anna"], *team.leads["pool"]}
    assert desk.reader.lead_total() == len(shown)
    # the pool lead is hers to take; another manager's lead is not there for her
    workflow.take_lead(desk.uow_factory, team.leads["pool"][0], anna.id)
    with pytest.raises(AlreadyTaken) as refused:
        workflow.take_lead(desk.uow_factory, team.leads["boris"][0], anna.id)
    assert refused.value.owner is None  # whose it is, she may not read
    # the service refuses a manager's schedule anyway; the database refuses it underneath
    shift = WeeklyShift(anna.id, 1, 0, 9 * 60, 18 * 60)
    with pytest.raises(NotPermitted), desk.uow_factory() as uow:
        schedule.write_schedule(uow, [shift], [], None, anna.id, datetime.now(UTC))
        uow.commit()
    with pytest.raises(NotPermitted):
        put_person(desk.uow_factory, anna.login, anna.name, Role.SUPERVISOR)


def test_a_supervisor_may_change_the_schedule(team):
    desk = team.desk("sveta")
    sveta = team.people["sveta"]
    shift = WeeklyShift(team.people["anna"].id, 1, 0, 9 * 60, 18 * 60)
    schedule.save_schedule(desk.uow_factory, sveta.id, [shift], [], "Europe/Moscow")
    assert schedule.load_schedule(desk.reader).shifts == (shift,)


def test_a_stale_edit_is_refused_with_the_name_of_who_changed_the_lead(team):
    lead = team.leads["anna"][1]
    anna_desk, dina_desk = team.desk("anna"), team.desk("dina")
    seen = anna_desk.reader.lead_card(lead).version
    workflow.postpone_lead(dina_desk.uow_factory, lead, team.people["dina"].id,
                           datetime(2099, 1, 1, tzinfo=UTC))
    with pytest.raises(LeadChanged) as refused:
        workflow.reject_lead(anna_desk.uow_factory, lead, team.people["anna"].id, None,
                             "дорого", expected_version=seen)
    assert refused.value.by == team.people["dina"].name
    fresh = anna_desk.reader.lead_card(lead)
    assert fresh.status is LeadStatus.POSTPONED and fresh.version > seen


def test_a_managers_search_finds_only_what_they_may_see(team):
    desk = team.desk("anna")
    searched = InboxFilter(search="звонок")
    found = {row["id"] for row in list_leads(desk.reader, searched, 100, UTC_ZONE)}
    assert found == set(team.leads["anna"])
    assert desk.reader.inbox_count(searched) == 2
    # the search function itself gives a manager nothing of other people's leads either
    with team.connect("anna") as connection:
        assert _ids(connection, "SELECT rowid FROM leaddesk_search('''звонок'':*')") == \
            set(team.leads["anna"])
    everyone = team.desk("dina")
    assert {row["id"] for row in list_leads(everyone.reader, searched, 100, UTC_ZONE)} == \
        {*team.leads["anna"], *team.leads["boris"]}
