"""Delivering operators' answers to web chat visitors.

An answer to a chat lead waits in the outbox like any other; the intake service runs the
outbox for the chat channels and "sends" an answer by marking it delivered: the visitor's
page fetches delivered answers from the database. While no intake service runs, answers
stay in the outbox, shown as waiting to be sent, and nothing is lost.
"""

from __future__ import annotations

from leaddesk.domain.codes import ChannelKind
from leaddesk.services.ports import OutgoingMessage
from leaddesk.services.web_ports import WebReads


class _ChatSender:
    """Implements ``ChannelSender``: the message is already where the visitor reads it."""

    def send(self, message: OutgoingMessage) -> str | None:
        return None

    def header_id(self) -> str | None:
        return None

    def check(self) -> None:
        return None

    def close(self) -> None:
        return None


class ChatDelivery:
    """Implements ``SenderRegistry`` for the web chat channels."""

    def __init__(self, reader: WebReads) -> None:
        self._reader = reader
        self._sender = _ChatSender()
        self._ids: set[int] = set()

    def channel_ids(self) -> list[int]:
        self._ids = {channel.id for channel, _settings in self._reader.site_channels()
                     if channel.kind is ChannelKind.WEBCHAT}
        return sorted(self._ids)

    def sender(self, channel_id: int) -> _ChatSender | None:
        return self._sender if channel_id in self._ids else None

    def header_id(self, channel_id: int) -> str | None:
        return None
