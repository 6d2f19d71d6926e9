"""The workflow's reads and writes inside one unit of work (part of ``SqlStore``)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from leaddesk.adapters.db import search_index
from leaddesk.adapters.db.schema import (
    Attachment,
    AuditEvent,
    Channel,
    Contact,
    ContactIdentity,
    Deal,
    Invoice,
    InvoiceCounter,
    InvoiceItem,
    Lead,
    Message,
    RejectReason,
    ScoringRule,
    Shift,
    ShiftException,
    Template,
    User,
)
from leaddesk.adapters.db.store_helpers import dialect_insert, zone_of
from leaddesk.domain import scoring
from leaddesk.domain.assignment import AssignmentRule, Candidate
from leaddesk.domain.codes import ChannelKind, DealStage, LeadStatus, Role
from leaddesk.domain.duty import DutyException, DutyRoster, ExceptionKind, WeeklyShift
from leaddesk.services.ports import (
    ChannelWorkflow,
    DealState,
    LeadState,
    TemplateInfo,
    UserInfo,
)

_LEAD_STATE_COLUMNS = [getattr(Lead, name) for name in LeadState.__slots__]
OPEN_STATUSES = [s.value for s in LeadStatus if s.is_open]
ARRIVAL_LOCKS = 0x4C44_0001  # advisory-lock space of "arrivals on channel N" ("LD", 1)
# The condition of the partial index ix_leads_sla_due (open leads awaiting a first answer).
AWAITING_ANSWER = (Lead.first_response_at.is_(None), Lead.escalated_at.is_(None),
                   Lead.closed_at.is_(None))


class WorkflowStoreMixin:
    """Implements ``leaddesk.services.ports.WorkflowStore``; mixed into ``SqlStore``."""

    session: Session

    @property
    def _dialect(self) -> str:
        return self.session.bind.dialect.name

    # leads
    def lead_state(self, lead_id: int) -> LeadState | None:
        self.session.flush()
        row = self.session.connection().execute(
            _lead_state_query(self._dialect), {"id": lead_id}).first()
        return LeadState(*row) if row else None

    def update_lead(self, lead_id: int, expected_version: int | None, **fields: Any) -> bool:
        """Write ``fields`` and bump the version; False when the version moved meanwhile."""
        self.session.flush()
        params = {"lead_id_": lead_id, **fields}
        if expected_version is not None:
            params["version_"] = expected_version
        result = self.session.connection().execute(
            _lead_update(expected_version is not None), params)
        self.session.expire_all()
        return result.rowcount == 1

    def await_reply(self, lead_id: int, due: datetime) -> None:
        """An answered open lead whose customer wrote again: the next answer is due by
        ``due`` (an earlier unanswered message's deadline stays)."""
        self.session.execute(
            update(Lead).where(Lead.id == lead_id, Lead.first_response_at.is_not(None),
                               Lead.reply_due_at.is_(None), Lead.status.in_(OPEN_STATUSES))
            .values(reply_due_at=due).execution_options(synchronize_session=False))

    def claim_lead(self, lead_id: int, user_id: int) -> bool:
        """Atomically take an unassigned lead: one UPDATE, checked by its row count."""
        self.session.flush()
        result = self.session.execute(
            update(Lead).where(Lead.id == lead_id, Lead.assignee_id.is_(None))
            .values(assignee_id=user_id, version=Lead.version + 1)
            .execution_options(synchronize_session=False)
        )
        self.session.expire_all()
        return result.rowcount == 1

    def last_change(self, lead_id: int) -> tuple[str | None, datetime | None]:
        row = self.session.execute(
            select(User.name, AuditEvent.at).select_from(AuditEvent)
            .outerjoin(User, User.id == AuditEvent.actor_id)
            .where(AuditEvent.lead_id == lead_id)
            .order_by(AuditEvent.id.desc()).limit(1)
        ).first()
        return (row.name, row.at) if row else (None, None)

    def overdue_leads(self, now: datetime, limit: int) -> list[int]:
        return list(self.session.scalars(
            select(Lead.id).where(
                Lead.sla_due_at <= now, *AWAITING_ANSWER,
                # written so that no index on status competes with the partial one
                (Lead.status + "") != LeadStatus.POSTPONED.value,
            ).order_by(Lead.sla_due_at).limit(limit)
        ))

    def due_postponed(self, now: datetime, limit: int) -> list[int]:
        return list(self.session.scalars(
            select(Lead.id).where(Lead.postponed_until <= now)  # the partial index
            .order_by(Lead.postponed_until).limit(limit)
        ))

    # channels and people
    def channel_workflow(self, channel_id: int) -> ChannelWorkflow:
        row = self.session.get(Channel, channel_id)
        assert row is not None
        return channel_workflow_of(row)

    def set_channel_workflow(self, channel_id: int, rule: AssignmentRule, sla_seconds: int,
                             reject_reason_required: bool) -> None:
        self.session.execute(
            update(Channel).where(Channel.id == channel_id).values(
                assignment_mode=rule.mode.value, assignment_targets=rule.targets(),
                sla_seconds=sla_seconds, reject_reason_required=reject_reason_required)
        )

    def lock_channel(self, channel_id: int) -> None:
        """Serialise arrivals on one channel (SQLite's BEGIN IMMEDIATE already does).

        A transaction-scoped advisory lock, not ``FOR UPDATE`` on the channel's row: that
        would need the right to change channels, which only supervisors have in team mode.
        """
        if self._dialect == "postgresql":
            self.session.execute(text("SELECT pg_advisory_xact_lock(:space, :channel)"),
                                 {"space": ARRIVAL_LOCKS, "channel": channel_id})

    def candidates(self, with_load: bool) -> list[Candidate]:
        """Active people; with their open-lead counts when asked (managers only: that is
        who hot leads go to), one indexed count per person."""
        rows = self.session.execute(
            select(User.id, User.role, User.rank).where(User.active.is_(True)).order_by(User.id))
        people = []
        for r in rows.all():
            load = 0
            if with_load and r.role == Role.MANAGER.value:
                load = self.session.scalar(
                    select(func.count()).select_from(Lead)
                    .where(Lead.assignee_id == r.id, Lead.status.in_(OPEN_STATUSES))) or 0
            people.append(Candidate(r.id, Role(r.role), r.rank or 0, True, int(load)))
        return people

    def duty_roster(self, at: datetime) -> DutyRoster:
        shifts = [WeeklyShift(s.user_id, s.channel_id, s.weekday, s.start_minute, s.end_minute)
                  for s in self.session.scalars(select(Shift))]
        exceptions = [
            DutyException(ExceptionKind(e.kind), e.starts_at, e.ends_at, e.user_id, e.channel_id)
            for e in self.session.scalars(
                select(ShiftException).where(ShiftException.starts_at <= at,
                                             ShiftException.ends_at > at))
            if e.kind in ExceptionKind._value2member_map_
        ]
        return DutyRoster(shifts, exceptions, zone_of(self.session))

    def channel_of_kind(self, kind: ChannelKind) -> str | None:
        """The name of the first channel of ``kind``."""
        return self.session.scalar(select(Channel.name).where(Channel.kind == kind.value)
                                   .order_by(Channel.id).limit(1))

    def user_by_login(self, login: str) -> UserInfo | None:
        row = self.session.scalars(select(User).where(User.login == login)).first()
        return UserInfo(row.id, row.login, row.name, row.role, row.active) if row else None

    def add_user(self, **fields: Any) -> int:
        user = User(**fields)
        self.session.add(user)
        self.session.flush()
        return user.id

    def user(self, user_id: int) -> UserInfo | None:
        row = self.session.get(User, user_id)
        return UserInfo(row.id, row.login, row.name, row.role, row.active) if row else None

    def users_in_role(self, role: str) -> list[UserInfo]:
        return [UserInfo(u.id, u.login, u.name, u.role, u.active)
                for u in self.session.scalars(select(User).where(User.role == role)
                                              .order_by(User.id))]

    def reject_reason_title(self, reason_id: int) -> str | None:
        return self.session.scalar(select(RejectReason.title).where(
            RejectReason.id == reason_id, RejectReason.active.is_(True)))

    def put_reject_reasons(self, titles: list[str]) -> None:
        """Keep the list in this order; reasons no longer listed are retired, not deleted
        (rejected leads keep pointing at them)."""
        existing = {r.title: r for r in self.session.scalars(select(RejectReason))}
        for position, title in enumerate(titles):
            row = existing.pop(title, None)
            if row is None:
                self.session.add(RejectReason(title=title, position=position, active=True))
            else:
                row.position, row.active = position, True
        for row in existing.values():
            row.active = False
        self.session.flush()

    # scoring and templates
    def scoring_rules(self) -> list[scoring.ScoringRule]:
        rows = list(self.session.scalars(select(ScoringRule).where(ScoringRule.active.is_(True))
                                         .order_by(ScoringRule.id)))
        if not rows and not self.session.scalar(select(func.count()).select_from(ScoringRule)):
            return list(scoring.DEFAULT_RULES)
        return [scoring.ScoringRule(scoring.ScoringKind(r.kind), r.points, r.pattern or "")
                for r in rows if r.kind in scoring.ScoringKind._value2member_map_]

    def put_scoring_rules(self, rules: list[scoring.ScoringRule]) -> None:
        self.session.execute(delete(ScoringRule))
        self.session.add_all(ScoringRule(kind=r.kind.value, pattern=r.pattern, points=r.points,
                                         active=True) for r in rules)
        self.session.flush()

    def contact_facts(self, contact_id: int, lead_id: int) -> tuple[set[str], int, bool]:
        params = {"contact": contact_id, "lead": lead_id}
        kinds = set(self.session.connection().execute(_CONTACT_KINDS, params).scalars())
        earlier = self.session.connection().execute(_EARLIER_LEADS, params).scalar() or 0
        converted = self.session.connection().execute(_CONTACT_DEALS, params).scalar() or 0
        return kinds, int(earlier), converted > 0

    def put_templates(self, templates: list[TemplateInfo]) -> None:
        keep = {t.id for t in templates if t.id is not None}
        self.session.execute(delete(Template).where(Template.id.not_in(keep) if keep
                                                    else Template.id.is_not(None)))
        for t in templates:
            values = dict(title=t.title, body=t.body, is_script=t.is_script,
                          channel_kind=t.channel_kind)
            if t.id is None:
                self.session.add(Template(**values))
            else:
                self.session.execute(update(Template).where(Template.id == t.id).values(**values))
        self.session.flush()

    # deals and invoices
    def add_deal(self, **fields: Any) -> int:
        deal = Deal(**fields)
        self.session.add(deal)
        self.session.flush()
        return deal.id

    def deal(self, deal_id: int) -> DealState | None:
        row = self.session.get(Deal, deal_id)
        return _deal_state(row) if row else None

    def update_deal(self, deal_id: int, **fields: Any) -> None:
        self.session.execute(update(Deal).where(Deal.id == deal_id).values(**fields))

    def next_invoice_number(self, year: int) -> int:
        """The year's next number, taken under the counter row's lock until commit."""
        self.session.execute(dialect_insert(self._dialect)(InvoiceCounter)
                             .values(year=year, last_number=0)
                             .on_conflict_do_nothing(index_elements=["year"]))
        return int(self.session.execute(
            update(InvoiceCounter).where(InvoiceCounter.year == year)
            .values(last_number=InvoiceCounter.last_number + 1)
            .returning(InvoiceCounter.last_number)
        ).scalar_one())

    def add_invoice(self, items: list[dict[str, Any]], **fields: Any) -> int:
        invoice = Invoice(**fields)
        self.session.add(invoice)
        self.session.flush()
        self.session.execute(insert(InvoiceItem), [dict(item, invoice_id=invoice.id)
                                                   for item in items])
        return invoice.id

    def set_invoice_pdf(self, invoice_id: int, pdf: bytes) -> None:
        self.session.execute(update(Invoice).where(Invoice.id == invoice_id).values(pdf=pdf))

    def mark_invoice_sent(self, invoice_id: int, at: datetime) -> None:
        self.session.execute(update(Invoice).where(Invoice.id == invoice_id).values(sent_at=at))

    def add_link(self, message_id: int, name: str, mime: str, size: int, url: str) -> int:
        """A file the channel keeps (a VK photo): its link, no bytes."""
        table = Attachment.__table__
        return self.session.connection().execute(insert(table).values(
            message_id=message_id, name=name, mime=mime, size=size, url=url)
            .returning(table.c.id)).scalar_one()

    def add_attachment(self, message_id: int, name: str, mime: str, data: bytes) -> int:
        table = Attachment.__table__
        return self.session.execute(insert(table).values(
            message_id=message_id, name=name, mime=mime, size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), blob=data).returning(table.c.id)
        ).scalar_one()

    # contacts
    def merge_contacts(self, keep_id: int, other_id: int) -> int:
        """Move everything of ``other_id`` to ``keep_id``; returns how many leads moved."""
        moved = self.session.execute(
            update(Lead).where(Lead.contact_id == other_id)
            .values(contact_id=keep_id, version=Lead.version + 1)
            .execution_options(synchronize_session=False)).rowcount
        self.session.execute(update(Deal).where(Deal.contact_id == other_id)
                             .values(contact_id=keep_id))
        self.session.execute(update(ContactIdentity).where(ContactIdentity.contact_id == other_id)
                             .values(contact_id=keep_id))
        keep = self.session.get(Contact, keep_id)
        other = self.session.get(Contact, other_id)
        if keep is not None and other is not None:
            if not keep.display_name and other.display_name:
                keep.display_name = other.display_name
            keep.city = keep.city or other.city
            if other.note:
                keep.note = "\n".join(n for n in (keep.note, other.note) if n)
            other.merged_into_id = keep_id
        self.session.flush()
        return int(moved or 0)

    def reindex_lead(self, lead_id: int, document: Callable[[str, str], str]) -> None:
        """Rewrite the lead's search text from its subject and preview."""
        row = self.session.execute(select(Lead.subject, Lead.preview)
                                   .where(Lead.id == lead_id)).first()
        if row is not None:
            search_index.upsert(self.session.connection(), lead_id,
                                document(row.subject or "", row.preview or ""))

    def lead_text(self, lead_id: int, limit: int = 20) -> str:
        """The customer's words on the lead (its first inbound messages), for scoring."""
        return "\n".join(self.session.scalars(
            select(Message.text).where(Message.lead_id == lead_id,
                                       Message.direction == "inbound")
            .order_by(Message.id).limit(limit)))

    def leads_of_contact(self, contact_id: int) -> list[int]:
        return list(self.session.scalars(select(Lead.id).where(Lead.contact_id == contact_id)))


