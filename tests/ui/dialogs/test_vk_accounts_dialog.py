"""The VK communities dialog and the community form: the community number goes to the
channel, the token to the keyring (never the database), VK is asked off the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QColor

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.email_account import secret_key
from leaddesk.domain.vk import VkSettings
from leaddesk.services.vk_accounts import add_vk_channel, vk_accounts
from leaddesk.ui.dialogs.vk_account_form import VkAccountForm, parse_group_id
from leaddesk.ui.dialogs.vk_accounts_dialog import PROBLEM_COLOR, VkAccountsDialog
from tests.helpers import accounts_ui
from tests.helpers.accounts_ui import cell, db_bytes, name_note_on_save, warning_on_save

# memory_keyring (tests/conftest.py): an empty MemoryKeyring as the keyring, the previous
# one back after the test; vk_fake: a loopback VK, community 123 «Магазин дверей», token
# "vk-token"; desk, no_keyring: see tests/helpers/accounts_ui.py
desk, no_keyring = accounts_ui.desk, accounts_ui.no_keyring


def open_dialog(qtbot, desk, **kwargs) -> VkAccountsDialog:
    return accounts_ui.open_dialog(qtbot, VkAccountsDialog, desk, **kwargs)


def new_form(qtbot, desk) -> VkAccountForm:
    return accounts_ui.new_form(qtbot, VkAccountForm, desk)


def fill(form: VkAccountForm, vk_fake, token: str | None = None) -> None:
    form.name_edit.setText("ВКонтакте: двери")
    form.group_edit.setText(str(vk_fake.group_id))
    form.token_edit.setText(vk_fake.token if token is None else token)
    form.advanced.setChecked(True)
    form.api_edit.setText(vk_fake.api_base)


@pytest.mark.parametrize(("typed", "number"), [
    ("123", 123), (" -123 ", 123), ("club123", 123), ("public123", 123), ("event77", 77),
    ("https://vk.com/club123", 123), ("vk.com/public123?w=wall-123_5", 123),
    ("https://m.vk.com/club123/", 123), ("https://vk.ru/gim123", 123),
    ("https://vk.com/write-123", 123), ("@club123", 123),
    ("", None), ("doors", None), ("https://vk.com/doors", None), ("id123", None),
    ("0", None), ("club", None), ("https://example.com/club123", None),
])
def test_the_community_number_is_read_from_a_number_or_a_link(typed, number):
    assert parse_group_id(typed) == number


def test_ok_stays_off_until_the_community_and_the_token_are_there(
        qtbot, desk, memory_keyring):
    form = new_form(qtbot, desk)
    assert form.hint.text() == "Give the community a name: the channel is shown by it."
    assert not form.ok_button.isEnabled() and not form.check.button.isEnabled()
    form.name_edit.setText("ВКонтакте")
    assert form.hint.text() == "Enter the community's ID or its link."
    form.group_edit.setText("https://vk.com/doors")
    assert form.hint.text().startswith("No community number can be read from this")
    form.group_edit.setText("https://vk.com/club123")
    assert form.hint.text() == "Enter the community's access token."
    assert not form.ok_button.isEnabled() and not form.check.button.isEnabled()
    form.token_edit.setText("vk1.a.token")
    assert form.hint.text() == "" and form.ok_button.isEnabled()
    assert form.check.button.isEnabled()
    assert not form.api_edit.isVisible()  # advanced: folded away at first
    form.advanced.setChecked(True)
    assert form.api_edit.isVisible()
    form.api_edit.setText("127.0.0.1:8080")
    assert form.hint.text() == "The API address must start with https:// or http://."
    assert not form.ok_button.isEnabled()
    form.api_edit.setText("")
    assert form.ok_button.isEnabled()
    assert form.settings() == VkSettings(123, "", 30)


def test_a_community_link_becomes_its_number(qtbot, desk, memory_keyring):
    form = new_form(qtbot, desk)
    form.group_edit.setText("https://vk.com/club123")
    assert form.settings().group_id == 123
    form.group_edit.editingFinished.emit()
    assert form.group_edit.text() == "123"
    form.group_edit.setText("https://vk.com/doors")  # no number in it: left as typed
    form.group_edit.editingFinished.emit()
    assert form.group_edit.text() == "https://vk.com/doors"


def test_adding_a_community_keeps_the_token_in_the_keyring_only(
        qtbot, desk, memory_keyring, sqlite_url, vk_fake):
    dialog = open_dialog(qtbot, desk)
    assert dialog.table.rowCount() == 0 and not dialog.edit_button.isEnabled()
    form = dialog.make_form()
    qtbot.addWidget(form)
    form.show()
    fill(form, vk_fake)
    form.history_days.setValue(7)
    with qtbot.waitSignal(dialog.loaded, timeout=5000), \
            qtbot.waitSignal(form.accepted, timeout=5000):
        form.ok_button.click()

    [(channel_id, name, saved)] = vk_accounts(desk.reader)
    assert form.channel_id == channel_id and name == "ВКонтакте: двери"
    assert saved == VkSettings(vk_fake.group_id, vk_fake.api_base, 7)
    [status] = desk.reader.account_statuses(ChannelKind.VK)
    assert status.settings["group_id"] == 123
    assert memory_keyring.store == {("LeadDesk", secret_key(channel_id)): vk_fake.token}
    stored = db_bytes(sqlite_url)
    assert vk_fake.api_base.encode() in stored  # the settings are there...
    assert vk_fake.token.encode() not in stored  # ...the token is not
    assert vk_fake.token.encode("utf-16-le") not in stored

    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, dialog.NAME).text() == "ВКонтакте: двери"
    assert dialog.table.item(0, dialog.COMMUNITY).text() == "123"
    assert dialog.table.item(0, dialog.STATE).text() == "never synced"
    assert dialog.selected_id() == channel_id and dialog.edit_button.isEnabled()


def test_testing_the_connection_shows_the_community_name(
        qtbot, desk, memory_keyring, vk_fake):
    form = new_form(qtbot, desk)
    fill(form, vk_fake)
    form.check.button.click()
    assert form.check.running and not form.check.button.isEnabled()
    qtbot.waitUntil(lambda: not form.check.running, timeout=10000)
    assert form.check.lines() == [
        "✓ Community: “Магазин дверей”, the token works",
        "✓ Receiving messages (Long Poll API): switched on",
    ]
    assert form.long_poll_hint.isHidden()
    assert desk.reader.account_statuses(ChannelKind.VK) == []  # a test saves nothing


def test_a_wrong_token_is_told(qtbot, desk, memory_keyring, vk_fake):
    form = new_form(qtbot, desk)
    fill(form, vk_fake, token="not-the-token")
    form.check.button.click()
    qtbot.waitUntil(lambda: not form.check.running, timeout=10000)
    [line] = form.check.lines()
    assert line.startswith("✗ Community: ") and "token" in line
    assert form.check.button.isEnabled()


def test_long_poll_switched_off_brings_the_hint(qtbot, desk, memory_keyring, vk_fake):
    vk_fake.fail_next("groups.getLongPollServer", 15, "Access denied")
    form = new_form(qtbot, desk)
    fill(form, vk_fake)
    form.check.button.click()
    qtbot.waitUntil(lambda: not form.check.running, timeout=10000)
    lines = form.check.lines()
    assert lines[0].startswith("✓ Community: “Магазин дверей”")
    assert lines[1].startswith("✗ Receiving messages (Long Poll API): ")
    assert form.long_poll_hint.isVisible()
    assert "Incoming message" in form.long_poll_hint.text()


def test_without_a_keyring_nothing_is_saved_and_the_reason_is_told(
        qtbot, desk, no_keyring, monkeypatch, vk_fake):
    form = new_form(qtbot, desk)
    fill(form, vk_fake)
    told = warning_on_save(qtbot, form, monkeypatch)
    assert told.startswith("The token cannot be stored: no system keyring is "
                           "available on this computer")
    assert told.endswith(". Nothing was saved.")
    assert desk.reader.account_statuses(ChannelKind.VK) == []
    assert form.isVisible() and form.ok_button.isEnabled()  # what was typed is kept


def test_a_name_taken_is_told_next_to_the_name(qtbot, desk, memory_keyring, vk_fake):
    add_vk_channel(desk.uow_factory, desk.secrets, "ВКонтакте: двери", VkSettings(77), "t")
    form = new_form(qtbot, desk)
    fill(form, vk_fake)
    assert name_note_on_save(qtbot, form) == ("A channel named “ВКонтакте: двери” exists "
                                              "already: choose another name.")


def test_editing_keeps_the_stored_token_when_none_is_typed(
        qtbot, desk, memory_keyring, vk_fake):
    channel_id = add_vk_channel(desk.uow_factory, desk.secrets, "ВКонтакте",
                                VkSettings(vk_fake.group_id, vk_fake.api_base), vk_fake.token)
    dialog = open_dialog(qtbot, desk)
    dialog.edit_account()
    form = dialog.findChild(VkAccountForm)
    assert form.name_edit.text() == "ВКонтакте" and not form.name_edit.isEnabled()
    assert form.group_edit.text() == "123" and form.api_edit.isVisible()
    assert form.token_edit.placeholderText() == "empty: keep the stored token"
    assert form.ok_button.isEnabled()  # no token typed is fine here
    form.check.button.click()  # the stored token is tried
    qtbot.waitUntil(lambda: not form.check.running, timeout=10000)
    assert form.check.lines()[0] == "✓ Community: “Магазин дверей”, the token works"
    form.history_days.setValue(0)
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        form.ok_button.click()
    [(_id, _name, saved)] = vk_accounts(desk.reader)
    assert saved == VkSettings(vk_fake.group_id, vk_fake.api_base, 0)
    assert memory_keyring.store[("LeadDesk", secret_key(channel_id))] == vk_fake.token


def test_states_come_live_from_the_window_else_from_the_database(
        qtbot, desk, memory_keyring):
    broken = add_vk_channel(desk.uow_factory, desk.secrets, "Двери", VkSettings(123), "t")
    live = add_vk_channel(desk.uow_factory, desk.secrets, "Окна", VkSettings(456), "t")
    with desk.uow_factory() as uow:
        uow.store.note_sync_error(broken, "", "the community token is not valid any more",
                                  datetime.now(UTC))
        uow.commit()
    dialog = open_dialog(qtbot, desk, live_states={live: ("syncing", None)})
    assert cell(dialog, broken, dialog.STATE).text() == "never synced"
    error = cell(dialog, broken, dialog.ERROR)
    assert error.text() == "the community token is not valid any more"
    assert error.foreground().color() == QColor(PROBLEM_COLOR)
    assert cell(dialog, live, dialog.STATE).text() == "fetching messages…"
    dialog.update_state(live, "no_password", None)
    assert cell(dialog, live, dialog.STATE).text() == "no token on this computer"
    assert cell(dialog, live, dialog.STATE).foreground().color() == QColor(PROBLEM_COLOR)
    dialog.update_state(live, "connected", None)
    assert (cell(dialog, live, dialog.STATE).text(),
            cell(dialog, live, dialog.ERROR).text()) == ("up to date", "")


def test_a_vk_channel_without_a_community_is_set_up_through_edit(
        qtbot, desk, memory_keyring, vk_fake):
    with desk.uow_factory() as uow:  # as a CSV import or the demo makes it
        channel_id = uow.store.add_channel(ChannelKind.VK, "ВКонтакте", 900).id
        uow.commit()
    dialog = open_dialog(qtbot, desk)
    assert dialog.table.item(0, dialog.COMMUNITY).text() == "not set up"
    dialog.edit_account()
    form = dialog.findChild(VkAccountForm)
    form.group_edit.setText("public123")
    assert form.hint.text() == "Enter the community's access token."  # none is stored
    form.token_edit.setText(vk_fake.token)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        form.ok_button.click()
    assert vk_accounts(desk.reader) == [(channel_id, "ВКонтакте", VkSettings(123))]
    assert dialog.table.item(0, dialog.COMMUNITY).text() == "123"
    assert memory_keyring.store[("LeadDesk", secret_key(channel_id))] == vk_fake.token
