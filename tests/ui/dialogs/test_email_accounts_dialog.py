"""The email accounts dialog and the account form: the settings go to the channel, the
password to the keyring (never the database), the servers are tried off the GUI thread, and
set-aside mail is listed with its reason and saved byte for byte."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QColor

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.email_account import EmailAccount, Endpoint, Security, secret_key
from leaddesk.services import company
from leaddesk.services.email_accounts import add_email_channel, email_accounts
from leaddesk.services.ports import SyncPosition
from leaddesk.ui.dialogs import email_set_aside
from leaddesk.ui.dialogs.email_account_form import EmailAccountForm
from leaddesk.ui.dialogs.email_accounts_dialog import PROBLEM_COLOR, EmailAccountsDialog
from tests.helpers import accounts_ui
from tests.helpers.accounts_ui import cell, db_bytes, name_note_on_save, warning_on_save

# memory_keyring (tests/conftest.py): an empty MemoryKeyring as the keyring, the previous
# one back after the test; desk, no_keyring: see tests/helpers/accounts_ui.py
desk, no_keyring = accounts_ui.desk, accounts_ui.no_keyring

PASSWORD = "s3cr3t-Zebra-Пароль-42"


def closed_port() -> int:
    """A port on this computer where nothing listens (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def account(host: str = "imap.example.ru", login: str = "sales@example.ru") -> EmailAccount:
    return EmailAccount(Endpoint(host, 993, Security.SSL),
                        Endpoint(host.replace("imap", "smtp"), 465, Security.SSL), login)


def fill(form: EmailAccountForm, name: str = "Почта продаж", host: str = "imap.example.ru",
         password: str = PASSWORD) -> None:
    form.name_edit.setText(name)
    form.login_edit.setText("sales@example.ru")
    form.password_edit.setText(password)
    form.imap.host.setText(host)
    form.smtp.host.setText(host.replace("imap", "smtp"))


def open_dialog(qtbot, desk, **kwargs) -> EmailAccountsDialog:
    return accounts_ui.open_dialog(qtbot, EmailAccountsDialog, desk, **kwargs)


def new_form(qtbot, desk) -> EmailAccountForm:
    return accounts_ui.new_form(qtbot, EmailAccountForm, desk)


def test_ok_stays_off_until_the_settings_are_complete(qtbot, desk, memory_keyring):
    form = new_form(qtbot, desk)
    steps = [
        (form.name_edit, "Почта продаж", "Enter the mailbox login."),
        (form.login_edit, "sales", "Enter the mailbox password."),
        (form.password_edit, PASSWORD, "The login is no email address: enter the address "
                                       "answers are sent from."),
        (form.address_edit, "sales@example.ru", "Enter the incoming mail server (IMAP), "
                                                "e.g. imap.yandex.ru."),
        (form.imap.host, "imap.example.ru", "Enter the outgoing mail server (SMTP), e.g. "
                                            "smtp.yandex.ru."),
        (form.smtp.host, "smtp.example.ru", ""),
    ]
    assert form.hint.text() == "Give the account a name: the channel is shown by it."
    assert not form.ok_button.isEnabled() and not form.check.button.isEnabled()
    for edit, text, hint in steps:
        assert not form.ok_button.isEnabled()
        edit.setText(text)
        assert form.hint.text() == hint
    assert form.ok_button.isEnabled() and form.check.button.isEnabled()
    form.folders_edit.setText(" , ")
    assert not form.ok_button.isEnabled()
    assert form.hint.text() == "Enter at least one folder to watch (usually INBOX)."
    form.folders_edit.setText("INBOX, Заявки")
    assert form.account().folders == ("INBOX", "Заявки")
    assert form.ok_button.isEnabled()


def test_the_security_brings_its_port_unless_one_was_typed(qtbot, desk, memory_keyring):
    form = new_form(qtbot, desk)
    assert (form.imap.port.value(), form.smtp.port.value()) == (993, 465)
    form.imap.security.setCurrentIndex(form.imap.security.findData("starttls"))
    form.smtp.security.setCurrentIndex(form.smtp.security.findData("starttls"))
    assert (form.imap.port.value(), form.smtp.port.value()) == (143, 587)
    form.smtp.port.setValue(2525)  # typed by the person: it stays
    form.smtp.security.setCurrentIndex(form.smtp.security.findData("ssl"))
    assert form.smtp.port.value() == 2525
    assert form.account().smtp == Endpoint("", 2525, Security.SSL)


def test_adding_an_account_keeps_the_password_in_the_keyring_only(
        qtbot, desk, memory_keyring, sqlite_url):
    dialog = open_dialog(qtbot, desk)
    assert dialog.table.rowCount() == 0 and not dialog.edit_button.isEnabled()
    form = dialog.make_form()
    qtbot.addWidget(form)
    form.show()
    fill(form)
    form.sender_edit.setText("Ромашка, отдел продаж")
    form.sent_edit.setText("Отправленные")
    form.lead_source.setChecked(False)
    # saved, then the list read again
    with qtbot.waitSignal(dialog.loaded, timeout=5000), \
            qtbot.waitSignal(form.accepted, timeout=5000):
        form.ok_button.click()

    [(channel_id, name, saved, is_source)] = email_accounts(desk.reader)
    assert form.channel_id == channel_id
    assert (name, is_source) == ("Почта продаж", False)
    assert saved.imap == Endpoint("imap.example.ru", 993, Security.SSL)
    assert saved.smtp == Endpoint("smtp.example.ru", 465, Security.SSL)
    assert (saved.login, saved.display_name, saved.sent_folder, saved.folders) == (
        "sales@example.ru", "Ромашка, отдел продаж", "Отправленные", ("INBOX",))
    assert memory_keyring.store == {("LeadDesk", secret_key(channel_id)): PASSWORD}
    stored = db_bytes(sqlite_url)
    assert b"sales@example.ru" in stored  # the settings are there...
    assert PASSWORD.encode() not in stored  # ...the password is not
    assert PASSWORD.encode("utf-16-le") not in stored

    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, dialog.MAILBOX).text() == "sales@example.ru@imap.example.ru"
    assert dialog.table.item(0, dialog.SOURCE).text() == "no"
    assert dialog.table.item(0, dialog.STATE).text() == "never synced"
    assert dialog.selected_id() == channel_id and dialog.edit_button.isEnabled()


