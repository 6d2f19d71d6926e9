"""Importing leads from a CSV file: a dry run that tells what would happen, then the run.

Every row goes the one way every lead takes in, ``record_inbound_lead``. A row's message
gets the external id ``csv:<file fingerprint>:<line>``, so importing the same file into the
same channel again skips the rows that are in already.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from leaddesk.domain.codes import ChannelKind, IdentityKind
from leaddesk.domain.csv_import import ImportRow, RowError
from leaddesk.services.intake import (
    InboundRequest,
    UnknownChannel,
    ensure_channel,
    record_inbound_lead,
)
from leaddesk.services.ports import Store, UnitOfWorkFactory

IMPORT_CHANNEL = "Импорт"  # the channel imports go to unless told otherwise
IMPORT_CHANNEL_SLA_SECONDS = 24 * 3600
PROGRESS_EVERY = 100
SUBJECT_LENGTH = 200

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """What the import would do with one row.

    ``action``: "create" a new contact, "attach" to a known contact (``contact_id``) or
    to one an earlier row of the file creates (``contact_id`` None), or "skip" a row
    that an earlier import of the same file brought in already.
    """

    line: int
    contact_label: str
    contact_id: int | None
    action: Literal["create", "attach", "skip"]


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The dry run's answer. ``known_contacts`` counts distinct contacts already stored."""

    new_leads: int
    new_contacts: int
    known_contacts: int
    errors: list[RowError]
    rows: list[PlannedRow]
    already_imported: int = 0


@dataclass(frozen=True, slots=True)
class ImportResult:
    created: int
    errors: list[RowError]
    lead_ids: list[int] = field(default_factory=list)
    already_imported: int = 0


def external_id(fingerprint: str, line: int) -> str:
    """The message id a row of a file gets: the same file and line, the same id."""
    return f"csv:{fingerprint}:{line}"


def row_identities(row: ImportRow) -> tuple[tuple[IdentityKind, str], ...]:
    """The row's identities in the order intake looks the contact up by."""
    pairs = ((IdentityKind.PHONE, row.phone), (IdentityKind.EMAIL, row.email),
             (IdentityKind.VK, row.vk))
    return tuple((kind, value) for kind, value in pairs if value)


def row_label(row: ImportRow) -> str:
    """The customer as a person reads them: the name, else the first identity."""
    return row.name or next((value for _kind, value in row_identities(row)), "")


def ensure_import_channel(uow_factory: UnitOfWorkFactory) -> str:
    """Create the default import channel unless it exists. Returns its name."""
    ensure_channel(uow_factory, ChannelKind.IMPORT, IMPORT_CHANNEL, IMPORT_CHANNEL_SLA_SECONDS)
    return IMPORT_CHANNEL


def plan_import(uow_factory: UnitOfWorkFactory, channel_name: str | None,
                rows: Iterable[ImportRow | RowError], *,
                fingerprint: str | None = None) -> ImportPlan:
    """Tell what importing ``rows`` into the channel would do, writing nothing.

    Contacts are looked up as intake looks them up; a later row of the file with an
    identity of an earlier new contact attaches to it. With the file's ``fingerprint``,
    rows already imported are counted apart. ``channel_name`` None stands for a channel
    that does not exist yet and is created by the import.

    Raises UnknownChannel for a channel name that is not set up.
    """
    planned: list[PlannedRow] = []
    errors: list[RowError] = []
    new_contacts = 0
    known: set[int] = set()
    skipped = 0
    # identity -> ("stored", contact id) or ("new", number of the new contact in the file)
    owners: dict[tuple[IdentityKind, str], tuple[str, int]] = {}
    labels: dict[tuple[str, int], str] = {}
    with uow_factory() as uow:
        store = uow.store
        channel_id = _channel_id(store, channel_name) if channel_name is not None else None
        for row in rows:
            if isinstance(row, RowError):
                errors.append(row)
                continue
            if (channel_id is not None and fingerprint
                    and store.message_exists(channel_id, external_id(fingerprint, row.line))):
                skipped += 1
                planned.append(PlannedRow(row.line, row_label(row), None, "skip"))
                continue
            identities = row_identities(row)
            for identity in identities:
                if identity not in owners:
                    stored = store.contact_by_identity(*identity)
                    if stored is not None:
                        owners[identity] = ("stored", stored)
            owner = next((owners[i] for i in identities if i in owners), None)
            if owner is None:
                new_contacts += 1
                owner = ("new", new_contacts)
                labels[owner] = row_label(row)
                action: Literal["create", "attach"] = "create"
            else:
                action = "attach"
                if owner not in labels:
                    labels[owner] = store.contact_label(owner[1])[0] or row_label(row)
            if owner[0] == "stored":
                known.add(owner[1])
            for identity in identities:
                owners.setdefault(identity, owner)
            contact_id = owner[1] if owner[0] == "stored" else None
            planned.append(PlannedRow(row.line, labels[owner], contact_id, action))
        uow.rollback()
    return ImportPlan(new_leads=len(planned) - skipped, new_contacts=new_contacts,
                      known_contacts=len(known), errors=errors, rows=planned,
                      already_imported=skipped)


def run_import(uow_factory: UnitOfWorkFactory, channel_name: str,
               rows: Iterable[ImportRow | RowError], *, fingerprint: str,
               progress: Progress | None = None) -> ImportResult:
    """Record every valid row as a lead on the channel, one transaction per lead.

    Rows imported from the same file before (by ``fingerprint`` and line) are skipped.
    ``progress(done, total)`` is called every PROGRESS_EVERY rows and at the end.
    Raises UnknownChannel for a channel name that is not set up.
    """
    rows = list(rows)
    valid = [row for row in rows if isinstance(row, ImportRow)]
    errors = [row for row in rows if isinstance(row, RowError)]
    fresh = _not_imported_yet(uow_factory, channel_name, valid, fingerprint)
    lead_ids: list[int] = []
    total = len(fresh)
    for done, row in enumerate(fresh, start=1):
        lead_ids.append(record_inbound_lead(uow_factory, _request(channel_name, row,
                                                                  fingerprint)))
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    if progress is not None and total == 0:
        progress(0, 0)
    return ImportResult(created=len(lead_ids), errors=errors, lead_ids=lead_ids,
                        already_imported=len(valid) - total)


def _channel_id(store: Store, channel_name: str) -> int:
    channel = store.channel_by_name(channel_name)
    if channel is None:
        raise UnknownChannel(channel_name)
    return channel.id


def _not_imported_yet(uow_factory: UnitOfWorkFactory, channel_name: str,
                      rows: list[ImportRow], fingerprint: str) -> list[ImportRow]:
    with uow_factory() as uow:
        channel_id = _channel_id(uow.store, channel_name)
        fresh = [row for row in rows if not uow.store.message_exists(
            channel_id, external_id(fingerprint, row.line))]
        uow.rollback()
    return fresh


def _request(channel_name: str, row: ImportRow, fingerprint: str) -> InboundRequest:
    first_line = next((line.strip() for line in row.text.splitlines() if line.strip()), "")
    subject = row.subject or first_line[:SUBJECT_LENGTH] or row_label(row)
    return InboundRequest(
        channel_name=channel_name,
        received_at=row.received_at,
        text=row.text,
        subject=subject,
        contact_name=row.name,
        identities=row_identities(row),
        source=row.source,
        external_id=external_id(fingerprint, row.line),
    )
