"""The lead card's actions: take, assign, reject, postpone, reopen, notes, warmth.

Each action is one unit of work: it locks the lead, checks it is still as the user saw
it (``expected_version``), writes the change, an audit event (the card's history, and the
notifications of other desks) and the rollup move, and notes the change for every desk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from leaddesk.domain.codes import (
    ChangeKind,
    DeliveryState,
    Direction,
    Entity,
    LeadStatus,
    Role,
    Warmth,
)
from leaddesk.domain.rollup import COUNTED_FIELDS, LeadFacts
from leaddesk.domain.timefmt import company_zone
from leaddesk.services.company import zone_name
from leaddesk.services.ports import LeadState, Store, UnitOfWork, UnitOfWorkFactory
from leaddesk.services.workflow_errors import (
    AlreadyTaken,
    LeadChanged,
    LeadNotFound,
    NotAllowed,
    ReasonRequired,
)

BATCH = 200


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _local(store: Store, moment: datetime) -> str:
    return moment.astimezone(company_zone(zone_name(store))).strftime("%d.%m.%Y %H:%M")


def load_lead(uow: UnitOfWork, lead_id: int, expected_version: int | None) -> LeadState:
    lead = uow.store.lead_state(lead_id)
    if lead is None:
        raise LeadNotFound(lead_id)
    if expected_version is not None and lead.version != expected_version:
        by, at = uow.store.last_change(lead_id)
        raise LeadChanged(lead_id, by, at)
    return lead


def lead_facts(lead: LeadState, **changes: Any) -> LeadFacts:
    """What of the lead the rollups count, with ``changes`` (lead fields about to be
    written; those the rollups do not count are left out) applied."""
    facts = LeadFacts(lead.channel_id, lead.channel_kind, lead.source, lead.status,
                      lead.assignee_id, lead.reject_reason_id, lead.received_at,
                      lead.first_response_at, lead.sla_due_at)
    counted = {name: changes[name] for name in COUNTED_FIELDS if name in changes}
    return replace(facts, **counted) if counted else facts


def write_lead_change(uow: UnitOfWork, lead: LeadState, action: str, actor_id: int | None,
                      now: datetime, detail: dict[str, Any], **fields: Any) -> None:
    """Write ``fields`` to the lead, move it in the rollups, record the action."""
    store = uow.store
    if fields and not store.update_lead(lead.id, lead.version, **fields):
        by, at = store.last_change(lead.id)
        raise LeadChanged(lead.id, by, at)
    before, after = lead_facts(lead), lead_facts(lead, **fields)
    if after != before:
        store.move_in_rollups(before, after, zone_name(store))
    store.add_audit(lead.id, action, actor_id, now, detail)
    uow.changed(Entity.LEAD, lead.id, ChangeKind.UPDATED)


def _act(uow_factory: UnitOfWorkFactory, lead_id: int, expected_version: int | None,
         apply: Callable[[UnitOfWork, LeadState], None]) -> None:
    with uow_factory() as uow:
        lead = load_lead(uow, lead_id, expected_version)
        apply(uow, lead)
        uow.commit()


def require_open(lead: LeadState) -> None:
    if not LeadStatus(lead.status).is_open:
        raise NotAllowed("closed")


def _owner_name(store: Store, user_id: int | None) -> str:
    user = store.user(user_id) if user_id is not None else None
    return user.name if user else ""


def take_lead(uow_factory: UnitOfWorkFactory, lead_id: int, actor_id: int,
              now: datetime | None = None) -> None:
    """Take an unassigned lead (from the pool or the inbox): exactly one desk wins."""
    moment = _now(now)
    with uow_factory() as uow:
        store = uow.store
        try:
            lead = load_lead(uow, lead_id, None)
        except LeadNotFound:
            # in team mode a manager stops seeing a pool lead the moment another takes it
            # (leads are never deleted by the workflow): say so, without the name they
            # may not read
            raise AlreadyTaken(lead_id, None) from None
        require_open(lead)
        if lead.assignee_id == actor_id:
            return
        if lead.assignee_id is not None or not store.claim_lead(lead_id, actor_id):
            fresh = store.lead_state(lead_id)
            raise AlreadyTaken(lead_id, _owner_name(store, fresh.assignee_id if fresh else None))
        claimed = store.lead_state(lead_id)
        assert claimed is not None
        status = LeadStatus.IN_PROGRESS.value if lead.status == LeadStatus.NEW else lead.status
        write_lead_change(uow, claimed, "taken", actor_id, moment, {}, status=status,
                          pool_role=None, unstaffed=False)
        uow.commit()


def assign_lead(uow_factory: UnitOfWorkFactory, lead_id: int, actor_id: int,
                assignee_id: int, expected_version: int | None = None,
                now: datetime | None = None) -> None:
    """Give the lead to ``assignee_id`` (assign or reassign)."""
    moment = _now(now)

    def apply(uow: UnitOfWork, lead: LeadState) -> None:
        require_open(lead)
        person = uow.store.user(assignee_id)
        if person is None or not person.active:
            raise NotAllowed("inactive_user")
        if lead.assignee_id == assignee_id:
            return
        status = LeadStatus.IN_PROGRESS.value if lead.status == LeadStatus.NEW else lead.status
        detail = {"to": person.name, "to_id": assignee_id}
        if lead.assignee_id is not None:
            detail = {"from": _owner_name(uow.store, lead.assignee_id), **detail}
        write_lead_change(uow, lead, "assigned", actor_id, moment, detail, assignee_id=assignee_id,
               status=status, pool_role=None, unstaffed=False)

    _act(uow_factory, lead_id, expected_version, apply)


def reject_lead(uow_factory: UnitOfWorkFactory, lead_id: int, actor_id: int,
                reason_id: int | None, note: str = "", expected_version: int | None = None,
                now: datetime | None = None) -> None:
    """Reject the lead; the reason is mandatory where its channel says so."""
    moment = _now(now)

    def apply(uow: UnitOfWork, lead: LeadState) -> None:
        require_open(lead)
        store = uow.store
        title = store.reject_reason_title(reason_id) if reason_id is not None else None
        if reason_id is not None and title is None:
            raise ReasonRequired("unknown reason")
        if title is None and store.channel_workflow(lead.channel_id).reject_reason_required:
            raise ReasonRequired("this channel requires a reason")
        write_lead_change(uow, lead, "rejected", actor_id, moment,
               {"reason": title or "", "note": note.strip()},
               status=LeadStatus.REJECTED.value, reject_reason_id=reason_id,
               reject_note=note.strip() or None, closed_at=moment, postponed_until=None)

    _act(uow_factory, lead_id, expected_version, apply)


def postpone_lead(uow_factory: UnitOfWorkFactory, lead_id: int, actor_id: int,
                  until: datetime, note: str = "", expected_version: int | None = None,
                  now: datetime | None = None) -> None:
    """Put the lead aside until ``until``; then it returns to the inbox with a reminder."""
    moment = _now(now)
    if until <= moment:
        raise NotAllowed("in_the_past")

    def apply(uow: UnitOfWork, lead: LeadState) -> None:
        require_open(lead)
        write_lead_change(uow, lead, "postponed", actor_id, moment,
               {"until": _local(uow.store, until), "note": note.strip()},
               status=LeadStatus.POSTPONED.value, postponed_until=until)

    _act(uow_factory, lead_id, expected_version, apply)


def reopen_lead(uow_factory: UnitOfWorkFactory, lead_id: int, actor_id: int,
                expected_version: int | None = None, now: datetime | None = None) -> None:
    """Bring a rejected or postponed lead back to work (a converted one has its deal)."""
    moment = _now(now)

    def apply(uow: UnitOfWork, lead: LeadState) -> None:
        if lead.status == LeadStatus.CONVERTED:
            raise NotAllowed("converted")
        if lead.status not in (LeadStatus.REJECTED, LeadStatus.POSTPONED):
            raise NotAllowed("not_closed")
        status = LeadStatus.IN_PROGRESS if lead.assignee_id else LeadStatus.NEW
        write_lead_change(uow, lead, "reopened", actor_id, moment, {}, status=status.value,
               reject_reason_id=None, reject_note=None, closed_at=None, postponed_until=None)

    _act(uow_factory, lead_id, expected_version, apply)


def set_warmth(uow_factory: UnitOfWorkFactory, lead_id: int, actor_id: int, warmth: Warmth,
               now: datetime | None = None) -> None:
    """Set the warmth by hand: scoring leaves it alone from then on."""
    moment = _now(now)

    def apply(uow: UnitOfWork, lead: LeadState) -> None:
        if lead.warmth == warmth.value and lead.warmth_manual:
            return
        write_lead_change(uow, lead, "warmth", actor_id, moment, {"warmth": warmth.value},
               warmth=warmth.value, warmth_manual=True)

    _act(uow_factory, lead_id, None, apply)


def _add_team_message(store: Store, lead: LeadState, actor_id: int, moment: datetime,
                      text: str, direction: Direction, delivery: DeliveryState) -> int:
    text = text.strip()
    if not text:
        raise NotAllowed("empty")
    return store.add_message(
        lead_id=lead.id, channel_id=lead.channel_id, direction=direction.value,
        author=_owner_name(store, actor_id), author_user_id=actor_id, sent_at=moment,
        text=text, delivery_state=delivery.value,
    )


def add_note(uow_factory: UnitOfWorkFactory, lead_id: int, actor_id: int, text: str,
             now: datetime | None = None) -> int:
    """A note for the team, kept in the thread (never sent to the customer)."""
    moment = _now(now)
    with uow_factory() as uow:
        store = uow.store
        lead = load_lead(uow, lead_id, None)
        message_id = _add_team_message(store, lead, actor_id, moment, text, Direction.NOTE,
                                       DeliveryState.RECEIVED)
        store.add_audit(lead_id, "note", actor_id, moment, {})
        uow.changed(Entity.LEAD, lead_id, ChangeKind.UPDATED)
        uow.changed(Entity.MESSAGE, message_id, ChangeKind.CREATED)
        uow.commit()
        return message_id


def return_due_postponed(uow_factory: UnitOfWorkFactory, now: datetime | None = None) -> list[int]:
    """Postponed leads whose reminder is due go back to the inbox, with a reminder event."""
    moment = _now(now)
    returned: list[int] = []
    with uow_factory() as uow:
        for lead_id in uow.store.due_postponed(moment, BATCH):
            lead = load_lead(uow, lead_id, None)
            if lead.status != LeadStatus.POSTPONED:
                continue  # another desk got there first
            status = LeadStatus.IN_PROGRESS if lead.assignee_id else LeadStatus.NEW
            write_lead_change(uow, lead, "reminder", None, moment,
                   {"to": _owner_name(uow.store, lead.assignee_id),
                    "to_id": lead.assignee_id},
                   status=status.value, postponed_until=None)
            returned.append(lead_id)
        uow.commit()
    return returned


def escalate_overdue(uow_factory: UnitOfWorkFactory, now: datetime | None = None) -> list[int]:
    """Open leads past their first-response deadline go to the supervisors' attention.

    Each is escalated once; where the channel says so it is also reassigned to a
    supervisor on duty.
    """
    moment = _now(now)
    escalated: list[int] = []
    with uow_factory() as uow:
        store = uow.store
        supervisors = [u for u in store.users_in_role(Role.SUPERVISOR.value) if u.active]
        roster = store.duty_roster(moment)
        for lead_id in store.overdue_leads(moment, BATCH):
            lead = load_lead(uow, lead_id, None)
            if lead.escalated_at is not None or lead.first_response_at is not None:
                continue  # another desk got there first, or it was answered meanwhile
            channel = store.channel_workflow(lead.channel_id)
            on_duty = [u for u in supervisors if roster.on_duty(u.id, channel.id, moment)]
            fields: dict[str, Any] = {"escalated_at": moment}
            detail: dict[str, Any] = {"to": ", ".join(u.name for u in on_duty or supervisors),
                                      "to_ids": [u.id for u in on_duty or supervisors]}
            if channel.rule.reassign_on_escalation and on_duty:
                fields.update(assignee_id=on_duty[0].id, pool_role=None)
                detail["from"] = _owner_name(store, lead.assignee_id)
            write_lead_change(uow, lead, "escalated", None, moment, detail, **fields)
            escalated.append(lead_id)
        uow.commit()
    return escalated


def queue_reply(uow_factory: UnitOfWorkFactory, lead_id: int, actor_id: int, text: str,
                now: datetime | None = None) -> int:
    """Put a reply to the customer into the outbox of the lead's channel.

    The channel's sender delivers it (and records a failure on the message, which stays
    in the outbox to be retried). The first reply stamps the lead's first response; a
    reply to an unassigned lead makes the writer its owner. Returns the message id.
    """
    moment = _now(now)
    with uow_factory() as uow:
        store = uow.store
        lead = load_lead(uow, lead_id, None)
        message_id = _add_team_message(store, lead, actor_id, moment, text, Direction.OUTBOUND,
                                       DeliveryState.QUEUED)
        fields: dict[str, Any] = {}
        if lead.first_response_at is None:
            fields["first_response_at"] = moment
        fields["reply_due_at"] = None  # answered: nothing of the customer's waits
        if lead.assignee_id is None:
            fields.update(assignee_id=actor_id, pool_role=None, unstaffed=False)
        if lead.status == LeadStatus.NEW:
            fields["status"] = LeadStatus.IN_PROGRESS.value
        write_lead_change(uow, lead, "replied", actor_id, moment, {}, **fields)
        uow.changed(Entity.MESSAGE, message_id, ChangeKind.CREATED)
        uow.commit()
        return message_id
