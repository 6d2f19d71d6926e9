"""The postpone dialog: quick choices give the right moment, in the company zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from leaddesk.ui.dialogs.postpone_dialog import PostponeDialog, quick_choices

MOSCOW = ZoneInfo("Europe/Moscow")
WEDNESDAY_MORNING = datetime(2026, 11, 25, 6, 5, 30, tzinfo=UTC)  # 09:05:30 in Moscow


@pytest.fixture
def make(qtbot):
    def make(now=WEDNESDAY_MORNING, zone=MOSCOW) -> PostponeDialog:
        dialog = PostponeDialog(now, zone)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def msk(*args) -> datetime:
    return datetime(*args, tzinfo=MOSCOW)


def test_the_quick_choices_of_a_wednesday_morning():
    assert quick_choices(WEDNESDAY_MORNING, MOSCOW) == [
        ("hour", msk(2026, 11, 25, 10, 5)),
        ("evening", msk(2026, 11, 25, 18, 0)),
        ("tomorrow", msk(2026, 11, 26, 10, 0)),
        ("monday", msk(2026, 11, 30, 10, 0)),
        ("week", msk(2026, 12, 2, 9, 5)),
    ]


def test_the_evening_is_offered_only_while_ahead_and_no_moment_twice():
    sunday_night = msk(2026, 11, 29, 19, 30)
    codes = [code for code, _moment in quick_choices(sunday_night, MOSCOW)]
    assert codes == ["hour", "tomorrow", "week"]  # Monday 10:00 is tomorrow morning


def test_a_quick_choice_gives_an_aware_utc_moment(make, qtbot):
    dialog = make()
    assert dialog.until() == datetime(2026, 11, 26, 7, 0, tzinfo=UTC)  # tomorrow 10:00 MSK
    assert dialog.until().tzinfo is UTC
    assert dialog.edit.text() == "26.11.2026 10:00"
    assert dialog.choose("monday")
    assert dialog.until() == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Up)  # the arrow keys walk the choices
    assert dialog.until() == datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
    assert dialog.choose("hour")
    assert dialog.until() == datetime(2026, 11, 25, 7, 5, tzinfo=UTC)
    assert dialog.when_label.text() == "in 59 min"
    dialog.note_edit.insert("перезвонить после совещания")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.note() == "перезвонить после совещания"


def test_the_field_is_in_the_company_zone(make):
    yekaterinburg = ZoneInfo("Asia/Yekaterinburg")  # UTC+5
    dialog = make(zone=yekaterinburg)
    assert dialog.edit.text() == "26.11.2026 10:00"
    assert dialog.until() == datetime(2026, 11, 26, 5, 0, tzinfo=UTC)
    dialog.set_until(datetime(2026, 12, 1, 14, 30, tzinfo=yekaterinburg))
    assert dialog.edit.text() == "01.12.2026 14:30"
    assert dialog.choices.currentRow() == -1  # no quick choice matches any more


def test_a_moment_in_the_past_disables_ok(make, qtbot):
    dialog = make()
    dialog.set_until(WEDNESDAY_MORNING - timedelta(minutes=5))
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Choose a moment in the future."
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.choose("week")
    assert dialog.ok_button.isEnabled() and dialog.hint.text() == ""
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_no_zone_means_the_company_default(make):
    dialog = make(zone=None)
    assert dialog.until() == datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
