"""A desk with an email account on the test Dovecot, and its SMTP server."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.email_account import EmailAccount, Endpoint, Security
from leaddesk.services.email_accounts import add_email_channel
from leaddesk.services.mail_sync import SyncReport, sync_account
from leaddesk.services.outbox import DeliveryCounts, deliver_due

_logins = itertools.count(1)


@dataclass
class MailDesk:
    """The desk, the account's channel id and settings, and the servers behind it."""

    context: object
    channel_id: int
    account: EmailAccount
    login: str
    password: str
    dovecot: object
    smtp: object
    url: str = ""

    def query(self, sql: str, **params):
        """The first row of ``sql`` on the desk's database (SQLite or PostgreSQL)."""
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url)
        try:
            with engine.connect() as connection:
                return connection.execute(text(sql), params).first()
        finally:
            engine.dispose()

    def sync(self) -> SyncReport:
        client = self.context.connector.open_mailbox(self.account, self.password)
        try:
            return sync_account(self.context.uow_factory, self.channel_id, client,
                                self.account)
        finally:
            client.close()

    def deliver(self, now=None) -> DeliveryCounts:
        from leaddesk.services.channel_senders import ChannelSenders

        senders = ChannelSenders(self.context.reader, self.context.secrets,
                               self.context.connector)
        if now is None:
            return deliver_due(self.context.uow_factory, senders)
        return deliver_due(self.context.uow_factory, senders, now=lambda: now)

    def append(self, raw: bytes, folder: str = "INBOX") -> int:
        return self.dovecot.append(self.login, folder, raw)


def make_account(dovecot, smtp, login: str, security: Security = Security.NONE,
                 **extra) -> EmailAccount:
    port = dovecot.ssl_port if security is Security.SSL else dovecot.port
    return EmailAccount(
        imap=Endpoint("127.0.0.1", port, security),
        smtp=Endpoint("127.0.0.1", smtp.port, Security.NONE),
        login=login, address=f"{login}@shop.example.ru", display_name="Магазин дверей",
        ca_file=dovecot.ca_file, **extra)


@pytest.fixture
def mail_smtp(mail_login, tls_certificates):
    """The account's SMTP server: it takes the same login and password as the mailbox."""
    from tests.helpers.smtp_server import running_smtp_server

    with running_smtp_server(tls_certificates, *mail_login) as server:
        yield server


@pytest.fixture
def mail_login(dovecot) -> tuple[str, str]:
    login, password = f"sales{next(_logins)}", "s3cret-Pass"
    dovecot.add_user(login, password)
    return login, password


@pytest.fixture
def mail_desk(dovecot, mail_login, mail_smtp, memory_keyring, db_url):
    login, password = mail_login
    smtp_server = mail_smtp
    context = open_desk(db_url)
    account = make_account(dovecot, smtp_server, login)
    channel_id = add_email_channel(context.uow_factory, context.secrets, "Почта отдела продаж",
                                   account, password)
    yield MailDesk(context, channel_id, account, login, password, dovecot, smtp_server,
                   db_url)
    context.close()
