"""Setting up email accounts: the channel row holds the settings, the keyring the password.

The password is stored before the channel is committed; when the keyring cannot take it,
nothing is stored at all and the person is told why.
"""

from __future__ import annotations

from dataclasses import dataclass

from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity
from leaddesk.domain.email_account import EmailAccount, account_problems, secret_key
from leaddesk.domain.sla import DEFAULT_SLA_SECONDS
from leaddesk.services.channel_senders import stored_secret
from leaddesk.services.ports import (
    ChannelConnector,
    DeliveryError,
    MailboxError,
    ReadModel,
    SecretStore,
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


# The keyring entry of an email account is its password.
stored_password = stored_secret


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
