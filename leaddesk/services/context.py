"""What a desk is wired with: handed from ``bootstrap`` to the user interface and commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from leaddesk.services.ports import (
    BulkLoader,
    ChangeFeed,
    ChannelConnector,
    ReadModel,
    SecretStore,
    UnitOfWorkFactory,
)


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

    def close(self) -> None:
        while self.close_hooks:
            self.close_hooks.pop()()
