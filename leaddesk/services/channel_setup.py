"""Creating and changing channel accounts: the settings go to the channel row, the
password or token to the system keyring, and a channel is committed only once the keyring
took its secret (no keyring: nothing stored at all)."""

from __future__ import annotations

from typing import Any

from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity
from leaddesk.domain.email_account import secret_key
from leaddesk.domain.sla import DEFAULT_SLA_SECONDS
from leaddesk.services.ports import SecretStore, UnitOfWorkFactory


class AccountInvalid(ValueError):
    """The settings are incomplete; ``problems`` are codes for the form to explain."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


def create_account_channel(uow_factory: UnitOfWorkFactory, secrets: SecretStore,
                           kind: ChannelKind, name: str, settings: dict[str, Any],
                           secret: str, is_lead_source: bool = True,
                           sla_seconds: int | None = None) -> int:
    """Create the channel with its settings and keep ``secret`` in the keyring.

    Raises SecretsUnavailable, or ValueError("name_taken"). Returns the channel id.
    """
    secrets.check()
    with uow_factory() as uow:
        store = uow.store
        if store.channel_by_name(name.strip()) is not None:
            raise ValueError("name_taken")
        sla = sla_seconds or DEFAULT_SLA_SECONDS.get(kind, 3600)
        channel = store.add_channel(kind, name.strip(), sla)
        store.put_channel_settings(channel.id, settings, is_lead_source)
        secrets.put(secret_key(channel.id), secret)
        try:
            uow.changed(Entity.CHANNEL, channel.id, ChangeKind.CREATED)
            uow.commit()
        except Exception:
            secrets.delete(secret_key(channel.id))
            raise
        return channel.id


def update_account_channel(uow_factory: UnitOfWorkFactory, secrets: SecretStore,
                           channel_id: int, settings: dict[str, Any], is_lead_source: bool,
                           secret: str | None = None) -> None:
    """Change an account's settings; a new ``secret`` replaces the stored one."""
    if secret:
        secrets.put(secret_key(channel_id), secret)
    with uow_factory() as uow:
        uow.store.put_channel_settings(channel_id, settings, is_lead_source)
        uow.changed(Entity.CHANNEL, channel_id, ChangeKind.UPDATED)
        uow.commit()
