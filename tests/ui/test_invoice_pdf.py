"""The invoice PDF: a real PDF whose text reads like a Russian invoice."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pypdf

from leaddesk.domain.invoice import InvoiceDocument, InvoiceLine
from leaddesk.ui.invoice_pdf import format_amount, render_invoice_pdf
from tests.helpers.invoices import SELLER


def make_invoice(lines, vat_rate=Decimal("20"), basis="") -> InvoiceDocument:
    return InvoiceDocument(
        number=15,
        year=2026,
        issued_on=date(2026, 11, 25),
        seller=SELLER,
        buyer='ООО "Покупатель"',
        buyer_details="ИНН 500100732259, г. Люберцы",
        lines=tuple(lines),
        vat_rate=vat_rate,
        basis=basis,
    )


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split())


def test_amounts_are_grouped_with_a_comma_before_kopecks():
    assert format_amount(Decimal("1200")) == "1\u00a0200,00"
    assert format_amount(Decimal("1234567.5")) == "1\u00a0234\u00a0567,50"
    assert format_amount(Decimal("0")) == "0,00"


def test_invoice_pdf_reads_like_an_invoice(qapp):
    invoice = make_invoice(
        [
            InvoiceLine("Настройка CRM", Decimal("1"), "усл.", Decimal("1000")),
            InvoiceLine("Обучение менеджеров", Decimal("2"), "ч", Decimal("100")),
        ],
        basis="Договор № 7 от 1 ноября 2026 г.",
    )
    data = render_invoice_pdf(invoice)
    assert data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata.title == invoice.title
    assert reader.metadata.creator == "LeadDesk"
    assert len(reader.pages) == 1
    text = pdf_text(data)
    for expected in (
        "Счёт на оплату № 15 от 25 ноября 2026 г.",
        "Банк получателя", "БИК 044525225", "ИНН 7707083893", "КПП 773601001",
        "40702810938000000001", "30101810400000000225",
        "Поставщик", 'ООО "Ромашка"', "Покупатель", 'ООО "Покупатель"',
        "Основание: Договор № 7 от 1 ноября 2026 г.",
        "Настройка CRM", "Обучение менеджеров",
        "Итого: 1 200,00", "В том числе НДС 20%: 200,00", "Всего к оплате: 1 200,00",
        "Всего наименований 2, на сумму 1 200,00 руб.",
        "Одна тысяча двести рублей 00 копеек",
        "Руководитель", "Иванов И. И.", "Бухгалтер", "Петрова А. А.",
    ):
        assert expected in text, expected


def test_amount_in_words_and_no_vat(qapp):
    invoice = make_invoice(
        [InvoiceLine("Консультация", Decimal("1"), "усл.", Decimal("123.45"))], vat_rate=None
    )
    text = pdf_text(render_invoice_pdf(invoice))
    assert "Сто двадцать три рубля 45 копеек" in text
    assert "Без НДС" in text
    assert "НДС 20%" not in text
    assert "Основание" not in text


def test_quotes_ampersands_and_tags_survive_as_text(qapp):
    title = 'Кабель "ВВГ" & монтаж <b>срочно</b>'
    invoice = make_invoice([InvoiceLine(title, Decimal("1.5"), "м", Decimal("10"))])
    text = pdf_text(render_invoice_pdf(invoice))
    assert 'Кабель "ВВГ" & монтаж' in text
    # pypdf splits "<b>" into "< b>"; the markup is printed, not applied.
    assert "<b>срочно</b>" in text.replace(" ", "")
    assert "1,5 м 10,00 15,00" in text


def test_long_invoice_runs_onto_more_pages(qapp):
    lines = [InvoiceLine(f"Позиция {n}", Decimal("1"), "шт", Decimal("10")) for n in range(80)]
    data = render_invoice_pdf(make_invoice(lines))
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) > 1
    text = pdf_text(data)
    assert "Позиция 79" in text
    assert "Всего наименований 80, на сумму 800,00 руб." in text
