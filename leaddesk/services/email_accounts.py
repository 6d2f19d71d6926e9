"""Setting up email accounts: the channel row holds the settings, the keyring the password.

The password is stored before the channel is committed; when the keyring cannot take it,
nothing is stored at all and the person is told why.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity
from leaddesk.domain.email_account import EmailAccount, account_problems, secret_key
from leaddesk.domain.sla import DEFAULT_SLA_SECONDS
from leaddesk.services.ports import (
    ChannelConnector,
    ChannelSender,
    DeliveryError,
    MailboxError,
    ReadModel,
    SecretStore,
    SecretsUnavailable,
    UnitOfWorkFactory,
)


class AccountInvalid(ValueError):
    """The settings are incomplete; ``problems`` are codes from ``account_problems``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


def add_email_channel(uow_factory: UnitOfWorkFactory, secrets: SecretStore, name: str,
                      account: EmailAccount, password: str, is_lead_source: bool = True,
                      sla_seconds: int | None = None) -> int:
    """Create an email channel. Returns its id.

    Raises AccountInvalid, SecretsUnavailable, or ValueError("name_taken").
    """
    problems = account_problems(account)
    if not name.strip():
        problems.insert(0, "name")
    if not password:
        problems.append("password")
    if problems:
        raise AccountInvalid(problems)
    secrets.check()
    with uow_factory() as uow:
        store = uow.store
        if store.channel_by_name(name.strip()) is not None:
            raise ValueError("name_taken")
        sla = sla_seconds or DEFAULT_SLA_SECONDS.get(ChannelKind.EMAIL, 3600)
        channel = store.add_channel(ChannelKind.EMAIL, name.strip(), sla)
        store.put_channel_settings(channel.id, account.as_settings(), is_lead_source)
        secrets.put(secret_key(channel.id), password)
        try:
            uow.changed(Entity.CHANNEL, channel.id, ChangeKind.CREATED)
            uow.commit()
        except Exception:
            secrets.delete(secret_key(channel.id))
            raise
        return channel.id


def update_email_channel(uow_factory: UnitOfWorkFactory, secrets: SecretStore,
                         channel_id: int, account: EmailAccount, is_lead_source: bool,
                         password: str | None = None) -> None:
    """Change an account's settings; a new ``password`` replaces the stored one."""
    problems = account_problems(account)
    if problems:
        raise AccountInvalid(problems)
    if password:
        secrets.put(secret_key(channel_id), password)
    with uow_factory() as uow:
        uow.store.put_channel_settings(channel_id, account.as_settings(), is_lead_source)
        uow.changed(Entity.CHANNEL, channel_id, ChangeKind.UPDATED)
        uow.commit()


def stored_password(secrets: SecretStore, channel_id: int) -> str | None:
    """The account's password from the keyring; None when this computer has none."""
    try:
        return secrets.get(secret_key(channel_id))
    except SecretsUnavailable:
        return None


@dataclass(frozen=True)
class CheckResult:
    """One step of "test connection": ``part`` is imap, folders or smtp."""

    part: str
    ok: bool
    message: str


def check_email_account(connector: ChannelConnector, account: EmailAccount,
                       password: str) -> list[CheckResult]:
    """Log in to IMAP, look for the watched folders, log in to SMTP. Sends nothing."""
    results = []
    try:
        folders = connector.mailbox_folders(account, password)
    except MailboxError as error:
        results.append(CheckResult("imap", False, error.reason))
    else:
        results.append(CheckResult("imap", True, ", ".join(folders[:8])))
        missing = [folder for folder in account.folders if folder not in folders]
        results.append(CheckResult("folders", not missing, ", ".join(missing)))
    try:
        connector.email_sender(account, password).check()
    except DeliveryError as error:
        results.append(CheckResult("smtp", False, error.reason))
    else:
        results.append(CheckResult("smtp", True, ""))
    return results


def email_accounts(reader: ReadModel) -> list[tuple[int, str, EmailAccount, bool]]:
    """(channel id, name, settings, is lead source) of every email account that is set up
    (an email channel without a server, such as one made by a CSV import, is none)."""
    accounts = []
    for status in reader.account_statuses(ChannelKind.EMAIL):
        account = EmailAccount.from_settings(status.settings)
        if account.imap.host:
            accounts.append((status.channel_id, status.name, account, status.is_lead_source))
    return accounts


class EmailSenders:
    """Implements ``SenderRegistry`` over the email accounts whose password this computer
    has. A sender is made once per account and its settings; changed settings make a new
    one."""

    def __init__(self, reader: ReadModel, secrets: SecretStore,
                 connector: ChannelConnector) -> None:
        self._reader = reader
        self._secrets = secrets
        self._connector = connector
        self._senders: dict[int, tuple[dict, ChannelSender]] = {}
        self._lock = threading.Lock()

    def channel_ids(self) -> list[int]:
        ready = []
        for channel_id, _name, _account, _source in email_accounts(self._reader):
            if self.sender(channel_id) is not None:
                ready.append(channel_id)
        return ready

    def sender(self, channel_id: int) -> ChannelSender | None:
        with self._lock:
            status = next((s for s in self._reader.account_statuses(ChannelKind.EMAIL)
                           if s.channel_id == channel_id), None)
            if status is None:
                return None
            cached = self._senders.get(channel_id)
            if cached is not None and cached[0] == status.settings:
                return cached[1]
            password = stored_password(self._secrets, channel_id)
            if password is None:
                return None
            sender = self._connector.email_sender(EmailAccount.from_settings(status.settings),
                                                  password)
            self._senders[channel_id] = (status.settings, sender)
            return sender

    def header_id(self, channel_id: int) -> str | None:
        sender = self.sender(channel_id)
        return sender.header_id() if sender is not None else None
