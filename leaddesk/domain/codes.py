"""The closed sets of codes the whole application speaks.

The domain returns codes only; the user interface turns them into words.
"""

from __future__ import annotations

from enum import StrEnum


class ChannelKind(StrEnum):
    """Where a lead came from."""

    EMAIL = "email"
    VK = "vk"
    WEBCHAT = "webchat"
    WEBFORM = "webform"
    PHONE = "phone"
    WALKIN = "walkin"
    IMPORT = "import"


class LeadStatus(StrEnum):
    """Where a lead is in its life."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    POSTPONED = "postponed"
    REJECTED = "rejected"
    CONVERTED = "converted"

    @property
    def is_open(self) -> bool:
        return self in (LeadStatus.NEW, LeadStatus.IN_PROGRESS, LeadStatus.POSTPONED)


class Warmth(StrEnum):
    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class Role(StrEnum):
    DISPATCHER = "dispatcher"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"


class Direction(StrEnum):
    """Who wrote a message: the customer (inbound), the team (outbound), or a note."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"
    NOTE = "note"


class DeliveryState(StrEnum):
    """A message's delivery: received (inbound, notes), or an answer's way out of the
    outbox: queued, sending (claimed by a desk), sent, failed (tried again later)."""

    RECEIVED = "received"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class IdentityKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    VK = "vk"


class DealStage(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


class Entity(StrEnum):
    """What a change-log record is about."""

    LEAD = "lead"
    MESSAGE = "message"
    CONTACT = "contact"
    USER = "user"
    CHANNEL = "channel"
    DEAL = "deal"
    SETTINGS = "settings"
    SCHEDULE = "schedule"
