"""An invoice as an A4 PDF in the usual Russian layout, drawn by Qt alone."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from leaddesk.domain.amount_words import amount_in_words
from leaddesk.domain.invoice import InvoiceDocument, InvoiceLine

FONT_FAMILY = "DejaVu Sans"
MARGIN_MM = 15
RESOLUTION_DPI = 300
CURRENCY_SHORT = {"RUB": "руб.", "USD": "долл. США", "EUR": "евро"}

_STYLE = """
body { font-size: 9pt; }
table.grid { border-collapse: collapse; border: 1px solid #000; }
table.grid td { border: 1px solid #000; padding: 3px; }
.caption { font-size: 8pt; }
.num { white-space: nowrap; }
"""


def format_amount(amount: Decimal) -> str:
    """``1 200,00``: groups split by a no-break space, a comma before the kopecks."""
    return f"{amount:,.2f}".replace(",", "\u00a0").replace(".", ",")


def _format_number(value: Decimal) -> str:
    """A quantity or a rate without trailing zeros: ``2``, ``1,5``, ``20``."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _bank_box(doc: InvoiceDocument) -> str:
    seller = doc.seller
    return f"""
<table class="grid" width="100%" cellspacing="0" cellpadding="3">
<tr>
  <td colspan="2" rowspan="2" width="56%">{_text(seller.bank_name)}<br><br>
    <span class="caption">Банк получателя</span></td>
  <td width="9%">БИК</td>
  <td width="35%">{escape(seller.bik)}</td>
</tr>
<tr><td>Сч. №</td><td>{escape(seller.corr_account)}</td></tr>
<tr>
  <td width="28%">ИНН {escape(seller.inn)}</td>
  <td width="28%">КПП {escape(seller.kpp)}</td>
  <td rowspan="2">Сч. №</td>
  <td rowspan="2">{escape(seller.account)}</td>
</tr>
<tr><td colspan="2">{_text(seller.name)}<br><br>
  <span class="caption">Получатель</span></td></tr>
</table>"""


def _parties(doc: InvoiceDocument) -> str:
    seller = doc.seller
    seller_parts = [seller.name, f"ИНН {seller.inn}"]
    if seller.kpp:
        seller_parts.append(f"КПП {seller.kpp}")
    seller_parts += [part for part in (seller.address, seller.phone and f"тел.: {seller.phone}")
                     if part]
    buyer_parts = [part for part in (doc.buyer, doc.buyer_details) if part]
    rows = [
        ("Поставщик<br>(Исполнитель):", ", ".join(seller_parts)),
        ("Покупатель<br>(Заказчик):", ", ".join(buyer_parts)),
    ]
    if doc.basis:
        rows.append(("Основание:", doc.basis))
    cells = "".join(
        f"<tr><td width='16%' valign='top'>{label}</td><td><b>{_text(value)}</b></td></tr>"
        for label, value in rows
    )
    return f"<table width='100%' cellspacing='0' cellpadding='3'>{cells}</table>"


def _item_row(position: int, line: InvoiceLine) -> str:
    return (
        f"<tr><td align='center'>{position}</td><td>{_text(line.title)}</td>"
        f"<td align='right' class='num'>{_format_number(line.quantity)}</td>"
        f"<td>{escape(line.unit)}</td>"
        f"<td align='right' class='num'>{format_amount(line.unit_price)}</td>"
        f"<td align='right' class='num'>{format_amount(line.total)}</td></tr>"
    )


def _items(doc: InvoiceDocument) -> str:
    header = "".join(
        f"<td align='center' width='{width}'><b>{caption}</b></td>"
        for caption, width in (
            ("№", "5%"), ("Товары (работы, услуги)", "49%"), ("Кол-во", "9%"),
            ("Ед.", "7%"), ("Цена", "15%"), ("Сумма", "15%"),
        )
    )
    rows = "".join(_item_row(position, line) for position, line in enumerate(doc.lines, 1))
    return (
        "<table class='grid' width='100%' cellspacing='0' cellpadding='3'>"
        f"<thead><tr>{header}</tr></thead>{rows}</table>"
    )


def _totals(doc: InvoiceDocument) -> str:
    vat_amount = doc.vat_amount
    if doc.vat_rate is None or vat_amount is None:
        vat = ("Без НДС:", "—")
    else:
        vat = (f"В том числе НДС {_format_number(doc.vat_rate)}%:", format_amount(vat_amount))
    rows = [("Итого:", format_amount(doc.total)), vat,
            ("Всего к оплате:", format_amount(doc.total))]
    cells = "".join(
        f"<tr><td align='right' width='85%'><b>{label}</b></td>"
        f"<td align='right' width='15%' class='num'><b>{value}</b></td></tr>"
        for label, value in rows
    )
    return f"<table width='100%' cellspacing='0' cellpadding='2'>{cells}</table>"


def _summary(doc: InvoiceDocument) -> str:
    currency = CURRENCY_SHORT.get(doc.currency, doc.currency)
    return (
        f"<p>Всего наименований {len(doc.lines)}, на сумму "
        f"{format_amount(doc.total)} {escape(currency)}<br>"
        f"<b>{escape(amount_in_words(doc.total, doc.currency))}</b></p>"
    )


def _signatures(doc: InvoiceDocument) -> str:
    blank = "_" * 18

    def signature(role: str, person: str) -> str:
        return f"<td width='50%'><b>{role}</b> {blank} / {escape(person) or blank} /</td>"

    return (
        "<table width='100%' cellspacing='0' cellpadding='2'><tr>"
        f"{signature('Руководитель', doc.seller.director)}"
        f"{signature('Бухгалтер', doc.seller.accountant)}"
        "</tr></table>"
    )


def invoice_html(doc: InvoiceDocument) -> str:
    """The invoice as the HTML subset QTextDocument understands."""
    rule = "<hr style='border: none; height: 2px; background: #000;'>"
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"{_bank_box(doc)}"
        f"<p style='margin-top: 18px;'><span style='font-size: 14pt; font-weight: bold;'>"
        f"{escape(doc.title)}</span></p>{rule}"
        f"{_parties(doc)}<br>{_items(doc)}{_totals(doc)}{_summary(doc)}{rule}<br>"
        f"{_signatures(doc)}</body></html>"
    )


def render_invoice_pdf(doc: InvoiceDocument) -> bytes:
    """The invoice as PDF bytes; a QGuiApplication must exist."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
    ))
    writer.setTitle(doc.title)
    writer.setCreator("LeadDesk")

    # Laid out in the writer's own pixels, one page of the document per sheet: no scaling,
    # no page numbers and no 2 cm margins that print_() adds to an unpaginated document.
    document = QTextDocument()
    document.setDefaultFont(QFont(FONT_FAMILY, 9))
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    paint_rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(paint_rect.size()))
    document.setHtml(invoice_html(doc))
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data())
