"""The mail test servers do what the e-mail channel tests rely on."""

from __future__ import annotations

import smtplib
import ssl
import time

import pytest
from imapclient import IMAPClient

from tests.helpers.mailgen import make_mail


def _context(server) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=server.ca_file)


def test_imap_login_plain_starttls_and_implicit_tls(dovecot, imap_user):
    login, password = imap_user
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=10) as client:
        assert b"STARTTLS" in client.capabilities()
        client.starttls(ssl_context=_context(dovecot))
        client.login(login, password)
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
    with IMAPClient(dovecot.host, dovecot.ssl_port, ssl=True, ssl_context=_context(dovecot),
                    timeout=10) as client:
        client.login(login, password)
        assert b"IDLE" in client.capabilities()
    with pytest.raises(ssl.SSLCertVerificationError):  # an untrusted CA is refused
        IMAPClient(dovecot.host, dovecot.ssl_port, ssl=True,
                   ssl_context=ssl.create_default_context(), timeout=10)


def test_append_then_peek_leaves_the_message_unseen(dovecot, imap_user):
    login, _ = imap_user
    raw = make_mail(3)
    uid = dovecot.append(login, "INBOX", raw)
    with dovecot.client(login) as client:
        client.select_folder("INBOX")
        data = client.fetch([uid], ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"])[uid]
    assert data[b"BODY[]"] == raw
    assert b"\\Seen" not in data[b"FLAGS"]
    assert dovecot.flags(login, "INBOX") == {uid: ()}


def test_append_many_keeps_order_flags_and_creates_the_folder(dovecot, imap_user):
    login, _ = imap_user
    raws = [make_mail(i) for i in range(50)]
    uids = dovecot.append_many(login, "Archive", raws, flags=[b"\\Seen"])
    assert uids == list(range(1, 51))
    with dovecot.client(login) as client:
        client.select_folder("Archive", readonly=True)
        fetched = client.fetch([uids[0], uids[-1]], ["BODY.PEEK[]"])
    assert fetched[uids[0]][b"BODY[]"] == raws[0]
    assert fetched[uids[-1]][b"BODY[]"] == raws[-1]
    assert set(dovecot.flags(login, "Archive").values()) == {(b"\\Seen",)}


def test_idle_sees_an_append_from_another_connection(dovecot, imap_user):
    login, _ = imap_user
    with dovecot.client(login) as client:
        client.select_folder("INBOX")
        client.idle()
        try:
            started = time.monotonic()
            dovecot.append(login, "INBOX", make_mail(7))
            responses = []
            while not responses and time.monotonic() - started < 2:
                responses = client.idle_check(timeout=0.2)
        finally:
            client.idle_done()
    assert (1, b"EXISTS") in responses
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("restart_uids", [False, True])
def test_reset_uidvalidity_keeps_the_messages(dovecot, imap_user, restart_uids):
    login, _ = imap_user
    raws = [make_mail(i) for i in range(5)]
    dovecot.append_many(login, "INBOX", raws)
    before = dovecot.status(login, "INBOX")
    new_validity = dovecot.reset_uidvalidity(login, "INBOX", restart_uids=restart_uids)
    with dovecot.client(login) as client:
        selected = client.select_folder("INBOX")
        uids = client.search(["ALL"])
        bodies = client.fetch(uids, ["BODY.PEEK[]"])
    assert selected[b"UIDVALIDITY"] == new_validity != before["UIDVALIDITY"]
    assert selected[b"EXISTS"] == before["MESSAGES"] == 5
    assert uids == (list(range(1, 6)) if restart_uids else list(range(6, 11)))
    assert [bodies[uid][b"BODY[]"] for uid in uids] == raws


def test_smtp_starttls_and_auth(smtp_server):
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        client.starttls(context=_context(smtp_server))
        client.login(smtp_server.login, smtp_server.password)
        client.sendmail("sales@leaddesk.test", ["ivan@example.ru"], make_mail(1))
    [mail] = smtp_server.wait_for(1)
    assert mail.mail_from == "sales@leaddesk.test"
    assert mail.rcpt_tos == ("ivan@example.ru",)
    assert mail.raw == make_mail(1)
    assert (mail.login, mail.tls) == (smtp_server.login, True)


def test_smtp_requires_auth_and_rejects_a_wrong_password(smtp_server):
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            client.sendmail("a@leaddesk.test", ["b@example.ru"], b"Subject: x\r\n\r\nx\r\n")
        assert refused.value.smtp_code == 530
        with pytest.raises(smtplib.SMTPAuthenticationError):
            client.login(smtp_server.login, "wrong")
    assert smtp_server.received == []


def test_smtp_server_restarts_on_the_same_port(smtp_server):
    port = smtp_server.port
    smtp_server.stop()
    with pytest.raises(OSError):
        smtplib.SMTP(smtp_server.host, port, timeout=2)
    smtp_server.start()
    assert smtp_server.port == port
    with smtplib.SMTP(smtp_server.host, port, timeout=10) as client:
        client.login(smtp_server.login, smtp_server.password)
        client.sendmail("a@leaddesk.test", ["b@example.ru"], make_mail(2))
    assert [m.login for m in smtp_server.wait_for(1)] == [smtp_server.login]


def test_reject_next_answers_data_with_the_code(smtp_server):
    smtp_server.reject_next(451, "4.3.0 Try again later")
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        client.login(smtp_server.login, smtp_server.password)
        with pytest.raises(smtplib.SMTPDataError) as rejected:
            client.sendmail("a@leaddesk.test", ["b@example.ru"], make_mail(4))
        assert rejected.value.smtp_code == 451
        client.sendmail("a@leaddesk.test", ["b@example.ru"], make_mail(4))  # only the next
    assert len(smtp_server.wait_for(1)) == 1


def test_memory_keyring_is_installed_and_empty(memory_keyring):
    import keyring

    assert keyring.get_keyring() is memory_keyring
    assert keyring.get_password("leaddesk", "x") is None
    keyring.set_password("leaddesk", "x", "secret")
    assert keyring.get_password("leaddesk", "x") == "secret"


def test_no_keyring_raises_like_a_headless_machine():
    import keyring
    from keyring.errors import NoKeyringError

    from tests.helpers.keyring_backend import NoKeyring

    with pytest.raises(NoKeyringError):
        NoKeyring().get_password("leaddesk", "x")
    with pytest.raises(NoKeyringError):
        NoKeyring().set_password("leaddesk", "x", "y")
    assert not isinstance(keyring.get_keyring(), NoKeyring)

