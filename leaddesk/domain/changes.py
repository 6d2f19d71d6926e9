"""Change records: what a write did, so that every open desk refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from leaddesk.domain.codes import ChangeKind, Entity


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One row of the change log."""

    seq: int
    entity: Entity
    entity_id: int
    kind: ChangeKind


@dataclass(frozen=True)
class ChangeSet:
    """The changes seen in one poll, grouped so a widget can ask about what it cares for."""

    records: tuple[ChangeRecord, ...] = ()
    full_refresh: bool = False
    entity_ids: dict[Entity, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, records: list[ChangeRecord], full_refresh: bool = False) -> ChangeSet:
        grouped: dict[Entity, set[int]] = {}
        for record in records:
            grouped.setdefault(record.entity, set()).add(record.entity_id)
        return cls(
            tuple(records),
            full_refresh,
            {entity: frozenset(ids) for entity, ids in grouped.items()},
        )

    def touches(self, entity: Entity, entity_id: int | None = None) -> bool:
        """Whether this change set concerns ``entity`` (and that one id, when given)."""
        if self.full_refresh:
            return True
        ids = self.entity_ids.get(entity)
        if not ids:
            return False
        return entity_id is None or entity_id in ids

    @property
    def empty(self) -> bool:
        return not self.records and not self.full_refresh
