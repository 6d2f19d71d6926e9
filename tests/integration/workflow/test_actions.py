"""The lead card's actions, each recorded in the history, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from leaddesk.domain.assignment import AssignmentMode, AssignmentRule
from leaddesk.domain.codes import ChannelKind, IdentityKind, LeadStatus, Warmth
from leaddesk.services.contacts import merge_contacts
from leaddesk.services.intake import InboundRequest, record_inbound_lead
from leaddesk.services.manual_leads import record_manual_lead
from leaddesk.services.rules import set_channel_workflow, set_reject_reasons
from leaddesk.services.workflow import (
    add_note,
    assign_lead,
    escalate_overdue,
    postpone_lead,
    reject_lead,
    reopen_lead,
    return_due_postponed,
    set_warmth,
    take_lead,
)
from leaddesk.services.workflow_errors import LeadChanged, NotAllowed, ReasonRequired
from tests.helpers.leads import BASE, add_lead
from tests.integration.workflow.conftest import channel_id


def _rollup_statuses(desk):
    from sqlalchemy import text

    from leaddesk.adapters.db.engine import make_engine

    engine = make_engine(desk.url)
    with engine.connect() as connection:
        rows = dict(connection.execute(text(
            "SELECT status, SUM(leads) FROM lead_rollup GROUP BY status")).all())
    engine.dispose()
    return {k: v for k, v in rows.items() if v}


def test_reject_without_a_reason_is_refused_where_the_channel_requires_one(desk, people):
    set_reject_reasons(desk.uow_factory, ["Спам", "Не наш регион", "Спам", " "])
    reasons = desk.reader.reject_reasons()
    assert [r.title for r in reasons] == ["Спам", "Не наш регион"]
    vk = channel_id(desk, "ВКонтакте")
    set_channel_workflow(desk.uow_factory, vk, AssignmentRule(), 900, True)
    strict = add_lead(desk.uow_factory, 1, channel="ВКонтакте")
    lenient = add_lead(desk.uow_factory, 2)

    with pytest.raises(ReasonRequired):
        reject_lead(desk.uow_factory, strict, people.dispatcher, None)
    assert desk.reader.lead_card(strict).status is LeadStatus.NEW  # nothing written

    reject_lead(desk.uow_factory, strict, people.dispatcher, reasons[1].id, "Москва и область")
    reject_lead(desk.uow_factory, lenient, people.dispatcher, None)
    card = desk.reader.lead_card(strict)
    assert card.status is LeadStatus.REJECTED and card.reject_reason == "Не наш регион"
    last = card.history[-1]
    assert (last.action, last.actor) == ("rejected", "Иванова Мария")
    assert "Не наш регион" in last.detail and "Москва и область" in last.detail
    assert _rollup_statuses(desk) == {"rejected": 2}
    with pytest.raises(NotAllowed):
        reject_lead(desk.uow_factory, strict, people.dispatcher, reasons[0].id)

    reopen_lead(desk.uow_factory, strict, people.chief)
    card = desk.reader.lead_card(strict)
    assert card.status is LeadStatus.NEW and card.reject_reason is None
    assert _rollup_statuses(desk) == {"rejected": 1, "new": 1}


def test_a_stale_edit_is_refused_with_the_name_of_who_changed_the_lead(desk, people):
    lead_id = add_lead(desk.uow_factory, 1)
    seen = desk.reader.lead_card(lead_id)  # both people open the card
    assign_lead(desk.uow_factory, lead_id, people.dispatcher, people.anna,
                expected_version=seen.version)
    with pytest.raises(LeadChanged) as refused:
        assign_lead(desk.uow_factory, lead_id, people.chief, people.boris,
                    expected_version=seen.version)
    assert refused.value.by == "Иванова Мария"
    assert desk.reader.lead_card(lead_id).assignee == "Анна Котова"


def test_postponed_lead_returns_with_a_reminder_for_its_owner(desk, people):
    lead_id = add_lead(desk.uow_factory, 1)
    take_lead(desk.uow_factory, lead_id, people.anna, now=BASE)
    with pytest.raises(NotAllowed):
        postpone_lead(desk.uow_factory, lead_id, people.anna, BASE - timedelta(hours=1), now=BASE)
    postpone_lead(desk.uow_factory, lead_id, people.anna, BASE + timedelta(days=2),
                  "Перезвонить после праздников", now=BASE)
    card = desk.reader.lead_card(lead_id)
    assert card.status is LeadStatus.POSTPONED and card.postponed_until is not None
    mark = desk.reader.last_audit_id()

    assert return_due_postponed(desk.uow_factory, now=BASE + timedelta(days=1)) == []
    assert return_due_postponed(desk.uow_factory, now=BASE + timedelta(days=2)) == [lead_id]
    card = desk.reader.lead_card(lead_id)
    assert card.status is LeadStatus.IN_PROGRESS and card.postponed_until is None
    alerts = desk.reader.alerts(people.anna, "manager", mark, 10)
    assert [(a.lead_id, a.action) for a in alerts] == [(lead_id, "reminder")]
    assert desk.reader.alerts(people.boris, "manager", mark, 10) == []


def test_an_overdue_lead_escalates_once_and_is_reassigned_where_the_channel_says(desk, people):
    chat = channel_id(desk, "Чат на сайте")
    set_channel_workflow(desk.uow_factory, chat, AssignmentRule(
        AssignmentMode.FIXED, user_id=people.vera, reassign_on_escalation=True), 120, False)
    lead_id = add_lead(desk.uow_factory, 0, channel="Чат на сайте")
    answered_in_time = add_lead(desk.uow_factory, 0)  # email: an hour to answer
    mark = desk.reader.last_audit_id()
    assert escalate_overdue(desk.uow_factory, now=BASE + timedelta(seconds=100)) == []
    assert escalate_overdue(desk.uow_factory, now=BASE + timedelta(minutes=3)) == [lead_id]
    assert escalate_overdue(desk.uow_factory, now=BASE + timedelta(minutes=5)) == []
    card = desk.reader.lead_card(lead_id)
    assert card.escalated_at is not None and card.assignee == "Олег Волков"
    assert [a.action for a in desk.reader.alerts(people.chief, "supervisor", mark, 10)] == [
        "escalated"]
    assert desk.reader.lead_card(answered_in_time).escalated_at is None


def test_notes_and_warmth_by_hand_show_in_the_thread_and_history(desk, people):
    lead_id = add_lead(desk.uow_factory, 1)
    add_note(desk.uow_factory, lead_id, people.anna, "Клиент просил звонить после 18:00")
    with pytest.raises(NotAllowed):
        add_note(desk.uow_factory, lead_id, people.anna, "   ")
    set_warmth(desk.uow_factory, lead_id, people.anna, Warmth.HOT)
    card = desk.reader.lead_card(lead_id)
    assert card.messages[-1].text == "Клиент просил звонить после 18:00"
    assert card.messages[-1].author == "Анна Котова"
    assert card.warmth is Warmth.HOT and card.warmth_manual
    assert [h.action for h in card.history][-2:] == ["note", "warmth"]


def test_a_phone_call_by_hand_attaches_to_the_known_contact_and_is_answered(desk, people):
    earlier = add_lead(desk.uow_factory, 1, name="Пётр Иванов", phone="+7 916 123-45-67")
    lead_id = record_manual_lead(desk.uow_factory, people.anna, ChannelKind.PHONE, "Телефон",
                                 phone="8 (916) 123 45 67", name="Пётр",
                                 text="Хочет замер окон на даче", now=BASE)
    card = desk.reader.lead_card(lead_id)
    assert card.contact_id == desk.reader.lead_card(earlier).contact_id
    assert card.channel is ChannelKind.PHONE and card.channel_name == "Телефон"
    assert card.assignee == "Анна Котова" and card.status is LeadStatus.IN_PROGRESS
    assert card.first_response_at == BASE
    assert desk.reader.find_contacts("89161234567", 5)[0].leads == 2
    with pytest.raises(NotAllowed):
        record_manual_lead(desk.uow_factory, people.anna, ChannelKind.PHONE, "Телефон",
                           phone="12", name="")


def test_merging_two_contacts_keeps_every_lead_and_its_history(desk, people):
    by_mail = add_lead(desk.uow_factory, 1, name="Ольга", email="olga@example.ru")
    by_phone = add_lead(desk.uow_factory, 2, name="Ольга Петрова", phone="+79031112233")
    take_lead(desk.uow_factory, by_phone, people.boris)
    keep = desk.reader.lead_card(by_mail).contact_id
    other = desk.reader.lead_card(by_phone).contact_id
    assert merge_contacts(desk.uow_factory, keep, other, people.chief) == 1
    card = desk.reader.lead_card(by_phone)
    assert card.contact_id == keep
    assert {i.value for i in card.identities} == {"olga@example.ru", "+79031112233"}
    assert [h.action for h in card.history] == ["received", "taken", "contact_merged"]
    # A new request by the phone now lands on the kept contact, found by its email too.
    again = record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name="Почта продаж", received_at=BASE, text="Ещё вопрос",
        identities=((IdentityKind.PHONE, "8 903 111 22 33"),)))
    assert desk.reader.lead_card(again).contact_id == keep
    assert desk.reader.find_contacts("olga@example.ru", 5)[0].leads == 3


def test_merging_rescores_open_leads_now_that_phone_and_email_are_known(desk, people):
    by_mail = add_lead(desk.uow_factory, 1, name="Ольга", email="olga@example.ru",
                       text="Добрый день")
    by_phone = add_lead(desk.uow_factory, 2, name="Ольга", phone="+79031112233",
                        text="Добрый день")
    before = desk.reader.lead_card(by_mail).score
    merge_contacts(desk.uow_factory, desk.reader.lead_card(by_mail).contact_id,
                   desk.reader.lead_card(by_phone).contact_id, people.chief)
    # phone and email both known (+15); the contact has another lead now (+10)
    assert desk.reader.lead_card(by_mail).score == before + 25
