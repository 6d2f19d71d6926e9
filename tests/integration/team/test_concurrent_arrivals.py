"""Round-robin and invoice numbers on a team database while several desks write at once,
each with its own login."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta
from decimal import Decimal
from itertools import pairwise

from leaddesk.domain.assignment import AssignmentMode, AssignmentRule
from leaddesk.domain.invoice import InvoiceLine
from leaddesk.services.deals import convert_to_deal
from leaddesk.services.intake import InboundRequest, record_inbound_lead
from leaddesk.services.invoices import issue_invoice, save_requisites
from leaddesk.services.rules import set_channel_workflow
from tests.helpers.invoices import SELLER
from tests.helpers.leads import BASE, make_channels

LINES = [InvoiceLine("Диван угловой «Берген»", Decimal("1"), "шт.", Decimal("64990"))]


def _run_together(work, arguments) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(len(arguments))

    def run(*args):
        try:
            start.wait()
            work(*args)
        except BaseException as error:  # reported by the test, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=args) for args in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(180)
    return errors


def test_round_robin_stays_in_turn_when_four_desks_record_arrivals_at_once(team):
    admin = team.desk("sveta")
    make_channels(admin.uow_factory)
    channel = next(c.id for c in admin.reader.channels() if c.name == "Почта продаж")
    turn = (team.people["anna"].id, team.people["boris"].id)
    set_channel_workflow(admin.uow_factory, channel,
                         AssignmentRule(AssignmentMode.ROUND_ROBIN, user_ids=turn), 3600, False)
    desks = [team.desk("dina"), team.desk("dina"), team.desk("sveta"), admin]
    recorded: list[int] = []

    def arrive(desk, first: int) -> None:
        for n in range(first, first + 50):
            recorded.append(record_inbound_lead(desk.uow_factory, InboundRequest(
                channel_name="Почта продаж", received_at=BASE + timedelta(minutes=n),
                text=f"Заявка номер {n}", subject=f"Заявка {n}",
                contact_name=f"Покупатель {n}")))

    assert _run_together(arrive, [(desk, 100 * i) for i, desk in enumerate(desks)]) == []
    assert len(recorded) == 200
    owners = [admin.reader.lead_card(lead).assignee_id for lead in sorted(recorded)]
    assert Counter(owners) == {turn[0]: 100, turn[1]: 100}
    # in the order they arrived, strictly in turn: nobody got two in a row
    assert all(a != b for a, b in pairwise(owners))


def test_invoice_numbers_stay_gapless_when_managers_issue_at_once(team):
    save_requisites(team.desk("sveta").uow_factory, SELLER)
    arguments = []
    for who in ("anna", "boris"):
        desk = team.desk(who)
        person = team.people[who]
        for lead in team.leads[who]:
            deal = convert_to_deal(desk.uow_factory, lead, person.id, Decimal("64990"))
            arguments.append((desk, deal, person.id))
    numbers: list[int] = []

    def issue(desk, deal, person_id) -> None:
        for _ in range(8):
            numbers.append(issue_invoice(desk.uow_factory, deal, person_id, LINES, None,
                                         "Покупатель").number)

    assert _run_together(issue, arguments) == []
    assert sorted(numbers) == list(range(1, 33))
