"""The read side: inbox pages, counts and the lead card, as narrow indexed queries."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.sql import Select

from leaddesk.adapters.db import search_index
from leaddesk.adapters.db.analytics_reads import AnalyticsReadsMixin
from leaddesk.adapters.db.mail_reads import MailReadsMixin
from leaddesk.adapters.db.schedule_reads import ScheduleReadsMixin
from leaddesk.adapters.db.schema import (
    Attachment,
    AuditEvent,
    Channel,
    Contact,
    ContactIdentity,
    Deal,
    Invoice,
    Lead,
    Message,
    RejectReason,
    Setting,
    User,
)
from leaddesk.adapters.db.types import UtcTimestamp
from leaddesk.adapters.db.web_store import WebReadsMixin
from leaddesk.adapters.db.workflow_reads import WorkflowReadsMixin
from leaddesk.domain.codes import (
    ChannelKind,
    DealStage,
    DeliveryState,
    Direction,
    IdentityKind,
    LeadStatus,
    Warmth,
)
from leaddesk.domain.inbox import (
    ASSIGNEE_MINE,
    ASSIGNEE_POOL,
    ASSIGNEE_UNASSIGNED,
    InboxFilter,
    InboxRow,
)
from leaddesk.domain.lead_card import (
    CardAttachment,
    CardDeal,
    CardInvoice,
    HistoryEntry,
    Identity,
    LeadCard,
    ThreadMessage,
)
from leaddesk.domain.money import format_money
from leaddesk.domain.paging import PagePlan
from leaddesk.services.ports import ChannelInfo, UserInfo

THREAD_LIMIT = 1000
_ts = UtcTimestamp()


def _time(value):
    return None if value is None else _ts.process_result_value(value, None)


class SqlReadModel(WorkflowReadsMixin, MailReadsMixin, ScheduleReadsMixin,
                   AnalyticsReadsMixin, WebReadsMixin):
    """Implements ``leaddesk.services.ports.ReadModel``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._dialect = engine.dialect.name

    # the inbox
    def _conditions(self, flt: InboxFilter) -> list:
        conditions = []
        if flt.channel is not None:
            conditions.append(Lead.channel_kind == flt.channel.value)
        if flt.status is not None:
            conditions.append(Lead.status == flt.status.value)
        if flt.assignee == ASSIGNEE_UNASSIGNED:
            conditions.append(Lead.assignee_id.is_(None))
        elif flt.assignee == ASSIGNEE_MINE:
            conditions.append(Lead.assignee_id == (flt.me if flt.me is not None else -1))
        elif flt.assignee == ASSIGNEE_POOL:
            conditions += [Lead.pool_role == (flt.my_role or ""), Lead.assignee_id.is_(None)]
        return conditions

    def _ids(self, flt: InboxFilter, page: PagePlan | None = None):
        """(select of matching lead ids, the id column to order and compare by).

        A search is driven from the search index, whose hits come in id order, so the
        first page of a common word is read without collecting every hit first (on
        PostgreSQL the search function is told the page: ``page``, newest first).
        """
        conditions = self._conditions(flt)
        terms = flt.search_terms
        if not terms:
            return select(Lead.id).where(*conditions), Lead.id
        below = wanted = None
        if page is not None and page.descending and page.before_id is None:
            below = page.after_id
            if not conditions:  # a filter after the search would leave the page short
                wanted = page.limit + page.offset
        query, rowid = search_index.hits_select(self._dialect, terms, below, wanted)
        if conditions:
            query = query.join(Lead, Lead.id == rowid).where(*conditions)
        return query, rowid

    def inbox_count(self, flt: InboxFilter) -> int:
        ids, _ = self._ids(flt)
        query = select(func.count()).select_from(ids.subquery())
        with self._engine.connect() as connection:
            return int(connection.scalar(query) or 0)

    def inbox_rows(self, flt: InboxFilter, plan: PagePlan) -> list[InboxRow]:
        if plan.limit <= 0:
            return []
        ids, id_column = self._ids(flt, plan)
        if plan.after_id is not None:
            ids = ids.where(id_column < plan.after_id)
        if plan.before_id is not None:
            ids = ids.where(id_column > plan.before_id)
        order = id_column.desc() if plan.descending else id_column.asc()
        ids = ids.order_by(order).limit(plan.limit).offset(plan.offset).subquery()
        query = _row_select().join(ids, ids.c.id == Lead.id).order_by(Lead.id.desc())
        with self._engine.connect() as connection:
            return [_inbox_row(row) for row in connection.execute(query)]

    def inbox_position(self, flt: InboxFilter, lead_id: int) -> int | None:
        """The row of ``lead_id`` in the filtered inbox, or None if it is not in it."""
        ids, id_column = self._ids(flt)
        with self._engine.connect() as connection:
            present = connection.scalar(ids.where(id_column == lead_id))
            if present is None:
                return None
            above = ids.where(id_column > lead_id).subquery()
            return int(connection.scalar(select(func.count()).select_from(above)) or 0)

    def lead_total(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(Lead)) or 0)

    # the lead card
    def lead_card(self, lead_id: int) -> LeadCard | None:
        with self._engine.connect() as connection:
            row = connection.execute(
                select(Lead.__table__, Channel.name.label("channel_name"),
                       User.name.label("assignee"), Contact.display_name.label("contact_name"),
                       RejectReason.title.label("reason"),
                       Channel.reject_reason_required.label("reason_required"))
                .join(Channel, Channel.id == Lead.channel_id)
                .outerjoin(RejectReason, RejectReason.id == Lead.reject_reason_id)
                .outerjoin(User, User.id == Lead.assignee_id)
                .outerjoin(Contact, Contact.id == Lead.contact_id)
                .where(Lead.id == lead_id)
            ).first()
            if row is None:
                return None
            lead = row
            identities = ()
            if lead.contact_id is not None:
                identities = tuple(
                    Identity(IdentityKind(kind), raw or value)
                    for kind, value, raw in connection.execute(
                        select(ContactIdentity.kind, ContactIdentity.value, ContactIdentity.raw)
                        .where(ContactIdentity.contact_id == lead.contact_id)
                        .order_by(ContactIdentity.id)
                    )
                )
            messages = _thread(connection, lead_id)
            history = tuple(
                HistoryEntry(e.at, e.actor, e.action, _detail(e.detail))
                for e in connection.execute(
                    select(AuditEvent.at, User.name.label("actor"), AuditEvent.action,
                           AuditEvent.detail)
                    .outerjoin(User, User.id == AuditEvent.actor_id)
                    .where(AuditEvent.lead_id == lead_id)
                    .order_by(AuditEvent.at, AuditEvent.id)
                )
            )
            deal = connection.execute(
                select(Deal.id, Deal.amount, Deal.currency, Deal.stage, Deal.lost_reason)
                .where(Deal.lead_id == lead_id)
            ).first()
            invoices = () if deal is None else tuple(
                CardInvoice(i.id, i.number, i.year, i.issued_at, Decimal(i.amount), i.currency,
                            i.sent_at, bool(i.has_pdf))
                for i in connection.execute(
                    select(Invoice.id, Invoice.number, Invoice.year, Invoice.issued_at,
                           Invoice.amount, Invoice.currency, Invoice.sent_at,
                           Invoice.pdf.is_not(None).label("has_pdf"))
                    .where(Invoice.deal_id == deal.id).order_by(Invoice.id))
            )
        product = lead.product or None
        return LeadCard(
            lead_id=lead.id,
            channel=ChannelKind(lead.channel_kind),
            channel_name=row.channel_name,
            source=lead.source,
            status=LeadStatus(lead.status),
            warmth=Warmth(lead.warmth),
            score=lead.score,
            subject=lead.subject or "",
            product=_product_label(product),
            received_at=lead.received_at,
            first_response_at=lead.first_response_at,
            assignee=row.assignee,
            reject_reason=row.reason or lead.reject_note,
            postponed_until=lead.postponed_until,
            contact_id=lead.contact_id,
            contact_name=row.contact_name or "",
            identities=identities,
            messages=messages,
            history=history,
            deal_amount=_money(deal) if deal else None,
            version=lead.version,
            channel_id=lead.channel_id,
            assignee_id=lead.assignee_id,
            pool_role=lead.pool_role,
            sla_due_at=lead.sla_due_at,
            reply_due_at=lead.reply_due_at,
            escalated_at=lead.escalated_at,
            unstaffed=bool(lead.unstaffed),
            warmth_manual=bool(lead.warmth_manual),
            reject_reason_required=bool(row.reason_required),
            product_title=str((product or {}).get("title") or ""),
            product_price=_price(product),
            product_url=_web_link((product or {}).get("url")),
            deal=None if deal is None else CardDeal(
                deal.id, Decimal(deal.amount), deal.currency, DealStage(deal.stage),
                deal.lost_reason, invoices),
        )

    # reference data
    def users(self) -> list[UserInfo]:
        with self._engine.connect() as connection:
            return [
                UserInfo(u.id, u.login, u.name, u.role, u.active)
                for u in connection.execute(
                    select(User.id, User.login, User.name, User.role, User.active)
                    .order_by(User.name)
                )
            ]

    def channels(self) -> list[ChannelInfo]:
        with self._engine.connect() as connection:
            return [
                ChannelInfo(c.id, ChannelKind(c.kind), c.name, c.is_lead_source, c.sla_seconds)
                for c in connection.execute(
                    select(Channel.id, Channel.kind, Channel.name, Channel.is_lead_source,
                           Channel.sla_seconds).order_by(Channel.id)
                )
            ]

    def setting(self, key: str) -> dict[str, Any] | None:
        with self._engine.connect() as connection:
            return connection.scalar(select(Setting.value).where(Setting.key == key))


