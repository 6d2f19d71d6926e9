"""The fields of a web form in the generator: the table (used, label, name, required,
hidden, a hidden field's value, in order) and the dialog that adds a custom field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.webforms import STANDARD_FIELDS, FieldKind, FormField, field_problems
from leaddesk.ui.dialogs.common import ValidatedDialog, button_box, hint_label
from leaddesk.ui.dialogs.web_chat_form import setup_problem_words

STANDARD_NAMES = frozenset(f.name for f in STANDARD_FIELDS)
Row = tuple[bool, FormField]  # (used, the field), a row of the fields table
GREY = "#888888"


class FieldsTable(QTableWidget):
    """The fields of a form, one row each: Use, label (editable), name, Required, Hidden
    and the fixed value of a hidden field; the order of the rows is the form's.

    Signals:
        edited(): a box ticked, a label or value typed, a row moved, added or removed.
    """

    edited = Signal()
    USE, LABEL, NAME, REQUIRED, HIDDEN, VALUE = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("fieldsTable")
        self.setHorizontalHeaderLabels([self.tr("Use"), self.tr("Label"), self.tr("Name"),
                                        self.tr("Required"), self.tr("Hidden"),
                                        self.tr("Value of a hidden field")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._filling = False
        self.itemChanged.connect(self._changed)

    def set_rows(self, rows: list[Row]) -> None:
        self._filling = True
        self.setRowCount(len(rows))
        for row, (used, field) in enumerate(rows):
            self._fill_row(row, used, field)
        self._filling = False
        self.resizeColumnsToContents()
        self.setColumnWidth(self.LABEL, max(self.columnWidth(self.LABEL), 170))

    def _fill_row(self, row: int, used: bool, field: FormField) -> None:
        self.setItem(row, self.USE, _check(used))
        label = QTableWidgetItem(field.label)
        label.setToolTip(self.tr("Double-click to change what visitors read"))
        self.setItem(row, self.LABEL, label)
        name = QTableWidgetItem(field.name)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setData(Qt.ItemDataRole.UserRole, field.kind.value)
        self.setItem(row, self.NAME, name)
        self.setItem(row, self.REQUIRED, _check(field.required))
        self.setItem(row, self.HIDDEN, _check(field.hidden))
        self.setItem(row, self.VALUE, QTableWidgetItem(field.value))
        self._dress(row)

    def _dress(self, row: int) -> None:
        """Unused rows in grey; the value editable only for a hidden field."""
        used, field = self.row(row)
        grey = QColor(GREY)
        for column in (self.LABEL, self.NAME):
            item = self.item(row, column)
            item.setForeground(self.palette().text().color() if used else grey)
        value = self.item(row, self.VALUE)
        flags = value.flags()
        value.setFlags(flags | Qt.ItemFlag.ItemIsEditable if field.hidden
                       else flags & ~Qt.ItemFlag.ItemIsEditable)
        value.setForeground(self.palette().text().color() if field.hidden else grey)
        value.setToolTip(self.tr("Sent with every post of the form, e.g. the landing page's "
                                 "name") if field.hidden else
                         self.tr("Tick Hidden to give the field a fixed value"))

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = item.row()
        self._filling = True
        checked = item.checkState() == Qt.CheckState.Checked
        if item.column() in (self.REQUIRED, self.HIDDEN) and checked:
            self.item(row, self.USE).setCheckState(Qt.CheckState.Checked)
        if item.column() == self.VALUE and item.text().strip():
            self.item(row, self.USE).setCheckState(Qt.CheckState.Checked)
        self._dress(row)
        self._filling = False
        self.edited.emit()

    def row(self, row: int) -> Row:
        def ticked(column: int) -> bool:
            return self.item(row, column).checkState() == Qt.CheckState.Checked

        name = self.item(row, self.NAME)
        field = FormField(name.text(), self.item(row, self.LABEL).text().strip(),
                          FieldKind(name.data(Qt.ItemDataRole.UserRole)),
                          ticked(self.REQUIRED), ticked(self.HIDDEN),
                          self.item(row, self.VALUE).text().strip())
        return ticked(self.USE), field

    def rows(self) -> list[Row]:
        return [self.row(r) for r in range(self.rowCount())]

    def names(self) -> list[str]:
        return [self.item(r, self.NAME).text() for r in range(self.rowCount())]

    def row_of(self, name: str) -> int | None:
        names = self.names()
        return names.index(name) if name in names else None

    def is_custom(self, row: int) -> bool:
        return 0 <= row < self.rowCount() and self.item(row, self.NAME).text() \
            not in STANDARD_NAMES

    def add(self, field: FormField) -> None:
        rows = [*self.rows(), (True, field)]
        self.set_rows(rows)
        self.selectRow(len(rows) - 1)
        self.edited.emit()

    def remove_current(self) -> None:
        row = self.currentRow()
        if self.is_custom(row):
            rows = self.rows()
            del rows[row]
            self.set_rows(rows)
            self.edited.emit()

    def move(self, step: int) -> None:
        """The row chosen one place up (-1) or down (+1)."""
        row, column = self.currentRow(), max(self.currentColumn(), 0)
        target = row + step
        if row < 0 or not 0 <= target < self.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.setCurrentCell(target, column)
        self.edited.emit()


def _check(on: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                  | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    return item


class AddFieldDialog(ValidatedDialog):
    """A custom field: its name in the post (Latin letters), its label, its kind."""

    def __init__(self, taken: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taken = set(taken)
        self.setWindowTitle(self.tr("Add a field"))
        self.setMinimumWidth(440)
        self.name_edit = _line(self, "fieldName", 40)
        self.name_edit.setPlaceholderText(self.tr("e.g. flat_area"))
        self.label_edit = _line(self, "fieldLabel", 200)
        self.label_edit.setPlaceholderText(self.tr("e.g. Flat area, m²"))
        self.kind_box = QComboBox(self)
        kinds = [(self.tr("One line"), FieldKind.TEXT), (self.tr("Several lines"),
                 FieldKind.TEXTAREA), (self.tr("Phone"), FieldKind.PHONE),
                 (self.tr("Email"), FieldKind.EMAIL)]
        for text, kind in kinds:
            self.kind_box.addItem(text, kind.value)
        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label_edit)
        form.addRow(self.tr("&Name in the post:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        self.hint = hint_label(self)
        self.buttons, self.ok_button = button_box(self, self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.label_edit.textChanged.connect(self._update)
        self._update()
        self.label_edit.setFocus()

    def field(self) -> FormField:
        return FormField(self.name_edit.text().strip(),
                         self.label_edit.text().strip() or self.name_edit.text().strip(),
                         FieldKind(self.kind_box.currentData()))

    def _problem(self) -> str:
        name = self.name_edit.text().strip()
        if not self.label_edit.text().strip():
            return self.tr("Write the field's label: visitors see it.")
        if not name:
            return self.tr("Give the field a name for the post, e.g. flat_area.")
        if name in self.taken:
            return self.tr("The form has a field named “%1” already.").replace("%1", name)
        if field_problems((self.field(),)):
            return setup_problem_words(f"bad_name:{name}")
        return ""


def _line(parent: QWidget, name: str, length: int) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(length)
    return edit
