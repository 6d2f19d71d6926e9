"""Converting a lead into a deal: the amount (as people type it) and the currency."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from leaddesk.domain.money import SYMBOLS, format_money
from leaddesk.services.deals import CURRENCIES, parse_amount
from leaddesk.ui.dialogs.common import button_box, hint_label


def plain_amount(amount: Decimal) -> str:
    """``45 000`` or ``1 250,50``: as a person would type it (``parse_amount`` reads it)."""
    text = f"{amount:,.2f}".replace(",", " ").replace(".", ",")
    return text.removesuffix(",00")


class ConvertDialog(QDialog):
    """The deal's amount, prefilled from the product's price, and its currency."""

    def __init__(self, product_price: Decimal | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Convert into a deal"))
        self.setObjectName("convertDialog")

        intro = QLabel(self.tr("The lead becomes a deal with this amount."), self)
        intro.setWordWrap(True)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("dealAmount")
        self.amount_edit.setPlaceholderText(self.tr("e.g. 45 000 or 1 250,50"))
        self.amount_edit.setMaxLength(40)
        if product_price is not None:
            self.amount_edit.setText(plain_amount(product_price))
        self.currency_box = QComboBox(self)
        self.currency_box.setObjectName("dealCurrency")
        for code in CURRENCIES:
            self.currency_box.addItem(f"{SYMBOLS.get(code, code)}  {code}", code)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_box)
        self.preview = QLabel(self)
        self.preview.setObjectName("dealAmountPreview")
        self.preview.setStyleSheet("color: #555;")
        form = QFormLayout()
        amount_label = QLabel(self.tr("&Amount:"), self)
        amount_label.setBuddy(self.amount_edit)
        form.addRow(amount_label, amount_row)
        form.addRow("", self.preview)

        self.hint = hint_label(self)
        self.buttons, self.ok_button = button_box(self, self.tr("Convert"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.amount_edit, self.currency_box)
        self.setTabOrder(self.currency_box, self.buttons)

        self.resize(400, self.sizeHint().height())
        self.amount_edit.textChanged.connect(self._update)
        self.currency_box.currentIndexChanged.connect(self._update)
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()
        self._update()

    # values
    def amount(self) -> Decimal:
        """The amount; raises ValueError while the text is no amount (OK is disabled then)."""
        return parse_amount(self.amount_edit.text())

    def currency(self) -> str:
        return self.currency_box.currentData()

    # state
    def _parsed(self) -> Decimal | None:
        try:
            return self.amount()
        except ValueError:
            return None

    def _update(self) -> None:
        amount = self._parsed()
        if amount is not None:
            self.hint.clear()
            self.preview.setText(format_money(amount, self.currency()))
        elif not self.amount_edit.text().strip():
            self.hint.setText(self.tr("Enter the amount of the deal."))
            self.preview.clear()
        else:
            self.hint.setText(self.tr("“%1” is not an amount: write it like 45 000 or "
                                      "1 250,50.").replace("%1", self.amount_edit.text().strip()))
            self.preview.clear()
        self.ok_button.setEnabled(amount is not None)

    def accept(self) -> None:
        if self._parsed() is not None:
            super().accept()
