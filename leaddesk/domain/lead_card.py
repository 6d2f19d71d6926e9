"""What the lead card shows: the lead, its contact, its thread and its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from leaddesk.domain.codes import (
    ChannelKind,
    DealStage,
    DeliveryState,
    Direction,
    IdentityKind,
    LeadStatus,
    Warmth,
)


@dataclass(frozen=True, slots=True)
class Identity:
    kind: IdentityKind
    value: str


@dataclass(frozen=True, slots=True)
class CardAttachment:
    """A file of a message: its bytes are stored (email), or only its link (``url``: VK)."""

    attachment_id: int
    name: str
    mime: str
    size: int
    url: str = ""


@dataclass(frozen=True, slots=True)
class ThreadMessage:
    """One message of the thread.

    ``html`` is sanitized (no scripts, no remote resources); ``remote_images_blocked``
    says how many remote images were left out. ``problem``: what was wrong with an inbound
    message (its raw bytes are kept: ``has_raw``). An answer's ``delivery`` is its way
    out of the outbox; ``last_error`` and ``next_attempt_at`` tell a failed one's story.
    """

    message_id: int
    direction: Direction
    author: str
    sent_at: datetime
    text: str
    delivery: DeliveryState
    html: str | None = None
    attachments: tuple[CardAttachment, ...] = ()
    problem: str | None = None
    has_raw: bool = False
    remote_images_blocked: int = 0
    last_error: str | None = None
    next_attempt_at: datetime | None = None
    attempts: int = 0
    subject: str = ""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    actor: str | None
    action: str
    detail: str


@dataclass(frozen=True, slots=True)
class CardInvoice:
    id: int
    number: int
    year: int
    issued_at: datetime
    amount: Decimal
    currency: str
    sent_at: datetime | None
    has_pdf: bool


@dataclass(frozen=True, slots=True)
class CardDeal:
    id: int
    amount: Decimal
    currency: str
    stage: DealStage
    lost_reason: str | None
    invoices: tuple[CardInvoice, ...] = ()


@dataclass(frozen=True, slots=True)
class LeadCard:
    lead_id: int
    channel: ChannelKind
    channel_name: str
    source: str | None
    status: LeadStatus
    warmth: Warmth
    score: int
    subject: str
    product: str | None
    received_at: datetime
    first_response_at: datetime | None
    assignee: str | None
    reject_reason: str | None
    postponed_until: datetime | None
    contact_id: int | None
    contact_name: str
    identities: tuple[Identity, ...]
    messages: tuple[ThreadMessage, ...]
    history: tuple[HistoryEntry, ...]
    deal_amount: str | None
    version: int = 1
    channel_id: int = 0
    assignee_id: int | None = None
    pool_role: str | None = None
    sla_due_at: datetime | None = None
    reply_due_at: datetime | None = None  # answered, then the customer wrote again
    escalated_at: datetime | None = None
    unstaffed: bool = False
    warmth_manual: bool = False
    reject_reason_required: bool = False
    product_title: str = ""
    product_price: Decimal | None = None
    product_url: str = ""
    deal: CardDeal | None = None
