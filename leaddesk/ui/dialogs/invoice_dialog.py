"""Issuing an invoice for a deal: the items, VAT, the buyer; then the PDF is made and kept."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from leaddesk.domain.invoice import InvoiceLine, requisites_problems, to_kopecks
from leaddesk.domain.lead_card import CardDeal
from leaddesk.domain.money import format_money
from leaddesk.services import invoices
from leaddesk.services.context import DeskContext
from leaddesk.services.deals import parse_amount
from leaddesk.services.invoices import InvoiceProblem, IssuedInvoice
from leaddesk.services.workflow_errors import NotAllowed
from leaddesk.ui import labels, message_bridge
from leaddesk.ui.dialogs.common import HINT_COLOR, button_box, hint_label
from leaddesk.ui.dialogs.convert_dialog import plain_amount
from leaddesk.ui.invoice_pdf import format_amount, render_invoice_pdf
from leaddesk.ui.ops import QueryOp

DEFAULT_UNIT = "шт."  # the invoice itself is a Russian document, whatever the UI language
# The general VAT rate is 22% since 1 January 2026 (20% before); 10% for food, children's
# goods and the like; 5% and 7% for simplified-tax businesses; 0% for exports.
VAT_RATES: tuple[Decimal | None, ...] = (None, Decimal(0), Decimal(5), Decimal(7),
                                         Decimal(10), Decimal(20), Decimal(22))
DEFAULT_VAT = Decimal(22)
TITLE, QUANTITY, UNIT, PRICE, LINE_SUM = range(5)
INVALID_CELL = "#fbe3e1"
REQUISITES_MISSING = ("name_missing", "inn_missing", "bank_name_missing", "bik_missing",
                      "account_missing")
REQUISITES_INVALID = ("inn_invalid", "kpp_invalid", "bik_invalid", "account_invalid",
                      "corr_account_invalid")


def parse_quantity(text: str) -> Decimal:
    """``2``, ``1,5``, ``0.25``. Raises ValueError for anything that is not a number."""
    cleaned = "".join(text.split()).replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value >= Decimal("1e9"):
        raise ValueError(text)
    return value


class _LiveDelegate(QStyledItemDelegate):
    """Tells what is typed into a cell before it is committed, so sums follow the typing.

    Signals:
        typing(QModelIndex, str): the cell at the index now holds this text in its editor.
    """

    typing = Signal(QModelIndex, str)

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda text, at=QModelIndex(index): self.typing.emit(at,
                                                                                          text))
        return editor


class InvoiceDialog(QDialog):
    """The items, VAT and buyer of a new invoice; "Issue invoice" issues it, makes the PDF
    and keeps it with the invoice, then the dialog closes."""

    def __init__(self, context: DeskContext, me_id: int, deal: CardDeal, buyer: str,
                 product_title: str = "", parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.me_id = me_id
        self.deal = deal
        self._issued: IssuedInvoice | None = None
        self._busy = False
        self._refreshing = False
        self._typing: tuple[int, int, str] | None = None
        self.setWindowTitle(self.tr("Issue an invoice"))
        self.setObjectName("invoiceDialog")
        self.resize(760, 540)

        self.buyer_edit = QLineEdit(buyer.strip(), self)
        self.buyer_edit.setObjectName("invoiceBuyer")
        self.buyer_edit.setPlaceholderText(self.tr("Company or person who pays"))
        self.buyer_edit.setMaxLength(300)
        self.details_edit = QLineEdit(self)
        self.details_edit.setObjectName("invoiceBuyerDetails")
        self.details_edit.setPlaceholderText(self.tr("INN, KPP, address — optional"))
        self.details_edit.setMaxLength(1000)
        form = QFormLayout()
        form.addRow(self.tr("&Buyer:"), self.buyer_edit)
        form.addRow(self.tr("Buyer &details:"), self.details_edit)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("invoiceItems")
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Quantity"),
                                              self.tr("Unit"), self.tr("Price"),
                                              self.tr("Sum")])
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   & ~QAbstractItemView.EditTrigger.CurrentChanged)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((QUANTITY, 90), (UNIT, 70), (PRICE, 120), (LINE_SUM, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.delegate = _LiveDelegate(self.table)
        self.delegate.typing.connect(self._on_typing)
        self.delegate.closeEditor.connect(self._on_editor_closed)
        self.table.setItemDelegate(self.delegate)
        self.table.itemChanged.connect(self._on_item_changed)
        items_label = QLabel(self.tr("&Items:"), self)
        items_label.setBuddy(self.table)

        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.add_button.clicked.connect(lambda: self.add_line(edit=True))
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.remove_button.clicked.connect(self.remove_line)
        self.vat_box = QComboBox(self)
        self.vat_box.setObjectName("invoiceVat")
        for rate in VAT_RATES:
            self.vat_box.addItem(self.tr("No VAT") if rate is None else f"{rate}%", rate)
        self.vat_box.setCurrentIndex(VAT_RATES.index(DEFAULT_VAT))
        self.vat_box.currentIndexChanged.connect(self._refresh)
        vat_label = QLabel(self.tr("&VAT:"), self)
        vat_label.setBuddy(self.vat_box)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(vat_label)
        row.addWidget(self.vat_box)

        self.total_label = QLabel(self)
        self.total_label.setObjectName("invoiceTotal")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        bold = QFont(self.total_label.font())
        bold.setBold(True)
        self.total_label.setFont(bold)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("invoiceProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {HINT_COLOR};")
        self.problems_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.hide()
        self.hint = hint_label(self)
        self.buttons, self.issue_button = button_box(self, self.tr("Issue invoice"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(items_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.total_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        order = [self.buyer_edit, self.details_edit, self.table, self.add_button,
                 self.remove_button, self.vat_box, self.buttons]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        self.buyer_edit.textChanged.connect(self._refresh)
        self.add_line(title=product_title.strip(), price=deal.amount)
        self._check_requisites()
        self.table.setFocus()
        self.table.setCurrentCell(0, TITLE)
        self._refresh()

    # values
    def issued(self) -> IssuedInvoice | None:
        """The invoice issued (None until it is)."""
        return self._issued

    def vat_rate(self) -> Decimal | None:
        return self.vat_box.currentData()

    def buyer(self) -> str:
        return self.buyer_edit.text().strip()

    def buyer_details(self) -> str:
        return self.details_edit.text().strip()

    def lines(self) -> list[InvoiceLine]:
        """The filled lines (raises ValueError while one cannot be read; the button is
        disabled then)."""
        return [InvoiceLine(self._text(row, TITLE), parse_quantity(self._text(row, QUANTITY)),
                            self._text(row, UNIT), parse_amount(self._text(row, PRICE)))
                for row in self._filled_rows()]

    # the items
    def add_line(self, title: str = "", quantity: Decimal = Decimal(1), unit: str = DEFAULT_UNIT,
                 price: Decimal | None = None, edit: bool = False) -> int:
        """Append a line; returns its row."""
        row = self.table.rowCount()
        self._refreshing = True
        try:
            self.table.insertRow(row)
            texts = {TITLE: title, QUANTITY: str(quantity).replace(".", ","), UNIT: unit,
                     PRICE: plain_amount(price) if price is not None else ""}
            for column in range(5):
                item = QTableWidgetItem(texts.get(column, ""))
                if column in (QUANTITY, PRICE, LINE_SUM):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == LINE_SUM:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    item.setForeground(QBrush(QColor("#444")))
                self.table.setItem(row, column, item)
        finally:
            self._refreshing = False
        self._refresh()
        if edit:
            self.table.setFocus()
            self.table.setCurrentCell(row, TITLE)
            self.table.editItem(self.table.item(row, TITLE))
        return row

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self._typing = None
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), TITLE)
        self._refresh()

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Put ``text`` into a cell as if typed and committed."""
        self.table.item(row, column).setText(text)

    def _text(self, row: int, column: int) -> str:
        if self._typing is not None and self._typing[:2] == (row, column):
            return self._typing[2].strip()
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _filled_rows(self) -> list[int]:
        """Rows with a title or a price (an added line left empty does not count)."""
        return [row for row in range(self.table.rowCount())
                if any(self._text(row, column) for column in (TITLE, PRICE))]

    def _on_typing(self, index: QModelIndex, text: str) -> None:
        self._typing = (index.row(), index.column(), text)
        self._refresh()

    def _on_editor_closed(self) -> None:
        self._typing = None
        self._refresh()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._refreshing and item.column() != LINE_SUM:
            self._typing = None
            self._refresh()

    # checking and totals
    def _line_problems(self) -> list[str]:
        problems = []
        rows = self._filled_rows()
        if not rows:
            problems.append(self.tr("Add at least one line with what is sold."))
        for row in rows:
            number = str(row + 1)
            if not self._text(row, TITLE):
                problems.append(self.tr("Line %1: say what is sold.").replace("%1", number))
            try:
                if parse_quantity(self._text(row, QUANTITY)) <= 0:
                    raise ValueError
            except ValueError:
                problems.append(self.tr("Line %1: the quantity must be a number above zero.")
                                .replace("%1", number))
            try:
                parse_amount(self._text(row, PRICE))
            except ValueError:
                problems.append(self.tr("Line %1: enter the price, like 45 000 or 1 250,50.")
                                .replace("%1", number))
        if not self.buyer():
            problems.append(self.tr("Enter the buyer."))
        return problems

    def _refresh(self) -> None:
        """Line sums, the total and the hint, after any change."""
        self._refreshing = True
        try:
            total = Decimal(0)
            filled = set(self._filled_rows())
            for row in range(self.table.rowCount()):
                line_sum = self._line_sum(row)
                self.table.item(row, LINE_SUM).setText(
                    format_amount(line_sum) if line_sum is not None else "—")
                if line_sum is not None:
                    total += line_sum
                self._mark_row(row, row in filled)
        finally:
            self._refreshing = False
        rate = self.vat_rate()
        text = self.tr("Total: %1").replace("%1", format_money(total, self.deal.currency))
        if rate is None:
            text += " · " + self.tr("no VAT")
        else:
            vat = to_kopecks(total * rate / (100 + rate))
            text += " · " + self.tr("VAT %1% included: %2").replace("%1", str(rate)).replace(
                "%2", format_money(vat, self.deal.currency))
        self.total_label.setText(text)
        problems = self._line_problems()
        self.hint.setText(problems[0] if problems else "")
        self.issue_button.setEnabled(not problems and not self._busy)
        self.remove_button.setEnabled(self.table.rowCount() > 0 and not self._busy)

    def _mark_row(self, row: int, filled: bool) -> None:
        """Tint the cells of a filled line that cannot be read."""
        wrong = {TITLE: not self._text(row, TITLE), QUANTITY: False, PRICE: False}
        try:
            wrong[QUANTITY] = parse_quantity(self._text(row, QUANTITY)) <= 0
        except ValueError:
            wrong[QUANTITY] = True
        try:
            parse_amount(self._text(row, PRICE))
        except ValueError:
            wrong[PRICE] = True
        for column, is_wrong in wrong.items():
            self.table.item(row, column).setBackground(
                QBrush(QColor(INVALID_CELL)) if filled and is_wrong else QBrush())

    def _line_sum(self, row: int) -> Decimal | None:
        try:
            quantity = parse_quantity(self._text(row, QUANTITY))
            price = parse_amount(self._text(row, PRICE))
        except ValueError:
            return None
        return to_kopecks(quantity * price)

    # problems from the service
    def problem_text(self, code: str) -> str:
        """One problem code of ``InvoiceProblem`` in words."""
        if code in REQUISITES_MISSING:
            return self.tr("Fill in the company requisites first "
                           "(Rules and settings → Company).")
        return {
            "inn_invalid": self.tr("The company INN in the requisites is wrong."),
            "kpp_invalid": self.tr("The company KPP in the requisites must be 9 characters."),
            "bik_invalid": self.tr("The bank BIK in the requisites must be 9 digits."),
            "account_invalid": self.tr("The bank account in the requisites must be 20 digits."),
            "corr_account_invalid": self.tr("The correspondent account in the requisites must "
                                            "be 20 digits."),
            "no_lines": self.tr("Add at least one line with what is sold."),
            "title_missing": self.tr("Every line needs to say what is sold."),
            "quantity_not_positive": self.tr("Every quantity must be above zero."),
            "price_negative": self.tr("A price cannot be negative."),
            "buyer_missing": self.tr("Enter the buyer."),
        }.get(code) or labels.problem(code)

    def problem_words(self, codes: list[str]) -> list[str]:
        """The codes in words, each once; wrong requisites end with where to correct them."""
        words = [self.problem_text(code) for code in codes]
        if any(code in REQUISITES_INVALID for code in codes):
            words.append(self.tr("Correct the requisites in Rules and settings → Company."))
        return list(dict.fromkeys(words))

    def _show_problems(self, heading: str, codes: list[str]) -> None:
        words = self.problem_words(codes)
        self.problems_label.setText("\n".join([heading, *(f"• {line}" for line in words)]))
        self.problems_label.setVisible(bool(words))

    def _check_requisites(self) -> None:
        problems = requisites_problems(invoices.requisites(self.context.reader))
        if problems:
            self._show_problems(self.tr("An invoice cannot be issued yet:"), problems)

    # issuing
    def issue(self) -> None:
        """Issue the invoice off the GUI thread; then make and keep its PDF and close."""
        if self._busy or self._issued is not None:
            return
        try:
            lines = self.lines()
        except ValueError:
            return
        if self._line_problems():
            return
        uow, deal_id, me = self.context.uow_factory, self.deal.id, self.me_id
        vat, buyer, details = self.vat_rate(), self.buyer(), self.buyer_details()
        self._set_busy(True)
        QueryOp(lambda: invoices.issue_invoice(uow, deal_id, me, lines, vat, buyer, details)) \
            .success(self._on_issued).failure(self._on_refused).run()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.hint.setText(self.tr("Issuing the invoice…"))
        self.table.setEnabled(not busy)
        self.add_button.setEnabled(not busy)
        if busy:
            self.issue_button.setEnabled(False)
        else:
            self._refresh()

    def _on_refused(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(error, InvoiceProblem):
            self._show_problems(self.tr("The invoice was not issued:"), error.problems)
        elif isinstance(error, NotAllowed):
            self._show_problems(self.tr("The invoice was not issued:"), [error.code])
        else:
            message_bridge.error(self.tr("Issuing the invoice"), error)
            self.problems_label.setText(self.tr("The invoice was not issued: %1").replace(
                "%1", str(error) or type(error).__name__))
            self.problems_label.show()

    def _on_issued(self, issued: IssuedInvoice) -> None:
        self._issued = issued
        if not shiboken6.isValid(self):
            return
        what = self.tr("Making the invoice PDF")
        self.hint.setText(self.tr("Invoice № %1 issued; making its PDF…")
                          .replace("%1", str(issued.number)))
        try:
            pdf = render_invoice_pdf(self.context.reader.invoice_document(issued.id))
        except Exception as error:  # the invoice stands; the card makes the PDF later
            message_bridge.error(what, error)
            self._finish()
            return
        uow = self.context.uow_factory
        QueryOp(lambda: invoices.store_invoice_pdf(uow, issued.id, pdf), what=what) \
            .success(lambda _result: self._finish()) \
            .failure(lambda error: (message_bridge.error(what, error), self._finish())).run()

    def _finish(self) -> None:
        if shiboken6.isValid(self):
            self._busy = False
            super().accept()

    def accept(self) -> None:
        """Enter and the button issue the invoice; the dialog closes once it is issued."""
        if self._issued is not None and not self._busy:
            super().accept()
        else:
            self.issue()

    def reject(self) -> None:
        if not self._busy:  # an invoice being issued is seen through
            super().reject()
