"""Which channel accounts can deliver answers on this desk, and their senders."""

from __future__ import annotations

import threading
from typing import Any

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.email_account import EmailAccount, secret_key
from leaddesk.domain.vk import VkSettings
from leaddesk.services.ports import (
    AccountStatus,
    ChannelConnector,
    ChannelSender,
    ReadModel,
    SecretStore,
    SecretsUnavailable,
)


def account_is_set_up(kind: str, settings: dict[str, Any]) -> bool:
    """An email channel with a server, a VK channel with a community (a channel made by a
    CSV import or the demo has neither, and nothing can be sent through it)."""
    if kind == ChannelKind.EMAIL.value:
        return bool(EmailAccount.from_settings(settings).imap.host)
    if kind == ChannelKind.VK.value:
        return VkSettings.from_settings(settings).group_id > 0
    return False


def stored_secret(secrets: SecretStore, channel_id: int) -> str | None:
    """The account's password or token from the keyring; None when this computer has none."""
    try:
        return secrets.get(secret_key(channel_id))
    except SecretsUnavailable:
        return None


class ChannelSenders:
    """Implements ``SenderRegistry`` over the email and VK accounts whose secret this
    computer has. A sender is made once per account and its settings; changed settings
    make a new one."""

    def __init__(self, reader: ReadModel, secrets: SecretStore,
                 connector: ChannelConnector) -> None:
        self._reader = reader
        self._secrets = secrets
        self._connector = connector
        self._senders: dict[int, tuple[dict, ChannelSender]] = {}
        self._accounts: dict[int, AccountStatus] = {}
        self._lock = threading.Lock()

    def channel_ids(self) -> list[int]:
        """The accounts that can send now; read once per outbox pass (``sender`` and
        ``header_id`` answer from this reading)."""
        with self._lock:
            self._accounts = {s.channel_id: s for s in self._reader.account_statuses()
                              if account_is_set_up(s.kind, s.settings)}
        return [channel_id for channel_id in self._accounts if self.sender(channel_id)]

    def sender(self, channel_id: int) -> ChannelSender | None:
        with self._lock:
            status = self._accounts.get(channel_id)
            if status is None:
                return None
            cached = self._senders.get(channel_id)
            if cached is not None and cached[0] == status.settings:
                return cached[1]
            secret = stored_secret(self._secrets, channel_id)
            if secret is None:
                return None
            if status.kind == ChannelKind.EMAIL.value:
                sender = self._connector.email_sender(
                    EmailAccount.from_settings(status.settings), secret)
            else:
                sender = self._connector.vk_sender(VkSettings.from_settings(status.settings),
                                                   secret)
            self._senders[channel_id] = (status.settings, sender)
            return sender

    def header_id(self, channel_id: int) -> str | None:
        sender = self.sender(channel_id)
        return sender.header_id() if sender is not None else None