def test_without_a_keyring_nothing_is_saved_and_the_reason_is_told(
        qtbot, desk, no_keyring, monkeypatch):
    form = new_form(qtbot, desk)
    fill(form)
    told = warning_on_save(qtbot, form, monkeypatch)
    assert told.startswith("The password cannot be stored: no system keyring is "
                           "available on this computer")
    assert told.endswith(". Nothing was saved.")
    assert desk.reader.account_statuses(ChannelKind.EMAIL) == []
    assert form.isVisible() and form.ok_button.isEnabled()  # the settings typed are kept


def test_a_name_taken_is_told_next_to_the_name(qtbot, desk, memory_keyring):
    add_email_channel(desk.uow_factory, desk.secrets, "Почта продаж", account(), "pw")
    form = new_form(qtbot, desk)
    fill(form)
    assert name_note_on_save(qtbot, form) == ("A channel named “Почта продаж” exists "
                                              "already: choose another name.")


def test_editing_keeps_the_stored_password_when_none_is_typed(qtbot, desk, memory_keyring):
    channel_id = add_email_channel(desk.uow_factory, desk.secrets, "Почта продаж", account(),
                                   PASSWORD)
    dialog = open_dialog(qtbot, desk)
    dialog.edit_account()
    form = dialog.findChild(EmailAccountForm)
    assert form.name_edit.text() == "Почта продаж" and not form.name_edit.isEnabled()
    assert form.password_edit.placeholderText() == "empty: keep the stored password"
    assert form.ok_button.isEnabled()  # no password typed is fine here
    form.folders_edit.setText("INBOX, Заявки")
    form.imap.port.setValue(1993)
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        form.ok_button.click()
    [(_id, _name, saved, _source)] = email_accounts(desk.reader)
    assert saved.folders == ("INBOX", "Заявки") and saved.imap.port == 1993
    assert memory_keyring.store[("LeadDesk", secret_key(channel_id))] == PASSWORD


