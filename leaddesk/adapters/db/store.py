"""The write side of one unit of work, over an SQLAlchemy session."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from leaddesk.adapters.db import search_index
from leaddesk.adapters.db.mail_store import MailStoreMixin
from leaddesk.adapters.db.schema import (
    AuditEvent,
    Channel,
    Contact,
    ContactIdentity,
    Lead,
    LeadRollup,
    Message,
    Setting,
)
from leaddesk.adapters.db.store_helpers import rollup_bucket
from leaddesk.adapters.db.workflow_store import WorkflowStoreMixin
from leaddesk.domain.codes import ChannelKind, IdentityKind
from leaddesk.domain.timefmt import company_zone
from leaddesk.services.ports import ChannelInfo


class SqlStore(WorkflowStoreMixin, MailStoreMixin):
    """Implements ``leaddesk.services.ports.Store``."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # channels
    def channel_by_name(self, name: str) -> ChannelInfo | None:
        row = self.session.scalars(select(Channel).where(Channel.name == name)).first()
        return _channel_info(row) if row else None

    def add_channel(self, kind: ChannelKind, name: str, sla_seconds: int) -> ChannelInfo:
        channel = Channel(kind=kind.value, name=name, sla_seconds=sla_seconds,
                          assignment_targets={}, settings={})
        self.session.add(channel)
        self.session.flush()
        return _channel_info(channel)

    # contacts
    def contact_by_identity(self, kind: IdentityKind, value: str) -> int | None:
        return self.session.scalar(
            select(ContactIdentity.contact_id).where(
                ContactIdentity.kind == kind.value, ContactIdentity.value == value
            )
        )

    def add_contact(self, display_name: str, created_at: datetime) -> int:
        contact = Contact(display_name=display_name[:300], created_at=created_at)
        self.session.add(contact)
        self.session.flush()
        return contact.id

    def add_identity(self, contact_id: int, kind: IdentityKind, value: str, raw: str) -> None:
        self.session.add(ContactIdentity(contact_id=contact_id, kind=kind.value,
                                         value=value, raw=raw[:320]))
        self.session.flush()

    def contact_label(self, contact_id: int) -> tuple[str, list[str]]:
        name = self.session.scalar(select(Contact.display_name).where(Contact.id == contact_id))
        values = list(self.session.scalars(
            select(ContactIdentity.value).where(ContactIdentity.contact_id == contact_id)
        ))
        return name or "", values

    # leads and messages
    def add_lead(self, **fields: Any) -> int:
        lead = Lead(**fields)
        self.session.add(lead)
        self.session.flush()
        return lead.id

    def add_message(self, **fields: Any) -> int:
        if fields.get("delivery_state") == "queued":
            fields.setdefault("next_attempt_at", fields.get("sent_at"))
        message = Message(**fields)
        self.session.add(message)
        self.session.flush()
        return message.id

    def add_audit(self, lead_id: int | None, action: str, actor_id: int | None,
                  at: datetime, detail: dict[str, Any]) -> None:
        self.session.add(AuditEvent(lead_id=lead_id, action=action, actor_id=actor_id,
                                    at=at, detail=detail))

    def index_lead(self, lead_id: int, document: str) -> None:
        self.session.flush()
        search_index.upsert(self.session.connection(), lead_id, document)

    def count_in_rollup(self, received_at: datetime, channel_kind: str, source: str | None,
                        status: str, zone: str, delta: int) -> None:
        """Add ``delta`` leads to the rollup cell of this hour, channel, source and status."""
        bucket, hour, weekday = rollup_bucket(received_at, company_zone(zone))
        values = dict(bucket=bucket, channel_kind=channel_kind, source=source or "",
                      status=status, local_hour=hour, local_weekday=weekday, leads=delta,
                      answered=0, response_seconds=0)
        dialect = self.session.bind.dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(LeadRollup).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=["bucket", "channel_kind", "source", "status"],
            set_={"leads": LeadRollup.leads + delta},
        )
        self.session.execute(statement)

    # settings
    def get_setting(self, key: str) -> dict[str, Any] | None:
        return self.session.scalar(select(Setting.value).where(Setting.key == key))

    def put_setting(self, key: str, value: dict[str, Any]) -> None:
        existing = self.session.get(Setting, key)
        if existing is None:
            self.session.add(Setting(key=key, value=value))
        else:
            self.session.execute(update(Setting).where(Setting.key == key).values(value=value))

    # messages
    def message_exists(self, channel_id: int, external_id: str) -> bool:
        """True if the channel already has a message with this external id."""
        return self.session.scalar(
            select(Message.id).where(Message.channel_id == channel_id,
                                     Message.external_id == external_id).limit(1)
        ) is not None


def _channel_info(row: Channel) -> ChannelInfo:
    return ChannelInfo(row.id, ChannelKind(row.kind), row.name, row.is_lead_source,
                       row.sla_seconds)
