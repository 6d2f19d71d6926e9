"""What the intake service does with a web form post or a chat message: leads.

A chat conversation is one lead whose thread key is ``chat:`` + the visitor's token; the
visitor's messages join it while it is open, and a returning visitor whose lead was
closed starts a new lead with the same contact. Operators answer from the lead card; the
answers wait in the outbox until the intake service delivers them (``ChatDelivery``) and
the visitor's page fetches them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity, IdentityKind
from leaddesk.domain.identities import normalize_identity
from leaddesk.domain.inbox import lead_preview
from leaddesk.domain.webchat import MAX_CHAT_TEXT, VISITOR_PREFIX, ChatLine, SiteSettings
from leaddesk.domain.webforms import (
    FieldKind,
    FormSpec,
    Submission,
    campaign_source,
    lead_source,
    page_tracking,
)
from leaddesk.services.contacts import merge_in
from leaddesk.services.intake import (
    InboundRequest,
    add_follow_up,
    record_in,
    record_lead_and_message,
)
from leaddesk.services.ports import ChannelInfo, UnitOfWork, UnitOfWorkFactory
from leaddesk.services.schedule import on_duty_for
from leaddesk.services.web_channels import site_channels
from leaddesk.services.web_ports import WebReads, WebStore

VISITOR_NAME = "Посетитель сайта"


class UnknownVisitor(LookupError):
    """A visitor token this chat does not know."""


@dataclass(frozen=True)
class Site:
    """A website channel found by its public key."""

    channel: ChannelInfo
    settings: SiteSettings


def find_chat(reader: WebReads, key: str) -> Site | None:
    for channel, site in site_channels(reader):
        if channel.kind is ChannelKind.WEBCHAT and site.key and site.key == key:
            return Site(channel, site)
    return None


def find_form(reader: WebReads, key: str) -> tuple[FormSpec, Site] | None:
    spec = reader.web_form(key)
    if spec is None or not spec.active:
        return None
    for channel, site in site_channels(reader):
        if channel.id == spec.channel_id:
            return spec, Site(channel, site)
    return None


def _identities(values: dict[str, str]) -> tuple[tuple[IdentityKind, str], ...]:
    found = []
    for kind, name in ((IdentityKind.EMAIL, "email"), (IdentityKind.PHONE, "phone")):
        value = values.get(name, "").strip()
        if value and normalize_identity(kind, value):
            found.append((kind, value))
    return tuple(found)


def submit_form(uow_factory: UnitOfWorkFactory, spec: FormSpec, site: Site,
                submission: Submission, now: datetime | None = None) -> int:
    """A checked post becomes a lead with the form's source. Returns the lead id."""
    moment = now or datetime.now(UTC)
    lines = [f"{f.label}: {submission.values[f.name]}" for f in spec.fields
             if not f.hidden and submission.values.get(f.name, "").strip()
             and f.kind is not FieldKind.TEXTAREA]
    lines += [submission.values[f.name] for f in spec.fields
              if not f.hidden and f.kind is FieldKind.TEXTAREA
              and submission.values.get(f.name, "").strip()]
    request = InboundRequest(
        channel_name=site.channel.name, received_at=moment,
        text="\n".join(lines) or spec.title, subject=f"Заявка с сайта: {spec.title}"[:500],
        contact_name=submission.values.get("name", "").strip()[:300],
        identities=_identities(submission.values),
        source=lead_source(spec, submission.tracking),
        headers={"form": spec.key, "fields": submission.values, **submission.tracking},
        contact_city=submission.values.get("city", "").strip()[:200])
    with uow_factory() as uow:
        lead_id = record_in(uow, site.channel, request, moment)
        uow.commit()
        return lead_id


def post_chat_message(uow_factory: UnitOfWorkFactory, site: Site, token: str | None,
                      text: str, page: str = "", referrer: str = "",
                      now: datetime | None = None) -> tuple[str, int]:
    """The visitor's message: a new conversation (``token`` None) or the next message of
    one. Returns (visitor token, message id)."""
    moment = now or datetime.now(UTC)
    text = text[:MAX_CHAT_TEXT]
    with uow_factory() as uow:
        store = cast(WebStore, uow.store)
        if token is None:
            token = secrets.token_urlsafe(24)
            contact_id = store.add_contact(VISITOR_NAME, moment)
            store.add_chat_visitor(token, site.channel.id, contact_id, moment)
            uow.changed(Entity.CONTACT, contact_id, ChangeKind.CREATED)
        else:
            contact_id = _visitor_contact(store, site, token)
            store.move_chat_visitor(token, contact_id, moment)
        message_id = _add_to_conversation(uow, site, token, contact_id, text, page, referrer,
                                          moment)
        uow.commit()
        return token, message_id


