"""The window's channel threads: one per email account (sync, then IMAP IDLE), one per VK
community (catch-up, then Bots Long Poll), and one outbox thread that delivers answers.
Workers never touch widgets: they report through signals, which Qt delivers on the GUI
thread.

An account thread fetches only while its desk holds the channel's lease (team mode: one
desk per channel); on standby it says which desk fetches and takes over when that desk
goes away. A desk that fetches no channels (``fetch_channels=False``) runs the outbox only.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.email_account import EmailAccount
from leaddesk.domain.vk import VkSettings
from leaddesk.services.account_state import AccountEvent, AccountState, run_with_lease
from leaddesk.services.channel_senders import (
    ChannelSenders,
    account_is_set_up,
    stored_secret,
)
from leaddesk.services.context import DeskContext
from leaddesk.services.mail_sync import run_account
from leaddesk.services.outbox import deliver_due
from leaddesk.services.ports import ChannelLease
from leaddesk.services.vk_sync import run_vk

log = logging.getLogger(__name__)

OUTBOX_SECONDS = 5.0


class _AccountThread(QThread):
    """Runs one account's loop (``run_account`` for email, ``run_vk`` for VK) while the
    desk holds the channel's lease."""

    event = Signal(object)  # AccountEvent

    def __init__(self, channel_id: int, settings: object,
                 loop: Callable[[Callable[[], bool], Callable], None],
                 open_lease: Callable[[int], ChannelLease]) -> None:
        super().__init__()
        self.channel_id = channel_id
        self.settings = settings
        self._loop = loop
        self._open_lease = open_lease
        self._stop = threading.Event()

    def run(self) -> None:
        try:
            lease = self._open_lease(self.channel_id)
        except Exception as error:  # a bug in the wiring: say so instead of dying mute
            log.exception("cannot open the lease of channel %s", self.channel_id)
            self.event.emit(AccountEvent(self.channel_id, AccountState.ERROR,
                                         error=f"{type(error).__name__}: {error}"))
            return
        run_with_lease(lease, self.channel_id, self._loop, self._stop.is_set,
                       self.event.emit)

    def stop(self) -> None:
        self._stop.set()


class _OutboxThread(QThread):
    delivered = Signal(int, int)  # sent, failed

    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self._context = context
        self._senders = ChannelSenders(context.reader, context.secrets, context.connector)
        self._stop = threading.Event()
        self._wake = threading.Event()

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                counts = deliver_due(self._context.uow_factory, self._senders)
                if counts.sent or counts.failed:
                    self.delivered.emit(counts.sent, counts.failed)
            except Exception:  # the database may be away for a moment; try again later
                log.exception("the outbox pass failed")
            self._wake.wait(OUTBOX_SECONDS)
            self._wake.clear()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()


class ChannelWorkers(QObject):
    """Starts, restarts and stops the channel threads as the accounts change."""

    accountEvent = Signal(object)  # AccountEvent
    delivered = Signal(int, int)

    def __init__(self, context: DeskContext, parent=None, *,
                 fetch_channels: bool = True) -> None:
        """``fetch_channels``: False on a desk that runs no account threads (a manager's
        desk in team mode); it still delivers the outbox."""
        super().__init__(parent)
        self._context = context
        self._fetch = fetch_channels
        self._accounts: dict[int, _AccountThread] = {}
        self._outbox: _OutboxThread | None = None
        self.states: dict[int, AccountEvent] = {}
        self.accounts: dict[int, tuple[str, str]] = {}  # channel id -> (name, kind)
        self._leftover: list[_AccountThread] = []

    def start(self) -> None:
        self._outbox = _OutboxThread(self._context)
        self._outbox.delivered.connect(self.delivered)
        self._outbox.start()
        self.reconcile()

    def _wanted(self) -> dict[int, tuple[object, Callable]]:
        """channel id -> (settings, the loop to run with a secret) of each account set up;
        ``accounts`` gets their names and kinds for the status bar."""
        context = self._context
        wanted: dict[int, tuple[object, Callable]] = {}
        self.accounts = {}
        for status in context.reader.account_statuses():
            if not account_is_set_up(status.kind, status.settings):
                continue
            channel_id = status.channel_id
            self.accounts[channel_id] = (status.name, status.kind)
            if status.kind == ChannelKind.EMAIL.value:
                account = EmailAccount.from_settings(status.settings)

                def email_loop(secret, channel_id=channel_id, account=account):
                    return lambda stop, report: run_account(
                        context.uow_factory, channel_id, account,
                        lambda: context.connector.open_mailbox(account, secret), stop, report)
                wanted[channel_id] = (account, email_loop)
            else:
                settings = VkSettings.from_settings(status.settings)

                def vk_loop(secret, channel_id=channel_id, settings=settings):
                    return lambda stop, report: run_vk(
                        context.uow_factory, channel_id, settings,
                        lambda: context.connector.vk_client(settings, secret), stop, report)
                wanted[channel_id] = (settings, vk_loop)
        return wanted

    def reconcile(self) -> None:
        """Match the running threads to the accounts set up now (call after changes)."""
        if not self._fetch:
            self.accounts = {}
            return
        wanted = self._wanted()
        for channel_id, thread in list(self._accounts.items()):
            if channel_id not in wanted or wanted[channel_id][0] != thread.settings:
                self._stop_thread(channel_id)
        for channel_id, (settings, loop) in wanted.items():
            if channel_id in self._accounts:
                continue
            secret = stored_secret(self._context.secrets, channel_id)
            if secret is None:
                self._on_event(AccountEvent(channel_id, AccountState.NO_PASSWORD))
                continue
            thread = _AccountThread(channel_id, settings, loop(secret),
                                    self._context.open_channel_lease)
            thread.event.connect(self._on_event)
            self._accounts[channel_id] = thread
            thread.start()

    def wake_outbox(self) -> None:
        if self._outbox is not None:
            self._outbox.wake()

    def _on_event(self, event: AccountEvent) -> None:
        self.states[event.channel_id] = event
        self.accountEvent.emit(event)

    def _stop_thread(self, channel_id: int) -> None:
        thread = self._accounts.pop(channel_id)
        thread.stop()
        if not thread.wait(15000):  # stuck in a network timeout: let it end on its own
            self._leftover.append(thread)

    def stop(self) -> None:
        for channel_id in list(self._accounts):
            self._accounts[channel_id].stop()
        for channel_id in list(self._accounts):
            self._stop_thread(channel_id)
        if self._outbox is not None:
            self._outbox.stop()
            self._outbox.wait(35000)
            self._outbox = None
