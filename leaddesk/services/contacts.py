"""Contacts: merging two records of one person."""

from __future__ import annotations

from datetime import UTC, datetime

from leaddesk.domain.codes import ChangeKind, Entity
from leaddesk.domain.inbox import search_document
from leaddesk.services.arrival import rescore_open_lead
from leaddesk.services.ports import UnitOfWork, UnitOfWorkFactory
from leaddesk.services.workflow_errors import NotAllowed


def merge_contacts(uow_factory: UnitOfWorkFactory, keep_id: int, other_id: int,
                   actor_id: int | None, now: datetime | None = None) -> int:
    """Merge ``other_id`` into ``keep_id``: every lead, deal and identity moves over, the
    history stays with the leads, and ``other_id`` points at ``keep_id`` from now on.
    Returns how many leads moved."""
    if keep_id == other_id:
        raise NotAllowed("same_contact")
    moment = now or datetime.now(UTC)
    with uow_factory() as uow:
        moved = merge_in(uow, keep_id, other_id, actor_id, moment)
        uow.commit()
        return moved


def merge_in(uow: UnitOfWork, keep_id: int, other_id: int, actor_id: int | None,
             moment: datetime) -> int:
    """``merge_contacts`` inside the caller's unit of work."""
    store = uow.store
    other_label, _ = store.contact_label(other_id)
    moved_leads = store.leads_of_contact(other_id)
    moved = store.merge_contacts(keep_id, other_id)
    label, identities = store.contact_label(keep_id)
    for lead_id in store.leads_of_contact(keep_id):  # the moved ones are among them now
        lead = store.lead_state(lead_id)
        if lead is None:
            continue
        store.reindex_lead(lead_id, lambda subject, preview: search_document(
            subject, preview, label, identities))
        rescore_open_lead(store, lead_id)  # phone and email may both be known now
        if lead_id in moved_leads:
            store.add_audit(lead_id, "contact_merged", actor_id, moment,
                            {"from": other_label, "into": label})
        uow.changed(Entity.LEAD, lead_id, ChangeKind.UPDATED)
    uow.changed(Entity.CONTACT, keep_id, ChangeKind.UPDATED)
    uow.changed(Entity.CONTACT, other_id, ChangeKind.UPDATED)
    return moved
