"""The convert dialog: the amount as people type it, prefilled from the product's price."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from leaddesk.ui.dialogs.convert_dialog import ConvertDialog, plain_amount


@pytest.fixture
def make(qtbot):
    def make(price) -> ConvertDialog:
        dialog = ConvertDialog(price)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def test_amounts_are_prefilled_as_typed():
    assert plain_amount(Decimal("45000.00")) == "45 000"
    assert plain_amount(Decimal("1250.5")) == "1 250,50"


def test_the_product_price_is_prefilled_and_enter_converts(make, qtbot):
    dialog = make(Decimal("45000.00"))
    assert dialog.amount_edit.text() == "45 000"
    assert dialog.amount() == Decimal("45000.00") and dialog.currency() == "RUB"
    assert dialog.preview.text() == "45\u202f000\u00a0₽"
    dialog.currency_box.setCurrentIndex(dialog.currency_box.findData("EUR"))
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.currency() == "EUR"


def test_ok_waits_for_an_amount(make, qtbot):
    dialog = make(None)
    assert dialog.amount_edit.text() == ""
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Enter the amount of the deal."
    dialog.amount_edit.insert("сорок")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text().startswith("“сорок” is not an amount")
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "1 250,50")
    assert dialog.ok_button.isEnabled() and dialog.hint.text() == ""
    assert dialog.amount() == Decimal("1250.50")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
