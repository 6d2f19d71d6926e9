"""Running work off the GUI thread and getting the result back on it."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Carries a job's outcome back to the GUI thread.

    The relay lives on the GUI thread and its own slots receive the signals, so Qt
    queues the delivery there; a bare Python callable connected to a signal would be
    called on the worker thread that emits.

    Signals:
        succeeded(object): the job's return value.
        failed(object, str): the exception and its formatted traceback.
    """

    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(self, on_success, on_failure, on_done) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_done = on_done
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result) -> None:
        try:
            self._on_success(result)
        finally:
            self._on_done(self)

    @Slot(object, str)
    def _deliver_failure(self, error, trace) -> None:
        try:
            self._on_failure(error, trace)
        finally:
            self._on_done(self)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:
            self._relay.failed.emit(error, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)


class TaskManager:
    """A pool for short jobs (queries, single writes). Callbacks run on the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[Exception, str], None]) -> None:
        relay = _Relay(on_success, on_failure, self._relays.discard)
        self._relays.add(relay)
        self._pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for the running jobs (used by shutdown and screenshots)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._relays)
