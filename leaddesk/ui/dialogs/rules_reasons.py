"""The Reject reasons tab: the list managers pick from when they reject a lead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.services import rules
from leaddesk.services.context import DeskContext
from leaddesk.ui.dialogs.rules_base import RulesTab, StatusLine, button, hint, move_current, roomy

EDITABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)


class ReasonsTab(RulesTab):
    """An editable, ordered list of reasons."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._saved: list[str] = []
        self.reason_list = QListWidget(self)
        self.reason_list.setObjectName("rulesReasons")
        roomy(self.reason_list)
        self.reason_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.reason_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.reason_list.itemChanged.connect(self._changed)
        self.reason_list.model().rowsMoved.connect(self._changed)

        side = QVBoxLayout()
        side.addWidget(button(self.tr("Add"), self, self.add_reason))
        side.addWidget(button(self.tr("Rename"), self, self._rename, self.tr("Or press F2")))
        side.addWidget(button(self.tr("Remove"), self, self.remove_reason))
        side.addSpacing(12)
        side.addWidget(button(self.tr("Move up"), self, lambda: self.move_reason(-1)))
        side.addWidget(button(self.tr("Move down"), self, lambda: self.move_reason(1)))
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.reason_list, 1)
        row.addLayout(side)
        self.status = StatusLine(self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Managers pick one of these when they reject a lead, in this order. A renamed "
            "reason is a new one: leads rejected earlier keep the old wording."), self))
        layout.addLayout(row, 1)
        layout.addWidget(self.status)
        self.load()

    def load(self) -> None:
        self._saved = [r.title for r in self.context.reader.reject_reasons()]
        self.reason_list.blockSignals(True)
        self.reason_list.clear()
        for title in self._saved:
            self._item(title)
        self.reason_list.blockSignals(False)

    def _item(self, title: str, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setFlags(EDITABLE)
        self.reason_list.insertItem(self.reason_list.count() if row is None else row, item)
        return item

    def titles(self) -> list[str]:
        """The reasons as they stand in the list."""
        return [self.reason_list.item(row).text() for row in range(self.reason_list.count())]

    def add_reason(self) -> None:
        item = self._item(self.tr("New reason"), self.reason_list.currentRow() + 1)
        self.reason_list.setCurrentItem(item)
        self.reason_list.editItem(item)
        self._changed()

    def _rename(self) -> None:
        item = self.reason_list.currentItem()
        if item is not None:
            self.reason_list.editItem(item)

    def remove_reason(self) -> None:
        row = self.reason_list.currentRow()
        if row >= 0:
            self.reason_list.takeItem(row)
            self._changed()

    def move_reason(self, step: int) -> None:
        if move_current(self.reason_list, step):
            self._changed()

    def _changed(self, *_args) -> None:
        self.status.clear()
        self.edited.emit()

    def is_dirty(self) -> bool:
        return self.titles() != self._saved

    def save(self) -> bool:
        typed = self.titles()
        rules.set_reject_reasons(self.context.uow_factory, typed)
        self.load()
        if len(self._saved) != len(typed):
            self.status.show_ok(self.tr("Saved. Empty and repeated reasons were left out."))
        else:
            self.status.show_ok(self.tr("%n reason(s) saved.", "", len(self._saved)))
        return True
