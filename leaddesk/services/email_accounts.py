"""Setting up email accounts: the channel row holds the settings, the keyring the password.

The password is stored before the channel is committed; when the keyring cannot take it,
nothing is stored at all and the person is told why.
"""

from __future__ import annotations

from dataclasses import dataclass

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.email_account import EmailAccount, account_problems
from leaddesk.services.channel_senders import account_is_set_up
from leaddesk.services.channel_setup import (
    AccountInvalid,
    create_account_channel,
    update_account_channel,
)
from leaddesk.services.ports import (
    ChannelConnector,
    DeliveryError,
    MailboxError,
    ReadModel,
    SecretStore,
    UnitOfWorkFactory,
)


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
    return create_account_channel(uow_factory, secrets, ChannelKind.EMAIL, name,
                                  account.as_settings(), password, is_lead_source,
                                  sla_seconds)


def update_email_channel(uow_factory: UnitOfWorkFactory, secrets: SecretStore,
                         channel_id: int, account: EmailAccount, is_lead_source: bool,
                         password: str | None = None) -> None:
    """Change an account's settings; a new ``password`` replaces the stored one."""
    problems = account_problems(account)
    if problems:
        raise AccountInvalid(problems)
    update_account_channel(uow_factory, secrets, channel_id, account.as_settings(),
                           is_lead_source, password)


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
    return [(s.channel_id, s.name, EmailAccount.from_settings(s.settings), s.is_lead_source)
            for s in reader.account_statuses(ChannelKind.EMAIL)
            if account_is_set_up(s.kind, s.settings)]
