"""Syncing an email account: a pass over its folders, and the loop a worker thread runs.

A pass per folder: compare UIDVALIDITY with the stored one (a new value means the old UIDs
mean nothing: every mail is looked at again and recognised by its Message-ID, so nothing is
stored twice), then fetch the UIDs above the stored position in batches; each batch is
stored with the new position in one transaction. The loop connects, syncs, waits for news
with IMAP IDLE, and reconnects with a growing pause after an error.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from leaddesk.domain.email_account import EmailAccount
from leaddesk.services.account_state import (
    AccountEvent,
    AccountState,
    wait_after_failure,
)
from leaddesk.services.email_intake import IngestCounts, ingest_mail_batch
from leaddesk.services.ports import (
    FetchedMail,
    MailboxClient,
    MailboxError,
    SyncPosition,
    UnitOfWorkFactory,
)

log = logging.getLogger(__name__)

BATCH = 200
IDLE_SECONDS = 25 * 60  # servers drop an IDLE after 30 minutes; re-issue before
POLL_OTHER_FOLDERS_SECONDS = 60  # IDLE watches one folder; the others are polled

Progress = Callable[[str, int, int], None]  # folder, done, total


@dataclass
class FolderReport:
    folder: str
    counts: IngestCounts = field(default_factory=IngestCounts)
    uidvalidity_changed: bool = False
    skipped_history: int = 0


@dataclass
class SyncReport:
    folders: list[FolderReport] = field(default_factory=list)

    @property
    def counts(self) -> IngestCounts:
        total = IngestCounts()
        for folder in self.folders:
            total.add(folder.counts)
        return total


def _now() -> datetime:
    return datetime.now(UTC)


def sync_folder(uow_factory: UnitOfWorkFactory, channel_id: int, client: MailboxClient,
                folder: str, progress: Progress | None = None,
                history_days: int = 0) -> FolderReport:
    """Fetch and store what ``folder`` has above the stored position (the first time:
    the mail of the last ``history_days`` days, all of it when 0)."""
    report = FolderReport(folder)
    uidvalidity, uidnext = client.select(folder)
    with uow_factory() as uow:
        stored = uow.store.sync_position(channel_id, folder)
    last_uid = stored.last_uid or 0
    if stored.uidvalidity is not None and stored.uidvalidity != uidvalidity:
        log.warning("%s: UIDVALIDITY changed (%s -> %s): looking at every mail again",
                    folder, stored.uidvalidity, uidvalidity)
        report.uidvalidity_changed = True
        last_uid = 0
    first = stored.uidvalidity is None
    if first and history_days > 0:
        since = (_now() - timedelta(days=history_days)).date()
        uids = sorted(client.uids_since(since))
        report.skipped_history = max(0, (uidnext - 1) - len(uids)) if uidnext else 0
    else:
        uids = sorted(uid for uid in client.uids_after(last_uid) if uid > last_uid)
    if stored.uidvalidity != uidvalidity and (not uids or first):
        # Remember the folder's UIDVALIDITY and, the first time, its end: mail older
        # than the history reached is never fetched.
        end = max(last_uid, uidnext - 1 if first and uidnext else last_uid, 0)
        if uids:
            end = min(end, uids[0] - 1)
        with uow_factory() as uow:
            uow.store.put_sync_position(channel_id, folder, SyncPosition(uidvalidity, end),
                                        _now())
            uow.commit()
    chunks = [uids[start:start + BATCH] for start in range(0, len(uids), BATCH)]

    def fetch(chunk: list[int]) -> tuple[list[FetchedMail], int]:
        wanted = _unknown(uow_factory, channel_id, client, chunk) \
            if report.uidvalidity_changed else chunk
        return (client.fetch(wanted) if wanted else []), len(chunk) - len(wanted)

    # The next batch is fetched (and parsed) while this one is stored: the connection is
    # used by the fetching thread alone, one batch at a time.
    done = 0
    with ThreadPoolExecutor(1, thread_name_prefix="imap-fetch") as fetcher:
        pending = fetcher.submit(fetch, chunks[0]) if chunks else None
        for index, chunk in enumerate(chunks):
            mails, known = pending.result()
            pending = fetcher.submit(fetch, chunks[index + 1]) \
                if index + 1 < len(chunks) else None
            counts = ingest_mail_batch(uow_factory, channel_id, folder,
                                       SyncPosition(uidvalidity, chunk[-1]), mails, _now(),
                                       history=first)
            counts.duplicates += known
            report.counts.add(counts)
            done += len(chunk)
            if progress is not None:
                progress(folder, done, len(uids))
    return report


def _unknown(uow_factory: UnitOfWorkFactory, channel_id: int, client: MailboxClient,
             uids: list[int]) -> list[int]:
    """The UIDs whose mail the channel does not have yet (by Message-ID; mail without one
    is fetched whole and recognised by the hash of its bytes)."""
    ids = client.message_ids(uids)
    with uow_factory() as uow:
        known = uow.store.known_external_ids(channel_id, [v for v in ids.values() if v])
    return [uid for uid in uids if not ids.get(uid) or ids[uid] not in known]


def sync_account(uow_factory: UnitOfWorkFactory, channel_id: int, client: MailboxClient,
                 account: EmailAccount, progress: Progress | None = None) -> SyncReport:
    """One pass over every watched folder."""
    report = SyncReport()
    for folder in account.folders:
        report.folders.append(sync_folder(uow_factory, channel_id, client, folder, progress,
                                          account.history_days))
    with uow_factory() as uow:  # the account is fine again: its last error is history
        uow.store.note_sync_error(channel_id, "", None, _now())
        uow.commit()
    return report


def run_account(uow_factory: UnitOfWorkFactory, channel_id: int, account: EmailAccount,
                connect: Callable[[], MailboxClient], should_stop: Callable[[], bool],
                report: Callable[[AccountEvent], None],
                sleep: Callable[[float], None] = time.sleep) -> None:
    """Keep the account in sync until ``should_stop()``: sync, IDLE, reconnect on errors."""
    failures = 0
    while not should_stop():
        report(AccountEvent(channel_id, AccountState.CONNECTING))
        client = None
        try:
            client = connect()
            failures = 0
            while not should_stop():
                report(AccountEvent(channel_id, AccountState.SYNCING))
                result = sync_account(uow_factory, channel_id, client, account)
                report(AccountEvent(channel_id, AccountState.CONNECTED, last_sync_at=_now(),
                                    counts=result.counts))
                wait = IDLE_SECONDS if len(account.folders) == 1 else \
                    POLL_OTHER_FOLDERS_SECONDS
                client.select(account.folders[0])
                client.wait_for_news(wait, should_stop)
        except MailboxError as error:
            failures += 1
            wait_after_failure(uow_factory, channel_id, error.reason, failures, report,
                               should_stop, sleep)
        except Exception as error:  # a bug or a database hiccup must not end the worker
            log.exception("email sync of channel %s failed", channel_id)
            failures += 1
            wait_after_failure(uow_factory, channel_id, f"{type(error).__name__}: {error}",
                               failures, report, should_stop, sleep)
        finally:
            if client is not None:
                client.close()
    report(AccountEvent(channel_id, AccountState.STOPPED))
