"""The outbox: answers wait here until their channel delivers them.

An answer is claimed (``sending``, with a lease: a desk that dies mid-send leaves it to be
claimed again when the lease runs out), given its channel id before the first attempt (an
email's Message-ID, kept for every retry), handed to the channel's sender, and ends
``sent``, or ``failed`` with the server's words and a time to try again, later each time.
Nothing typed is lost: the text stays in the database whatever happens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from leaddesk.domain.codes import ChangeKind, DeliveryState, Entity
from leaddesk.domain.mail import reply_references, reply_subject
from leaddesk.domain.problems import describe
from leaddesk.services.ports import (
    DeliveryError,
    OutgoingMessage,
    SenderRegistry,
    UnitOfWorkFactory,
)
from leaddesk.services.workflow_errors import NotAllowed

log = logging.getLogger(__name__)

RETRY_SECONDS = (30, 60, 120, 300, 600, 1800, 3600)
LEASE = timedelta(minutes=10)


@dataclass
class DeliveryCounts:
    sent: int = 0
    failed: int = 0


def retry_delay(attempts: int) -> int:
    """Seconds before the next attempt after ``attempts`` failed ones."""
    return RETRY_SECONDS[min(max(attempts, 1) - 1, len(RETRY_SECONDS) - 1)]


def deliver_due(uow_factory: UnitOfWorkFactory, senders: SenderRegistry,
                now: Callable[[], datetime] = lambda: datetime.now(UTC),
                limit: int = 100) -> DeliveryCounts:
    """Deliver the answers that are due, one by one. Returns how it went."""
    counts = DeliveryCounts()
    channel_ids = senders.channel_ids()
    if not channel_ids:
        return counts
    for _ in range(limit):
        message = _claim(uow_factory, senders, channel_ids, now())
        if message is None:
            break
        sender = senders.sender(message.channel_id)
        try:
            if sender is None:
                raise DeliveryError(describe("no_sender"))
            channel_message_id = sender.send(message)
        except DeliveryError as error:
            counts.failed += 1
            _finish(uow_factory, message, error, now())
        except Exception as error:  # a bug in a sender must not lose the message
            log.exception("sending message %s failed", message.id)
            counts.failed += 1
            _finish(uow_factory, message, DeliveryError(f"{type(error).__name__}: {error}"),
                    now())
        else:
            counts.sent += 1
            _finish(uow_factory, message, None, now(), channel_message_id)
    return counts


def _claim(uow_factory: UnitOfWorkFactory, senders: SenderRegistry, channel_ids: list[int],
           moment: datetime) -> OutgoingMessage | None:
    with uow_factory() as uow:
        store = uow.store
        message_id = store.claim_outgoing(moment, moment + LEASE, channel_ids)
        if message_id is None:
            return None
        message = store.outgoing(message_id)
        assert message is not None
        if message.header_id is None:
            header_id = senders.header_id(message.channel_id)
            if header_id is not None:
                reply = message.reply
                store.set_header_id(message_id, header_id, {
                    "message_id": header_id, "to": reply.to_address,
                    "subject": reply_subject(reply.subject),
                    "in_reply_to": reply.in_reply_to,
                    "references": list(reply_references(reply.references,
                                                        reply.in_reply_to)),
                })
                message = store.outgoing(message_id)
        uow.changed(Entity.MESSAGE, message_id, ChangeKind.UPDATED)
        uow.changed(Entity.LEAD, message.lead_id, ChangeKind.UPDATED)
        uow.commit()
        return message


def _finish(uow_factory: UnitOfWorkFactory, message: OutgoingMessage,
            error: DeliveryError | None, moment: datetime,
            external_id: str | None = None) -> None:
    with uow_factory() as uow:
        store = uow.store
        if error is None:
            store.finish_outgoing(message.id, DeliveryState.SENT.value, None, None)
            if message.header_id is None and external_id:
                # The channel's own id (a VK message id): the message is recognised when
                # the channel's history shows it again.
                store.set_header_id(message.id, external_id, {"sent_as": external_id})
        else:
            retry_at = None if error.permanent else \
                moment + timedelta(seconds=retry_delay(message.attempts))
            store.finish_outgoing(message.id, DeliveryState.FAILED.value, error.reason[:2000],
                                  retry_at)
            if message.attempts == 1 or error.permanent:  # tell the author once
                author = store.message_author(message.id)
                store.add_audit(message.lead_id, "delivery_failed", None, moment,
                                {"error": error.reason[:300],
                                 **({"to_id": author} if author else {})})
        uow.changed(Entity.MESSAGE, message.id, ChangeKind.UPDATED)
        uow.changed(Entity.LEAD, message.lead_id, ChangeKind.UPDATED)
        uow.commit()


def retry_now(uow_factory: UnitOfWorkFactory, message_id: int,
              now: datetime | None = None) -> None:
    """Put a failed answer back in the queue at once (the person pressed "Try again")."""
    moment = now or datetime.now(UTC)
    with uow_factory() as uow:
        store = uow.store
        state = store.message_delivery(message_id)
        if state != DeliveryState.FAILED.value:
            raise NotAllowed("not_failed")
        lead_id = store.finish_outgoing(message_id, DeliveryState.QUEUED.value, None, moment)
        uow.changed(Entity.MESSAGE, message_id, ChangeKind.UPDATED)
        uow.changed(Entity.LEAD, lead_id, ChangeKind.UPDATED)
        uow.commit()