def _thread(connection, lead_id: int) -> tuple[ThreadMessage, ...]:
    """The lead's messages, oldest first, with their attachments (names and sizes only)."""
    rows = connection.execute(
        select(Message.id, Message.direction, Message.author, Message.sent_at, Message.text,
               Message.delivery_state, Message.html, Message.parse_problem,
               Message.raw.is_not(None).label("has_raw"), Message.headers,
               Message.last_error, Message.next_attempt_at, Message.attempts)
        .where(Message.lead_id == lead_id)
        .order_by(Message.sent_at, Message.id).limit(THREAD_LIMIT)
    ).all()
    files: dict[int, list[CardAttachment]] = {}
    ids = [m.id for m in rows]
    for start in range(0, len(ids), 500):
        for a in connection.execute(
                select(Attachment.id, Attachment.message_id, Attachment.name, Attachment.mime,
                       Attachment.size, Attachment.url)
                .where(Attachment.message_id.in_(ids[start:start + 500]))
                .order_by(Attachment.id)):
            files.setdefault(a.message_id, []).append(
                CardAttachment(a.id, a.name, a.mime, a.size, _web_link(a.url)))
    return tuple(
        ThreadMessage(m.id, Direction(m.direction), m.author or "", m.sent_at, m.text or "",
                      DeliveryState(m.delivery_state), m.html, tuple(files.get(m.id, ())),
                      m.parse_problem, bool(m.has_raw),
                      int((m.headers or {}).get("remote_images_blocked") or 0),
                      m.last_error, m.next_attempt_at, m.attempts or 0,
                      str((m.headers or {}).get("subject") or ""))
        for m in rows)


