"""Who gets a lead the moment it arrives: the channel's assignment rule.

The decision is pure: the service gathers the candidates (who is active, on duty, how
many open leads each has) and the round-robin cursor, and stores what comes out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from leaddesk.domain.codes import Role, Warmth


class AssignmentMode(StrEnum):
    NONE = "none"  # dispatchers hand leads out by hand
    FIXED = "fixed"  # always one person
    POOL = "pool"  # everyone in a role sees it; the first to take it owns it
    ROUND_ROBIN = "round_robin"  # in turn over a list of people


@dataclass(frozen=True, slots=True)
class AssignmentRule:
    """A channel's rule, stored as ``channels.assignment_mode`` + ``assignment_targets``."""

    mode: AssignmentMode = AssignmentMode.NONE
    user_id: int | None = None
    role: Role = Role.MANAGER
    user_ids: tuple[int, ...] = ()
    hot_to_best: bool = False
    reassign_on_escalation: bool = False

    @classmethod
    def from_stored(cls, mode: str, targets: dict[str, Any] | None) -> AssignmentRule:
        targets = targets or {}
        try:
            parsed_mode = AssignmentMode(mode)
        except ValueError:
            parsed_mode = AssignmentMode.NONE
        try:
            role = Role(targets.get("role", Role.MANAGER.value))
        except ValueError:
            role = Role.MANAGER
        return cls(
            mode=parsed_mode,
            user_id=targets.get("user_id"),
            role=role,
            user_ids=tuple(int(u) for u in targets.get("user_ids", ())),
            hot_to_best=bool(targets.get("hot_to_best", False)),
            reassign_on_escalation=bool(targets.get("reassign_on_escalation", False)),
        )

    def targets(self) -> dict[str, Any]:
        """The ``assignment_targets`` to store."""
        return {"user_id": self.user_id, "role": self.role.value,
                "user_ids": list(self.user_ids), "hot_to_best": self.hot_to_best,
                "reassign_on_escalation": self.reassign_on_escalation}


@dataclass(frozen=True, slots=True)
class Candidate:
    """An active person as assignment sees them right now."""

    user_id: int
    role: Role
    rank: int  # higher is better
    on_duty: bool
    open_leads: int = 0


@dataclass(frozen=True, slots=True)
class Decision:
    assignee_id: int | None = None
    pool_role: Role | None = None
    unstaffed: bool = False  # nobody who could take it is on duty: flag it
    round_robin_last: int | None = None  # the new cursor, when round-robin chose
    reasons: tuple[str, ...] = field(default=())


def decide(rule: AssignmentRule, warmth: Warmth, candidates: Sequence[Candidate],
           round_robin_last: int | None = None) -> Decision:
    """Apply ``rule`` to a lead of ``warmth`` arriving now."""
    by_id = {c.user_id: c for c in candidates}
    if warmth is Warmth.HOT and rule.hot_to_best:
        best = best_ranked(candidates)
        if best is not None:
            return Decision(assignee_id=best, reasons=("hot_to_best",))
    if rule.mode is AssignmentMode.FIXED:
        person = by_id.get(rule.user_id) if rule.user_id is not None else None
        if person is not None and person.on_duty:
            return Decision(assignee_id=person.user_id, reasons=("fixed",))
        return Decision(unstaffed=True, reasons=("fixed_off_duty",))
    if rule.mode is AssignmentMode.POOL:
        staffed = any(c.on_duty and c.role is rule.role for c in candidates)
        return Decision(pool_role=rule.role, unstaffed=not staffed, reasons=("pool",))
    if rule.mode is AssignmentMode.ROUND_ROBIN:
        chosen = next_in_turn(rule.user_ids, by_id, round_robin_last)
        if chosen is None:
            return Decision(unstaffed=True, reasons=("round_robin_off_duty",))
        return Decision(assignee_id=chosen, round_robin_last=chosen, reasons=("round_robin",))
    return Decision()  # dispatchers hand it out; an unassigned lead shows as such


def next_in_turn(order: Sequence[int], by_id: dict[int, Candidate],
                 last: int | None) -> int | None:
    """The first person on duty after ``last`` in ``order``, wrapping around."""
    if not order:
        return None
    start = order.index(last) + 1 if last in order else 0
    for step in range(len(order)):
        user_id = order[(start + step) % len(order)]
        person = by_id.get(user_id)
        if person is not None and person.on_duty:
            return user_id
    return None


def best_ranked(candidates: Sequence[Candidate]) -> int | None:
    """The best-ranked manager on duty (fewest open leads breaks a tie), or None."""
    pool = [c for c in candidates if c.on_duty and c.role is Role.MANAGER]
    if not pool:
        return None
    return min(pool, key=lambda c: (-c.rank, c.open_leads, c.user_id)).user_id
