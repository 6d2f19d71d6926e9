"""A lead by hand in seconds: an incoming phone call or a visitor at the office."""

from __future__ import annotations

from datetime import UTC, datetime

from leaddesk.domain.codes import ChannelKind, IdentityKind
from leaddesk.domain.identities import normalize_email, normalize_phone
from leaddesk.domain.sla import DEFAULT_SLA_SECONDS
from leaddesk.services.intake import InboundRequest, ensure_channel, record_inbound_lead
from leaddesk.services.ports import UnitOfWorkFactory
from leaddesk.services.workflow_errors import NotAllowed

MANUAL_KINDS = (ChannelKind.PHONE, ChannelKind.WALKIN)


def record_manual_lead(uow_factory: UnitOfWorkFactory, actor_id: int, kind: ChannelKind,
                       channel_name: str, *, phone: str = "", name: str = "", text: str = "",
                       email: str = "", source: str | None = None,
                       now: datetime | None = None) -> int:
    """Record a call or a visit the person at the desk has just handled.

    The lead belongs to whoever took the call and counts as answered at once; the
    contact is found by phone or email, or created. ``channel_name`` names the channel
    created on first use (the caller passes it in the user's language).
    """
    if kind not in MANUAL_KINDS:
        raise NotAllowed("not_manual")
    moment = now or datetime.now(UTC)
    identities = []
    if phone.strip():
        if normalize_phone(phone) is None:
            raise NotAllowed("bad_phone")
        identities.append((IdentityKind.PHONE, phone.strip()))
    if email.strip():
        if normalize_email(email) is None:
            raise NotAllowed("bad_email")
        identities.append((IdentityKind.EMAIL, email.strip()))
    if not identities and not name.strip():
        raise NotAllowed("no_contact")
    subject = " ".join(text.split())[:80] or name.strip() or phone.strip()
    return record_inbound_lead(uow_factory, InboundRequest(
        channel_name=ensure_channel_of_kind(uow_factory, kind, channel_name),
        received_at=moment, text=text.strip(), subject=subject, contact_name=name.strip(),
        identities=tuple(identities), source=source,
    ), now=moment, taken_by=actor_id)


def ensure_channel_of_kind(uow_factory: UnitOfWorkFactory, kind: ChannelKind, name: str) -> str:
    """The name of the first channel of ``kind``, created as ``name`` if there is none."""
    with uow_factory() as uow:
        existing = uow.store.channel_of_kind(kind)
    if existing is not None:
        return existing
    ensure_channel(uow_factory, kind, name, DEFAULT_SLA_SECONDS[kind])
    return name
