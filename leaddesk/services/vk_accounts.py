"""Setting up VK communities: the channel row holds the community id, the keyring the
token. As with email: no keyring, nothing stored."""

from __future__ import annotations

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.vk import VkSettings
from leaddesk.services.channel_senders import account_is_set_up
from leaddesk.services.channel_setup import (
    AccountInvalid,
    create_account_channel,
    update_account_channel,
)
from leaddesk.services.email_accounts import CheckResult
from leaddesk.services.ports import (
    ChannelConnector,
    ReadModel,
    SecretStore,
    UnitOfWorkFactory,
    VkError,
)


def vk_problems(name: str | None, settings: VkSettings, token: str | None) -> list[str]:
    problems = []
    if name is not None and not name.strip():
        problems.append("name")
    if settings.group_id <= 0:
        problems.append("group_id")
    if token is not None and not token.strip():
        problems.append("token")
    return problems


def add_vk_channel(uow_factory: UnitOfWorkFactory, secrets: SecretStore, name: str,
                   settings: VkSettings, token: str, sla_seconds: int | None = None) -> int:
    """Create a VK channel. Returns its id.

    Raises AccountInvalid, SecretsUnavailable, or ValueError("name_taken").
    """
    problems = vk_problems(name, settings, token)
    if problems:
        raise AccountInvalid(problems)
    return create_account_channel(uow_factory, secrets, ChannelKind.VK, name,
                                  settings.as_settings(), token.strip(), True, sla_seconds)


def update_vk_channel(uow_factory: UnitOfWorkFactory, secrets: SecretStore, channel_id: int,
                      settings: VkSettings, token: str | None = None) -> None:
    problems = vk_problems(None, settings, None)
    if problems:
        raise AccountInvalid(problems)
    update_account_channel(uow_factory, secrets, channel_id, settings.as_settings(), True,
                           token.strip() if token else None)


def check_vk_account(connector: ChannelConnector, settings: VkSettings,
                     token: str) -> list[CheckResult]:
    """Ask VK for the community (the token works) and for its Long Poll server (the
    community has the Bots Long Poll API switched on)."""
    client = connector.vk_client(settings, token)
    try:
        name = client.group_name()
    except VkError as error:
        return [CheckResult("vk", False, error.reason)]
    results = [CheckResult("vk", True, name)]
    try:
        client.long_poll_server()
    except VkError as error:
        results.append(CheckResult("long_poll", False, error.reason))
    else:
        results.append(CheckResult("long_poll", True, ""))
    return results


def vk_accounts(reader: ReadModel) -> list[tuple[int, str, VkSettings]]:
    """(channel id, name, settings) of every VK community that is set up."""
    return [(s.channel_id, s.name, VkSettings.from_settings(s.settings))
            for s in reader.account_statuses(ChannelKind.VK)
            if account_is_set_up(s.kind, s.settings)]
