"""Assignment rules applied the moment a lead arrives."""

from __future__ import annotations

import threading
from datetime import datetime

from leaddesk.bootstrap import open_desk
from leaddesk.domain.assignment import AssignmentMode, AssignmentRule
from leaddesk.domain.codes import IdentityKind, LeadStatus, Role, Warmth
from leaddesk.domain.inbox import ASSIGNEE_POOL, InboxFilter
from leaddesk.domain.paging import plan_page
from leaddesk.services.intake import InboundRequest, record_inbound_lead
from leaddesk.services.rules import set_channel_workflow
from leaddesk.services.workflow import take_lead
from leaddesk.services.workflow_errors import AlreadyTaken
from tests.helpers.leads import BASE, add_lead
from tests.integration.workflow.conftest import channel_id


def _owner(desk, lead_id):
    return desk.reader.lead_card(lead_id).assignee_id


def test_round_robin_takes_turns_and_stays_fair_across_a_restart(desk, people):
    order = (people.anna, people.boris, people.vera)
    rule = AssignmentRule(AssignmentMode.ROUND_ROBIN, user_ids=order)
    set_channel_workflow(desk.uow_factory, channel_id(desk, "Почта продаж"), rule, 3600, False)
    first = [_owner(desk, add_lead(desk.uow_factory, n)) for n in range(4)]
    assert first == [people.anna, people.boris, people.vera, people.anna]

    desk.close()  # the desk restarts: the turn is kept in the database, not in memory
    again = open_desk(desk.url)
    try:
        after = [_owner(again, add_lead(again.uow_factory, n)) for n in range(4, 6)]
    finally:
        again.close()
    assert after == [people.boris, people.vera]


def test_a_fixed_person_gets_every_lead_and_the_history_says_so(desk, people):
    rule = AssignmentRule(AssignmentMode.FIXED, user_id=people.vera)
    set_channel_workflow(desk.uow_factory, channel_id(desk, "ВКонтакте"), rule, 900, False)
    lead_id = add_lead(desk.uow_factory, 1, channel="ВКонтакте")
    card = desk.reader.lead_card(lead_id)
    assert card.assignee == "Вера Соколова"
    assert card.sla_due_at is not None and not card.unstaffed
    assert [h.action for h in card.history] == ["received", "assigned"]


def test_nobody_on_duty_leaves_the_lead_unassigned_and_flagged(desk, people):
    from tests.helpers.schedule import add_shift

    channel = channel_id(desk, "Почта продаж")
    set_channel_workflow(desk.uow_factory, channel,
                         AssignmentRule(AssignmentMode.FIXED, user_id=people.anna), 3600, False)
    # Anna works Monday mornings only; the lead arrives on Monday evening (Moscow time).
    add_shift(desk, people.anna, channel, weekday=0, start="09:00", end="13:00")
    lead_id = record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name="Почта продаж", received_at=BASE, text="Добрый вечер",
        identities=((IdentityKind.EMAIL, "late@example.ru"),)),
        now=datetime.fromisoformat("2026-11-23T19:30:00+03:00"))
    card = desk.reader.lead_card(lead_id)
    assert card.assignee_id is None and card.unstaffed
    assert "unstaffed" in [h.action for h in card.history]
    # Within her shift the same rule gives her the lead.
    lead_id = record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name="Почта продаж", received_at=BASE, text="Доброе утро"),
        now=datetime.fromisoformat("2026-11-23T10:00:00+03:00"))
    assert _owner(desk, lead_id) == people.anna


def test_a_hot_lead_goes_to_the_best_ranked_manager(desk, people):
    rule = AssignmentRule(AssignmentMode.ROUND_ROBIN, user_ids=(people.vera, people.anna),
                          hot_to_best=True)
    set_channel_workflow(desk.uow_factory, channel_id(desk, "Почта продаж"), rule, 3600, False)
    cold = add_lead(desk.uow_factory, 1, text="Здравствуйте", email="a@example.ru")
    hot = record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name="Почта продаж", received_at=BASE, subject="Срочно счёт",
        text="Пришлите цену и счёт, срочно нужно сегодня",
        identities=((IdentityKind.EMAIL, "buyer@example.ru"), (IdentityKind.PHONE, "89161234567")),
        product={"title": "Котёл", "price": 45000}))
    assert _owner(desk, cold) == people.vera
    card = desk.reader.lead_card(hot)
    assert card.warmth is Warmth.HOT and card.score >= 50
    assert card.assignee_id == people.boris  # rank 9, the best, although not in the turn


def test_a_pool_lead_is_seen_by_the_role_and_owned_by_the_first_who_takes_it(desk, people):
    set_channel_workflow(desk.uow_factory, channel_id(desk, "Чат на сайте"),
                         AssignmentRule(AssignmentMode.POOL, role=Role.MANAGER), 120, False)
    lead_id = add_lead(desk.uow_factory, 1, channel="Чат на сайте")
    pool = InboxFilter(assignee=ASSIGNEE_POOL, my_role=Role.MANAGER.value)
    assert [r.lead_id for r in desk.reader.inbox_rows(pool, plan_page(0, 10, 10, {}))] == [lead_id]
    assert desk.reader.inbox_count(pool.with_(my_role=Role.DISPATCHER.value)) == 0

    # Two desks (own connections, own threads) take it at the same moment.
    desks = [open_desk(desk.url, actor_id=who) for who in (people.anna, people.boris)]
    start = threading.Barrier(2)
    outcome: dict[int, str] = {}

    def take(context, who):
        start.wait()
        try:
            take_lead(context.uow_factory, lead_id, who)
            outcome[who] = "won"
        except AlreadyTaken as refused:
            outcome[who] = f"refused: {refused.owner}"

    threads = [threading.Thread(target=take, args=(d, w))
               for d, w in zip(desks, (people.anna, people.boris), strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for context in desks:
        context.close()
    assert sorted(outcome.values())[1] == "won"
    winner = next(w for w, result in outcome.items() if result == "won")
    loser_note = next(r for r in outcome.values() if r != "won")
    card = desk.reader.lead_card(lead_id)
    assert card.assignee_id == winner and card.status is LeadStatus.IN_PROGRESS
    assert loser_note == f"refused: {card.assignee}"
    assert desk.reader.inbox_count(pool) == 0
