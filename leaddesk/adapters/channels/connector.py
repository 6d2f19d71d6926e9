"""Connections to channel accounts, handed to the services by ``bootstrap``."""

from __future__ import annotations

from leaddesk.adapters.channels.email.imap_client import ImapMailbox
from leaddesk.adapters.channels.email.smtp_sender import SmtpSender
from leaddesk.domain.email_account import EmailAccount


class ChannelConnector:
    """Implements ``leaddesk.services.ports.ChannelConnector``."""

    def open_mailbox(self, account: EmailAccount, password: str) -> ImapMailbox:
        return ImapMailbox(account, password)

    def email_sender(self, account: EmailAccount, password: str) -> SmtpSender:
        return SmtpSender(account, password)

    def mailbox_folders(self, account: EmailAccount, password: str) -> list[str]:
        mailbox = ImapMailbox(account, password)
        try:
            return mailbox.folders()
        finally:
            mailbox.close()
