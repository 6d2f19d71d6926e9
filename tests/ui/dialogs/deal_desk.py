"""A desk on SQLite with a manager and a lead converted into a deal, for the invoice tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

import pypdf

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import Role
from leaddesk.services.context import DeskContext
from leaddesk.services.deals import convert_to_deal
from leaddesk.services.rules import add_user
from tests.helpers.leads import add_lead, make_channels


@dataclass
class DealDesk:
    context: DeskContext
    manager: int
    lead_id: int
    deal_id: int

    def card(self):
        return self.context.reader.lead_card(self.lead_id)


def open_deal_desk(sqlite_url: str, channel: str = "Почта продаж") -> DealDesk:
    """Email channel by default (invoices can be sent from there)."""
    context = open_desk(sqlite_url)
    make_channels(context.uow_factory)
    manager = add_user(context.uow_factory, "anna", "Анна Котова", Role.MANAGER)
    lead_id = add_lead(context.uow_factory, 1, channel=channel, name="ООО Покупатель",
                       email="buyer@example.ru")
    deal_id = convert_to_deal(context.uow_factory, lead_id, manager, Decimal("46000"))
    return DealDesk(context, manager, lead_id, deal_id)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())
