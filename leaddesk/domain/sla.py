"""First-response targets per channel, and how much time a lead has left."""

from __future__ import annotations

from datetime import datetime, timedelta

from leaddesk.domain.codes import ChannelKind

# A visitor in a chat waits minutes, a VK message a quarter of an hour, mail an hour or so.
DEFAULT_SLA_SECONDS = {
    ChannelKind.WEBCHAT: 120,
    ChannelKind.VK: 15 * 60,
    ChannelKind.EMAIL: 60 * 60,
    ChannelKind.WEBFORM: 60 * 60,
    ChannelKind.PHONE: 30 * 60,
    ChannelKind.WALKIN: 30 * 60,
    ChannelKind.IMPORT: 24 * 60 * 60,
}
# Warn the owner this long before the deadline (a fifth of the target, at most 10 minutes).
MAX_WARNING_SECONDS = 600


def sla_deadline(received_at: datetime, sla_seconds: int) -> datetime | None:
    """When the first answer is due; None for a channel without a target."""
    return received_at + timedelta(seconds=sla_seconds) if sla_seconds > 0 else None


def seconds_left(due_at: datetime | None, first_response_at: datetime | None,
                 now: datetime) -> int | None:
    """Seconds until the deadline (negative: overdue); None when answered or untimed."""
    if due_at is None or first_response_at is not None:
        return None
    return int((due_at - now).total_seconds())


def answer_due(first_response_at: datetime | None, sla_due_at: datetime | None,
               reply_due_at: datetime | None) -> datetime | None:
    """When the lead's next answer is due: the first-response deadline until the first
    answer, then the reply deadline set when the customer writes again (None: nothing due)."""
    return sla_due_at if first_response_at is None else reply_due_at


def warning_seconds(sla_seconds: int) -> int:
    """How long before the deadline the owner is warned."""
    return min(MAX_WARNING_SECONDS, max(30, sla_seconds // 5))
