"""The rules supervisors set: people, channel assignment and SLA, reject reasons, reply
templates, scoring rules and warmth thresholds."""

from __future__ import annotations

from datetime import UTC, datetime

from leaddesk.domain import scoring
from leaddesk.domain.assignment import AssignmentRule
from leaddesk.domain.codes import ChangeKind, Entity, Role
from leaddesk.services.arrival import THRESHOLDS_KEY
from leaddesk.services.ports import TemplateInfo, UnitOfWorkFactory


def add_user(uow_factory: UnitOfWorkFactory, login: str, name: str, role: Role,
             rank: int = 0, email: str | None = None) -> int:
    """Add a person to the desk. Raises ValueError when the login is taken or empty."""
    login = login.strip()
    if not login or not name.strip():
        raise ValueError("login and name are required")
    with uow_factory() as uow:
        if uow.store.user_by_login(login) is not None:
            raise ValueError(f"the login {login} is taken")
        user_id = uow.store.add_user(login=login, name=name.strip(), role=role.value, rank=rank,
                                     email=email, active=True, created_at=datetime.now(UTC))
        uow.changed(Entity.USER, user_id, ChangeKind.CREATED)
        uow.commit()
        return user_id


def set_channel_workflow(uow_factory: UnitOfWorkFactory, channel_id: int, rule: AssignmentRule,
                         sla_seconds: int, reject_reason_required: bool) -> None:
    if sla_seconds < 0:
        raise ValueError("the SLA cannot be negative")
    with uow_factory() as uow:
        uow.store.set_channel_workflow(channel_id, rule, sla_seconds, reject_reason_required)
        uow.changed(Entity.CHANNEL, channel_id, ChangeKind.UPDATED)
        uow.commit()


def set_reject_reasons(uow_factory: UnitOfWorkFactory, titles: list[str]) -> None:
    """The list of reasons, in order; empty and repeated titles are dropped."""
    clean: list[str] = []
    for title in (t.strip() for t in titles):
        if title and title not in clean:
            clean.append(title[:200])
    with uow_factory() as uow:
        uow.store.put_reject_reasons(clean)
        uow.changed(Entity.SETTINGS, 0, ChangeKind.UPDATED)
        uow.commit()


def set_templates(uow_factory: UnitOfWorkFactory, templates: list[TemplateInfo]) -> None:
    with uow_factory() as uow:
        uow.store.put_templates([t for t in templates if t.title.strip() and t.body.strip()])
        uow.changed(Entity.SETTINGS, 0, ChangeKind.UPDATED)
        uow.commit()


def set_scoring(uow_factory: UnitOfWorkFactory, rules: list[scoring.ScoringRule],
                thresholds: scoring.Thresholds) -> None:
    """Replace the scoring rules and thresholds; they apply to leads from now on."""
    if thresholds.hot <= thresholds.warm:
        raise ValueError("the hot threshold must be above the warm one")
    with uow_factory() as uow:
        uow.store.put_scoring_rules(rules)
        uow.store.put_setting(THRESHOLDS_KEY, {"warm": thresholds.warm, "hot": thresholds.hot})
        uow.changed(Entity.SETTINGS, 0, ChangeKind.UPDATED)
        uow.commit()
