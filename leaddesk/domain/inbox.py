"""What the inbox shows: its filter, its sort key and its rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from leaddesk.domain.codes import ChannelKind, LeadStatus, Warmth

ASSIGNEE_ANY = "any"
ASSIGNEE_MINE = "mine"
ASSIGNEE_UNASSIGNED = "unassigned"
ASSIGNEE_POOL = "pool"  # unassigned leads waiting in the pool of my role


@dataclass(frozen=True, slots=True)
class InboxFilter:
    """The quick filters of the inbox. Empty values mean "all".

    Attributes:
        channel: one channel kind, or None for all.
        status: one status, or None for all.
        assignee: ``any``, ``mine``, ``unassigned`` or ``pool``.
        me: the current user's id, needed for ``mine``.
        my_role: the current user's role, needed for ``pool``.
        search: free text, matched as word prefixes.
    """

    channel: ChannelKind | None = None
    status: LeadStatus | None = None
    assignee: str = ASSIGNEE_ANY
    me: int | None = None
    search: str = ""
    my_role: str | None = None

    def with_(self, **changes) -> InboxFilter:
        return replace(self, **changes)

    @property
    def search_terms(self) -> list[str]:
        return search_terms(self.search)


def search_terms(text: str) -> list[str]:
    """Split what the user typed into words to match as prefixes (letters and digits only)."""
    return [t for t in re.split(r"[^\w]+", text.casefold()) if t]


PREVIEW_LENGTH = 300


def lead_preview(text: str) -> str:
    """The first words of a message, whitespace collapsed, as the inbox shows them."""
    return " ".join(text.split())[:PREVIEW_LENGTH]


def search_document(subject: str, preview: str, contact: str, identities: list[str]) -> str:
    """The text a lead is found by: subject, first words, contact name and addresses."""
    return " ".join(part for part in (subject, preview, contact, *identities) if part)


@dataclass(frozen=True, slots=True)
class InboxRow:
    """One row of the inbox, as shown."""

    lead_id: int
    channel: ChannelKind
    channel_name: str
    received_at: datetime
    contact: str
    subject: str
    preview: str
    status: LeadStatus
    assignee: str | None
    warmth: Warmth
    first_response_at: datetime | None
    sla_due_at: datetime | None = None
    reply_due_at: datetime | None = None  # answered, then the customer wrote again
    unstaffed: bool = False
    escalated: bool = False
    score: int = 0
    pool_role: str | None = None
