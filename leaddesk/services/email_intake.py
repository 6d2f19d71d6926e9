"""Inbound mail into leads: a batch of fetched mail in one transaction with its sync position.

Each mail becomes a new lead, joins the lead it answers (In-Reply-To / References, then the
same contact and subject), or is set aside with its reason (auto-reply, bounce, the team's
own address, a mailbox that is no lead source). Ingest is exactly-once: a mail's external
id (its Message-ID, else a hash of its bytes) is unique per channel, and the position is
stored with the batch, so a crash anywhere neither loses nor duplicates a message.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime

from leaddesk.domain.codes import ChangeKind, DeliveryState, Entity, IdentityKind
from leaddesk.domain.identities import normalize_email
from leaddesk.domain.mail import (
    ParsedMail,
    SetAsideReason,
    normalize_subject,
    returned_message_ids,
)
from leaddesk.domain.problems import describe
from leaddesk.services.intake import InboundRequest, add_follow_up, record_in
from leaddesk.services.ports import (
    ChannelInfo,
    FetchedMail,
    SyncPosition,
    UnitOfWork,
    UnitOfWorkFactory,
)

MAX_EXTERNAL_ID = 500


@dataclass
class IngestCounts:
    """What a sync did, for the person who asked and for the log."""

    new_leads: int = 0
    joined: int = 0
    duplicates: int = 0
    with_problems: int = 0
    set_aside: Counter = field(default_factory=Counter)

    def add(self, other: IngestCounts) -> None:
        self.new_leads += other.new_leads
        self.joined += other.joined
        self.duplicates += other.duplicates
        self.with_problems += other.with_problems
        self.set_aside.update(other.set_aside)


def external_id(mail: FetchedMail) -> str:
    """The id a mail is known by in its channel: the Message-ID, or a hash of the bytes."""
    message_id = mail.parsed.message_id
    if message_id and len(message_id) <= MAX_EXTERNAL_ID:
        return message_id
    return "sha256:" + hashlib.sha256(mail.raw).hexdigest()


def ingest_mail_batch(uow_factory: UnitOfWorkFactory, channel_id: int, folder: str,
                      position: SyncPosition, mails: list[FetchedMail],
                      now: datetime, history: bool = False) -> IngestCounts:
    """Store ``mails`` and the folder's new ``position`` in one transaction.

    ``history``: the folder's first sync: the mail was there before the account was set
    up, and its answer clock starts now (a month of old mail does not escalate at once).
    """
    counts = IngestCounts()
    with uow_factory() as uow:
        store = uow.store
        channel = store.channel_info(channel_id)
        if channel is None:
            raise LookupError(f"channel {channel_id} is gone")
        # Desks of a team sync the same mailbox: one batch of a channel at a time, and
        # what the other desk stored meanwhile is known once the lock is ours.
        store.lock_channel(channel_id)
        ids = [external_id(mail) for mail in mails]
        seen = store.known_external_ids(channel_id, ids)
        team = store.team_addresses()
        for mail, mail_id in zip(mails, ids, strict=True):
            if mail_id in seen:
                counts.duplicates += 1
                continue
            seen.add(mail_id)
            _ingest_one(uow, channel, folder, mail, mail_id, team, now, counts, history)
        store.put_sync_position(channel_id, folder, position, now)
        uow.commit()
    return counts


def _ingest_one(uow: UnitOfWork, channel: ChannelInfo, folder: str, mail: FetchedMail,
                mail_id: str, team: set[str], now: datetime, counts: IngestCounts,
                history: bool) -> None:
    store = uow.store
    parsed = mail.parsed
    received_at = _arrival_time(mail, now)
    sender = normalize_email(parsed.from_address) or ""
    thread_key = normalize_subject(parsed.subject) or None
    # A reply joins its lead while the lead is open; to a closed (rejected, converted)
    # one it starts a new lead, so that it lands in someone's inbox again.
    lead_id = store.lead_by_message_ids(channel.id, parsed.thread_ids)
    contact_id = store.contact_by_identity(IdentityKind.EMAIL, sender) if sender else None
    if lead_id is None and contact_id is not None and thread_key:
        lead_id = store.open_lead_by_thread_key(contact_id, thread_key)
    reason = _set_aside_reason(parsed, sender, team)
    if reason is None and lead_id is None and not channel.is_lead_source:
        reason = SetAsideReason.NOT_A_LEAD_SOURCE
    if reason is SetAsideReason.BOUNCE:
        lead_id = _mark_bounced(uow, channel, parsed, received_at) or lead_id
    if reason is not None:
        store.add_set_aside(channel_id=channel.id, external_id=mail_id, reason=reason.value,
                            from_address=sender[:320], subject=parsed.subject[:500],
                            received_at=received_at, lead_id=lead_id, raw=mail.raw)
        counts.set_aside[reason.value] += 1
        return
    if parsed.problems or parsed.unreadable:
        counts.with_problems += 1
    request = replace(_request(channel, folder, mail, mail_id, received_at, thread_key),
                      history=history)
    if lead_id is None:
        record_in(uow, channel, request, now, contact_id=contact_id)
        counts.new_leads += 1
        return
    add_follow_up(uow, lead_id, channel.id, request)
    counts.joined += 1


def _mark_bounced(uow: UnitOfWork, channel: ChannelInfo, parsed: ParsedMail,
                  at: datetime) -> int | None:
    """A bounce of one of our answers: the answer becomes "not sent" with the reason, and
    its author is told. Returns the answer's lead."""
    store = uow.store
    answer = store.our_message(channel.id, returned_message_ids(parsed))
    if answer is None:
        return None
    message_id, lead_id, author = answer
    host = parsed.from_address.partition("@")[2] or parsed.from_address or "?"
    summary = " ".join((parsed.text or parsed.subject).split())[:300]
    store.finish_outgoing(message_id, DeliveryState.FAILED.value,
                          describe("bounced", host=host, text=summary), None)
    store.add_audit(lead_id, "delivery_failed", None, at,
                    {"error": summary, **({"to_id": author} if author else {})})
    uow.changed(Entity.MESSAGE, message_id, ChangeKind.UPDATED)
    uow.changed(Entity.LEAD, lead_id, ChangeKind.UPDATED)
    return lead_id