# Statements every arrival runs, built once (building costs more than running on SQLite).
_CONTACT_KINDS = select(ContactIdentity.kind).where(
    ContactIdentity.contact_id == bindparam("contact"))
_EARLIER_LEADS = select(func.count()).select_from(Lead).where(
    Lead.contact_id == bindparam("contact"), Lead.id != bindparam("lead"))
_CONTACT_DEALS = select(func.count()).select_from(Deal).where(
    Deal.contact_id == bindparam("contact"))


@cache
def _lead_state_query(dialect: str):
    query = select(*_LEAD_STATE_COLUMNS).where(Lead.id == bindparam("id"))
    return query.with_for_update(of=Lead) if dialect == "postgresql" else query


@cache
def _lead_update(check_version: bool):
    """UPDATE leads SET <the parameters given>, version = version + 1 WHERE id = :lead_id_
    [AND version = :version_]."""
    table = Lead.__table__
    statement = update(table).where(table.c.id == bindparam("lead_id_"))
    if check_version:
        statement = statement.where(table.c.version == bindparam("version_"))
    return statement.values(version=table.c.version + 1)


def channel_workflow_of(row: Channel) -> ChannelWorkflow:
    return ChannelWorkflow(
        id=row.id, kind=ChannelKind(row.kind), name=row.name,
        rule=AssignmentRule.from_stored(row.assignment_mode, row.assignment_targets),
        sla_seconds=row.sla_seconds, reject_reason_required=row.reject_reason_required,
    )


def _deal_state(row: Deal) -> DealState:
    return DealState(row.id, row.lead_id, row.contact_id, Decimal(row.amount), row.currency,
                     DealStage(row.stage).value, row.channel_kind, row.source)


