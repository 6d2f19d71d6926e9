"""Waiting for a long service call without freezing the window: the call runs on the task
pool while a modal "please wait" box (shown after a moment) keeps the window painted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from leaddesk.ui.ops import QueryOp

SHOW_AFTER_MS = 400


def run_busy(parent: QWidget, text: str, fn: Callable[[], Any]) -> Any:
    """``fn()`` off the GUI thread; returns its result or raises its error."""
    box = QProgressDialog(text, "", 0, 0, parent)
    box.setCancelButton(None)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(SHOW_AFTER_MS)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    QueryOp(fn).success(lambda result: finished("result", result)) \
        .failure(lambda error: finished("error", error)).run()
    if not outcome:
        loop.exec()
    box.close()
    box.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
