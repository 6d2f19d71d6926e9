"""Converting leads into deals, and invoices with gapless numbers, on both databases."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import DealStage, DeliveryState, Direction, LeadStatus
from leaddesk.domain.invoice import InvoiceLine
from leaddesk.services.deals import close_deal, convert_to_deal, parse_amount
from leaddesk.services.intake import InboundRequest, record_inbound_lead
from leaddesk.services.invoices import (
    InvoiceProblem,
    issue_invoice,
    queue_invoice_email,
    save_requisites,
    store_invoice_pdf,
)
from leaddesk.services.workflow_errors import NotAllowed
from tests.helpers.invoices import SELLER
from tests.helpers.leads import BASE, add_lead

LINES = [InvoiceLine("Котёл газовый Baxi", Decimal("1"), "шт.", Decimal("45000")),
         InvoiceLine("Монтаж", Decimal("2"), "час", Decimal("1500.50"))]


def test_conversion_carries_channel_and_source_and_links_lead_and_deal(desk, people):
    lead_id = record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name="Чат на сайте", received_at=BASE, text="Хочу котёл",
        contact_name="Марина", source="landing/kotly?utm_campaign=zima"))
    deal_id = convert_to_deal(desk.uow_factory, lead_id, people.anna, parse_amount("48 001,00"))
    card = desk.reader.lead_card(lead_id)
    assert card.status is LeadStatus.CONVERTED and card.assignee == "Анна Котова"
    assert card.deal.id == deal_id and card.deal.amount == Decimal("48001.00")
    assert card.deal.stage is DealStage.OPEN
    with desk.uow_factory() as uow:
        deal = uow.store.deal(deal_id)
    assert (deal.lead_id, deal.channel_kind, deal.source) == (
        lead_id, "webchat", "landing/kotly?utm_campaign=zima")
    assert deal.contact_id == card.contact_id
    with pytest.raises(NotAllowed):
        convert_to_deal(desk.uow_factory, lead_id, people.anna, Decimal(1))
    with pytest.raises(NotAllowed):
        close_deal(desk.uow_factory, deal_id, people.anna, won=False, reason=" ")
    close_deal(desk.uow_factory, deal_id, people.anna, won=True, amount=Decimal("50000"))
    card = desk.reader.lead_card(lead_id)
    assert card.deal.stage is DealStage.WON and card.deal.amount == Decimal("50000")
    assert [h.action for h in card.history][-2:] == ["converted", "deal_won"]


def test_amounts_as_people_type_them():
    assert parse_amount("1 200,50") == Decimal("1200.50")
    assert parse_amount("708000 ₽") == Decimal("708000.00")
    for wrong in ("", "abc", "-5", "1e20", "NaN"):
        with pytest.raises(ValueError):
            parse_amount(wrong)


def test_an_invoice_is_refused_until_requisites_and_lines_are_right(desk, people):
    deal_id = convert_to_deal(desk.uow_factory, add_lead(desk.uow_factory, 1), people.anna,
                              Decimal("46000"))
    with pytest.raises(InvoiceProblem) as refused:
        issue_invoice(desk.uow_factory, deal_id, people.anna, LINES, Decimal(20), "Марина")
    assert "name_missing" in refused.value.problems
    assert save_requisites(desk.uow_factory, SELLER) == []
    with pytest.raises(InvoiceProblem) as refused:
        issue_invoice(desk.uow_factory, deal_id, people.anna, [], Decimal(20), "")
    assert set(refused.value.problems) == {"no_lines", "buyer_missing"}
    issued = issue_invoice(desk.uow_factory, deal_id, people.anna, LINES, Decimal(20), "Марина",
                           now=datetime(2026, 11, 25, 10, tzinfo=UTC))
    assert (issued.number, issued.year, issued.total) == (1, 2026, Decimal("48001.00"))
    document = desk.reader.invoice_document(issued.id)
    assert document.seller == SELLER and document.lines == tuple(LINES)
    assert document.vat_amount == Decimal("8000.17")


def test_invoice_numbers_stay_gapless_when_two_desks_issue_at_once(desk, people):
    save_requisites(desk.uow_factory, SELLER)
    deals = [convert_to_deal(desk.uow_factory, add_lead(desk.uow_factory, n), people.anna,
                             Decimal(1000 + n)) for n in range(2)]
    desks = [open_desk(desk.url, actor_id=people.anna) for _ in range(2)]
    numbers: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def issue(context, deal_id):
        start.wait()
        for _ in range(15):
            try:
                numbers.append(issue_invoice(context.uow_factory, deal_id, people.anna, LINES,
                                             None, "Покупатель").number)
            except BaseException as error:
                errors.append(error)

    threads = [threading.Thread(target=issue, args=pair)
               for pair in zip(desks, deals, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for context in desks:
        context.close()
    assert errors == []
    assert sorted(numbers) == list(range(1, 31))


def test_an_invoice_pdf_goes_to_the_email_outbox_as_an_attachment(desk, people):
    save_requisites(desk.uow_factory, SELLER)
    lead_id = add_lead(desk.uow_factory, 1, email="buyer@example.ru")
    deal_id = convert_to_deal(desk.uow_factory, lead_id, people.anna, Decimal("48001"))
    issued = issue_invoice(desk.uow_factory, deal_id, people.anna, LINES, Decimal(20), "Марина")
    with pytest.raises(NotAllowed):  # no PDF made yet
        queue_invoice_email(desk.uow_factory, desk.reader, issued.id, people.anna, "Счёт", "a.pdf")
    store_invoice_pdf(desk.uow_factory, issued.id, b"%PDF-1.4 test")
    queue_invoice_email(desk.uow_factory, desk.reader, issued.id, people.anna,
                        "Добрый день! Счёт во вложении.", "Счёт 1.pdf")
    card = desk.reader.lead_card(lead_id)
    reply = card.messages[-1]
    assert (reply.direction, reply.delivery) == (Direction.OUTBOUND, DeliveryState.QUEUED)
    assert card.deal.invoices[0].sent_at is not None and card.deal.invoices[0].has_pdf
    assert [h.action for h in card.history][-2:] == ["invoice", "invoice_sent"]
