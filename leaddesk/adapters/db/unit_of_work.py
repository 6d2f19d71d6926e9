"""One transaction per user action; its change records are written inside it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from leaddesk.adapters.db.schema import ChangeLog
from leaddesk.adapters.db.store import SqlStore
from leaddesk.domain.codes import ChangeKind, Entity
from leaddesk.services.ports import NotPermitted

INSUFFICIENT_PRIVILEGE = "42501"  # also what a row-level security refusal reports


class SqlUnitOfWork:
    """Implements ``leaddesk.services.ports.UnitOfWork``.

    ``changed()`` notes what a service wrote; ``commit()`` adds one change-log row per
    distinct change in the same transaction, so a desk that follows the log can never see
    the data without the record, or the record without the data.
    """

    def __init__(self, session_factory: sessionmaker[Session], actor_id: int | None = None):
        self._session_factory = session_factory
        self._actor_id = actor_id
        self._changes: dict[tuple[Entity, int], ChangeKind] = {}
        self.session: Session | None = None

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._session_factory()
        self.store = SqlStore(self.session)
        self._changes = {}
        return self

    def __exit__(self, _type: object, error: object, _trace: object) -> None:
        assert self.session is not None
        self.rollback()
        self.session.close()
        if isinstance(error, DBAPIError) and \
                getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            detail = str(error.orig).splitlines()[0] if error.orig else ""
            raise NotPermitted(detail) from error

    def changed(self, entity: Entity, entity_id: int, kind: ChangeKind) -> None:
        key = (entity, entity_id)
        if self._changes.get(key) is not ChangeKind.CREATED:
            self._changes[key] = kind

    def commit(self) -> None:
        assert self.session is not None
        now = datetime.now(UTC)
        for (entity, entity_id), kind in self._changes.items():
            self.session.add(ChangeLog(at=now, entity=entity.value, entity_id=entity_id,
                                       kind=kind.value, actor_id=self._actor_id))
        self._changes = {}
        self.session.commit()

    def rollback(self) -> None:
        assert self.session is not None
        self._changes = {}
        self.session.rollback()


def unit_of_work_factory(engine: Engine, actor_id: int | None = None):
    """A factory of units of work on ``engine`` acting for ``actor_id``."""
    sessions = sessionmaker(engine, expire_on_commit=False)
    return lambda: SqlUnitOfWork(sessions, actor_id)
