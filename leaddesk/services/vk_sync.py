"""Keeping a VK community in step: the catch-up through the message history, and the loop
a worker thread runs on the Bots Long Poll.

The history is the truth: at start, after any Long Poll failure that may have lost events
(``failed`` 1 and 3) and every few minutes, the conversations with messages newer than the
stored position are read back to it, so nothing written while the desk was closed is lost;
message ids make storing twice impossible. The Long Poll brings new messages at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from leaddesk.domain.vk import MalformedVkMessage, VkMessage, VkSettings, read_message
from leaddesk.services.account_state import (
    AccountEvent,
    AccountState,
    wait_after_failure,
)
from leaddesk.services.ports import UnitOfWorkFactory, VkClient, VkError
from leaddesk.services.vk_intake import HISTORY_FOLDER, VkCounts, ingest_vk_batch

log = logging.getLogger(__name__)

PAGE = 200
CONVERSATIONS_PAGE = 50
BATCH = 200
WAIT_SECONDS = 25
CATCH_UP_EVERY = timedelta(minutes=10)


def _now() -> datetime:
    return datetime.now(UTC)


def catch_up(uow_factory: UnitOfWorkFactory, channel_id: int, client: VkClient,
             settings: VkSettings) -> VkCounts:
    """Read every conversation back to the stored position and store what is missing.

    The first time (no position) it reaches ``settings.history_days`` back (all when 0).
    """
    with uow_factory() as uow:
        last = uow.store.sync_position(channel_id, HISTORY_FOLDER).last_uid or 0
    since = _now() - timedelta(days=settings.history_days) \
        if last == 0 and settings.history_days > 0 else None
    raw: list[dict] = []
    top = last  # the newest message the community has: the position once all is stored
    offset = 0
    while True:
        page = client.conversations(offset, CONVERSATIONS_PAGE)
        newer = [c for c in page if c.last_message_id > last]
        for conversation in newer:
            top = max(top, conversation.last_message_id)
            raw.extend(_newer_history(client, conversation.peer_id, last, since))
        if len(newer) < len(page) or len(page) < CONVERSATIONS_PAGE:
            break  # conversations come newest first: the rest has nothing new
        offset += len(page)
    messages = _read_all(raw)
    if since is not None:
        messages = [m for m in messages if m.sent_at >= since]
    counts = VkCounts()
    messages.sort(key=lambda m: m.message_id)
    for start in range(0, len(messages), BATCH):
        chunk = messages[start:start + BATCH]
        profiles = _profiles(client, chunk)
        end = top if start + BATCH >= len(messages) else chunk[-1].message_id
        counts.add(ingest_vk_batch(uow_factory, channel_id, chunk, profiles, _now(), end,
                                   history=last == 0))
    if not messages and top > last:  # only group chats, or older than the reach
        ingest_vk_batch(uow_factory, channel_id, [], {}, _now(), top)
    return counts


def _newer_history(client: VkClient, peer_id: int, last: int,
                   since: datetime | None) -> list[dict]:
    found: list[dict] = []
    offset = 0
    while True:
        page = client.history(peer_id, offset, PAGE)
        for item in page:
            message_id = _id(item)
            if message_id <= last:
                return found
            if since is not None and int(item.get("date") or 0) < since.timestamp():
                return found
            found.append(item)
        if len(page) < PAGE:
            return found
        offset += len(page)


def _id(item: dict) -> int:
    try:
        return int(item.get("id") or 0)
    except (TypeError, ValueError):
        return 0


def _read_all(raw: list[dict]) -> list[VkMessage]:
    messages = []
    for item in raw:
        try:
            messages.append(read_message(item))
        except MalformedVkMessage as error:
            log.warning("a VK message was skipped: %s", error)
    return messages


def _profiles(client: VkClient, messages: list[VkMessage]):
    people = sorted({m.from_id for m in messages if m.from_person})
    try:
        return {p.user_id: p for p in client.profiles(people)}
    except VkError as error:  # names can wait; the messages cannot
        log.warning("VK profiles could not be read: %s", error.reason)
        return {}


def updates_to_messages(updates: list) -> list[VkMessage]:
    """The new messages of a Long Poll answer; other events and odd payloads are logged
    and skipped (one bad update must not lose the batch)."""
    messages = []
    for update in updates if isinstance(updates, list) else ():
        kind = update.get("type") if isinstance(update, dict) else None
        if kind != "message_new":
            log.info("VK event %r skipped", kind)
            continue
        try:
            messages.append(read_message(update.get("object")))
        except MalformedVkMessage as error:
            log.warning("a VK message_new was skipped: %s (%r)", error, update)
    return messages


def run_vk(uow_factory: UnitOfWorkFactory, channel_id: int, settings: VkSettings,
           connect: Callable[[], VkClient], should_stop: Callable[[], bool],
           report: Callable[[AccountEvent], None],
           sleep: Callable[[float], None] = time.sleep, wait: int = WAIT_SECONDS) -> None:
    """Keep the community in step until ``should_stop()``."""
    failures = 0
    while not should_stop():
        report(AccountEvent(channel_id, AccountState.CONNECTING))
        try:
            client = connect()
            report(AccountEvent(channel_id, AccountState.SYNCING))
            counts = catch_up(uow_factory, channel_id, client, settings)
            caught_up = _now()
            server, key, ts = client.long_poll_server()
            failures = 0
            report(AccountEvent(channel_id, AccountState.CONNECTED, last_sync_at=caught_up,
                                counts=counts))
            while not should_stop():
                answer = client.long_poll(server, key, ts, wait)
                failed = answer.get("failed")
                if failed is not None:
                    if failed == 1:  # history lost a part: take the new ts, read back
                        ts = str(answer.get("ts") or ts)
                        catch_up(uow_factory, channel_id, client, settings)
                    elif failed == 2:  # the key expired
                        server, key, _ts = client.long_poll_server()
                    else:  # 3: the information is lost; everything anew
                        server, key, ts = client.long_poll_server()
                        catch_up(uow_factory, channel_id, client, settings)
                    continue
                ts = str(answer.get("ts") or ts)
                messages = updates_to_messages(answer.get("updates") or [])
                if messages:
                    ingest_vk_batch(uow_factory, channel_id, messages,
                                    _profiles(client, messages), _now())
                if _now() - caught_up > CATCH_UP_EVERY:
                    catch_up(uow_factory, channel_id, client, settings)
                    caught_up = _now()
                report(AccountEvent(channel_id, AccountState.CONNECTED, last_sync_at=_now()))
        except VkError as error:
            failures += 1
            wait_after_failure(uow_factory, channel_id, error.reason, failures, report,
                               should_stop, sleep)
        except Exception as error:  # a bug or a database hiccup must not end the worker
            log.exception("VK sync of channel %s failed", channel_id)
            failures += 1
            wait_after_failure(uow_factory, channel_id, f"{type(error).__name__}: {error}",
                               failures, report, should_stop, sleep)
    report(AccountEvent(channel_id, AccountState.STOPPED))
