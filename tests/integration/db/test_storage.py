"""Storage on SQLite and on a real PostgreSQL: the same schema, the same answers."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from leaddesk.adapters.db import migrate
from leaddesk.adapters.db.engine import make_engine, normalize_url
from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind, Entity, IdentityKind, LeadStatus
from leaddesk.domain.inbox import ASSIGNEE_UNASSIGNED, InboxFilter
from leaddesk.domain.paging import plan_page
from leaddesk.services.intake import InboundRequest, UnknownChannel, record_inbound_lead
from tests.helpers.leads import BASE, add_lead, make_channels


@pytest.fixture
def desk(db_url):
    context = open_desk(db_url)
    make_channels(context.uow_factory)
    yield context
    context.close()


def test_a_new_database_gets_every_table_at_the_newest_revision(db_url):
    context = open_desk(db_url)
    context.close()
    engine = make_engine(db_url)
    tables = set(inspect(engine).get_table_names())
    assert {"leads", "messages", "contacts", "contact_identities", "change_log",
            "lead_rollup", "lead_search", "invoices", "shifts", "sync_state"} <= tables
    assert migrate.current_revision(engine) == migrate.head_revision()
    # Opening again migrates nothing and keeps the data.
    assert migrate.upgrade(engine) == (migrate.head_revision(), migrate.head_revision())
    engine.dispose()


def test_an_inbound_request_becomes_a_lead_with_its_contact_and_message(desk):
    lead_id = add_lead(desk.uow_factory, 1, name="Анна Смирнова", email="Anna@Mail.ru",
                       phone="8 (912) 000-11-22")
    card = desk.reader.lead_card(lead_id)
    assert card.contact_name == "Анна Смирнова"
    assert card.status is LeadStatus.NEW
    assert card.channel is ChannelKind.EMAIL
    assert {(i.kind, i.value) for i in card.identities} == {
        (IdentityKind.EMAIL, "Anna@Mail.ru"), (IdentityKind.PHONE, "8 (912) 000-11-22")}
    assert [m.text for m in card.messages] == [
        "Здравствуйте! Сколько стоит доставка заказа номер 1?"]
    assert card.received_at == BASE.replace(minute=1)
    assert [h.action for h in card.history] == ["received"]


def test_a_known_customer_is_recognised_by_any_of_their_addresses(desk):
    first = add_lead(desk.uow_factory, 1, name="Олег", email="oleg@example.ru")
    second = add_lead(desk.uow_factory, 2, name="Олег К.", email="OLEG@example.ru",
                      phone="+7 999 123-45-67")
    third = add_lead(desk.uow_factory, 3, name="", phone="89991234567")
    contacts = {desk.reader.lead_card(i).contact_id for i in (first, second, third)}
    assert len(contacts) == 1


def test_every_write_leaves_a_change_record_in_the_same_transaction(desk):
    feed = desk.open_change_feed()
    lead_id = add_lead(desk.uow_factory, 1)
    records, full = feed.poll()
    assert not full
    assert (Entity.LEAD, lead_id) in {(r.entity, r.entity_id) for r in records}
    # A failed write leaves neither data nor record behind.
    with pytest.raises(UnknownChannel):
        record_inbound_lead(desk.uow_factory, InboundRequest("нет такого", BASE, "x"))
    assert feed.poll() == ([], False)
    assert desk.reader.lead_total() == 1
    feed.close()


def test_search_finds_russian_words_by_prefix_whatever_their_case(desk):
    window = add_lead(desk.uow_factory, 1, text="Нужны ПЛАСТИКОВЫЕ окна на дачу")
    add_lead(desk.uow_factory, 2, text="Вопрос про доставку")
    by_email = add_lead(desk.uow_factory, 3, text="Просто вопрос", email="boss@zavod.ru")

    def found(words):
        flt = InboxFilter(search=words)
        return [r.lead_id for r in desk.reader.inbox_rows(flt, plan_page(0, 200, 10, {}))]

    assert found("пластиков") == [window]
    assert found("Окна дачу") == [window]
    assert found("zavod") == [by_email]
    assert found("ОКНА доставку") == []
    assert desk.reader.inbox_count(InboxFilter(search="вопрос")) == 2


def test_pages_read_next_to_known_pages_match_the_whole_filtered_list(desk):
    for n in range(1, 61):
        channel = "ВКонтакте" if n % 3 == 0 else "Почта продаж"
        add_lead(desk.uow_factory, n, channel=channel)
    flt = InboxFilter(channel=ChannelKind.VK)
    total = desk.reader.inbox_count(flt)
    assert total == 20
    everything = [r.lead_id for r in desk.reader.inbox_rows(flt, plan_page(0, 100, total, {}))]
    assert everything == sorted(everything, reverse=True)
    size = 6
    pages = {}
    for page in (2, 0, 3, 1):
        known = {p: (rows[0], rows[-1]) for p, rows in pages.items()}
        rows = [r.lead_id for r in desk.reader.inbox_rows(
            flt, plan_page(page, size, total, known))]
        assert rows == everything[page * size:(page + 1) * size]
        pages[page] = rows
    assert desk.reader.inbox_position(flt, everything[7]) == 7
    assert desk.reader.inbox_position(flt, everything[0] - 1) is None  # not a VK lead


def test_unassigned_and_status_filters(desk):
    for n in range(1, 6):
        add_lead(desk.uow_factory, n)
    assert desk.reader.inbox_count(InboxFilter(assignee=ASSIGNEE_UNASSIGNED)) == 5
    assert desk.reader.inbox_count(InboxFilter(status=LeadStatus.NEW)) == 5
    assert desk.reader.inbox_count(InboxFilter(status=LeadStatus.REJECTED)) == 0


def test_the_rollup_counts_leads_per_hour_in_step_with_the_leads(desk, db_url):
    for n in range(1, 5):
        add_lead(desk.uow_factory, n, minutes=n * 40)  # 09:40 .. 11:40 UTC
    engine = create_engine(normalize_url(db_url))
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT local_hour, SUM(leads) FROM lead_rollup GROUP BY local_hour "
            "ORDER BY local_hour")).all()
    engine.dispose()
    # Moscow time is UTC+3: 12:40, 13:20, 14:00, 14:40.
    assert [tuple(r) for r in rows] == [(12, 1), (13, 1), (14, 2)]


def test_open_desks_reload_everything_after_a_bulk_load(db_url):
    from datetime import UTC, datetime

    from leaddesk.domain.timefmt import company_zone
    from leaddesk.services.demo import fill_demo

    desk = open_desk(db_url)
    feed = desk.open_change_feed()
    fill_demo(desk.open_bulk_loader(), leads=50, seed=1, now=datetime(2026, 11, 20, tzinfo=UTC),
              zone=company_zone("Europe/Moscow"))
    _records, full = feed.poll()
    assert full
    assert desk.reader.lead_total() == 50
    feed.close()
    desk.close()
