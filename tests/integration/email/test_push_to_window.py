"""A mail arriving while the window is open reaches the inbox by itself (IMAP IDLE), and
the status bar says how the account is doing."""

from __future__ import annotations

import pytest

from leaddesk.domain.email_account import Endpoint, Security
from leaddesk.services.email_accounts import update_email_channel
from tests.helpers.mailgen import make_mail
from tests.helpers.window import open_window


@pytest.fixture
def window(qtbot, mail_desk, tmp_path):
    with open_window(qtbot, mail_desk.context, tmp_path) as win:
        yield win


def test_a_mail_pushed_by_idle_appears_in_the_open_window(qtbot, mail_desk, window):
    qtbot.waitUntil(lambda: "✉" in window.mail_status.text()
                    and window.mail_status.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: window.channels.states[mail_desk.channel_id].state.value
                    == "connected", timeout=10000)
    assert window.model.rowCount() == 0
    mail_desk.append(make_mail(7, sender="Ольга <olga@example.ru>",
                               subject="Сколько стоит доставка?"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=8000)
    subject_column = window.model.columnCount() and \
        [c for c in range(window.model.columnCount())
         if "Сколько стоит доставка?" in str(window.model.index(0, c).data())]
    assert subject_column, "the new lead's subject is not in the inbox"


def test_an_account_that_cannot_connect_says_so_in_the_status_bar(qtbot, mail_desk, window):
    qtbot.waitUntil(lambda: mail_desk.channel_id in window.channels.states, timeout=10000)
    broken = mail_desk.account
    broken = type(broken)(**{**broken.__dict__,
                             "imap": Endpoint("127.0.0.1", 1, Security.NONE)})
    update_email_channel(mail_desk.context.uow_factory, mail_desk.context.secrets,
                         mail_desk.channel_id, broken, True)
    qtbot.waitUntil(lambda: "refused the connection" in window.mail_status.toolTip(),
                    timeout=15000)
    assert window.channels.states[mail_desk.channel_id].state.value == "error"
