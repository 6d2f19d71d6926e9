"""The email channel's side of the write store: threading lookups, sync positions, the
mail set aside, and the outbox's claims."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select, update

from leaddesk.adapters.db.schema import (
    IN_THE_OUTBOX,
    Attachment,
    Channel,
    ContactIdentity,
    Lead,
    Message,
    SetAsideMail,
    SyncState,
    User,
)
from leaddesk.adapters.db.store_helpers import dialect_insert
from leaddesk.adapters.db.workflow_store import OPEN_STATUSES
from leaddesk.domain.codes import ChannelKind, DeliveryState, Direction, IdentityKind
from leaddesk.domain.email_account import EmailAccount
from leaddesk.domain.identities import normalize_email
from leaddesk.domain.mail import MailAttachment
from leaddesk.services.ports import (
    ChannelInfo,
    OutgoingMessage,
    ReplyContext,
    SyncPosition,
)


class MailStoreMixin:
    """Implements ``leaddesk.services.ports.MailStore`` for ``SqlStore``."""

    session: Any

    # channels
    def channel_info(self, channel_id: int) -> ChannelInfo | None:
        row = self.session.get(Channel, channel_id)
        if row is None:
            return None
        return ChannelInfo(row.id, ChannelKind(row.kind), row.name, row.is_lead_source,
                           row.sla_seconds)

    def channel_settings(self, channel_id: int) -> dict[str, Any]:
        return dict(self.session.scalar(
            select(Channel.settings).where(Channel.id == channel_id)) or {})

    def put_channel_settings(self, channel_id: int, settings: dict[str, Any],
                             is_lead_source: bool) -> None:
        self.session.execute(update(Channel).where(Channel.id == channel_id).values(
            settings=settings, is_lead_source=is_lead_source))

    def team_addresses(self) -> set[str]:
        """Every address the team writes from: people's own and the email accounts'."""
        addresses = {a.casefold() for a in self.session.scalars(
            select(User.email).where(User.email.is_not(None))) if a}
        for settings in self.session.scalars(
                select(Channel.settings).where(Channel.kind == ChannelKind.EMAIL.value)):
            account = EmailAccount.from_settings(settings or {})
            address = normalize_email(account.from_address)
            if address:
                addresses.add(address)
        return addresses

    # threading
    def lead_by_message_ids(self, channel_id: int, ids: tuple[str, ...]) -> int | None:
        """The lead of the newest of these messages that the channel knows, where that
        lead is open (a reply to a closed lead starts a new one)."""
        if not ids:
            return None
        newest = (select(Message.lead_id)
                  .where(Message.channel_id == channel_id,
                         Message.external_id.in_(list(ids)[:50]))
                  .order_by(Message.id.desc()).limit(1).scalar_subquery())
        return self.session.scalar(
            select(Lead.id).where(Lead.id == newest, Lead.status.in_(OPEN_STATUSES)))

    def open_lead_by_thread_key(self, contact_id: int, thread_key: str) -> int | None:
        """The contact's newest open lead of this conversation (by the contact's index)."""
        return self.session.scalar(
            select(Lead.id).where(Lead.contact_id == contact_id, Lead.thread_key == thread_key,
                                  Lead.status.in_(OPEN_STATUSES))
            .order_by(Lead.id.desc()).limit(1))

    def known_external_ids(self, channel_id: int, ids: list[str]) -> set[str]:
        """Which of ``ids`` the channel already has, as messages or as mail set aside."""
        known: set[str] = set()
        for start in range(0, len(ids), 400):
            chunk = ids[start:start + 400]
            known.update(self.session.scalars(select(Message.external_id).where(
                Message.channel_id == channel_id, Message.external_id.in_(chunk))))
            known.update(self.session.scalars(select(SetAsideMail.external_id).where(
                SetAsideMail.channel_id == channel_id, SetAsideMail.external_id.in_(chunk))))
        return known

    def add_set_aside(self, **fields: Any) -> int:
        item = SetAsideMail(**fields)
        self.session.add(item)
        self.session.flush()
        return item.id

    # sync positions
    def _sync_row(self, channel_id: int, folder: str) -> SyncState:
        """The folder's row, made if missing: by INSERT ... ON CONFLICT DO NOTHING, since
        desks of a team may make it at the same moment."""
        self.session.execute(dialect_insert(self._dialect)(SyncState)
                             .values(channel_id=channel_id, folder=folder)
                             .on_conflict_do_nothing(index_elements=["channel_id", "folder"]))
        return self.session.scalars(select(SyncState).where(
            SyncState.channel_id == channel_id, SyncState.folder == folder)).one()

    def sync_position(self, channel_id: int, folder: str) -> SyncPosition:
        row = self.session.execute(select(SyncState.uidvalidity, SyncState.last_uid).where(
            SyncState.channel_id == channel_id, SyncState.folder == folder)).first()
        return SyncPosition(row.uidvalidity, row.last_uid) if row else SyncPosition(None, None)

    def put_sync_position(self, channel_id: int, folder: str, position: SyncPosition,
                          at: datetime) -> None:
        row = self._sync_row(channel_id, folder)
        row.uidvalidity = position.uidvalidity
        row.last_uid = position.last_uid
        row.updated_at = at
        row.last_error = None
        row.last_error_at = None
        self.session.flush()

    def note_sync_error(self, channel_id: int, folder: str, error: str | None,
                        at: datetime) -> None:
        row = self._sync_row(channel_id, folder)
        row.last_error = error
        row.last_error_at = at if error else None
        if not error:
            row.updated_at = at
        self.session.flush()

    # the outbox
    def claim_outgoing(self, now: datetime, lease_until: datetime,
                       channel_ids: list[int] | None) -> int | None:
        """Claim the next answer due for delivery: it becomes ``sending`` until
        ``lease_until`` (a desk that dies mid-send leaves it to be tried again then).
        Two desks never claim the same one. Returns its id, or None."""
        # queued: due at once or at its time; failed and sending (a lease run out): at
        # their time; failed for good (no time): only when a person says "try again".
        due = or_(
            and_(Message.delivery_state == DeliveryState.QUEUED.value,
                 or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now)),
            and_(Message.delivery_state.in_((DeliveryState.FAILED.value,
                                             DeliveryState.SENDING.value)),
                 Message.next_attempt_at <= now),
        )
        # The partial index holds the outbox alone; SQLite uses it only when the query
        # repeats its condition word for word (a bound parameter would not do).
        # No LIMIT: answers of channels that cannot send (a phone lead) may wait at the
        # front for ever; the outbox is small, and the index holds nothing else.
        query = select(Message.id, Message.delivery_state, Message.channel_id).where(
            IN_THE_OUTBOX, due).order_by(Message.next_attempt_at)
        for row in self.session.execute(query).all():
            if channel_ids is not None and row.channel_id not in channel_ids:
                continue  # filtered here: a channel condition would steer SQLite off the index
            claimed = self.session.execute(
                update(Message).where(Message.id == row.id,
                                      Message.delivery_state == row.delivery_state)
                .values(delivery_state=DeliveryState.SENDING.value,
                        attempts=Message.attempts + 1, next_attempt_at=lease_until)
                .execution_options(synchronize_session=False))
            if claimed.rowcount == 1:
                return row.id
        return None

    def outgoing(self, message_id: int) -> OutgoingMessage | None:
        row = self.session.execute(
            select(Message.id, Message.lead_id, Message.channel_id, Message.text,
                   Message.author, Message.attempts, Message.external_id, Message.headers,
                   Channel.kind, Lead.subject, Lead.contact_id)
            .join(Channel, Channel.id == Message.channel_id)
            .join(Lead, Lead.id == Message.lead_id)
            .where(Message.id == message_id)).first()
        if row is None:
            return None
        attachments = tuple(
            MailAttachment(a.name, a.mime, a.blob or b"")
            for a in self.session.execute(
                select(Attachment.name, Attachment.mime, Attachment.blob)
                .where(Attachment.message_id == message_id).order_by(Attachment.id)))
        return OutgoingMessage(row.id, row.lead_id, row.channel_id, row.kind, row.text or "",
                               row.author or "", row.attempts, row.external_id,
                               self._reply_context(row), attachments)

    def _reply_context(self, row) -> ReplyContext:
        """Answer the customer's latest message of the lead: its sender (or Reply-To),
        its subject, its Message-ID and References."""
        last = self.session.execute(
            select(Message.headers, Message.author).where(
                Message.lead_id == row.lead_id,
                Message.direction == Direction.INBOUND.value)
            .order_by(Message.sent_at.desc(), Message.id.desc()).limit(1)).first()
        headers = (last.headers if last else None) or {}
        to_address = headers.get("reply_to") or headers.get("from") or ""
        if not to_address and row.contact_id is not None:
            to_address = self.session.scalar(
                select(ContactIdentity.raw).where(
                    ContactIdentity.contact_id == row.contact_id,
                    ContactIdentity.kind == IdentityKind.EMAIL.value)
                .order_by(ContactIdentity.id.desc()).limit(1)) or ""
        own = row.headers or {}
        return ReplyContext(
            to_address=own.get("to") or to_address,
            to_name=(last.author if last else "") or "",
            subject=headers.get("subject") or row.subject or "",
            in_reply_to=headers.get("message_id"),
            references=tuple(headers.get("references") or ()),
        )

    def set_header_id(self, message_id: int, header_id: str,
                      headers: dict[str, Any]) -> None:
        self.session.execute(update(Message).where(Message.id == message_id)
                             .values(external_id=header_id, headers=headers)
                             .execution_options(synchronize_session=False))

    def finish_outgoing(self, message_id: int, state: str, error: str | None,
                        next_attempt_at: datetime | None) -> int:
        """Record how an attempt ended. Returns the message's lead id."""
        self.session.execute(
            update(Message).where(Message.id == message_id)
            .values(delivery_state=state, last_error=error, next_attempt_at=next_attempt_at)
            .execution_options(synchronize_session=False))
        return self.session.scalar(select(Message.lead_id).where(Message.id == message_id))

    def our_message(self, channel_id: int,
                    ids: tuple[str, ...]) -> tuple[int, int, int | None] | None:
        """(message id, lead id, author) of the team's answer with one of these ids."""
        if not ids:
            return None
        row = self.session.execute(
            select(Message.id, Message.lead_id, Message.author_user_id).where(
                Message.channel_id == channel_id, Message.external_id.in_(list(ids)[:50]),
                Message.direction == Direction.OUTBOUND.value)
            .order_by(Message.id.desc()).limit(1)).first()
        return (row.id, row.lead_id, row.author_user_id) if row else None

    def message_author(self, message_id: int) -> int | None:
        return self.session.scalar(
            select(Message.author_user_id).where(Message.id == message_id))

    def message_delivery(self, message_id: int) -> str | None:
        return self.session.scalar(
            select(Message.delivery_state).where(Message.id == message_id))
