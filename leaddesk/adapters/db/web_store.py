"""The website channels in the database: web forms, chat visitors and their messages.

``WebStoreMixin`` is part of ``SqlStore`` (writes inside a unit of work),
``WebReadsMixin`` part of ``SqlReadModel``. Implements ``services.web_ports``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from leaddesk.adapters.db.schema import Channel, ChatVisitor, Contact, Lead, Message, WebForm
from leaddesk.domain.codes import ChannelKind, DeliveryState, Direction
from leaddesk.domain.webchat import VISITOR_PREFIX, ChatLine
from leaddesk.domain.webforms import FieldKind, FormField, FormSpec
from leaddesk.services.ports import ChannelInfo

# what a visitor sees of the conversation: their messages and the answers delivered
_SHOWN = (Direction.INBOUND.value, Direction.OUTBOUND.value)
_DELIVERED = (DeliveryState.SENT.value,)


def _spec(row: WebForm) -> FormSpec:
    fields = tuple(
        FormField(f["name"], f.get("label", f["name"]), FieldKind(f.get("kind", "text")),
                  bool(f.get("required")), bool(f.get("hidden")), str(f.get("value", "")))
        for f in row.fields)
    return FormSpec(key=row.key, channel_id=row.channel_id, title=row.title, fields=fields,
                    source=row.source, thank_you_url=row.thank_you_url,
                    button=row.button or FormSpec.button, id=row.id, active=row.active)


def _field_rows(spec: FormSpec) -> list[dict[str, Any]]:
    return [{"name": f.name, "label": f.label, "kind": f.kind.value, "required": f.required,
             "hidden": f.hidden, "value": f.value} for f in spec.fields]


class WebStoreMixin:
    """Mixed into ``SqlStore``."""

    session: Session

    def save_web_form(self, spec: FormSpec, now: datetime) -> int:
        values = {"key": spec.key, "channel_id": spec.channel_id, "title": spec.title[:300],
                  "fields": _field_rows(spec), "source": spec.source[:200],
                  "thank_you_url": spec.thank_you_url[:2000], "button": spec.button[:100],
                  "active": spec.active}
        if spec.id is None:
            row = WebForm(created_at=now, **values)
            self.session.add(row)
            self.session.flush()
            return row.id
        self.session.execute(update(WebForm).where(WebForm.id == spec.id).values(**values))
        return spec.id

    def chat_visitor(self, token: str) -> tuple[int, int] | None:
        """(channel id, contact id) of a visitor token."""
        row = self.session.execute(select(ChatVisitor.channel_id, ChatVisitor.contact_id)
                                   .where(ChatVisitor.token == token)).first()
        return (row.channel_id, row.contact_id) if row else None

    def add_chat_visitor(self, token: str, channel_id: int, contact_id: int,
                         now: datetime) -> None:
        self.session.add(ChatVisitor(token=token, channel_id=channel_id,
                                     contact_id=contact_id, created_at=now, last_seen_at=now))
        self.session.flush()

    def move_chat_visitor(self, token: str, contact_id: int, now: datetime) -> None:
        self.session.execute(update(ChatVisitor).where(ChatVisitor.token == token)
                             .values(contact_id=contact_id, last_seen_at=now))

    def rename_contact(self, contact_id: int, name: str) -> None:
        self.session.execute(update(Contact).where(Contact.id == contact_id)
                             .values(display_name=name[:300]))


class WebReadsMixin:
    """Mixed into ``SqlReadModel``."""

    _engine: Engine

    def web_forms(self, channel_id: int | None = None) -> list[FormSpec]:
        query = select(WebForm).order_by(WebForm.id)
        if channel_id is not None:
            query = query.where(WebForm.channel_id == channel_id)
        with Session(self._engine) as session:
            return [_spec(row) for row in session.scalars(query)]

    def web_form(self, key: str) -> FormSpec | None:
        with Session(self._engine) as session:
            row = session.scalars(select(WebForm).where(WebForm.key == key)).first()
            return _spec(row) if row else None

    def site_channels(self) -> list[tuple[ChannelInfo, dict[str, Any]]]:
        """The active web chat and web-form channels with their settings, by id."""
        with self._engine.connect() as connection:
            return [(ChannelInfo(r.id, ChannelKind(r.kind), r.name, r.is_lead_source,
                                 r.sla_seconds), dict(r.settings or {}))
                    for r in connection.execute(
                        select(Channel.id, Channel.kind, Channel.name, Channel.is_lead_source,
                               Channel.sla_seconds, Channel.settings)
                        .where(Channel.kind.in_((ChannelKind.WEBCHAT.value,
                                                 ChannelKind.WEBFORM.value)),
                               Channel.active.is_(True))
                        .order_by(Channel.id))]

    def chat_visitor_of(self, token: str) -> tuple[int, int] | None:
        """(channel id, contact id) of a visitor token."""
        with self._engine.connect() as connection:
            row = connection.execute(select(ChatVisitor.channel_id, ChatVisitor.contact_id)
                                     .where(ChatVisitor.token == token)).first()
        return (row.channel_id, row.contact_id) if row else None

    def chat_lines(self, token: str, contact_id: int, after_id: int,
                   limit: int = 200) -> list[ChatLine]:
        """The visitor's conversation after message ``after_id``, oldest first."""
        leads = select(Lead.id).where(Lead.contact_id == contact_id,
                                      Lead.thread_key == VISITOR_PREFIX + token)
        query = (select(Message.id, Message.direction, Message.text, Message.sent_at,
                        Message.author, Message.delivery_state)
                 .where(Message.lead_id.in_(leads), Message.id > after_id,
                        Message.direction.in_(_SHOWN))
                 .order_by(Message.id).limit(limit))
        with self._engine.connect() as connection:
            rows = connection.execute(query).all()
        lines = []
        for row in rows:
            operator = row.direction == Direction.OUTBOUND.value
            if operator and row.delivery_state not in _DELIVERED:
                break  # an answer still in the outbox: later lines wait for it
            lines.append(ChatLine(row.id, operator, row.text or "",
                                  row.sent_at.isoformat(), row.author or ""))
        return lines
