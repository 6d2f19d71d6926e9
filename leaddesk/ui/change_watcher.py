"""Following the change log on a thread of its own, so every desk sees what others did."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from leaddesk.domain.changes import ChangeSet
from leaddesk.services.ports import ChangeFeed

log = logging.getLogger(__name__)
POLL_MS = 500


class _Poller(QObject):
    """Lives on the watcher thread; owns the feed and its connection.

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
        self._open_feed = open_feed
        self._feed: ChangeFeed | None = None
        self._timer: QTimer | None = None
        self._failing = False

    @Slot()
    def open(self) -> None:
        """Open the feed now, so nothing committed after this point is missed."""
        try:
            self._feed = self._open_feed()
        except Exception as error:
            log.warning("change feed unavailable: %s", error)
            self._failing = True
            self.failed.emit(str(error))

    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    @Slot()
    def poll(self) -> None:
        try:
            if self._feed is None:
                self._feed = self._open_feed()
                if self._failing:
                    self.changed.emit(ChangeSet.of([], full_refresh=True))
            records, full = self._feed.poll()
        except Exception as error:
            if not self._failing:
                log.warning("change feed failed: %s", error)
                self.failed.emit(str(error))
            self._failing = True
            self._drop_feed()
            return
        if self._failing:
            self._failing = False
            self.recovered.emit()
        if records or full:
            self.changed.emit(ChangeSet.of(records, full_refresh=full))

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._drop_feed()

    def _drop_feed(self) -> None:
        if self._feed is not None:
            with contextlib.suppress(Exception):
                self._feed.close()
            self._feed = None


class ChangeWatcher(QObject):
    """Starts the poller thread and forwards its signals to the GUI thread.

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
        self._thread = QThread()
        self._thread.setObjectName("change-feed")
        self._poller = _Poller(open_feed)
        self._poller.moveToThread(self._thread)
        self._thread.started.connect(self._poller.start)
        self._poller.changed.connect(self.changesArrived)
        self._poller.failed.connect(self.connectionLost)
        self._poller.recovered.connect(self.connectionRestored)

    def start(self) -> None:
        """Start following; returns once the feed is open, before the first poll."""
        self._thread.start()
        QMetaObject.invokeMethod(self._poller, "open", Qt.ConnectionType.BlockingQueuedConnection)

    def stop(self) -> None:
        if not self._thread.isRunning():
            return
        QMetaObject.invokeMethod(self._poller, "stop", Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait(5000)