def test_testing_a_closed_port_says_why_without_freezing(qtbot, desk, memory_keyring):
    port = closed_port()
    form = new_form(qtbot, desk)
    fill(form, host="127.0.0.1")
    for row in (form.imap, form.smtp):
        row.security.setCurrentIndex(row.security.findData("none"))
        row.port.setValue(port)
    form.check.button.click()
    assert form.check.running and not form.check.button.isEnabled()
    qtbot.waitUntil(lambda: not form.check.running, timeout=20000)
    lines = form.check.lines()
    assert lines[0] == (f"✗ Reading mail (IMAP): 127.0.0.1:{port} refused the connection "
                        "(wrong port, or the server is down)")
    assert lines[-1].startswith("✗ Sending answers (SMTP): ") and "refused" in lines[-1]
    assert form.check.button.isEnabled() and form.check.busy.isHidden()
    assert desk.reader.account_statuses(ChannelKind.EMAIL) == []  # a test saves nothing


class SlowConnector:
    """Answers only when released, on the thread that asks."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.threads: set[int] = set()

    def mailbox_folders(self, account, password):
        self.threads.add(threading.get_ident())
        assert password == PASSWORD
        self.release.wait(10)
        return ["INBOX", "Sent"]

    def email_sender(self, account, password):
        connector = self

        class Sender:
            def check(self):
                connector.threads.add(threading.get_ident())

        return Sender()


def test_the_window_stays_responsive_while_the_servers_are_slow(qtbot, desk, memory_keyring):
    desk.connector = SlowConnector()
    form = new_form(qtbot, desk)
    fill(form)
    form.check.button.click()
    qtbot.wait(200)  # the GUI thread runs while the server thinks
    assert form.check.running and form.check.busy.isVisible()
    form.name_edit.setText("")  # and the form still follows the typing
    assert form.hint.text() == "Give the account a name: the channel is shown by it."
    desk.connector.release.set()
    qtbot.waitUntil(lambda: not form.check.running, timeout=5000)
    assert form.check.lines() == [
        "✓ Reading mail (IMAP): logged in; folders: INBOX, Sent",
        "✓ Watched folders: all found",
        "✓ Sending answers (SMTP): logged in (nothing was sent)",
    ]
    assert threading.get_ident() not in desk.connector.threads


def test_states_come_live_from_the_window_else_from_the_database(qtbot, desk, memory_keyring):
    broken = add_email_channel(desk.uow_factory, desk.secrets, "Сервис",
                               account("imap.mail.ru", "service@example.ru"), "pw")
    live = add_email_channel(desk.uow_factory, desk.secrets, "Info",
                             account("imap.yandex.ru", "info@example.ru"), "pw")
    with desk.uow_factory() as uow:
        uow.store.note_sync_error(broken, "", "imap.mail.ru refused the login or password",
                                  datetime.now(UTC))
        uow.commit()
    dialog = open_dialog(qtbot, desk, live_states={live: ("connecting", None)})
    assert cell(dialog, broken, dialog.STATE).text() == "never synced"
    error = cell(dialog, broken, dialog.ERROR)
    assert error.text() == "imap.mail.ru refused the login or password"
    assert error.foreground().color() == QColor(PROBLEM_COLOR)
    assert cell(dialog, live, dialog.STATE).text() == "connecting…"
    dialog.update_state(live, "error", "imap.yandex.ru closed the connection")
    assert cell(dialog, live, dialog.STATE).text() == "problem"
    assert cell(dialog, live, dialog.STATE).foreground().color() == QColor(PROBLEM_COLOR)
    assert cell(dialog, live, dialog.ERROR).text() == "imap.yandex.ru closed the connection"
    dialog.update_state(live, "connected", None)
    assert (cell(dialog, live, dialog.STATE).text(),
            cell(dialog, live, dialog.ERROR).text()) == ("up to date", "")


def test_the_last_sync_is_shown_in_the_company_time_zone(qtbot, desk, memory_keyring):
    synced = add_email_channel(desk.uow_factory, desk.secrets, "Почта продаж", account(), "pw")
    at = datetime(2026, 3, 2, 6, 5, tzinfo=UTC)
    with desk.uow_factory() as uow:
        uow.store.put_sync_position(synced, "INBOX", SyncPosition(1, 10), at)
        uow.commit()
    dialog = open_dialog(qtbot, desk)
    local = at.astimezone(company.time_zone(desk.reader))
    assert cell(dialog, synced, dialog.STATE).text() == f"last sync {local:%H:%M %d.%m}"


def test_set_aside_mail_shows_reasons_in_words_and_saves_the_exact_bytes(
        qtbot, desk, memory_keyring, monkeypatch, tmp_path):
    channel_id = add_email_channel(desk.uow_factory, desk.secrets, "Почта продаж", account(),
                                   "pw")
    other = add_email_channel(desk.uow_factory, desk.secrets, "Сервис",
                              account("imap.mail.ru", "service@example.ru"), "pw")
    raw = ("From: a@b.ru\r\nSubject: =?utf-8?b?0JDQstGC0L7QvtGC0LLQtdGC?=\r\n\r\n"
           "Я в отпуске до понедельника.\r\n").encode() + b"\xff\x00 binary tail"
    with desk.uow_factory() as uow:
        for n, reason in enumerate(["bounce", "own_address", "not_a_lead_source"]):
            uow.store.add_set_aside(channel_id=channel_id, external_id=f"y{n}", reason=reason,
                                    from_address="x@y.ru", subject=f"Письмо {n}",
                                    received_at=datetime.now(UTC), lead_id=None, raw=b"-")
        uow.store.add_set_aside(channel_id=channel_id, external_id="x", reason="auto_reply",
                                from_address="a@b.ru", subject="Автоответ",
                                received_at=datetime.now(UTC), lead_id=None, raw=raw)
        uow.commit()
    dialog = open_dialog(qtbot, desk)
    section = dialog.set_aside
    qtbot.waitUntil(lambda: section.table.rowCount() == 4, timeout=5000)
    assert dialog.table.item(dialog.row_of(channel_id), dialog.ASIDE).text() == "4"
    reasons = [section.table.item(row, 3).text() for row in range(4)]
    assert reasons == ["Auto-reply", "The mailbox is not a lead source",
                       "From the team's own address", "Bounce (delivery failure)"]
    assert section.table.item(0, 1).text() == "a@b.ru"
    assert section.table.item(0, 2).text() == "Автоответ"
    assert section.title.text() == "Set aside mail: Почта продаж"

    target = tmp_path / "Автоответ.eml"
    asked = []

    def get_save_file_name(parent, title, start, filters):
        asked.append(Path(start).name)
        return str(target), filters

    monkeypatch.setattr(email_set_aside.QFileDialog, "getSaveFileName", get_save_file_name)
    section.table.selectRow(0)
    with qtbot.waitSignal(section.saved, timeout=5000):
        section.save_button.click()
    assert asked == ["Автоответ.eml"]
    assert target.read_bytes() == raw
    assert section.status.text() == f"Saved to {target}"

    with qtbot.waitSignal(section.loaded, timeout=5000):
        dialog.select(other)
    assert section.table.rowCount() == 0 and not section.save_button.isEnabled()
