"""Messages to the user from anywhere, buffered until the main window can show them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UserMessage:
    level: str  # "info", "warning" or "error"
    title: str
    text: str
    detail: str = ""


_buffer: list[UserMessage] = []
_sink: Callable[[UserMessage], None] | None = None


def attach(sink: Callable[[UserMessage], None]) -> None:
    """Route messages to ``sink`` (the main window) and deliver what waited meanwhile."""
    global _sink
    _sink = sink
    while _buffer:
        sink(_buffer.pop(0))


def detach() -> None:
    global _sink
    _sink = None


def _send(message: UserMessage) -> None:
    if _sink is None:
        _buffer.append(message)
    else:
        _sink(message)


def info(title: str, text: str) -> None:
    _send(UserMessage("info", title, text))


def error(what: str, error: Exception, trace: str = "") -> None:
    log.error("%s failed: %s\n%s", what or "an action", error, trace)
    text = str(error) or type(error).__name__
    if getattr(error, "code", None) == "not_permitted":  # the team database said no
        from leaddesk.ui import labels

        text = labels.problem("not_permitted")
    _send(UserMessage("error", what, text, trace))

