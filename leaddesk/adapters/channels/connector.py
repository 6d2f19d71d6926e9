"""Connections to channel accounts, handed to the services by ``bootstrap``."""

from __future__ import annotations

from leaddesk.adapters.channels.email.imap_client import ImapMailbox
from leaddesk.adapters.channels.email.smtp_sender import SmtpSender
from leaddesk.adapters.channels.vk.client import VkApiClient, VkSender
from leaddesk.domain.email_account import EmailAccount
from leaddesk.domain.vk import VkSettings


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

    def vk_client(self, settings: VkSettings, token: str) -> VkApiClient:
        return VkApiClient(settings, token)

    def vk_sender(self, settings: VkSettings, token: str) -> VkSender:
        return VkSender(settings, token)
