"""How a channel account's worker is doing, told to the window; the pauses between its
attempts to reconnect; and running a worker only while this desk holds the channel's lease
(one desk fetches a channel at a time)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from leaddesk.services.ports import ChannelLease, UnitOfWorkFactory

log = logging.getLogger(__name__)

BACKOFF_SECONDS = (2, 5, 15, 30, 60, 120, 300)
LEASE_RETRY_SECONDS = 5.0  # how often a desk on standby tries to take a channel over
LEASE_CHECK_SECONDS = 5.0  # how often a running worker makes sure its lease is not lost


def _now() -> datetime:
    return datetime.now(UTC)


class AccountState(StrEnum):
    CONNECTING = "connecting"
    SYNCING = "syncing"
    CONNECTED = "connected"  # up to date, waiting for news
    ERROR = "error"  # waiting to reconnect
    NO_PASSWORD = "no_password"
    STOPPED = "stopped"
    STANDBY = "standby"  # another desk holds the channel's lease and fetches it


@dataclass(frozen=True)
class AccountEvent:
    """What a worker tells the window about its account."""

    channel_id: int
    state: AccountState
    error: str | None = None
    last_sync_at: datetime | None = None
    counts: object | None = None
    retry_in: int | None = None
    holder: str | None = None  # STANDBY: the desk that fetches the channel, if known


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


Loop = Callable[[Callable[[], bool], Callable[[AccountEvent], None]], None]


class _LossWatch:
    """``should_stop`` for a worker holding a lease: the outer stop, or the lease lost
    (asked of the database at most every ``LEASE_CHECK_SECONDS``)."""

    def __init__(self, lease: ChannelLease, should_stop: Callable[[], bool],
                 clock: Callable[[], float]) -> None:
        self._lease = lease
        self._should_stop = should_stop
        self._clock = clock
        self._checked = clock()
        self.lost = False

    def __call__(self) -> bool:
        if self._should_stop():
            return True
        if not self.lost and self._clock() - self._checked >= LEASE_CHECK_SECONDS:
            self._checked = self._clock()
            self.lost = not self._lease.still_held()
        return self.lost


def run_with_lease(lease: ChannelLease, channel_id: int, loop: Loop,
                   should_stop: Callable[[], bool], report: Callable[[AccountEvent], None],
                   sleep: Callable[[float], None] = time.sleep,
                   clock: Callable[[], float] = time.monotonic) -> None:
    """Run a channel's worker ``loop(should_stop, report)`` (``run_account``, ``run_vk``)
    only while this desk holds the channel's lease, until ``should_stop()``.

    While another desk holds it: STANDBY (with the holder), and another try every
    ``LEASE_RETRY_SECONDS``, so this desk takes over when the holder goes away. When the
    lease is lost while running (its database session died), the worker stops fetching
    and the desk goes back to trying. The lease is released at the end.
    """
    failures = 0
    told: tuple[AccountState, str | None] | None = None

    def relay(event: AccountEvent) -> None:
        nonlocal told
        if event.state is not AccountState.STOPPED:  # said once, at the very end
            told = None
            report(event)

    try:
        while not should_stop():
            try:
                acquired = lease.try_acquire()
                holder = None if acquired else lease.holder()
            except Exception as error:  # the database cannot be reached: nobody can tell
                log.warning("the lease of channel %s cannot be taken: %s", channel_id, error)
                failures += 1
                seconds = BACKOFF_SECONDS[min(failures - 1, len(BACKOFF_SECONDS) - 1)]
                told = None
                report(AccountEvent(channel_id, AccountState.ERROR,
                                    error=f"{type(error).__name__}: {error}",
                                    retry_in=seconds))
                pause(seconds, should_stop, sleep)
                continue
            failures = 0
            if not acquired:
                if told != (AccountState.STANDBY, holder):
                    told = (AccountState.STANDBY, holder)
                    report(AccountEvent(channel_id, AccountState.STANDBY, holder=holder))
                pause(LEASE_RETRY_SECONDS, should_stop, sleep)
                continue
            told = None
            watch = _LossWatch(lease, should_stop, clock)
            try:
                loop(watch, relay)
            except Exception:  # the loops catch their own errors; this is a bug
                log.exception("the worker of channel %s failed", channel_id)
                pause(BACKOFF_SECONDS[0], should_stop, sleep)
            if watch.lost and not should_stop():
                log.warning("channel %s: the lease was lost; fetching stops until this desk "
                            "holds it again", channel_id)
                lease.release()
                # the desks on standby had the channel free for their next try: let them
                # have it rather than grabbing it back at once
                report(AccountEvent(channel_id, AccountState.CONNECTING))
                pause(LEASE_RETRY_SECONDS * 1.5, should_stop, sleep)
    finally:
        try:
            lease.release()
        except Exception:  # a lease on a dead connection is gone anyway
            log.debug("releasing the lease of channel %s failed", channel_id, exc_info=True)
    report(AccountEvent(channel_id, AccountState.STOPPED))
