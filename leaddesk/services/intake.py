"""Recording an inbound request as a lead: the one path every channel takes in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from leaddesk.domain.codes import (
    ChangeKind,
    ChannelKind,
    DeliveryState,
    Direction,
    Entity,
    IdentityKind,
    LeadStatus,
    Warmth,
)
from leaddesk.domain.identities import normalize_identity
from leaddesk.domain.inbox import lead_preview, search_document
from leaddesk.domain.mail import MailAttachment
from leaddesk.domain.sla import sla_deadline
from leaddesk.services.arrival import on_arrival
from leaddesk.services.company import zone_name
from leaddesk.services.ports import (
    ChannelInfo,
    LeadState,
    Store,
    UnitOfWork,
    UnitOfWorkFactory,
)
from leaddesk.services.workflow import lead_facts


@dataclass(frozen=True)
class InboundRequest:
    """A request as a channel hands it over.

    Attributes:
        channel_name: the channel account it arrived on.
        received_at: when it arrived (aware datetime).
        text: the customer's message, plain text.
        subject: a subject line where the channel has one.
        contact_name: the name the customer gave, if any.
        identities: (kind, raw value) pairs the customer is known by.
        source: site, campaign or landing page where the channel knows it.
        external_id: the channel's id for the message, unique per channel.
        product: the product asked about (title, price, url), if known.
        html: the message as sanitized HTML, where it came as HTML.
        headers: what threading and answering need (Message-ID, References, From...).
        raw: the original bytes, kept where the message could not be read cleanly.
        problem: what was wrong with the message, in plain words.
        thread_key: the key later messages of the same conversation are found by.
        attachments: the files that came with it.
        links: files the channel keeps itself: (kind, title, url, size, mime) each.
        contact_city: the customer's city, where the channel knows it.
        history: it comes from the channel's past (a new mailbox's first sync): its answer
            clock starts when it lands.
    """

    channel_name: str
    received_at: datetime
    text: str
    subject: str = ""
    contact_name: str = ""
    identities: tuple[tuple[IdentityKind, str], ...] = ()
    source: str | None = None
    external_id: str | None = None
    product: dict[str, Any] | None = None
    html: str | None = None
    headers: dict[str, Any] | None = None
    raw: bytes | None = None
    problem: str | None = None
    thread_key: str | None = None
    attachments: tuple[MailAttachment, ...] = field(default_factory=tuple)
    links: tuple[tuple[str, str, str, int, str], ...] = ()
    contact_city: str = ""
    history: bool = False


class UnknownChannel(LookupError):
    """The request names a channel that is not set up."""


def record_inbound_lead(uow_factory: UnitOfWorkFactory, request: InboundRequest,
                        now: datetime | None = None, taken_by: int | None = None) -> int:
    """Store ``request`` as a new lead with its first message. Returns the lead id.

    The contact is found by any of the request's identities, or created; the lead is
    scored, given its SLA deadline and an owner by its channel's rule (who is on duty
    ``now``), indexed for search and counted in the rollup, all in one transaction.
    ``taken_by``: a request someone at the desk has just handled (a call, a visitor):
    it is theirs, in progress and answered on arrival, and no rule hands it out.
    """
    now = now or datetime.now(UTC)
    with uow_factory() as uow:
        channel = uow.store.channel_by_name(request.channel_name)
        if channel is None:
            raise UnknownChannel(request.channel_name)
        lead_id = record_in(uow, channel, request, now, taken_by)
        uow.commit()
        return lead_id


def record_in(uow: UnitOfWork, channel: ChannelInfo, request: InboundRequest, now: datetime,
              taken_by: int | None = None, contact_id: int | None = None) -> int:
    """``record_inbound_lead`` inside the caller's unit of work (a batch of mail is one
    transaction with its sync position). Returns the lead id."""
    return record_lead_and_message(uow, channel, request, now, taken_by, contact_id)[0]


def record_lead_and_message(uow: UnitOfWork, channel: ChannelInfo, request: InboundRequest,
                            now: datetime, taken_by: int | None = None,
                            contact_id: int | None = None) -> tuple[int, int]:
    """``record_in`` for a caller that needs the first message too (the chat hands its id
    to the visitor). Returns (lead id, message id)."""
    store = uow.store
    status = LeadStatus.NEW if taken_by is None else LeadStatus.IN_PROGRESS
    if contact_id is None:
        contact_id = find_or_create_contact(uow, request)
    preview = lead_preview(request.text)
    source = request.source[:200] if request.source else None  # what the column holds
    first_response = None if taken_by is None else request.received_at
    arriving = LeadState(
        id=0, channel_id=channel.id, channel_kind=channel.kind.value, source=source,
        contact_id=contact_id, status=status.value, assignee_id=None, pool_role=None,
        warmth=Warmth.COLD.value, warmth_manual=False, score=0,
        subject=request.subject[:500], product=request.product,
        received_at=request.received_at, first_response_at=first_response, sla_due_at=None,
        escalated_at=None, postponed_until=None, reject_reason_id=None, version=1)
    fields, decision = on_arrival(store, arriving, request.text, now, taken_by,
                                  request.history)
    lead_id = store.add_lead(
        channel_id=channel.id,
        channel_kind=channel.kind.value,
        source=source,
        contact_id=contact_id,
        status=status.value,
        subject=arriving.subject,
        preview=preview,
        product=request.product,
        received_at=request.received_at,
        first_response_at=first_response,
        thread_key=request.thread_key,
        **fields,
    )
    message_id = add_inbound_message(store, lead_id, channel.id, request)
    store.add_audit(lead_id, "received", None, request.received_at,
                    {"channel": channel.name})
    if taken_by is not None:
        store.add_audit(lead_id, "taken", taken_by, now, {})
    elif decision.assignee_id is not None:
        owner = store.user(decision.assignee_id)
        store.add_audit(lead_id, "assigned", None, now,
                        {"to": owner.name if owner else "", "to_id": decision.assignee_id})
    elif decision.unstaffed:
        store.add_audit(lead_id, "unstaffed", None, now, {})
    label, ids = store.contact_label(contact_id)
    store.index_lead(lead_id, search_document(request.subject, preview, label, ids))
    store.move_in_rollups(None, lead_facts(arriving, **fields), zone_name(store))
    uow.changed(Entity.LEAD, lead_id, ChangeKind.CREATED)
    return lead_id, message_id


def add_inbound_message(store: Store, lead_id: int, channel_id: int,
                        request: InboundRequest) -> int:
    """The customer's message (with its files) in the lead's thread. Returns its id."""
    message_id = store.add_message(
        lead_id=lead_id,
        channel_id=channel_id,
        direction=Direction.INBOUND.value,
        external_id=request.external_id,
        author=request.contact_name[:300],
        sent_at=request.received_at,
        text=request.text,
        html=request.html,
        headers=request.headers,
        raw=request.raw,
        parse_problem=request.problem,
        delivery_state=DeliveryState.RECEIVED.value,
    )
    for attachment in request.attachments:
        store.add_attachment(message_id, attachment.name[:500], attachment.mime[:200],
                             attachment.data)
    for kind, title, url, size, mime in request.links:
        store.add_link(message_id, title[:500], (mime or kind)[:200], size, url)
    return message_id


def add_follow_up(uow: UnitOfWork, lead_id: int, channel_id: int,
                  request: InboundRequest) -> tuple[int, LeadState | None]:
    """The customer's next message in an open lead's thread: the lead's owner is alerted
    ("customer_wrote") and the lead and message are noted as changed. Where the lead was
    answered already, the next answer is due within the channel's target from this
    message on (a message from the channel's past, met on a first sync, sets no deadline).
    Returns (message id, the lead's state as read after the message was added)."""
    store = uow.store
    message_id = add_inbound_message(store, lead_id, channel_id, request)
    if not request.history:
        sla = store.channel_workflow(channel_id).sla_seconds
        due = sla_deadline(request.received_at, sla)
        if due is not None:
            store.await_reply(lead_id, due)
    state = store.lead_state(lead_id)
    owner = state.assignee_id if state else None
    store.add_audit(lead_id, "customer_wrote", None, request.received_at,
                    {"to_id": owner} if owner else {})
    uow.changed(Entity.LEAD, lead_id, ChangeKind.UPDATED)
    uow.changed(Entity.MESSAGE, message_id, ChangeKind.CREATED)
    return message_id, state


def find_or_create_contact(uow: UnitOfWork, request: InboundRequest) -> int:
    store = uow.store
    unique: dict[tuple[IdentityKind, str], str] = {}
    for kind, raw in request.identities:
        value = normalize_identity(kind, raw)
        if value:  # two spellings of one phone are one identity
            unique.setdefault((kind, value), raw)
    normalized = [(kind, value, raw) for (kind, value), raw in unique.items()]
    owners = [store.contact_by_identity(kind, value) for kind, value, _raw in normalized]
    contact_id = next((owner for owner in owners if owner is not None), None)
    if contact_id is None:
        name = request.contact_name.strip() or (normalized[0][2] if normalized else "")
        contact_id = store.add_contact(name, request.received_at, request.contact_city or None)
        uow.changed(Entity.CONTACT, contact_id, ChangeKind.CREATED)
    for (kind, value, raw), owner in zip(normalized, owners, strict=True):
        if owner is None:
            store.add_identity(contact_id, kind, value, raw)
    return contact_id


def ensure_channel(uow_factory: UnitOfWorkFactory, kind: ChannelKind, name: str,
                   sla_seconds: int) -> int:
    """Create the channel ``name`` unless it exists. Returns its id."""
    with uow_factory() as uow:
        existing = uow.store.channel_by_name(name)
        if existing is not None:
            return existing.id
        channel = uow.store.add_channel(kind, name, sla_seconds)
        uow.changed(Entity.CHANNEL, channel.id, ChangeKind.CREATED)
        uow.commit()
        return channel.id
