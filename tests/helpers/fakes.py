"""In-memory stand-ins for the ports, for service tests that need no database."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from leaddesk.domain.assignment import AssignmentRule
from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity, IdentityKind
from leaddesk.domain.duty import DutyRoster
from leaddesk.domain.scoring import DEFAULT_RULES
from leaddesk.services.ports import ChannelInfo, ChannelWorkflow, LeadState


class FakeStore:
    def __init__(self) -> None:
        self.channels: dict[str, ChannelInfo] = {}
        self.contacts: dict[int, str] = {}
        self.identities: dict[tuple[str, str], int] = {}
        self.leads: dict[int, dict[str, Any]] = {}
        self.messages: list[dict[str, Any]] = []
        self.audit: list[tuple] = []
        self.search: dict[int, str] = {}
        self.rollup: dict[tuple, int] = {}
        self.settings: dict[str, dict[str, Any]] = {}

    def channel_by_name(self, name: str) -> ChannelInfo | None:
        return self.channels.get(name)

    def add_channel(self, kind: ChannelKind, name: str, sla_seconds: int) -> ChannelInfo:
        info = ChannelInfo(len(self.channels) + 1, kind, name, True, sla_seconds)
        self.channels[name] = info
        return info

    def contact_by_identity(self, kind: IdentityKind, value: str) -> int | None:
        return self.identities.get((kind.value, value))

    def add_contact(self, display_name: str, created_at: datetime,
                    city: str | None = None) -> int:
        contact_id = len(self.contacts) + 1
        self.contacts[contact_id] = display_name
        return contact_id

    def add_identity(self, contact_id: int, kind: IdentityKind, value: str, raw: str) -> None:
        self.identities[(kind.value, value)] = contact_id

    def contact_label(self, contact_id: int) -> tuple[str, list[str]]:
        values = [v for (_k, v), c in self.identities.items() if c == contact_id]
        return self.contacts[contact_id], values

    def add_lead(self, **fields: Any) -> int:
        lead_id = len(self.leads) + 1
        self.leads[lead_id] = fields
        return lead_id

    def add_message(self, **fields: Any) -> int:
        self.messages.append(fields)
        return len(self.messages)

    def add_audit(self, lead_id, action, actor_id, at, detail) -> None:
        self.audit.append((lead_id, action, detail))

    def index_lead(self, lead_id: int, document: str) -> None:
        self.search[lead_id] = document

    def move_in_rollups(self, before, after, zone) -> None:
        for facts, sign in ((before, -1), (after, +1)):
            if facts is not None:
                key = (facts.received_at.replace(minute=0, second=0, microsecond=0),
                       facts.channel_kind, facts.status)
                self.rollup[key] = self.rollup.get(key, 0) + sign

    def get_setting(self, key: str) -> dict[str, Any] | None:
        return self.settings.get(key)

    # what arrival needs: a channel without rules and nobody to assign to
    def lead_state(self, lead_id: int) -> LeadState | None:
        lead = self.leads.get(lead_id)
        if lead is None:
            return None
        values = {name: lead.get(name) for name in LeadState.__slots__}
        values.update(id=lead_id, warmth_manual=bool(lead.get("warmth_manual")),
                      score=lead.get("score") or 0, version=lead.get("version") or 1)
        return LeadState(**values)

    def update_lead(self, lead_id: int, expected_version: int | None, **fields: Any) -> bool:
        self.leads[lead_id].update(fields)
        return True

    def channel_workflow(self, channel_id: int) -> ChannelWorkflow:
        info = next(c for c in self.channels.values() if c.id == channel_id)
        return ChannelWorkflow(info.id, info.kind, info.name, AssignmentRule(),
                               info.sla_seconds, False)

    def lock_channel(self, channel_id: int) -> None:
        pass

    def scoring_rules(self) -> list:
        return list(DEFAULT_RULES)

    def contact_facts(self, contact_id: int, lead_id: int) -> tuple[set[str], int, bool]:
        kinds = {k for (k, _v), c in self.identities.items() if c == contact_id}
        earlier = sum(1 for i, lead in self.leads.items()
                      if lead.get("contact_id") == contact_id and i != lead_id)
        return kinds, earlier, False

    def candidates(self, with_load: bool) -> list:
        return []

    def duty_roster(self, at: datetime) -> DutyRoster:
        return DutyRoster((), (), ZoneInfo("Europe/Moscow"))

    def user(self, user_id: int):
        return None

    def put_setting(self, key: str, value: dict[str, Any]) -> None:
        self.settings[key] = value

    def message_exists(self, channel_id: int, external_id: str) -> bool:
        return any(m.get("channel_id") == channel_id and m.get("external_id") == external_id
                   for m in self.messages)


class FakeUnitOfWork:
    """Shares one FakeStore between units of work; commits are counted, not undone."""

    def __init__(self, store: FakeStore | None = None) -> None:
        self.store = store or FakeStore()
        self.committed: list[tuple[Entity, int, ChangeKind]] = []
        self._pending: list[tuple[Entity, int, ChangeKind]] = []

    def __call__(self) -> FakeUnitOfWork:
        return self

    def __enter__(self) -> FakeUnitOfWork:
        self._pending = []
        return self

    def __exit__(self, *exc: object) -> None:
        self._pending = []

    def changed(self, entity: Entity, entity_id: int, kind: ChangeKind) -> None:
        self._pending.append((entity, entity_id, kind))

    def commit(self) -> None:
        self.committed += self._pending
        self._pending = []

    def rollback(self) -> None:
        self._pending = []
