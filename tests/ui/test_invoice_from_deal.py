"""An invoice issued from a converted lead reads back from its PDF as a Russian manager
expects: number and date, items, total, VAT and the amount in words."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal

import pypdf

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import Role
from leaddesk.domain.invoice import InvoiceLine
from leaddesk.services.deals import convert_to_deal
from leaddesk.services.demo_workflow import DEMO_REQUISITES
from leaddesk.services.invoices import issue_invoice, save_requisites
from leaddesk.services.rules import add_user
from leaddesk.ui.invoice_pdf import render_invoice_pdf
from tests.helpers.leads import add_lead, make_channels


def test_the_pdf_of_an_issued_invoice_has_number_items_total_and_words(qapp, sqlite_url):
    desk = open_desk(sqlite_url)
    try:
        make_channels(desk.uow_factory)
        anna = add_user(desk.uow_factory, "anna", "Анна Котова", Role.MANAGER)
        save_requisites(desk.uow_factory, DEMO_REQUISITES)
        deal = convert_to_deal(desk.uow_factory, add_lead(desk.uow_factory, 1), anna,
                               Decimal("123.45"))
        for _ in range(2):  # the second invoice of the year is No. 2
            issued = issue_invoice(
                desk.uow_factory, deal, anna,
                [InvoiceLine("Ручка мебельная «Модерн»", Decimal(3), "шт.", Decimal("31.15")),
                 InvoiceLine("Доставка", Decimal(1), "услуга", Decimal("30.00"))],
                Decimal(22), "Ирина Смирнова", "г. Москва",
                now=datetime(2026, 11, 25, 9, tzinfo=UTC))
        data = render_invoice_pdf(desk.reader.invoice_document(issued.id))
    finally:
        desk.close()
    assert data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Счёт на оплату № 2 от 25 ноября 2026 г." in text
    for expected in ("Ручка мебельная «Модерн»", "Доставка", "93,45", "123,45",
                     "Сто двадцать три рубля 45 копеек", "ИНН 7728123402",
                     "Ирина Смирнова", "22,26", "22%"):
        assert expected in text, expected