def _visitor_contact(store: WebStore, site: Site, token: str) -> int:
    visitor = store.chat_visitor(token)
    if visitor is None or visitor[0] != site.channel.id:
        raise UnknownVisitor(token)
    return visitor[1]


def _add_to_conversation(uow: UnitOfWork, site: Site, token: str, contact_id: int,
                         text: str, page: str, referrer: str, moment: datetime) -> int:
    store = uow.store
    thread = VISITOR_PREFIX + token
    request = InboundRequest(
        channel_name=site.channel.name, received_at=moment, text=text,
        subject=f"Чат: {lead_preview(text)}"[:500], source=campaign_source(page_tracking(page)),
        thread_key=thread, headers={"page": page[:2000], "referrer": referrer[:2000]})
    lead_id = store.open_lead_by_thread_key(contact_id, thread)
    if lead_id is None:
        return record_lead_and_message(uow, site.channel, request, moment,
                                       contact_id=contact_id)[1]
    return add_follow_up(uow, lead_id, site.channel.id, request)[0]


def leave_contacts(uow_factory: UnitOfWorkFactory, site: Site, token: str, name: str,
                   phone: str, email: str, now: datetime | None = None) -> None:
    """The visitor's name, phone and email fill their contact; a phone or address the
    desk already knows joins the visitor to that contact (and their history)."""
    moment = now or datetime.now(UTC)
    with uow_factory() as uow:
        store = cast(WebStore, uow.store)
        contact_id = _visitor_contact(store, site, token)
        for kind, raw in _identities({"phone": phone, "email": email}):
            value = normalize_identity(kind, raw)
            owner = store.contact_by_identity(kind, value)
            if owner is None:
                store.add_identity(contact_id, kind, value, raw)
            elif owner != contact_id:
                merge_in(uow, owner, contact_id, None, moment)
                contact_id = owner
                store.move_chat_visitor(token, contact_id, moment)
        if name.strip():
            label, _ids = store.contact_label(contact_id)
            if not label or label == VISITOR_NAME:
                store.rename_contact(contact_id, name.strip())
        uow.changed(Entity.CONTACT, contact_id, ChangeKind.UPDATED)
        for lead_id in store.leads_of_contact(contact_id):
            uow.changed(Entity.LEAD, lead_id, ChangeKind.UPDATED)
        uow.commit()


def leave_offline_request(uow_factory: UnitOfWorkFactory, site: Site, name: str,
                          phone: str, email: str, text: str, page: str = "",
                          now: datetime | None = None) -> int:
    """What a visitor sends through the contact form when nobody is on duty: a lead."""
    moment = now or datetime.now(UTC)
    values = {"name": name, "phone": phone, "email": email}
    parts = [text.strip()[:MAX_CHAT_TEXT]]
    parts += [f"{label}: {values[key].strip()}" for key, label in
              (("name", "Имя"), ("phone", "Телефон"), ("email", "Эл. почта"))
              if values[key].strip()]
    request = InboundRequest(
        channel_name=site.channel.name, received_at=moment, text="\n".join(parts),
        subject=f"Чат (вне смены): {lead_preview(text)}"[:500],
        contact_name=name.strip()[:300], identities=_identities(values),
        source=campaign_source(page_tracking(page)), headers={"page": page[:2000], "offline": True})
    with uow_factory() as uow:
        lead_id = record_in(uow, site.channel, request, moment)
        uow.commit()
        return lead_id


def offline_problems(name: str, phone: str, email: str, text: str) -> list[str]:
    """The fields an offline request lacks: a message, and a phone or an email."""
    missing = []
    if not text.strip():
        missing.append("text")
    if not _identities({"phone": phone, "email": email}):
        missing += ["phone", "email"]
    return missing


def chat_lines(reader: WebReads, site: Site, token: str, after_id: int) -> list[ChatLine]:
    """The visitor's conversation after ``after_id`` (answers once delivered)."""
    visitor = reader.chat_visitor_of(token)
    if visitor is None or visitor[0] != site.channel.id:
        raise UnknownVisitor(token)
    return reader.chat_lines(token, visitor[1], after_id)


def chat_online(reader: WebReads, site: Site, now: datetime | None = None) -> bool:
    """Whether anyone is on duty for the chat now (a chat without a schedule: anyone
    active)."""
    return bool(on_duty_for(reader, site.channel.id, now))


