"""Importing a call log on SQLite and PostgreSQL: the dry run, the run, and a second run."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind, IdentityKind
from leaddesk.domain.csv_import import RowError, RowProblem, guess_mapping, parse_rows, read_table
from leaddesk.services.csv_import import (
    IMPORT_CHANNEL,
    ensure_import_channel,
    plan_import,
    run_import,
)
from leaddesk.services.intake import UnknownChannel, ensure_channel
from tests.helpers.leads import add_lead, make_channels

MOSCOW = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
CALL_LOG = (
    "Дата;Время;Номер абонента;Комментарий;Источник\r\n"
    "25.11.2026;14:03;8 (916) 123-45-67;Хочет окна на дачу;Яндекс.Директ\r\n"  # 2: new
    "25.11.2026;14:20;+7 912 555-11-22;Перезвонить;Яндекс.Директ\r\n"  # 3: known customer
    "25.11.2026;14:31;12;сорвался;\r\n"  # 4: no phone number
    "25.11.2026;15:00;8 916 123 45 67;Повторный звонок;\r\n"  # 5: the caller of line 2
    "25.11.2026;16:45;+7 903 000-00-01;\"Спросил цену\r\nи сроки\";Сайт\r\n"  # 6: new
).encode("cp1251")


@pytest.fixture
def desk(db_url):
    context = open_desk(db_url)
    make_channels(context.uow_factory)
    ensure_channel(context.uow_factory, ChannelKind.PHONE, "Телефон", 900)
    yield context
    context.close()


def rows_of(data: bytes):
    table = read_table(data)
    return table, list(parse_rows(table, guess_mapping(table.header), MOSCOW, NOW))


def contact_with_phone(desk, phone: str) -> int | None:
    with desk.uow_factory() as uow:
        return uow.store.contact_by_identity(IdentityKind.PHONE, phone)


def test_the_dry_run_counts_contacts_and_errors_and_writes_nothing(desk):
    known_lead = add_lead(desk.uow_factory, 1, name="Олег", phone="89125551122")
    known_contact = desk.reader.lead_card(known_lead).contact_id
    table, rows = rows_of(CALL_LOG)

    plan = plan_import(desk.uow_factory, "Телефон", rows, fingerprint=table.fingerprint)

    assert (plan.new_leads, plan.new_contacts, plan.known_contacts) == (4, 2, 1)
    assert plan.errors == [RowError(4, RowProblem.BAD_PHONE, "12")]
    assert [(r.line, r.action, r.contact_id) for r in plan.rows] == [
        (2, "create", None), (3, "attach", known_contact), (5, "attach", None),
        (6, "create", None)]
    assert plan.rows[1].contact_label == "Олег"
    assert plan.rows[2].contact_label == "+79161234567"  # the contact line 2 creates
    assert desk.reader.lead_total() == 1
    assert contact_with_phone(desk, "+79161234567") is None


def test_the_import_makes_leads_on_the_channel_and_finds_known_customers(desk):
    known_contact = desk.reader.lead_card(
        add_lead(desk.uow_factory, 1, name="Олег", phone="+7 912 555 11 22")).contact_id
    table, rows = rows_of(CALL_LOG)
    progress: list[tuple[int, int]] = []

    result = run_import(desk.uow_factory, "Телефон", rows, fingerprint=table.fingerprint,
                        progress=lambda done, total: progress.append((done, total)))

    assert result.created == 4 and len(result.lead_ids) == 4
    assert [e.line for e in result.errors] == [4]
    assert progress == [(4, 4)]
    cards = [desk.reader.lead_card(lead_id) for lead_id in result.lead_ids]
    assert {card.channel for card in cards} == {ChannelKind.PHONE}
    assert {card.channel_name for card in cards} == {"Телефон"}
    assert [card.source for card in cards] == ["Яндекс.Директ", "Яндекс.Директ", None, "Сайт"]
    assert cards[0].subject == "Хочет окна на дачу"
    assert cards[0].received_at == datetime(2026, 11, 25, 11, 3, tzinfo=UTC)
    assert cards[3].messages[0].text == "Спросил цену\nи сроки"
    assert cards[1].contact_id == known_contact
    assert cards[0].contact_id == cards[2].contact_id != known_contact
    assert cards[3].contact_id not in (known_contact, cards[0].contact_id)


def test_importing_the_same_file_twice_creates_nothing_the_second_time(desk):
    table, rows = rows_of(CALL_LOG)
    first = run_import(desk.uow_factory, "Телефон", rows, fingerprint=table.fingerprint)
    assert first.created == 4

    plan = plan_import(desk.uow_factory, "Телефон", rows, fingerprint=table.fingerprint)
    assert (plan.new_leads, plan.already_imported) == (0, 4)
    again = run_import(desk.uow_factory, "Телефон", rows, fingerprint=table.fingerprint)
    assert (again.created, again.already_imported) == (0, 4)
    assert desk.reader.lead_total() == 4

    # Another file (one more row) brings in only what is new in it.
    longer = CALL_LOG + "26.11.2026;10:00;+7 903 000-00-02;Новый;\r\n".encode("cp1251")
    table, rows = rows_of(longer)
    assert run_import(desk.uow_factory, "Телефон", rows,
                      fingerprint=table.fingerprint).created == 5


def test_the_default_import_channel_and_an_unknown_one(desk):
    _table, rows = rows_of(CALL_LOG)
    with pytest.raises(UnknownChannel):
        plan_import(desk.uow_factory, "Нет такого", rows)
    with pytest.raises(UnknownChannel):
        run_import(desk.uow_factory, "Нет такого", rows, fingerprint="x")
    plan = plan_import(desk.uow_factory, None, rows)  # the channel the import will create
    assert plan.new_leads == 4
    assert ensure_import_channel(desk.uow_factory) == IMPORT_CHANNEL
    result = run_import(desk.uow_factory, IMPORT_CHANNEL, rows, fingerprint="x")
    assert desk.reader.lead_card(result.lead_ids[0]).channel is ChannelKind.IMPORT


def test_progress_is_told_every_hundred_rows(desk):
    lines = ["Телефон;Дата"] + [f"+7 903 100-{n // 100:02d}-{n % 100:02d};20.11.2026 10:00"
                               for n in range(250)]
    table, rows = rows_of("\n".join(lines).encode())
    progress: list[tuple[int, int]] = []
    result = run_import(desk.uow_factory, "Телефон", rows, fingerprint=table.fingerprint,
                        progress=lambda done, total: progress.append((done, total)))
    assert result.created == 250
    assert progress == [(100, 250), (200, 250), (250, 250)]
