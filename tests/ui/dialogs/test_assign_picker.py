"""The assign picker: type, Up/Down, Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from leaddesk.services.ports import UserInfo
from leaddesk.ui.dialogs.assign_picker import AssignPicker

USERS = [
    UserInfo(1, "anna", "Анна Котова", "manager", True),
    UserInfo(2, "boris", "Борис Лавров", "manager", True),
    UserInfo(3, "chief", "Олег Волков", "supervisor", True),
    UserInfo(4, "gone", "Борислав Ушедший", "manager", False),
    UserInfo(5, "fedor", "Фёдор Пешков", "partner", True),
]


@pytest.fixture
def make(qtbot):
    def make(current_id=1) -> AssignPicker:
        dialog = AssignPicker(USERS, current_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def shown(dialog: AssignPicker) -> list[str]:
    return [dialog.people.item(row).text() for row in range(dialog.people.count())
            if not dialog.people.item(row).isHidden()]


def test_active_people_with_their_role_and_the_owner_marked(make):
    dialog = make()
    assert shown(dialog) == ["Анна Котова  ·  Manager  ·  has the lead now",
                             "Борис Лавров  ·  Manager", "Олег Волков  ·  Supervisor",
                             "Фёдор Пешков  ·  partner"]
    assert dialog.people.item(0).font().bold()
    assert dialog.user_id() == 2  # the first one who is not the owner


def test_typing_filters_and_enter_picks(make, qtbot):
    dialog = make()
    dialog.filter_edit.insert("ВОЛК")  # QTest types ASCII only
    assert shown(dialog) == ["Олег Волков  ·  Supervisor"]
    assert dialog.user_id() == 3
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user_id() == 3


def test_the_login_and_e_for_yo_match_too(make, qtbot):
    dialog = make()
    qtbot.keyClicks(dialog.filter_edit, "chi")
    assert dialog.user_id() == 3
    dialog.filter_edit.clear()
    dialog.filter_edit.insert("федор")
    assert dialog.user_id() == 5


def test_up_and_down_move_in_the_list_while_typing(make, qtbot):
    dialog = make(current_id=None)
    dialog.filter_edit.insert("о")  # Котова, Борис, Волков, Фёдор (and Борислав, gone)
    assert dialog.user_id() == 1
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    assert dialog.user_id() == 3
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)  # stays on the last
    assert dialog.user_id() == 5
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Up)
    assert dialog.user_id() == 3
    assert dialog.filter_edit.text() == "о"
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Enter)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user_id() == 3


def test_nobody_matching_or_the_owner_again_disables_ok(make, qtbot):
    dialog = make()
    qtbot.keyClicks(dialog.filter_edit, "zzz")
    assert shown(dialog) == [] and dialog.user_id() is None
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Nobody matches “zzz”."
    dialog.filter_edit.setText("анна")
    assert dialog.user_id() == 1
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Анна Котова has the lead already: pick someone else."
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
