"""What happens the moment a lead arrives: scoring, warmth, SLA deadline and an owner."""

from __future__ import annotations

from datetime import datetime

from leaddesk.domain import assignment, scoring
from leaddesk.domain.codes import ChannelKind, IdentityKind, LeadStatus, Warmth
from leaddesk.domain.sla import sla_deadline
from leaddesk.services.ports import ChannelWorkflow, LeadState, Store

ROUND_ROBIN_KEY = "assignment.round_robin.{channel_id}"
THRESHOLDS_KEY = "scoring.thresholds"


def thresholds(store: Store) -> scoring.Thresholds:
    value = store.get_setting(THRESHOLDS_KEY) or {}
    default = scoring.Thresholds()
    return scoring.Thresholds(int(value.get("warm", default.warm)),
                              int(value.get("hot", default.hot)))


def rescore(store: Store, lead: LeadState, text: str) -> tuple[int, Warmth]:
    """The lead's score from the current rules, and its warmth (unless set by hand)."""
    facts = lead_facts(store, lead, text)
    points, _matched = scoring.score(store.scoring_rules(), facts)
    warmth = Warmth(lead.warmth) if lead.warmth_manual else scoring.warmth_for(
        points, thresholds(store))
    return points, warmth


def lead_facts(store: Store, lead: LeadState, text: str) -> scoring.LeadFacts:
    kinds: set[str] = set()
    earlier, converted = 0, False
    if lead.contact_id is not None:
        kinds, earlier, converted = store.contact_facts(lead.contact_id, lead.id)
    return scoring.LeadFacts(
        text=f"{lead.subject}\n{text}", channel_kind=lead.channel_kind,
        has_product=bool(lead.product), has_phone=IdentityKind.PHONE.value in kinds,
        has_email=IdentityKind.EMAIL.value in kinds, earlier_leads=earlier,
        converted_before=converted,
    )


def on_arrival(store: Store, lead: LeadState, text: str, now: datetime,
               taken_by: int | None = None,
               history: bool = False) -> tuple[dict, assignment.Decision]:
    """Score a lead that is arriving, set its SLA deadline and apply its channel's
    assignment rule (unless someone ``taken_by`` already has it).

    ``history``: the request comes from a channel's past (a first sync reaching back):
    its answer clock starts now, not when it was written.
    ``lead`` is the lead as it is about to be stored; the result is the fields to store
    with it (score, warmth, deadline, owner) and the decision. Runs inside the unit of work
    that records the lead; the round-robin cursor is stored in the same transaction, under
    a lock on the channel, so it stays fair across restarts and between desks.
    """
    channel = store.channel_workflow(lead.channel_id)
    points, warmth = rescore(store, lead, text)
    if taken_by is not None:
        decision = assignment.Decision(assignee_id=taken_by)
    else:
        decision = _apply_rule(store, channel, warmth, now)
    fields = dict(
        score=points, warmth=warmth.value,
        sla_due_at=sla_deadline(_clock_start(lead, channel, now, history),
                                channel.sla_seconds),
        assignee_id=decision.assignee_id,
        pool_role=decision.pool_role.value if decision.pool_role else None,
        unstaffed=decision.unstaffed,
    )
    return fields, decision


def _apply_rule(store: Store, channel: ChannelWorkflow, warmth: Warmth,
                now: datetime) -> assignment.Decision:
    store.lock_channel(channel.id)
    key = ROUND_ROBIN_KEY.format(channel_id=channel.id)
    last = (store.get_setting(key) or {}).get("last_user_id")
    decision = assignment.decide(channel.rule, warmth, candidates_now(store, channel, warmth, now),
                                 last)
    if decision.round_robin_last is not None:
        store.put_setting(key, {"last_user_id": decision.round_robin_last})
    return decision


def _clock_start(lead: LeadState, channel, now: datetime, history: bool) -> datetime:
    """When the first-response clock starts: at arrival, except for history (an imported
    call log, the month of mail a new mailbox brings): not overdue the moment it lands."""
    if history or channel.kind is ChannelKind.IMPORT:
        return max(now, lead.received_at)
    return lead.received_at


def candidates_now(store: Store, channel, warmth: Warmth,
                   now: datetime) -> list[assignment.Candidate]:
    """Active people with whether each is on duty for the channel now."""
    with_load = warmth is Warmth.HOT and channel.rule.hot_to_best
    roster = store.duty_roster(now)
    return [
        assignment.Candidate(c.user_id, c.role, c.rank,
                             roster.on_duty(c.user_id, channel.id, now), c.open_leads)
        for c in store.candidates(with_load)
    ]


def rescore_open_lead(store: Store, lead_id: int) -> bool:
    """Score an open lead again after a later event (its contact merged or grown, a new
    message); warmth follows unless it was set by hand. Returns True if anything changed."""
    lead = store.lead_state(lead_id)
    if lead is None or not LeadStatus(lead.status).is_open:
        return False
    points, warmth = rescore(store, lead, store.lead_text(lead_id))
    if points == lead.score and warmth.value == lead.warmth:
        return False
    store.update_lead(lead_id, None, score=points, warmth=warmth.value)
    return True
