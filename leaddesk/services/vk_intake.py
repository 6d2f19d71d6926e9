"""VK community messages into leads, a batch in one transaction.

A person's message joins the open lead of their conversation or starts a new one; the
contact is found by VK id or made from the profile (name, city, profile link); a message
written from a product card puts the product on the lead. The community's own messages
(written in VK itself) join the conversation's lead as the team's. Exactly once: the VK
message id is the message's external id, unique per channel.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from leaddesk.domain.codes import ChangeKind, DeliveryState, Direction, Entity, IdentityKind
from leaddesk.domain.vk import VkMessage, VkProfile, conversation_key
from leaddesk.services.intake import InboundRequest, add_follow_up, record_in
from leaddesk.services.ports import ChannelInfo, SyncPosition, UnitOfWork, UnitOfWorkFactory

HISTORY_FOLDER = "history"  # the sync position: the highest message id caught up to


@dataclass
class VkCounts:
    new_leads: int = 0
    joined: int = 0
    team: int = 0
    duplicates: int = 0
    skipped: int = 0  # group chats, messages of other communities

    def add(self, other: VkCounts) -> None:
        for name in ("new_leads", "joined", "team", "duplicates", "skipped"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def ingest_vk_batch(uow_factory: UnitOfWorkFactory, channel_id: int,
                    messages: list[VkMessage], profiles: dict[int, VkProfile],
                    now: datetime, position: int | None = None,
                    history: bool = False) -> VkCounts:
    """Store ``messages`` (and, from a catch-up, the new ``position``) in one transaction.

    ``history``: the community's first catch-up: answer clocks start now.
    """
    counts = VkCounts()
    with uow_factory() as uow:
        store = uow.store
        channel = store.channel_info(channel_id)
        if channel is None:
            raise LookupError(f"channel {channel_id} is gone")
        store.lock_channel(channel_id)  # one batch of a channel at a time (desks of a team)
        ordered = sorted(messages, key=lambda m: m.message_id)
        seen = store.known_external_ids(channel_id, [str(m.message_id) for m in ordered])
        for message in ordered:
            if str(message.message_id) in seen:
                counts.duplicates += 1
                continue
            seen.add(str(message.message_id))
            _ingest_one(uow, channel, message, profiles.get(message.from_id), now, counts,
                        history)
        if position is not None:
            stored = store.sync_position(channel_id, HISTORY_FOLDER)
            store.put_sync_position(channel_id, HISTORY_FOLDER,
                                    SyncPosition(None, max(position, stored.last_uid or 0)),
                                    now)
        uow.commit()
    return counts


def _ingest_one(uow: UnitOfWork, channel: ChannelInfo, message: VkMessage,
                profile: VkProfile | None, now: datetime, counts: VkCounts,
                history: bool) -> None:
    store = uow.store
    key = conversation_key(message.peer_id)
    if message.outgoing:
        _team_message(uow, channel, message, key, counts)
        return
    if not message.from_person:
        counts.skipped += 1
        return
    contact_id = store.contact_by_identity(IdentityKind.VK, str(message.from_id))
    lead_id = store.open_lead_by_thread_key(contact_id, key) if contact_id else None
    request = replace(_request(channel, message, profile, key), history=history)
    if lead_id is None:
        record_in(uow, channel, request, now, contact_id=contact_id)
        counts.new_leads += 1
        return
    _message_id, state = add_follow_up(uow, lead_id, channel.id, request)
    if message.product and state is not None and not state.product:
        store.update_lead(lead_id, None, product=message.product)
    counts.joined += 1


def _team_message(uow: UnitOfWork, channel: ChannelInfo, message: VkMessage, key: str,
                  counts: VkCounts) -> None:
    """A message the community wrote in VK itself (not through LeadDesk)."""
    store = uow.store
    contact_id = store.contact_by_identity(IdentityKind.VK, str(message.peer_id))
    lead_id = store.open_lead_by_thread_key(contact_id, key) if contact_id else None
    if lead_id is None:
        counts.skipped += 1
        return
    message_id = store.add_message(
        lead_id=lead_id, channel_id=channel.id, direction=Direction.OUTBOUND.value,
        external_id=str(message.message_id), author="VK", sent_at=message.sent_at,
        text=message.text, delivery_state=DeliveryState.SENT.value,
        headers={"peer_id": message.peer_id})
    uow.changed(Entity.MESSAGE, message_id, ChangeKind.CREATED)
    uow.changed(Entity.LEAD, lead_id, ChangeKind.UPDATED)
    counts.team += 1


def _request(channel: ChannelInfo, message: VkMessage, profile: VkProfile | None,
             key: str) -> InboundRequest:
    name = profile.name if profile else ""
    link = f"https://vk.com/id{message.from_id}"
    text = message.text or _attachments_line(message)
    subject = str(message.product.get("title") or "") if message.product else ""
    return InboundRequest(
        channel_name=channel.name,
        received_at=message.sent_at,
        text=text,
        subject=subject or _first_line(text),
        contact_name=name or f"VK id{message.from_id}",
        contact_city=profile.city if profile else "",
        identities=((IdentityKind.VK, link),),
        external_id=str(message.message_id),
        product=message.product,
        headers={"peer_id": message.peer_id, "from": str(message.peer_id),
                 "photo": profile.photo_url if profile else ""},
        problem="; ".join(message.problems) or None,
        thread_key=key,
        links=tuple((a.kind, a.title, a.url, a.size, a.mime) for a in message.attachments),
    )


def _attachments_line(message: VkMessage) -> str:
    return ", ".join(f"[{a.kind}]" for a in message.attachments)


def _first_line(text: str) -> str:
    line = (text.strip().splitlines() or [""])[0]
    return line if len(line) <= 80 else line[:79] + "…"
