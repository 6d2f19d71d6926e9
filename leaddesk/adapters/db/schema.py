"""The tables of LeadDesk, as typed SQLAlchemy 2 mappings.

Times are ``UtcTimestamp`` (microseconds since the epoch). Secrets never live here: a
channel's ``settings`` hold host names and options, the keyring holds its passwords.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from leaddesk.adapters.db.types import UtcTimestamp

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only autoincrements a plain INTEGER PRIMARY KEY; PostgreSQL wants BIGINT for
# tables that can pass two billion rows over the years.
IdType = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UtcTimestamp(),
        dict[str, Any]: JSON(),
        Decimal: Numeric(14, 2),
    }


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    rank: Mapped[int] = mapped_column(Integer, default=0)
    email: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class Channel(Base):
    __tablename__ = "channels"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200), unique=True)
    is_lead_source: Mapped[bool] = mapped_column(Boolean, default=True)
    assignment_mode: Mapped[str] = mapped_column(String(20), default="none")
    assignment_targets: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reject_reason_required: Mapped[bool] = mapped_column(Boolean, default=False)
    sla_seconds: Mapped[int] = mapped_column(Integer, default=3600)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Contact(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    created_at: Mapped[datetime]


class ContactIdentity(Base):
    __tablename__ = "contact_identities"
    __table_args__ = (UniqueConstraint("kind", "value"),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(String(320))
    raw: Mapped[str | None] = mapped_column(String(320))


class RejectReason(Base):
    __tablename__ = "reject_reasons"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


_AWAITING_ANSWER = text(
    "first_response_at IS NULL AND escalated_at IS NULL AND closed_at IS NULL")
_POSTPONED = text("postponed_until IS NOT NULL")
_IN_A_POOL = text("pool_role IS NOT NULL")


class Lead(Base):
    __tablename__ = "leads"
    __table_args__ = (
        # The inbox is ordered by id (arrival order); each quick filter has its index.
        Index("ix_leads_status_inbox", "status", "id"),
        Index("ix_leads_channel_inbox", "channel_kind", "id"),
        Index("ix_leads_assignee_inbox", "assignee_id", "id"),
        # periods, and a past period's arrivals per channel (the schedule's replay) read
        # from the index alone
        Index("ix_leads_received", "received_at", "channel_id"),
        Index("ix_leads_contact", "contact_id"),
        # Partial indexes hold only the few rows the workflow polls for: open leads still
        # waiting for their first answer (escalation reads it every few seconds), postponed
        # leads, leads waiting in a pool. A million answered, closed leads stay out.
        Index("ix_leads_sla_due", "sla_due_at", sqlite_where=_AWAITING_ANSWER,
              postgresql_where=_AWAITING_ANSWER),
        Index("ix_leads_postponed", "postponed_until", sqlite_where=_POSTPONED,
              postgresql_where=_POSTPONED),
        Index("ix_leads_pool", "pool_role", "id", sqlite_where=_IN_A_POOL,
              postgresql_where=_IN_A_POOL),
        Index("ix_leads_assignee_status", "assignee_id", "status"),  # a person's open load
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"))
    channel_kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(String(200))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    status: Mapped[str] = mapped_column(String(20), default="new")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    warmth: Mapped[str] = mapped_column(String(10), default="cold")
    score: Mapped[int] = mapped_column(Integer, default=0)
    subject: Mapped[str] = mapped_column(String(500), default="")
    preview: Mapped[str] = mapped_column(String(500), default="")
    product: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    thread_key: Mapped[str | None] = mapped_column(String(500))
    received_at: Mapped[datetime]
    first_response_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    reject_reason_id: Mapped[int | None] = mapped_column(ForeignKey("reject_reasons.id"))
    reject_note: Mapped[str | None] = mapped_column(Text)
    postponed_until: Mapped[datetime | None]
    # The workflow: the role pool that may take the lead, the first-response deadline of
    # its channel, when it was escalated, whether nobody was on duty when it arrived, and
    # whether its warmth was set by hand (scoring leaves it alone then).
    pool_role: Mapped[str | None] = mapped_column(String(20))
    sla_due_at: Mapped[datetime | None]
    escalated_at: Mapped[datetime | None]
    # the customer wrote again after being answered: the next answer is due by then
    reply_due_at: Mapped[datetime | None]
    unstaffed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    warmth_manual: Mapped[bool] = mapped_column(Boolean, default=False,
                                                server_default=false())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


IN_THE_OUTBOX = text("delivery_state IN ('queued', 'sending', 'failed')")


class Message(Base):
    """One message of a lead's thread: the customer's, the team's answer, or a note.

    ``external_id`` is the channel's id (an email's Message-ID, a VK message id), unique per
    channel: ingest is exactly-once. ``headers`` keeps what threading and answering need
    (Message-ID, References, To, Reply-To...). An answer waits in the outbox (``queued``,
    ``sending``, ``failed`` with ``last_error``) until its channel delivers it; a failed one
    is tried again at ``next_attempt_at``.
    """

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("channel_id", "external_id"),
        Index("ix_messages_lead", "lead_id", "sent_at"),
        Index("ix_messages_outbox", "next_attempt_at", sqlite_where=IN_THE_OUTBOX,
              postgresql_where=IN_THE_OUTBOX),
    )
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"))
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"))
    direction: Mapped[str] = mapped_column(String(10))
    external_id: Mapped[str | None] = mapped_column(String(500))
    author: Mapped[str] = mapped_column(String(300), default="")
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    sent_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    parse_problem: Mapped[str | None] = mapped_column(Text)
    delivery_state: Mapped[str] = mapped_column(String(10), default="received")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    headers: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    next_attempt_at: Mapped[datetime | None]


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    mime: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    url: Mapped[str | None] = mapped_column(Text)


class Deal(Base):
    __tablename__ = "deals"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id"), unique=True)
    # a contact's deals: scoring asks "has this customer bought before?" on every arrival
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    stage: Mapped[str] = mapped_column(String(10), default="open")
    channel_kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str | None] = mapped_column(String(200))
    lost_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class InvoiceCounter(Base):
    """The last invoice number issued in a year: invoice numbers have no gaps."""

    __tablename__ = "invoice_counters"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Base):
    __tablename__ = "invoices"
    __table_args__ = (UniqueConstraint("year", "number"),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime]
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    requisites: Mapped[dict[str, Any]] = mapped_column(default=dict)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    vat_rate: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    buyer: Mapped[str] = mapped_column(String(300), default="", server_default="")
    buyer_details: Mapped[str | None] = mapped_column(Text)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    sent_at: Mapped[datetime | None]


class InvoiceItem(Base):
    __tablename__ = "invoice_items"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[Decimal]
    unit_price: Mapped[Decimal]
    unit: Mapped[str] = mapped_column(String(20), default="шт.", server_default="шт.")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Template(Base):
    __tablename__ = "templates"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    channel_kind: Mapped[str | None] = mapped_column(String(20))
    is_script: Mapped[bool] = mapped_column(Boolean, default=False)


class Shift(Base):
    """A weekly duty interval: weekday 0 = Monday, minutes from midnight, company time."""

    __tablename__ = "shifts"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)


class ShiftException(Base):
    __tablename__ = "shift_exceptions"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id"))
    kind: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(Text)


class ScoringRule(Base):
    __tablename__ = "scoring_rules"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    pattern: Mapped[str | None] = mapped_column(String(500))
    points: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncState(Base):
    __tablename__ = "sync_state"
    __table_args__ = (UniqueConstraint("channel_id", "folder"),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"))
    folder: Mapped[str] = mapped_column(String(500), default="")
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int | None] = mapped_column(BigInteger)
    cursor: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None]


class SetAsideMail(Base):
    """An inbound mail kept without becoming a lead, with the reason (auto-reply, bounce,
    the team's own address, a mailbox that is no lead source). Nothing received is lost:
    the raw message is here, and a person can still make a lead of it."""

    __tablename__ = "set_aside_mail"
    __table_args__ = (UniqueConstraint("channel_id", "external_id"),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"))
    external_id: Mapped[str] = mapped_column(String(500))
    reason: Mapped[str] = mapped_column(String(30))
    from_address: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    received_at: Mapped[datetime]
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"))
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEvent(Base):
    """One action on a lead (or elsewhere), shown as the lead card's history."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_lead", "lead_id", "at"),)
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("leads.id"))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ChangeLog(Base):
    """What changed, written in the same transaction as the change. Desks follow it."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    at: Mapped[datetime]
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(10))
    actor_id: Mapped[int | None] = mapped_column(BigInteger)


class LeadRollup(Base):
    """Lead counts per local hour, channel, source and status, kept in step with the leads.

    Charts and reports over any period read this instead of scanning the leads table.
    ``bucket`` is the company-local wall-clock hour counted from 1970-01-01 00:00 (so a
    period of local days is a range of buckets), ``local_hour`` and ``local_weekday``
    (0 = Monday) the same hour's.
    See ``leaddesk.domain.rollup``.
    """

    __tablename__ = "lead_rollup"
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    channel_kind: Mapped[str] = mapped_column(String(20))
    local_hour: Mapped[int] = mapped_column(Integer)
    local_weekday: Mapped[int] = mapped_column(Integer)
    leads: Mapped[int] = mapped_column(Integer, default=0)
    answered: Mapped[int] = mapped_column(Integer, default=0)
    response_seconds: Mapped[int] = mapped_column(BigInteger, default=0)


class ResponseRollup(Base):
    """Answered leads per local day (days since 1970-01-01), channel and response-time bin
    (its upper edge in seconds): the first-response distribution and its percentiles."""

    __tablename__ = "response_rollup"
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    upto_seconds: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel_kind: Mapped[str] = mapped_column(String(20))
    answered: Mapped[int] = mapped_column(Integer, default=0)


class PeopleRollup(Base):
    """Leads per local day, channel, source, assignee (0: nobody), status and reject
    reason (0: none), with answered and answered-in-time counts: every day-level report."""

    __tablename__ = "people_rollup"
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    assignee_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    reason_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    channel_kind: Mapped[str] = mapped_column(String(20))
    leads: Mapped[int] = mapped_column(Integer, default=0)
    answered: Mapped[int] = mapped_column(Integer, default=0)
    in_sla: Mapped[int] = mapped_column(Integer, default=0)


class DealRollup(Base):
    """Won deals and their money (kopecks) per local day of the lead's arrival, channel,
    source and the lead's assignee (0: nobody)."""

    __tablename__ = "deal_rollup"
    day: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    assignee_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    channel_kind: Mapped[str] = mapped_column(String(20))
    won: Mapped[int] = mapped_column(Integer, default=0)
    money: Mapped[int] = mapped_column(BigInteger, default=0)


class WebForm(Base):
    """A web form made by the generator: its public key is its address on the intake
    service (``/f/KEY``); ``fields`` lists name, label, kind, required, hidden, value."""

    __tablename__ = "web_forms"
    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(200), default="")
    thank_you_url: Mapped[str] = mapped_column(String(2000), default="")
    button: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class ChatVisitor(Base):
    """A browser that talks to a web chat: the token the widget keeps, and the contact
    its conversations belong to (a returning visitor continues where they left off)."""

    __tablename__ = "chat_visitors"
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]


class Setting(Base):
    """A business setting shared by every desk (company time zone, requisites, ...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
