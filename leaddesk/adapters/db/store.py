"""The write side of one unit of work, over an SQLAlchemy session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from leaddesk.adapters.db import search_index
from leaddesk.adapters.db.mail_store import MailStoreMixin
from leaddesk.adapters.db.rollup_writes import count_deal, move_cells, rebuild_rollups
from leaddesk.adapters.db.schedule_store import ScheduleStoreMixin
from leaddesk.adapters.db.schema import (
    AuditEvent,
    Channel,
    Contact,
    ContactIdentity,
    Lead,
    Message,
    Setting,
)
from leaddesk.adapters.db.team_logins import PeopleStoreMixin
from leaddesk.adapters.db.web_store import WebStoreMixin
from leaddesk.adapters.db.workflow_store import WorkflowStoreMixin
from leaddesk.domain.codes import ChannelKind, IdentityKind
from leaddesk.domain.rollup import LeadFacts, cells_of, deal_cell
from leaddesk.domain.timefmt import company_zone
from leaddesk.services.ports import ChannelInfo


class SqlStore(WorkflowStoreMixin, MailStoreMixin, ScheduleStoreMixin, WebStoreMixin,
               PeopleStoreMixin):
    """Implements ``leaddesk.services.ports.Store``."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # What one transaction reads again and again (a batch of mail is one transaction
        # of hundreds of arrivals): rules, duty, channel settings. Writes through this store
        # keep it current; nothing else writes them inside the transaction.
        self._memo: dict[Any, Any] = {}

    def _remember(self, key: Any, read: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = read()
        return self._memo[key]

    def scoring_rules(self):
        return list(self._remember("scoring_rules", super().scoring_rules))

    def put_scoring_rules(self, rules) -> None:
        self._memo.pop("scoring_rules", None)
        super().put_scoring_rules(rules)

    def duty_roster(self, at: datetime):
        return self._remember(("duty_roster", at), lambda: super(SqlStore, self).duty_roster(at))

    def channel_workflow(self, channel_id: int):
        return self._remember(("workflow", channel_id),
                              lambda: super(SqlStore, self).channel_workflow(channel_id))

    def set_channel_workflow(self, channel_id: int, *args: Any) -> None:
        self._memo.pop(("workflow", channel_id), None)
        super().set_channel_workflow(channel_id, *args)

    def candidates(self, with_load: bool):
        if with_load:  # open-lead counts change with every assignment: always read
            return super().candidates(True)
        return list(self._remember("candidates", lambda: super(SqlStore, self).candidates(False)))

    def team_addresses(self) -> set[str]:
        return set(self._remember("team_addresses", super().team_addresses))

    # channels
    def channel_by_name(self, name: str) -> ChannelInfo | None:
        row = self.session.scalars(select(Channel).where(Channel.name == name)).first()
        return _channel_info(row) if row else None

    def add_channel(self, kind: ChannelKind, name: str, sla_seconds: int) -> ChannelInfo:
        channel = Channel(kind=kind.value, name=name, sla_seconds=sla_seconds,
                          assignment_targets={}, settings={})
        self.session.add(channel)
        self.session.flush()
        return _channel_info(channel)

    # contacts
    # A contact made in this transaction is known without asking the database again: a
    # batch of mail makes hundreds, and each arrival asks for its identities and history.
    def contact_by_identity(self, kind: IdentityKind, value: str) -> int | None:
        key = ("owner", kind.value, value)
        return self._remember(key, lambda: self.session.connection().execute(
            _IDENTITY_OWNER, {"kind": kind.value, "value": value}).scalar())

    def add_contact(self, display_name: str, created_at: datetime,
                    city: str | None = None) -> int:
        contact_id = self._insert(Contact.__table__, {"display_name": display_name[:300],
                                                      "created_at": created_at,
                                                      "city": city[:200] if city else None})
        self._memo[("new_contact", contact_id)] = _NewContact(display_name[:300])
        return contact_id

    def add_identity(self, contact_id: int, kind: IdentityKind, value: str, raw: str) -> None:
        self.session.connection().execute(_plain_insert(ContactIdentity.__table__), {
            "contact_id": contact_id, "kind": kind.value, "value": value, "raw": raw[:320]})
        self._memo[("owner", kind.value, value)] = contact_id
        new = self._memo.get(("new_contact", contact_id))
        if new is not None:
            new.identities.append((kind.value, value))

    def contact_label(self, contact_id: int) -> tuple[str, list[str]]:
        new = self._memo.get(("new_contact", contact_id))
        if new is not None:
            return new.name, [value for _kind, value in new.identities]
        name = self.session.connection().execute(_CONTACT_NAME, {"id": contact_id}).scalar()
        values = list(self.session.connection().execute(
            _CONTACT_VALUES, {"id": contact_id}).scalars())
        return name or "", values

    def contact_facts(self, contact_id: int, lead_id: int) -> tuple[set[str], int, bool]:
        new = self._memo.get(("new_contact", contact_id))
        if new is not None:
            earlier = len([lead for lead in new.leads if lead != lead_id])
            return {kind for kind, _value in new.identities}, earlier, False
        return super().contact_facts(contact_id, lead_id)

    def merge_contacts(self, keep_id: int, other_id: int) -> int:
        self._memo = {k: v for k, v in self._memo.items()
                      if k[0] not in ("owner", "new_contact")}
        return super().merge_contacts(keep_id, other_id)

    def add_deal(self, **fields: Any) -> int:
        self._memo.pop(("new_contact", fields.get("contact_id")), None)
        return super().add_deal(**fields)

    # leads and messages
    def _insert(self, table, fields: dict[str, Any]) -> int:
        """One row by a plain INSERT ... RETURNING id: a lead arrives with half a dozen
        rows, and the ORM's unit of work would cost several times more per row."""
        return self.session.connection().execute(_returning_insert(table), fields).scalar_one()

    def add_lead(self, **fields: Any) -> int:
        lead_id = self._insert(Lead.__table__, {"version": 1, **fields})
        new = self._memo.get(("new_contact", fields.get("contact_id")))
        if new is not None:
            new.leads.append(lead_id)
        return lead_id

    def add_message(self, **fields: Any) -> int:
        if fields.get("delivery_state") == "queued":
            fields.setdefault("next_attempt_at", fields.get("sent_at"))
        return self._insert(Message.__table__, fields)

    def add_audit(self, lead_id: int | None, action: str, actor_id: int | None,
                  at: datetime, detail: dict[str, Any]) -> None:
        self.session.connection().execute(_plain_insert(AuditEvent.__table__), {
            "lead_id": lead_id, "action": action, "actor_id": actor_id, "at": at,
            "detail": detail})

    def index_lead(self, lead_id: int, document: str) -> None:
        """Index a new lead for search (``reindex_lead`` replaces an entry)."""
        search_index.upsert(self.session.connection(), lead_id, document, new=True)

    def move_in_rollups(self, before: LeadFacts | None, after: LeadFacts | None,
                        zone: str) -> None:
        """Move a lead in the rollups from the cells of ``before`` to those of ``after``
        (None: not counted on that side, as a lead arriving), writing only the cells that
        change."""
        tz = company_zone(zone)
        move_cells(self.session.connection(), None if before is None else cells_of(before, tz),
                   None if after is None else cells_of(after, tz))

    def recount_rollups(self, zone: str) -> int:
        """Count every lead into the rollups again (after the company zone changed)."""
        return rebuild_rollups(self.session.connection(), company_zone(zone))

    def count_won_deal(self, lead: LeadFacts, stage: str, amount: Decimal, sign: int,
                       zone: str) -> None:
        """Count a won deal's money with its lead (nothing for an open or lost deal)."""
        count_deal(self.session.connection(), lead.channel_kind,
                   deal_cell(lead, stage, amount, company_zone(zone)), sign)

    # settings
    def get_setting(self, key: str) -> dict[str, Any] | None:
        return self._remember(("setting", key), lambda: self.session.scalar(
            select(Setting.value).where(Setting.key == key)))

    def put_setting(self, key: str, value: dict[str, Any]) -> None:
        self._memo[("setting", key)] = value
        existing = self.session.get(Setting, key)
        if existing is None:
            self.session.add(Setting(key=key, value=value))
        else:
            self.session.execute(update(Setting).where(Setting.key == key).values(value=value))

    # messages
    def message_exists(self, channel_id: int, external_id: str) -> bool:
        """True if the channel already has a message with this external id."""
        return self.session.scalar(
            select(Message.id).where(Message.channel_id == channel_id,
                                     Message.external_id == external_id).limit(1)
        ) is not None


@dataclass
class _NewContact:
    """A contact made in this transaction: its name, identities and leads so far."""

    name: str
    identities: list[tuple[str, str]] = field(default_factory=list)
    leads: list[int] = field(default_factory=list)


# Statements a lead's arrival runs every time, built once: building a statement costs
# more than running it on SQLite.
_IDENTITY_OWNER = select(ContactIdentity.contact_id).where(
    ContactIdentity.kind == bindparam("kind"), ContactIdentity.value == bindparam("value"))
_CONTACT_NAME = select(Contact.display_name).where(Contact.id == bindparam("id"))
_CONTACT_VALUES = select(ContactIdentity.value).where(
    ContactIdentity.contact_id == bindparam("id")).order_by(ContactIdentity.id)


@cache
def _returning_insert(table):
    return insert(table).returning(table.c.id)


@cache
def _plain_insert(table):
    return insert(table)


def _channel_info(row: Channel) -> ChannelInfo:
    return ChannelInfo(row.id, ChannelKind(row.kind), row.name, row.is_lead_source,
                       row.sla_seconds)
