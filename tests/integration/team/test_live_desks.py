"""Team mode: what one desk does shows on every other desk within a second, over
PostgreSQL LISTEN/NOTIFY, and keeps doing so after the server restarts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy.engine import make_url

from leaddesk.bootstrap import open_desk
from leaddesk.domain.changes import ChangeRecord
from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity, LeadStatus, Role
from leaddesk.services import workflow
from leaddesk.services.manual_leads import record_manual_lead
from leaddesk.services.ports import ChangeFeed
from leaddesk.services.rules import add_user
from leaddesk.ui.inbox_model import COLUMNS
from tests.helpers.cli import child_env
from tests.helpers.leads import add_lead, make_channels
from tests.helpers.postgres import PostgresServer
from tests.helpers.window import open_window

LIVE_SECONDS = 1.0


def follow(feed: ChangeFeed, wanted: Callable[[ChangeRecord], bool],
           timeout: float = LIVE_SECONDS) -> ChangeRecord:
    """Wait and poll as the watcher thread does until a record is ``wanted`` and return it;
    fail when it takes longer than ``timeout`` seconds."""
    started = time.monotonic()
    while (left := started + timeout - time.monotonic()) > 0:
        feed.wait(left)
        records, _full = feed.poll()
        for record in records:
            if wanted(record):
                return record
    raise AssertionError(f"no such change within {timeout} s")


def names(entity: Entity, entity_id: int, kind: ChangeKind | None = None):
    return lambda r: (r.entity is entity and r.entity_id == entity_id
                      and (kind is None or r.kind is kind))


def pg_connect(url: str, **kwargs) -> psycopg.Connection:
    parsed = make_url(url)
    return psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username,
                           dbname=parsed.database, **kwargs)


@pytest.fixture
def desks(pg_url):
    """Two desks on one team database, with channels and two people."""
    first, second = open_desk(pg_url), open_desk(pg_url)
    make_channels(first.uow_factory)
    anna = add_user(first.uow_factory, "anna", "Анна Котова", Role.DISPATCHER)
    boris = add_user(first.uow_factory, "boris", "Борис Лебедев", Role.MANAGER)
    yield first, second, anna, boris
    second.close()
    first.close()


def test_what_one_desk_does_reaches_the_other_within_a_second(desks):
    desk_a, desk_b, anna, boris = desks
    feed = desk_b.open_change_feed()
    try:
        lead_id = record_manual_lead(desk_a.uow_factory, anna, ChannelKind.PHONE, "Телефон",
                                     phone="+7 999 111-22-33", name="Ирина",
                                     text="Нужен замер")
        follow(feed, names(Entity.LEAD, lead_id, ChangeKind.CREATED))
        assert desk_b.reader.lead_card(lead_id).contact_name == "Ирина"

        workflow.assign_lead(desk_a.uow_factory, lead_id, anna, boris)
        follow(feed, names(Entity.LEAD, lead_id, ChangeKind.UPDATED))
        assert desk_b.reader.lead_card(lead_id).assignee == "Борис Лебедев"

        note_id = workflow.add_note(desk_a.uow_factory, lead_id, boris, "Перезвонить в 15:00")
        follow(feed, names(Entity.MESSAGE, note_id, ChangeKind.CREATED))

        inbound = add_lead(desk_a.uow_factory, 1, name="Пётр")
        follow(feed, names(Entity.LEAD, inbound, ChangeKind.CREATED))
        workflow.take_lead(desk_a.uow_factory, inbound, anna)
        follow(feed, names(Entity.LEAD, inbound, ChangeKind.UPDATED))
        workflow.reject_lead(desk_a.uow_factory, inbound, anna, None, "Спам")
        follow(feed, names(Entity.LEAD, inbound, ChangeKind.UPDATED))
        assert desk_b.reader.lead_card(inbound).status is LeadStatus.REJECTED
    finally:
        feed.close()


def test_a_lead_added_by_another_process_shows_in_the_window_within_a_second(
        qtbot, pg_url, tmp_path):
    desk = open_desk(pg_url)
    make_channels(desk.uow_factory)
    for n in range(1, 6):
        add_lead(desk.uow_factory, n)
    script = textwrap.dedent(f"""
        import time
        from leaddesk.bootstrap import open_desk
        from tests.helpers.leads import add_lead
        desk = open_desk({pg_url!r})
        add_lead(desk.uow_factory, 500, name="Новый звонок")
        print(time.monotonic(), flush=True)
        desk.close()
    """)
    try:
        with open_window(qtbot, desk, tmp_path) as window:
            assert window.model.rowCount() == 5
            child = subprocess.run([sys.executable, "-c", script], env=child_env(tmp_path),
                                   capture_output=True, text=True, timeout=60, check=True)
            committed = float(child.stdout.split()[-1])
            left_ms = int((committed + LIVE_SECONDS - time.monotonic()) * 1000)
            assert left_ms > 0, "the child took a second to exit after its commit"
            qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=left_ms)
            assert window.model.index(0, COLUMNS.index("contact")).data() == "Новый звонок"
    finally:
        desk.close()


@pytest.fixture
def own_server():
    """A PostgreSQL server of the test's own, to restart without disturbing other tests."""
    if os.environ.get("LEADDESK_SKIP_POSTGRES"):
        pytest.skip("LEADDESK_SKIP_POSTGRES is set")
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


