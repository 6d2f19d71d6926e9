"""Converting a lead into a deal, and closing the deal as won or lost."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from leaddesk.domain.codes import ChangeKind, DealStage, Entity, LeadStatus
from leaddesk.domain.money import format_money
from leaddesk.services.company import zone_name
from leaddesk.services.ports import UnitOfWorkFactory
from leaddesk.services.workflow import lead_facts, load_lead, require_open, write_lead_change
from leaddesk.services.workflow_errors import NotAllowed

CURRENCIES = ("RUB", "USD", "EUR")


def parse_amount(text: str) -> Decimal:
    """``"708 000,50"`` → 708000.50. Raises ValueError for anything that is not an amount."""
    cleaned = "".join(text.split()).replace("\u202f", "").replace(",", ".")
    cleaned = cleaned.removesuffix("₽").removesuffix("руб.").removesuffix("руб")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e12"):
        raise ValueError(text)
    return amount.quantize(Decimal("0.01"))


def convert_to_deal(uow_factory: UnitOfWorkFactory, lead_id: int, actor_id: int,
                    amount: Decimal, currency: str = "RUB", expected_version: int | None = None,
                    now: datetime | None = None) -> int:
    """Make a deal of the lead: the contact is linked (created if the lead had none), the
    lead's channel and source carry over, lead and deal stay linked. Returns the deal id."""
    moment = now or datetime.now(UTC)
    if currency not in CURRENCIES:
        raise NotAllowed("currency")
    with uow_factory() as uow:
        store = uow.store
        lead = load_lead(uow, lead_id, expected_version)
        require_open(lead)  # a converted lead is closed and cannot be reopened: one deal
        contact_id = lead.contact_id
        if contact_id is None:
            contact_id = store.add_contact(lead.subject or f"#{lead_id}", moment)
            uow.changed(Entity.CONTACT, contact_id, ChangeKind.CREATED)
        deal_id = store.add_deal(
            lead_id=lead_id, contact_id=contact_id, amount=amount, currency=currency,
            stage=DealStage.OPEN.value, channel_kind=lead.channel_kind, source=lead.source,
            created_at=moment,
        )
        write_lead_change(uow, lead, "converted", actor_id, moment,
               {"amount": format_money(amount, currency), "deal_id": deal_id},
               status=LeadStatus.CONVERTED.value, contact_id=contact_id, closed_at=moment,
               postponed_until=None,
               assignee_id=lead.assignee_id if lead.assignee_id is not None else actor_id)
        uow.changed(Entity.DEAL, deal_id, ChangeKind.CREATED)
        uow.commit()
        return deal_id


def close_deal(uow_factory: UnitOfWorkFactory, deal_id: int, actor_id: int, won: bool,
               reason: str = "", amount: Decimal | None = None,
               now: datetime | None = None) -> None:
    """Close the deal as won (optionally with the final amount) or lost with a reason."""
    moment = now or datetime.now(UTC)
    with uow_factory() as uow:
        store = uow.store
        deal = store.deal(deal_id)
        if deal is None:
            raise NotAllowed("no_deal")
        if not won and not reason.strip():
            raise NotAllowed("lost_needs_reason")
        fields = {"stage": (DealStage.WON if won else DealStage.LOST).value,
                  "closed_at": moment, "lost_reason": None if won else reason.strip()}
        if won and amount is not None:
            fields["amount"] = amount
        store.update_deal(deal_id, **fields)
        lead = store.lead_state(deal.lead_id)
        if lead is not None:
            facts, zone = lead_facts(lead), zone_name(store)
            store.count_won_deal(facts, deal.stage, deal.amount, -1, zone)
            store.count_won_deal(facts, fields["stage"], fields.get("amount", deal.amount),
                                 +1, zone)
        final = amount if (won and amount is not None) else deal.amount
        store.add_audit(deal.lead_id, "deal_won" if won else "deal_lost", actor_id, moment,
                        {"amount": format_money(final, deal.currency)} if won
                        else {"reason": reason.strip()})
        uow.changed(Entity.DEAL, deal_id, ChangeKind.UPDATED)
        uow.changed(Entity.LEAD, deal.lead_id, ChangeKind.UPDATED)
        uow.commit()
