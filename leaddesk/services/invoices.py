"""Invoices from deals: company requisites, gapless numbers per year, the PDF and sending it.

The number is taken from the year's counter row in the same transaction that stores the
invoice, so an invoice that fails to store gives its number back and two desks issuing at
once wait for each other on the row instead of sharing a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from leaddesk.domain.codes import ChangeKind, ChannelKind, DeliveryState, Direction, Entity
from leaddesk.domain.invoice import (
    InvoiceLine,
    Requisites,
    requisites_problems,
    validate_lines,
)
from leaddesk.domain.timefmt import company_zone
from leaddesk.services.company import zone_name
from leaddesk.services.ports import ReadModel, UnitOfWorkFactory
from leaddesk.services.workflow_errors import NotAllowed

REQUISITES_KEY = "company.requisites"


class InvoiceProblem(NotAllowed):
    """The invoice cannot be issued; ``problems`` lists codes from ``leaddesk.domain.invoice``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0])
        self.problems = problems


@dataclass(frozen=True, slots=True)
class IssuedInvoice:
    id: int
    number: int
    year: int
    total: Decimal


def requisites(reader: ReadModel) -> Requisites:
    return Requisites.from_dict(reader.setting(REQUISITES_KEY) or {})


def save_requisites(uow_factory: UnitOfWorkFactory, value: Requisites) -> list[str]:
    """Store the company requisites. Returns the problems found (stored all the same, so
    nothing typed is lost; issuing an invoice refuses while there are problems)."""
    with uow_factory() as uow:
        uow.store.put_setting(REQUISITES_KEY, value.to_dict())
        uow.changed(Entity.SETTINGS, 0, ChangeKind.UPDATED)
        uow.commit()
    return requisites_problems(value)


def issue_invoice(uow_factory: UnitOfWorkFactory, deal_id: int, actor_id: int | None,
                  lines: Sequence[InvoiceLine], vat_rate: Decimal | None, buyer: str,
                  buyer_details: str = "", now: datetime | None = None) -> IssuedInvoice:
    """Issue the next invoice of the year for the deal."""
    moment = now or datetime.now(UTC)
    problems = validate_lines(lines)
    if not buyer.strip():
        problems.append("buyer_missing")
    with uow_factory() as uow:
        store = uow.store
        seller = Requisites.from_dict(store.get_setting(REQUISITES_KEY) or {})
        problems += requisites_problems(seller)
        if problems:
            raise InvoiceProblem(problems)
        deal = store.deal(deal_id)
        if deal is None:
            raise NotAllowed("no_deal")
        zone = company_zone(zone_name(store))
        year = moment.astimezone(zone).year
        number = store.next_invoice_number(year)
        total = sum((line.total for line in lines), Decimal("0"))
        invoice_id = store.add_invoice(
            [{"title": line.title.strip(), "quantity": line.quantity, "unit": line.unit,
              "unit_price": line.unit_price, "position": index}
             for index, line in enumerate(lines)],
            deal_id=deal_id, year=year, number=number, issued_at=moment, amount=total,
            currency=deal.currency, requisites=seller.to_dict(), vat_rate=vat_rate,
            buyer=buyer.strip(), buyer_details=buyer_details.strip() or None,
            issued_by=actor_id,
        )
        store.add_audit(deal.lead_id, "invoice", actor_id, moment,
                        {"number": f"№ {number} / {year}"})
        uow.changed(Entity.DEAL, deal_id, ChangeKind.UPDATED)
        uow.changed(Entity.LEAD, deal.lead_id, ChangeKind.UPDATED)
        uow.commit()
        return IssuedInvoice(invoice_id, number, year, total)


def store_invoice_pdf(uow_factory: UnitOfWorkFactory, invoice_id: int, pdf: bytes) -> None:
    with uow_factory() as uow:
        uow.store.set_invoice_pdf(invoice_id, pdf)
        uow.commit()


def queue_invoice_email(uow_factory: UnitOfWorkFactory, reader: ReadModel, invoice_id: int,
                        actor_id: int, text: str, file_name: str,
                        now: datetime | None = None) -> int:
    """Put a message with the invoice PDF attached into the outbox of the lead's email
    channel; the channel's sender delivers it. Returns the message id."""
    moment = now or datetime.now(UTC)
    info = reader.invoice_sending(invoice_id)
    if info is None:
        raise NotAllowed("no_invoice")
    if info.pdf is None:
        raise NotAllowed("no_pdf")
    if info.channel_kind != ChannelKind.EMAIL.value:
        raise NotAllowed("not_email")
    with uow_factory() as uow:
        store = uow.store
        author = store.user(actor_id)
        message_id = store.add_message(
            lead_id=info.lead_id, channel_id=info.channel_id,
            direction=Direction.OUTBOUND.value, author=author.name if author else "",
            author_user_id=actor_id, sent_at=moment, text=text,
            delivery_state=DeliveryState.QUEUED.value,
        )
        store.add_attachment(message_id, file_name, "application/pdf", info.pdf)
        store.mark_invoice_sent(invoice_id, moment)
        store.add_audit(info.lead_id, "invoice_sent", actor_id, moment,
                        {"number": f"№ {info.number} / {info.year}"})
        uow.changed(Entity.MESSAGE, message_id, ChangeKind.CREATED)
        uow.changed(Entity.LEAD, info.lead_id, ChangeKind.UPDATED)
        uow.commit()
        return message_id
