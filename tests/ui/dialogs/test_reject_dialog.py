"""The reject dialog: a reason by its number key, a note, OK only when the channel is content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from leaddesk.services.ports import ReasonInfo
from leaddesk.ui.dialogs.reject_dialog import RejectDialog

REASONS = [ReasonInfo(11, "Дорого"), ReasonInfo(12, "Спам"), ReasonInfo(13, "Не наш профиль")]


@pytest.fixture
def make(qtbot):
    def make(reasons=REASONS, required=True) -> RejectDialog:
        dialog = RejectDialog(reasons, required)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def test_a_required_reason_keeps_ok_disabled_until_one_is_picked(make, qtbot):
    dialog = make(required=True)
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "This channel requires a reason."
    assert dialog.reason_id() is None
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return)  # Enter does nothing yet
    assert dialog.result() == 0 and dialog.isVisible()
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_2)
    assert dialog.reason_id() == 12
    assert dialog.ok_button.isEnabled() and dialog.hint.text() == ""
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_number_keys_pick_the_nth_reason_and_digits_in_the_note_stay_text(make, qtbot):
    dialog = make()
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_3)
    assert dialog.reason_id() == 13
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_1, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.reason_id() == 11
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_9)  # there is no ninth: nothing changes
    assert dialog.reason_id() == 11
    dialog.note_edit.insert("  перезвонить ")  # (QTest types ASCII only)
    qtbot.keyClicks(dialog.note_edit, "2")
    dialog.note_edit.insert(" раза ")
    assert dialog.reason_id() == 11
    assert dialog.note() == "перезвонить 2 раза"


def test_without_a_requirement_no_reason_is_fine(make, qtbot):
    dialog = make(required=False)
    assert dialog.ok_button.isEnabled() and dialog.hint.text() == ""
    assert dialog.reason_id() is None
    assert dialog.reasons.item(0).text().endswith("No reason")
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_1)
    assert dialog.reason_id() == 11
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_0)
    assert dialog.reason_id() is None
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_no_reasons_set_up_on_a_channel_that_requires_one_is_explained(make):
    dialog = make(reasons=[], required=True)
    assert not dialog.ok_button.isEnabled()
    assert "no reasons are set up" in dialog.hint.text()
