"""The workflow's read side (part of ``SqlReadModel``): reference lists, invoices,
contacts, and the alerts each desk shows its user."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from leaddesk.adapters.db.schema import (
    AuditEvent,
    Channel,
    Contact,
    ContactIdentity,
    Deal,
    Invoice,
    InvoiceItem,
    Lead,
    RejectReason,
    ScoringRule,
    Template,
)
from leaddesk.adapters.db.workflow_store import AWAITING_ANSWER, channel_workflow_of
from leaddesk.domain import scoring
from leaddesk.domain.codes import DealStage
from leaddesk.domain.identities import normalize_email, normalize_phone
from leaddesk.domain.invoice import InvoiceDocument, InvoiceLine, Requisites
from leaddesk.domain.timefmt import TIME_ZONE_KEY, company_zone
from leaddesk.services.ports import (
    Alert,
    ChannelWorkflow,
    ContactMatch,
    InvoiceSending,
    ReasonInfo,
    TemplateInfo,
    WonDeal,
)

# What a person is alerted about: leads given to them, escalations, due reminders.
ALERT_ACTIONS = ("assigned", "escalated", "reminder", "customer_wrote", "delivery_failed")


class WorkflowReadsMixin:
    """Mixed into ``SqlReadModel``, which provides ``_engine`` and ``setting()``."""

    _engine: Engine

    def reject_reasons(self) -> list[ReasonInfo]:
        with self._engine.connect() as connection:
            return [ReasonInfo(r.id, r.title) for r in connection.execute(
                select(RejectReason.id, RejectReason.title)
                .where(RejectReason.active.is_(True))
                .order_by(RejectReason.position, RejectReason.id))]

    def templates(self) -> list[TemplateInfo]:
        with self._engine.connect() as connection:
            return [TemplateInfo(t.id, t.title, t.body, t.is_script, t.channel_kind)
                    for t in connection.execute(
                        select(Template.id, Template.title, Template.body, Template.is_script,
                               Template.channel_kind).order_by(Template.title, Template.id))]

    def scoring_rules(self) -> list[scoring.ScoringRule]:
        with self._engine.connect() as connection:
            total = connection.scalar(select(func.count()).select_from(ScoringRule))
            if not total:
                return list(scoring.DEFAULT_RULES)
            return [scoring.ScoringRule(scoring.ScoringKind(r.kind), r.points, r.pattern or "")
                    for r in connection.execute(
                        select(ScoringRule.kind, ScoringRule.points, ScoringRule.pattern)
                        .where(ScoringRule.active.is_(True)).order_by(ScoringRule.id))
                    if r.kind in scoring.ScoringKind._value2member_map_]

    def channel_workflows(self) -> list[ChannelWorkflow]:
        with Session(self._engine) as session:
            return [channel_workflow_of(c)
                    for c in session.scalars(select(Channel).order_by(Channel.id))]

    def invoice_document(self, invoice_id: int) -> InvoiceDocument | None:
        zone = company_zone((self.setting(TIME_ZONE_KEY) or {}).get("name", ""))
        with self._engine.connect() as connection:
            row = connection.execute(select(Invoice.__table__)
                                     .where(Invoice.id == invoice_id)).first()
            if row is None:
                return None
            lines = tuple(
                InvoiceLine(i.title, Decimal(i.quantity), i.unit, Decimal(i.unit_price))
                for i in connection.execute(
                    select(InvoiceItem.title, InvoiceItem.quantity, InvoiceItem.unit,
                           InvoiceItem.unit_price)
                    .where(InvoiceItem.invoice_id == invoice_id)
                    .order_by(InvoiceItem.position, InvoiceItem.id))
            )
        issued: datetime = row.issued_at
        return InvoiceDocument(
            number=row.number, year=row.year, issued_on=_local_date(issued, zone),
            seller=Requisites.from_dict(row.requisites or {}), buyer=row.buyer or "",
            buyer_details=row.buyer_details or "", lines=lines,
            vat_rate=None if row.vat_rate is None else Decimal(row.vat_rate),
            currency=row.currency,
        )

    def invoice_sending(self, invoice_id: int) -> InvoiceSending | None:
        with self._engine.connect() as connection:
            row = connection.execute(
                select(Deal.lead_id, Lead.channel_id, Lead.channel_kind, Invoice.number,
                       Invoice.year, Invoice.pdf)
                .select_from(Invoice).join(Deal, Deal.id == Invoice.deal_id)
                .join(Lead, Lead.id == Deal.lead_id).where(Invoice.id == invoice_id)
            ).first()
        return InvoiceSending(*row) if row else None

    def find_contacts(self, text: str, limit: int = 10) -> list[ContactMatch]:
        """Contacts by exact phone or email, or by the start of their name."""
        text = text.strip()
        if not text:
            return []
        values = [v for v in (normalize_phone(text), normalize_email(text)) if v]
        with self._engine.connect() as connection:
            conditions = []
            if values:
                conditions.append(Contact.id.in_(
                    select(ContactIdentity.contact_id).where(ContactIdentity.value.in_(values))))
            if len(text) >= 2 and not any(ch.isdigit() for ch in text):
                conditions.append(Contact.display_name.like(text + "%"))
            if not conditions:
                return []
            contacts = connection.execute(
                select(Contact.id, Contact.display_name)
                .where(or_(*conditions), Contact.merged_into_id.is_(None))
                .order_by(Contact.id.desc()).limit(limit)
            ).all()
            matches = []
            for contact in contacts:
                identities = tuple(connection.scalars(
                    select(func.coalesce(ContactIdentity.raw, ContactIdentity.value))
                    .where(ContactIdentity.contact_id == contact.id)
                    .order_by(ContactIdentity.id)))
                leads = connection.scalar(select(func.count()).select_from(Lead)
                                          .where(Lead.contact_id == contact.id)) or 0
                matches.append(ContactMatch(contact.id, contact.display_name or "", identities,
                                            int(leads)))
            return matches

    def alerts(self, user_id: int, role: str, after_id: int, limit: int = 50) -> list[Alert]:
        """Audit events since ``after_id`` that concern ``user_id``."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(AuditEvent.id, AuditEvent.lead_id, AuditEvent.action, AuditEvent.at,
                       AuditEvent.detail, AuditEvent.actor_id, Lead.subject,
                       Contact.display_name)
                .select_from(AuditEvent)
                .outerjoin(Lead, Lead.id == AuditEvent.lead_id)
                .outerjoin(Contact, Contact.id == Lead.contact_id)
                .where(AuditEvent.id > after_id, AuditEvent.action.in_(ALERT_ACTIONS))
                .order_by(AuditEvent.id).limit(limit * 4)
            ).all()
        alerts = []
        for row in rows:
            detail = row.detail or {}
            to = detail.get("to_ids") or [detail.get("to_id")]
            if user_id in to and row.actor_id != user_id:
                alerts.append(Alert(row.id, row.lead_id, row.action, row.at, row.subject or "",
                                    row.display_name or ""))
        return alerts[:limit]

    def recent_won_deals_without_invoice(self, limit: int) -> list[WonDeal]:
        """The latest won deals that have no invoice yet, oldest first."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(Deal.id, Deal.lead_id, Deal.amount, Lead.product, Lead.assignee_id,
                       Contact.display_name, Deal.closed_at, Deal.created_at)
                .select_from(Deal).join(Lead, Lead.id == Deal.lead_id)
                .outerjoin(Contact, Contact.id == Deal.contact_id)
                .where(Deal.stage == DealStage.WON.value,
                       ~Deal.id.in_(select(Invoice.deal_id)))
                .order_by(Deal.id.desc()).limit(limit)
            ).all()
        return [WonDeal(r.id, r.lead_id, Decimal(r.amount),
                        str((r.product or {}).get("title") or ""), r.assignee_id,
                        r.display_name or "", r.closed_at or r.created_at)
                for r in reversed(rows)]

    def last_audit_id(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.scalar(select(func.max(AuditEvent.id))) or 0)

    def sla_due_soon(self, user_id: int, now: datetime, within_seconds: int,
                     limit: int = 20) -> list[tuple[int, datetime, str]]:
        """The user's open, unanswered leads whose deadline comes within the window."""
        with self._engine.connect() as connection:
            return [(r.id, r.sla_due_at, r.subject or "") for r in connection.execute(
                select(Lead.id, Lead.sla_due_at, Lead.subject).where(
                    Lead.sla_due_at > now, *AWAITING_ANSWER,
                    Lead.sla_due_at <= now + timedelta(seconds=within_seconds),
                    # "+ 0": the narrow deadline range, not the person's leads, drives it
                    (Lead.assignee_id + 0) == user_id)
                .order_by(Lead.sla_due_at).limit(limit))]


def _local_date(moment: datetime, zone) -> date:
    return moment.astimezone(zone).date()
