"""What a desk is wired with: handed from ``bootstrap`` to the user interface and commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from leaddesk.services.ports import (
    BulkLoader,
    ChangeFeed,
    ChannelConnector,
    ChannelLease,
    ReadModel,
    SecretStore,
    UnitOfWorkFactory,
)


class _SoleDeskLease:
    """Implements ``ChannelLease`` for a desk alone on its database: always its own."""

    def try_acquire(self) -> bool:
        return True

    def still_held(self) -> bool:
        return True

    def holder(self) -> str | None:
        return None

    def release(self) -> None:
        return None


def sole_desk_lease(channel_id: int) -> ChannelLease:
    """The default ``open_channel_lease``: no other desk to share the channels with."""
    return _SoleDeskLease()


@dataclass
class DeskContext:
    """The services of one open database.

    Attributes:
        reader: the read side.
        uow_factory: opens a unit of work for a write.
        open_change_feed: opens a change feed (one per thread that follows the log).
        open_bulk_loader: opens a bulk loader for large loads.
        database_label: where the data lives, for the status bar (no password in it).
        is_team: True on a shared (PostgreSQL) database.
        secrets: the system keyring (channel passwords and tokens).
        connector: opens connections to channel accounts (IMAP, SMTP...).
        open_channel_lease: opens the lease of a channel id: only the desk holding it runs
            the channel's intake worker (``ports.CHAT_DELIVERY_LEASE``: the chat's outbox).
        signed_in: in team mode, the (login, user id) of the person whose own database
            login opened it, bound by their role's rights; None for the administrator
            and on SQLite (anyone may work as anyone there).
    """

    reader: ReadModel
    uow_factory: UnitOfWorkFactory
    open_change_feed: Callable[[], ChangeFeed]
    open_bulk_loader: Callable[[], BulkLoader]
    database_label: str
    is_team: bool
    secrets: SecretStore
    connector: ChannelConnector
    close_hooks: list[Callable[[], None]] = field(default_factory=list)
    open_channel_lease: Callable[[int], ChannelLease] = sole_desk_lease
    signed_in: tuple[str, int | None] | None = None

    def close(self) -> None:
        while self.close_hooks:
            self.close_hooks.pop()()
