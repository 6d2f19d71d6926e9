"""Eight managers at eight desks grab leads from the pool at once: every lead ends up
with exactly one of them, taken once, and nobody's take is lost."""

from __future__ import annotations

import random
import threading
import uuid
from collections import Counter
from zoneinfo import ZoneInfo

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import Role
from leaddesk.domain.inbox import ASSIGNEE_POOL, InboxFilter
from leaddesk.services import workflow
from leaddesk.services.people import put_person
from leaddesk.services.queries import list_leads
from leaddesk.services.workflow_errors import AlreadyTaken

WORKERS = 8
LEADS = 5000


def test_eight_desks_take_five_thousand_pool_leads_each_exactly_once(team):
    suffix = uuid.uuid4().hex[:6]
    admin = open_desk(team.admin_url)
    people = []
    for n in range(WORKERS):
        login, password = f"m{n}_{suffix}", f"secret {n}"
        person, _new = put_person(admin.uow_factory, login, f"Менеджер {n}", Role.MANAGER,
                                  password)
        people.append((person, team.server.url(team.database, login, password)))
    admin.close()
    template = team.leads["pool"][0]
    with team.admin() as connection:
        connection.execute(
            "INSERT INTO leads (channel_id, channel_kind, source, contact_id, status, "
            "assignee_id, warmth, score, subject, preview, received_at, pool_role, "
            "unstaffed, warmth_manual, version) "
            "SELECT channel_id, channel_kind, source, contact_id, 'new', NULL, warmth, "
            "score, 'Пул ' || n, preview, received_at - n::bigint * 600000000, 'manager', "
            "false, false, 1 "
            "FROM leads, generate_series(1, %s) AS n WHERE id = %s",  # every 10 min back
            (LEADS, template))
        pool = {row[0] for row in connection.execute(
            "SELECT id FROM leads WHERE pool_role = 'manager' AND assignee_id IS NULL")}
    assert len(pool) >= LEADS

    wins: dict[int, list[int]] = {}
    conflicts = Counter()
    failures: list[BaseException] = []
    start = threading.Barrier(WORKERS)

    def work(person, url) -> None:
        desk = open_desk(url)
        mine = wins.setdefault(person.id, [])
        pool_filter = InboxFilter(assignee=ASSIGNEE_POOL, me=person.id,
                                  my_role=Role.MANAGER.value)
        try:
            start.wait()
            while True:
                # the top of the pool, as a person sees it, and a few of them at random
                page = [row["id"] for row in list_leads(desk.reader, pool_filter, 200,
                                                          ZoneInfo("UTC"))]
                if not page:
                    return
                random.shuffle(page)
                for lead_id in page[:25]:
                    try:
                        workflow.take_lead(desk.uow_factory, lead_id, person.id)
                        mine.append(lead_id)
                    except AlreadyTaken:
                        conflicts[person.id] += 1
        except BaseException as error:  # reported below, not lost in the thread
            failures.append(error)
        finally:
            desk.close()

    threads = [threading.Thread(target=work, args=pair) for pair in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not failures, failures
    taken = [lead for leads in wins.values() for lead in leads]
    assert len(taken) == len(set(taken)) == len(pool)  # each lead won by one desk only
    assert set(taken) == pool
    assert sum(conflicts.values()) > 0  # they really did collide
    assert all(wins[person.id] for person, _url in people)
    with team.admin() as connection:
        owners = dict(connection.execute(
            "SELECT id, assignee_id FROM leads WHERE id = ANY(%s)", (list(pool),)).fetchall())
        takes = Counter(row[0] for row in connection.execute(
            "SELECT lead_id FROM audit_events WHERE action = 'taken' AND lead_id = ANY(%s)",
            (list(pool),)))
    for person, _url in people:
        for lead_id in wins[person.id]:
            assert owners[lead_id] == person.id
    generated = pool - set(team.leads["pool"])  # the fixture's were taken once before
    assert {takes[lead] for lead in generated} == {1}
