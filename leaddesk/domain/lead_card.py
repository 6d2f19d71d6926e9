"""What the lead card shows: the lead, its contact, its thread and its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from leaddesk.domain.codes import (
    ChannelKind,
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
class ThreadMessage:
    message_id: int
    direction: Direction
    author: str
    sent_at: datetime
    text: str
    delivery: DeliveryState


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    actor: str | None
    action: str
    detail: str


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
