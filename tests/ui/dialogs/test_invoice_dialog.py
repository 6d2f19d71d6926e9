"""The invoice dialog on a real SQLite desk: items, VAT, the total, issuing and the PDF."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from leaddesk.services.invoices import save_requisites
from leaddesk.ui.dialogs.invoice_dialog import (
    LINE_SUM,
    PRICE,
    QUANTITY,
    TITLE,
    UNIT,
    InvoiceDialog,
    parse_quantity,
)
from tests.helpers.invoices import SELLER
from tests.ui.dialogs.deal_desk import open_deal_desk, pdf_text


@pytest.fixture
def desk(sqlite_url):
    desk = open_deal_desk(sqlite_url)
    yield desk
    desk.context.close()


@pytest.fixture
def make(qtbot, desk):
    def make() -> InvoiceDialog:
        card = desk.card()
        dialog = InvoiceDialog(desk.context, desk.manager, card.deal, "ООО Покупатель",
                               "Котёл газовый Baxi")
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def row_texts(dialog: InvoiceDialog, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(5)]


def test_quantities_as_people_type_them():
    assert parse_quantity("1,5") == Decimal("1.5")
    assert parse_quantity(" 2 ") == Decimal(2)
    for wrong in ("", "два", "NaN", "1e12"):
        with pytest.raises(ValueError):
            parse_quantity(wrong)


def test_the_first_line_is_the_product_at_the_deal_amount_and_sums_follow(make):
    dialog = make()
    assert row_texts(dialog, 0) == ["Котёл газовый Baxi", "1", "шт.", "46 000", "46\u00a0000,00"]
    assert dialog.vat_rate() == Decimal(22)
    assert dialog.total_label.text() == ("Total: 46\u202f000\u00a0₽ · VAT 22% included: "
                                         "8\u202f295,08\u00a0₽")
    dialog.set_cell(0, QUANTITY, "2")
    assert dialog.table.item(0, LINE_SUM).text() == "92\u00a0000,00"
    row = dialog.add_line("Монтаж", Decimal(3), "час", Decimal("1500.50"))
    assert row_texts(dialog, row)[LINE_SUM] == "4\u00a0501,50"
    dialog.vat_box.setCurrentIndex(dialog.vat_box.findText("No VAT"))
    assert dialog.total_label.text() == "Total: 96\u202f501,50\u00a0₽ · no VAT"


def test_the_sum_follows_the_typing_before_the_cell_is_left(make, qtbot):
    dialog = make()
    dialog.table.setCurrentCell(0, PRICE)
    dialog.table.editItem(dialog.table.item(0, PRICE))
    editor = dialog.table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "50 000")
    assert dialog.table.item(0, PRICE).text() == "46 000"  # not committed yet
    assert dialog.table.item(0, LINE_SUM).text() == "50\u00a0000,00"
    assert "Total: 50\u202f000" in dialog.total_label.text()


def test_the_button_waits_for_valid_lines_and_a_buyer(make, qtbot):
    dialog = make()
    assert dialog.issue_button.isEnabled() and dialog.hint.text() == ""
    dialog.set_cell(0, TITLE, " ")
    assert not dialog.issue_button.isEnabled()
    assert dialog.hint.text() == "Line 1: say what is sold."
    dialog.set_cell(0, TITLE, "Котёл")
    dialog.set_cell(0, QUANTITY, "0")
    assert dialog.hint.text() == "Line 1: the quantity must be a number above zero."
    dialog.set_cell(0, QUANTITY, "1,5")
    dialog.set_cell(0, PRICE, "дорого")
    assert dialog.hint.text() == "Line 1: enter the price, like 45 000 or 1 250,50."
    assert dialog.table.item(0, PRICE).background().color().name() == "#fbe3e1"
    assert dialog.table.item(0, QUANTITY).background().style() == Qt.BrushStyle.NoBrush
    dialog.set_cell(0, PRICE, "100")
    dialog.buyer_edit.clear()
    assert dialog.hint.text() == "Enter the buyer."
    dialog.buyer_edit.setText("ИП Сидоров")
    dialog.add_line()  # an empty line added by mistake does not count
    assert dialog.issue_button.isEnabled()
    dialog.table.setCurrentCell(0, TITLE)
    dialog.remove_line()
    dialog.remove_line()
    assert dialog.table.rowCount() == 0
    assert dialog.hint.text() == "Add at least one line with what is sold."
    qtbot.keyClick(dialog.buyer_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.issued() is None


def test_missing_requisites_are_listed_in_words_and_nothing_is_issued(make, desk, qtbot):
    dialog = make()
    assert dialog.problems_label.text() == (
        "An invoice cannot be issued yet:\n"
        "• Fill in the company requisites first (Rules and settings → Company).")
    dialog.problems_label.clear()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems_label.text() != "", timeout=5000)
    assert dialog.problems_label.text() == (
        "The invoice was not issued:\n"
        "• Fill in the company requisites first (Rules and settings → Company).")
    assert dialog.issue_button.isEnabled() and dialog.isVisible()
    assert dialog.issued() is None
    assert desk.card().deal.invoices == ()


def test_problem_codes_in_words(make):
    dialog = make()
    words = dialog.problem_words(["name_missing", "bik_missing", "inn_invalid", "no_lines",
                                  "title_missing", "quantity_not_positive", "price_negative",
                                  "buyer_missing", "no_deal"])
    assert words == [
        "Fill in the company requisites first (Rules and settings → Company).",
        "The company INN in the requisites is wrong.",
        "Add at least one line with what is sold.",
        "Every line needs to say what is sold.",
        "Every quantity must be above zero.",
        "A price cannot be negative.",
        "Enter the buyer.",
        "The deal no longer exists.",
        "Correct the requisites in Rules and settings → Company.",
    ]


def test_enter_issues_the_invoice_and_its_pdf_is_kept(make, desk, qtbot):
    assert save_requisites(desk.context.uow_factory, SELLER) == []
    dialog = make()
    assert not dialog.problems_label.isVisible()
    dialog.add_line("Монтаж", Decimal(2), "час", Decimal("1500.50"))
    dialog.set_cell(1, UNIT, "ч")
    dialog.details_edit.setText("ИНН 500100732259, г. Люберцы")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.keyClick(dialog.buyer_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    issued = dialog.issued()
    assert (issued.number, issued.total) == (1, Decimal("49001.00"))
    [invoice] = desk.card().deal.invoices
    assert invoice.id == issued.id and invoice.has_pdf
    document = desk.context.reader.invoice_document(issued.id)
    assert [(line.title, line.quantity, line.unit) for line in document.lines] == [
        ("Котёл газовый Baxi", Decimal(1), "шт."), ("Монтаж", Decimal(2), "ч")]
    assert document.vat_rate == Decimal(22)
    assert document.buyer == "ООО Покупатель"
    assert document.buyer_details == "ИНН 500100732259, г. Люберцы"
    text = pdf_text(desk.context.reader.invoice_sending(issued.id).pdf)
    assert "Счёт на оплату № 1 от" in text
    assert "Монтаж" in text and "ООО Покупатель" in text


def test_esc_cancels_without_an_invoice(make, desk, qtbot):
    save_requisites(desk.context.uow_factory, SELLER)
    dialog = make()
    qtbot.keyClick(dialog.buyer_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert desk.card().deal.invoices == ()