def _set_aside_reason(parsed: ParsedMail, sender: str, team: set[str]) -> SetAsideReason | None:
    if parsed.automatic is not None:
        return parsed.automatic
    if sender and sender in team:
        return SetAsideReason.OWN_ADDRESS
    return None


def _arrival_time(mail: FetchedMail, now: datetime) -> datetime:
    """When the server received the mail; else its Date; never in the future."""
    moment = mail.internal_date or mail.parsed.date or now
    if moment.tzinfo is None:
        return now
    return min(moment, now)


def _request(channel: ChannelInfo, folder: str, mail: FetchedMail, mail_id: str,
             received_at: datetime, thread_key: str | None) -> InboundRequest:
    parsed = mail.parsed
    headers = {
        "message_id": parsed.message_id, "in_reply_to": list(parsed.in_reply_to),
        "references": list(parsed.references), "from": parsed.from_address,
        "reply_to": parsed.reply_to, "to": list(parsed.to), "cc": list(parsed.cc),
        "subject": parsed.subject, "folder": folder, "uid": mail.uid,
        "remote_images_blocked": parsed.remote_images_blocked,
    }
    problem = "; ".join(parsed.problems) or None
    keep_raw = bool(problem) or parsed.unreadable
    identities = ((IdentityKind.EMAIL, parsed.from_address),) if parsed.from_address else ()
    return InboundRequest(
        channel_name=channel.name,
        received_at=received_at,
        text=parsed.text,
        subject=parsed.subject,
        contact_name=parsed.from_name,
        identities=identities,
        external_id=mail_id,
        html=parsed.html,
        headers=headers,
        raw=mail.raw if keep_raw else None,
        problem=problem,
        thread_key=thread_key[:500] if thread_key else None,
        attachments=parsed.attachments,
    )
