"""Company-wide settings kept in the database: the time zone first of all."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from leaddesk.domain.codes import ChangeKind, Entity
from leaddesk.domain.timefmt import DEFAULT_TIME_ZONE, TIME_ZONE_KEY, company_zone
from leaddesk.services.ports import ReadModel, Store, UnitOfWork, UnitOfWorkFactory

__all__ = ["TIME_ZONE_KEY", "put_time_zone", "set_time_zone", "time_zone", "zone_name"]


def time_zone(reader: ReadModel) -> ZoneInfo:
    """The company time zone (Moscow time until a supervisor sets another)."""
    value = reader.setting(TIME_ZONE_KEY) or {}
    return company_zone(value.get("name", DEFAULT_TIME_ZONE))


def zone_name(store: Store) -> str:
    """The company time zone's name, read inside a unit of work ("" until one is set)."""
    return (store.get_setting(TIME_ZONE_KEY) or {}).get("name", "")


def set_time_zone(uow_factory: UnitOfWorkFactory, name: str) -> str:
    """Set the company time zone by IANA name, and count the report rollups again in it
    (about 20 s per million leads). Raises ValueError for an unknown name."""
    zone = company_zone(name)
    if zone.key != name:
        raise ValueError(f"unknown time zone: {name}")
    with uow_factory() as uow:
        put_time_zone(uow, name)
        uow.commit()
    return name


def put_time_zone(uow: UnitOfWork, name: str) -> None:
    """Set the company zone inside an open unit of work; when it changes, the report
    rollups are counted anew (hours, weekdays and days of reports are the company's)."""
    current = zone_name(uow.store)
    if current == name:
        return
    if company_zone(current).key != name:  # "" (never set) counts as the default zone
        uow.store.recount_rollups(name)
    uow.store.put_setting(TIME_ZONE_KEY, {"name": name})
    uow.changed(Entity.SETTINGS, 0, ChangeKind.UPDATED)
