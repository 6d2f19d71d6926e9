"""Choosing who gets the lead: type a few letters, Up/Down, Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from leaddesk.domain.codes import Role
from leaddesk.services.ports import UserInfo
from leaddesk.ui import labels
from leaddesk.ui.dialogs.common import ValidatedDialog, button_box, hint_label, roomy

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}


def _folded(text: str) -> str:
    return text.casefold().replace("ё", "е")


def role_word(code: str) -> str:
    """The role in the user's language; an unknown code as it is."""
    try:
        return labels.role(Role(code))
    except ValueError:
        return code


class AssignPicker(ValidatedDialog):
    """The active people; the filter keeps the focus while Up/Down move in the list."""

    def __init__(self, users: list[UserInfo], current_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self._current_id = current_id
        self._users = [user for user in users if user.active]
        self.setWindowTitle(self.tr("Assign the lead"))
        self.setObjectName("assignPicker")
        self.resize(400, 440)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("assignFilter")
        self.filter_edit.setPlaceholderText(self.tr("Name or login…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.filter_edit.textChanged.connect(self._apply_filter)
        find = QLabel(self.tr("&Find:"), self)
        find.setBuddy(self.filter_edit)

        self.people = QListWidget(self)
        self.people.setObjectName("assignPeople")
        roomy(self.people)
        for user in self._users:
            text = f"{user.name}  ·  {role_word(user.role)}"
            item = QListWidgetItem(self.people)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setToolTip(user.login)
            if user.id == current_id:
                text += "  ·  " + self.tr("has the lead now")
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setText(text)
        self.people.currentRowChanged.connect(self._update)
        self.people.itemDoubleClicked.connect(self.accept)

        self.hint = hint_label(self)
        self.buttons, self.ok_button = button_box(self, self.tr("Assign"))
        layout = QVBoxLayout(self)
        layout.addWidget(find)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.filter_edit, self.people)
        self.setTabOrder(self.people, self.buttons)

        self._select(self._first_visible(prefer_other=True))
        self.filter_edit.setFocus()
        self._update()

    # values
    def user_id(self) -> int | None:
        """The chosen person, or None."""
        item = self.people.currentItem()
        if item is None or item.isHidden() or not item.isSelected():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    # filtering and moving
    def _matches(self, user: UserInfo, text: str) -> bool:
        return not text or text in _folded(user.name) or text in _folded(user.login)

    def _apply_filter(self) -> None:
        text = _folded(self.filter_edit.text().strip())
        for row, user in enumerate(self._users):
            self.people.item(row).setHidden(not self._matches(user, text))
        current = self.people.currentItem()
        if current is None or current.isHidden():
            self._select(self._first_visible(prefer_other=False))
        self._update()

    def _visible_rows(self) -> list[int]:
        return [row for row in range(self.people.count()) if not self.people.item(row).isHidden()]

    def _first_visible(self, prefer_other: bool) -> int:
        rows = self._visible_rows()
        if prefer_other:
            others = [row for row in rows if self._users[row].id != self._current_id]
            rows = others or rows
        return rows[0] if rows else -1

    def _select(self, row: int) -> None:
        self.people.setCurrentRow(row)
        if row >= 0:
            self.people.scrollToItem(self.people.item(row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            step = _MOVES.get(event.key())
            if step is not None:
                self._move(step)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        rows = self._visible_rows()
        if not rows:
            return
        current = self.people.currentRow()
        position = rows.index(current) if current in rows else (-1 if step > 0 else len(rows))
        self._select(rows[max(0, min(len(rows) - 1, position + step))])

    # state
    def _problem(self) -> str:
        if not self._users:
            return self.tr("There is nobody active to assign the lead to.")
        if not self._visible_rows():
            return self.tr("Nobody matches “%1”.").replace("%1", self.filter_edit.text().strip())
        chosen = self.user_id()
        if chosen is None:
            return self.tr("Pick a person from the list.")
        if chosen == self._current_id:
            name = self._users[self.people.currentRow()].name
            return self.tr("%1 has the lead already: pick someone else.").replace("%1", name)
        return ""

