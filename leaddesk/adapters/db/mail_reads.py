"""The read side of the channels: account states, mail set aside, attachments, outbox."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from leaddesk.adapters.db.schema import Attachment, Channel, Message, SetAsideMail, SyncState
from leaddesk.domain.codes import ChannelKind
from leaddesk.services.ports import AccountStatus, SetAsideInfo


class MailReadsMixin:
    """Mixed into ``SqlReadModel``, which provides ``_engine``."""

    _engine: Any

    def account_statuses(self, kind: ChannelKind | None = None) -> list[AccountStatus]:
        """Every channel (of ``kind``) with its last sync, last error and mail set aside."""
        with self._engine.connect() as connection:
            query = select(Channel.id, Channel.name, Channel.kind, Channel.is_lead_source,
                           Channel.settings).where(Channel.active.is_(True))
            if kind is not None:
                query = query.where(Channel.kind == kind.value)
            channels = connection.execute(query.order_by(Channel.id)).all()
            synced = dict(connection.execute(
                select(SyncState.channel_id, func.max(SyncState.updated_at))
                .group_by(SyncState.channel_id)).all())
            errors = {r.channel_id: r for r in connection.execute(
                select(SyncState.channel_id, SyncState.last_error, SyncState.last_error_at)
                .where(SyncState.folder == "", SyncState.last_error.is_not(None)))}
            aside = dict(connection.execute(
                select(SetAsideMail.channel_id, func.count())
                .group_by(SetAsideMail.channel_id)).all())
        statuses = []
        for c in channels:
            error = errors.get(c.id)
            last = synced.get(c.id)
            statuses.append(AccountStatus(
                c.id, c.name, c.kind, c.is_lead_source, dict(c.settings or {}),
                last, error.last_error if error else None,
                error.last_error_at if error else None, aside.get(c.id, 0)))
        return statuses

    def set_aside_mail(self, channel_id: int | None, limit: int) -> list[SetAsideInfo]:
        with self._engine.connect() as connection:
            query = select(SetAsideMail.id, SetAsideMail.channel_id, SetAsideMail.reason,
                           SetAsideMail.from_address, SetAsideMail.subject,
                           SetAsideMail.received_at, SetAsideMail.lead_id)
            if channel_id is not None:
                query = query.where(SetAsideMail.channel_id == channel_id)
            rows = connection.execute(query.order_by(SetAsideMail.id.desc()).limit(limit))
            return [SetAsideInfo(*row) for row in rows]

    def set_aside_raw(self, item_id: int) -> bytes | None:
        with self._engine.connect() as connection:
            return connection.scalar(select(SetAsideMail.raw).where(SetAsideMail.id == item_id))

    def attachment(self, attachment_id: int) -> tuple[str, str, bytes] | None:
        with self._engine.connect() as connection:
            row = connection.execute(
                select(Attachment.name, Attachment.mime, Attachment.blob)
                .where(Attachment.id == attachment_id)).first()
        return (row.name, row.mime, row.blob or b"") if row else None

    def message_raw(self, message_id: int) -> bytes | None:
        with self._engine.connect() as connection:
            return connection.scalar(select(Message.raw).where(Message.id == message_id))