def test_the_window_follows_again_after_the_postgres_server_restarts(qtbot, own_server,
                                                                     tmp_path):
    database = "d_" + uuid.uuid4().hex[:8]
    own_server.create_database(database)
    writer, desk = open_desk(own_server.url(database)), open_desk(own_server.url(database))
    make_channels(writer.uow_factory)
    add_lead(writer.uow_factory, 1)
    try:
        with open_window(qtbot, desk, tmp_path) as window:
            arrived = []
            window.watcher.changesArrived.connect(arrived.append)
            own_server.stop(remove=False)  # the first half of restart(), to look meanwhile
            qtbot.waitUntil(lambda: "Not following changes" in
                            window.connection_label.text(), timeout=3000)
            with qtbot.waitSignal(window.watcher.connectionRestored, timeout=10_000):
                own_server.start()
            assert window.connection_label.text() == ""
            qtbot.waitUntil(lambda: any(c.full_refresh for c in arrived), timeout=1000)

            started = time.monotonic()
            add_lead(writer.uow_factory, 2, name="После перезапуска")
            qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=1000)
            assert time.monotonic() - started < LIVE_SECONDS
            assert window.model.index(0, COLUMNS.index("contact")).data() == \
                "После перезапуска"
    finally:
        desk.close()
        writer.close()


def test_a_change_committed_after_a_later_one_is_still_delivered(desks, pg_url):
    _desk_a, desk_b, _anna, _boris = desks
    feed = desk_b.open_change_feed()
    insert = ("INSERT INTO change_log (at, entity, entity_id, kind) "
              "VALUES (0, 'lead', %s, 'updated') RETURNING id")
    try:
        with pg_connect(pg_url) as slow, pg_connect(pg_url) as quick:
            slow_id = slow.execute(insert, (101,)).fetchone()[0]  # stays open
            quick_id = quick.execute(insert, (102,)).fetchone()[0]
            quick.commit()
            assert slow_id < quick_id
            record = follow(feed, names(Entity.LEAD, 102))
            assert record.seq == quick_id
            slow.commit()
            record = follow(feed, names(Entity.LEAD, 101))
            assert record.seq == slow_id
            assert feed.poll() == ([], False)  # and neither comes twice
    finally:
        feed.close()


def test_a_desk_opened_while_another_commits_still_gets_that_change(desks, pg_url):
    _desk_a, desk_b, _anna, _boris = desks
    insert = ("INSERT INTO change_log (at, entity, entity_id, kind) "
              "VALUES (0, 'lead', %s, 'updated') RETURNING id")
    with pg_connect(pg_url) as slow, pg_connect(pg_url, autocommit=True) as quick:
        slow.execute(insert, (201,))  # stays open while the desk starts following
        quick.execute(insert, (202,))
        feed = desk_b.open_change_feed()
        try:
            slow.commit()
            follow(feed, names(Entity.LEAD, 201))
        finally:
            feed.close()
