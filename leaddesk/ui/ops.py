"""Service calls from widgets, Anki style: ``QueryOp(...).success(...).run()``.

An op runs its function on the task pool and calls back on the GUI thread; a failure
goes to the message bridge as a plain-words error unless the caller handles it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from leaddesk.ui import message_bridge
from leaddesk.ui.taskman import TaskManager

_taskman: TaskManager | None = None


def taskman() -> TaskManager:
    global _taskman
    if _taskman is None:
        _taskman = TaskManager()
    return _taskman


class QueryOp:
    """A read or a write to run off the GUI thread."""

    def __init__(self, fn: Callable[[], Any], *, what: str = "") -> None:
        self._fn = fn
        self._what = what
        self._success: Callable[[Any], None] = lambda _result: None
        self._failure: Callable[[Exception], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> QueryOp:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> QueryOp:
        self._failure = callback
        return self

    def run(self) -> None:
        taskman().run(self._fn, self._success, self._on_failure)

    def _on_failure(self, error: Exception, trace: str) -> None:
        if self._failure is not None:
            self._failure(error)
        else:
            message_bridge.error(self._what, error, trace)
