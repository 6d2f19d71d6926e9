"""The manual lead dialog: the contact is recognised off the GUI thread as the phone is typed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from leaddesk.domain.codes import ChannelKind
from leaddesk.services.ports import ContactMatch
from leaddesk.ui.dialogs.manual_lead_dialog import ManualLeadDialog

MARINA = ContactMatch(7, "Марина Петрова", ("+79125551122",), 3)


class FakeContacts:
    """Knows one phone; notes every question and the thread it was asked on."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.threads: set[int] = set()

    def __call__(self, text: str) -> list[ContactMatch]:
        self.asked.append(text)
        self.threads.add(threading.get_ident())
        return [MARINA] if "555" in text else []


@pytest.fixture
def contacts():
    return FakeContacts()


@pytest.fixture
def dialog(qtbot, contacts):
    widget = ManualLeadDialog(contacts)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_known_phone_shows_the_contact_and_fills_the_name(dialog, contacts, qtbot):
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Enter a phone, an email or a name."
    qtbot.keyClicks(dialog.phone_edit, "+7 912 555-11-22")
    qtbot.waitUntil(lambda: dialog.contact_label.text() != "", timeout=3000)
    assert dialog.contact_label.text() == "Known contact: Марина Петрова · 3 lead(s)"
    assert dialog.name_edit.text() == "Марина Петрова"
    assert contacts.asked == ["+7 912 555-11-22"]  # once, after the typing stopped
    assert threading.get_ident() not in contacts.threads  # and not on the GUI thread
    assert dialog.ok_button.isEnabled()


def test_an_unknown_phone_is_a_new_contact_and_a_typed_name_stays(dialog, contacts, qtbot):
    dialog.name_edit.setText("Сергей")
    qtbot.keyClicks(dialog.phone_edit, "8 903 000 00 01")
    qtbot.waitUntil(lambda: dialog.contact_label.text() == "New contact", timeout=3000)
    dialog.phone_edit.setText("+7 912 555-11-22")
    qtbot.waitUntil(lambda: dialog.contact_label.text().startswith("Known"), timeout=3000)
    assert dialog.name_edit.text() == "Сергей"  # what the person typed is not overwritten


def test_a_half_typed_phone_asks_nobody_and_says_so(dialog, contacts, qtbot):
    qtbot.keyClicks(dialog.phone_edit, "+7 912")
    qtbot.wait(400)
    assert contacts.asked == [] and dialog.contact_label.text() == ""
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "“+7 912” is not a whole phone number yet."


def test_a_walk_in_with_a_name_only(dialog, qtbot):
    dialog.walk_in.setChecked(True)
    dialog.name_edit.setText("Посетитель в синей куртке")
    dialog.text_edit.setPlainText("Смотрел котлы, вернётся в субботу\n")
    assert dialog.ok_button.isEnabled() and dialog.hint.text() == ""
    dialog.email_edit.setText("not-an-address")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "“not-an-address” is not an email address."
    dialog.email_edit.setText("guest@example.ru")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == {"kind": ChannelKind.WALKIN, "phone": "",
                               "name": "Посетитель в синей куртке", "email": "guest@example.ru",
                               "text": "Смотрел котлы, вернётся в субботу"}


def test_enter_in_a_line_accepts_and_esc_cancels(dialog, qtbot):
    dialog.name_edit.setText("Ольга")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog.show()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["kind"] is ChannelKind.PHONE