def _row_select() -> Select:
    return (
        select(Lead.id, Lead.channel_kind, Channel.name.label("channel_name"), Lead.received_at,
               Contact.display_name, Lead.subject, Lead.preview, Lead.status,
               User.name.label("assignee"), Lead.warmth, Lead.first_response_at,
               Lead.sla_due_at, Lead.unstaffed, Lead.escalated_at, Lead.score, Lead.pool_role,
               Lead.reply_due_at)
        .select_from(Lead)
        .join(Channel, Channel.id == Lead.channel_id)
        .outerjoin(Contact, Contact.id == Lead.contact_id)
        .outerjoin(User, User.id == Lead.assignee_id)
    )


def _inbox_row(row) -> InboxRow:
    return InboxRow(
        lead_id=row.id,
        channel=ChannelKind(row.channel_kind),
        channel_name=row.channel_name,
        received_at=row.received_at,
        contact=row.display_name or "",
        subject=row.subject or "",
        preview=row.preview or "",
        status=LeadStatus(row.status),
        assignee=row.assignee,
        warmth=Warmth(row.warmth),
        first_response_at=row.first_response_at,
        sla_due_at=row.sla_due_at,
        reply_due_at=row.reply_due_at,
        unstaffed=bool(row.unstaffed),
        escalated=row.escalated_at is not None,
        score=row.score or 0,
        pool_role=row.pool_role,
    )


def _detail(detail: dict[str, Any] | None) -> str:
    if not detail:
        return ""
    return ", ".join(
        str(value) for key, value in detail.items()
        if value not in (None, "") and not key.endswith(("_id", "_ids"))
    )


def _web_link(value: Any) -> str:
    """An http(s) address, or "" (nothing else is ever made clickable)."""
    text = str(value or "")
    return text if text.startswith(("https://", "http://")) else ""


def _product_label(product: dict[str, Any] | None) -> str | None:
    if not product:
        return None
    parts = [str(product.get("title") or "")]
    if product.get("price"):
        try:
            parts.append(format_money(Decimal(str(product["price"])), "RUB"))
        except ArithmeticError:
            parts.append(str(product["price"]))
    return " · ".join(p for p in parts if p) or None


def _price(product: dict[str, Any] | None) -> Decimal | None:
    try:
        return Decimal(str(product["price"])) if product and product.get("price") else None
    except ArithmeticError:
        return None


def _money(deal) -> str:
    return format_money(Decimal(deal.amount), deal.currency)
