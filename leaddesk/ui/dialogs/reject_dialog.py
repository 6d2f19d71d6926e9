"""Rejecting a lead: a reason from the channel's list (keys 1..9) and a note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from leaddesk.services.ports import ReasonInfo
from leaddesk.ui.dialogs.common import button_box, digit_of, hint_label, roomy

NO_REASON = -1  # the item data of "No reason" (None cannot be told from "no data")


class RejectDialog(QDialog):
    """Why the lead is rejected. Keys 1..9 pick the n-th reason, 0 picks "No reason"."""

    def __init__(self, reasons: list[ReasonInfo], required: bool, parent=None) -> None:
        super().__init__(parent)
        self._required = required
        self.setWindowTitle(self.tr("Reject the lead"))
        self.setObjectName("rejectDialog")
        self.resize(440, 380)

        intro = QLabel(self.tr("Why is the lead rejected? Keys 1–9 pick a reason."), self)
        intro.setWordWrap(True)
        self.reasons = QListWidget(self)
        self.reasons.setObjectName("rejectReasons")
        roomy(self.reasons)
        if not required:
            item = QListWidgetItem("0   " + self.tr("No reason"), self.reasons)
            item.setData(Qt.ItemDataRole.UserRole, NO_REASON)
        for number, reason in enumerate(reasons, start=1):
            prefix = f"{number}   " if number <= 9 else "     "
            item = QListWidgetItem(prefix + reason.title, self.reasons)
            item.setData(Qt.ItemDataRole.UserRole, reason.id)
            item.setToolTip(reason.title)
        self._first_reason_row = 0 if required else 1
        self.reasons.installEventFilter(self)
        self.reasons.currentRowChanged.connect(self._update)
        self.reasons.itemDoubleClicked.connect(self._accept_if_valid)

        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("rejectNote")
        self.note_edit.setPlaceholderText(self.tr("For the team, optional"))
        self.note_edit.setMaxLength(1000)
        form = QFormLayout()
        form.addRow(self.tr("&Note:"), self.note_edit)

        self.hint = hint_label(self)
        self.buttons, self.ok_button = button_box(self, self.tr("Reject"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reasons, 1)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.reasons, self.note_edit)
        self.setTabOrder(self.note_edit, self.buttons)

        if not required:
            self.reasons.setCurrentRow(0)
        self.reasons.setFocus()
        self._update()

    # values
    def reason_id(self) -> int | None:
        """The chosen reason, or None for none."""
        item = self.reasons.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return None if value == NO_REASON else int(value)

    def note(self) -> str:
        return self.note_edit.text().strip()

    # picking
    def pick(self, number: int) -> bool:
        """Pick the ``number``-th reason (1..9), or "No reason" for 0 where allowed."""
        row = self._first_reason_row + number - 1 if number else (0 if not self._required
                                                                  else -1)
        if not 0 <= row < self.reasons.count():
            return False
        self.reasons.setCurrentRow(row)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.reasons and event.type() == QEvent.Type.KeyPress
                and self._pick_by_key(event)):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._pick_by_key(event):
            super().keyPressEvent(event)

    def _pick_by_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        digit = digit_of(event.key())
        if digit is None or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        self.pick(digit)
        return True

    # state
    def _valid(self) -> bool:
        return self.reason_id() is not None or not self._required

    def _update(self) -> None:
        if self._valid():
            self.hint.clear()
        elif self.reasons.count() == 0:
            self.hint.setText(self.tr("This channel requires a reason, and no reasons are set "
                                      "up yet: ask a supervisor to add them."))
        else:
            self.hint.setText(self.tr("This channel requires a reason."))
        self.ok_button.setEnabled(self._valid())

    def _accept_if_valid(self) -> None:
        if self._valid():
            self.accept()

    def accept(self) -> None:
        if self._valid():
            super().accept()
