"""Following the change log on a thread of its own, so every desk sees what others did."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from leaddesk.domain.changes import ChangeSet
from leaddesk.services.ports import ChangeFeed

log = logging.getLogger(__name__)
WAIT_SECONDS = 0.5  # the longest one wait lasts, so a stop request is seen this soon
RETRY_SECONDS = 1.5  # between attempts to reopen a lost feed
OPEN_WAIT_MS = 10_000  # start() gives up waiting for the first open after this
STOP_WAIT_MS = 2_000  # stop() keeps the GUI waiting no longer than this

_stragglers: set[QThread] = set()  # stopped threads stuck in a call; kept alive until done


class _FeedLoop(QThread):
    """The watcher thread: owns the feed and its connections, waits and polls in a loop.

    The feed's ``wait()`` returns the moment PostgreSQL notifies a commit (SQLite: after a
    short step), then ``poll()`` reads the change log. When either raises, the feed is
    dropped and reopened every ``RETRY_SECONDS``; notifications sent meanwhile are lost,
    so a reopened feed starts with a full refresh.

    Signals:
        changed(object): a ChangeSet.
        failed(str): the feed could not be read (the database went away).
        recovered(): the feed reads again.
    """

    changed = Signal(object)
    failed = Signal(str)
    recovered = Signal()

    def __init__(self, open_feed: Callable[[], ChangeFeed]) -> None:
        super().__init__()
        self.setObjectName("change-feed")
        self._open_feed = open_feed
        self._feed: ChangeFeed | None = None
        self._failing = False
        self.stopping = threading.Event()
        self.opened = threading.Event()

    def run(self) -> None:
        try:
            self._open()
            self.opened.set()
            while not self.stopping.is_set():
                if self._feed is None and not self._reopen():
                    continue
                assert self._feed is not None
                try:
                    self._feed.wait(WAIT_SECONDS)
                    if self.stopping.is_set():
                        break
                    records, full = self._feed.poll()
                except Exception as error:
                    self._fail(error)
                    continue
                if records or full:
                    self.changed.emit(ChangeSet.of(records, full_refresh=full))
        finally:
            self.opened.set()
            self._drop_feed()

    def _open(self) -> bool:
        try:
            self._feed = self._open_feed()
        except Exception as error:
            self._fail(error)
            return False
        return True

    def _reopen(self) -> bool:
        """After a pause, try the feed again; on success everything is reloaded."""
        if self.stopping.wait(RETRY_SECONDS) or not self._open():
            return False
        self._failing = False
        self.changed.emit(ChangeSet.of([], full_refresh=True))
        self.recovered.emit()
        return True

    def _fail(self, error: Exception) -> None:
        if not self._failing and not self.stopping.is_set():
            log.warning("change feed failed: %s", error)
            self.failed.emit(str(error) or type(error).__name__)
        self._failing = True
        self._drop_feed()

    def _drop_feed(self) -> None:
        if self._feed is not None:
            with contextlib.suppress(Exception):
                self._feed.close()
            self._feed = None


class ChangeWatcher(QObject):
    """Starts the feed thread and forwards its signals to the GUI thread.

    Signals:
        changesArrived(object): a ChangeSet committed by any connection, this desk's too.
        connectionLost(str): why the feed stopped.
        connectionRestored(): the feed is back (a full refresh follows).
    """

    changesArrived = Signal(object)
    connectionLost = Signal(str)
    connectionRestored = Signal()

    def __init__(self, open_feed: Callable[[], ChangeFeed], parent=None) -> None:
        super().__init__(parent)
        self._thread = _FeedLoop(open_feed)
        self._thread.changed.connect(self.changesArrived)
        self._thread.failed.connect(self.connectionLost)
        self._thread.recovered.connect(self.connectionRestored)

    def start(self) -> None:
        """Start following; returns once the feed is open (or failed to open), so nothing
        committed after this point is missed."""
        self._thread.stopping.clear()
        self._thread.opened.clear()
        self._thread.start()
        self._thread.opened.wait(OPEN_WAIT_MS / 1000)

    def stop(self) -> None:
        """Stop following, within about ``WAIT_SECONDS``."""
        thread = self._thread
        if not thread.isRunning():
            return
        thread.stopping.set()
        if not thread.wait(STOP_WAIT_MS):
            # stuck in a call to a vanished server: let it end on its own, never block
            # the GUI on it, and never destroy a running QThread
            log.warning("change feed thread still busy; leaving it to finish")
            _stragglers.add(thread)
            thread.finished.connect(lambda: _stragglers.discard(thread))
