"""How a channel account's worker is doing, told to the window; and the pauses between
its attempts to reconnect."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from leaddesk.services.ports import UnitOfWorkFactory

log = logging.getLogger(__name__)

BACKOFF_SECONDS = (2, 5, 15, 30, 60, 120, 300)


def _now() -> datetime:
    return datetime.now(UTC)


class AccountState(StrEnum):
    CONNECTING = "connecting"
    SYNCING = "syncing"
    CONNECTED = "connected"  # up to date, waiting for news
    ERROR = "error"  # waiting to reconnect
    NO_PASSWORD = "no_password"
    STOPPED = "stopped"


@dataclass(frozen=True)
class AccountEvent:
    """What a worker tells the window about its account."""

    channel_id: int
    state: AccountState
    error: str | None = None
    last_sync_at: datetime | None = None
    counts: object | None = None
    retry_in: int | None = None


def note_error(uow_factory: UnitOfWorkFactory, channel_id: int, reason: str) -> None:
    try:
        with uow_factory() as uow:
            uow.store.note_sync_error(channel_id, "", reason[:2000], _now())
            uow.commit()
    except Exception:  # the database may be the thing that is down
        log.exception("could not record the sync error")


def pause(seconds: float, should_stop: Callable[[], bool],
           sleep: Callable[[float], None]) -> None:
    waited = 0.0
    while waited < seconds and not should_stop():
        sleep(0.2)
        waited += 0.2


def wait_after_failure(uow_factory: UnitOfWorkFactory, channel_id: int, reason: str,
                       failures: int, report: Callable[[AccountEvent], None],
                       should_stop: Callable[[], bool],
                       sleep: Callable[[float], None]) -> None:
    """Record the error where every desk sees it, tell the window, and wait longer after
    each failure in a row (2 s ... 5 min) before the worker tries again."""
    note_error(uow_factory, channel_id, reason)
    seconds = BACKOFF_SECONDS[min(failures - 1, len(BACKOFF_SECONDS) - 1)]
    report(AccountEvent(channel_id, AccountState.ERROR, error=reason, retry_in=seconds))
    pause(seconds, should_stop, sleep)
