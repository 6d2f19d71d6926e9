"""The ports: what the services need from the database and the channels.

Adapters implement these protocols; ``bootstrap.py`` hands the implementations over.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from leaddesk.domain.assignment import AssignmentRule, Candidate
from leaddesk.domain.changes import ChangeRecord
from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity, IdentityKind
from leaddesk.domain.duty import DutyRoster
from leaddesk.domain.email_account import EmailAccount
from leaddesk.domain.inbox import InboxFilter, InboxRow
from leaddesk.domain.invoice import InvoiceDocument
from leaddesk.domain.lead_card import LeadCard
from leaddesk.domain.mail import MailAttachment, ParsedMail
from leaddesk.domain.paging import PagePlan
from leaddesk.domain.rollup import LeadFacts
from leaddesk.domain.scoring import ScoringRule
from leaddesk.domain.vk import VkProfile, VkSettings


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    login: str
    name: str
    role: str
    active: bool


@dataclass(frozen=True, slots=True)
class ChannelInfo:
    id: int
    kind: ChannelKind
    name: str
    is_lead_source: bool
    sla_seconds: int


@dataclass(frozen=True, slots=True)
class LeadState:
    """A lead as the workflow sees it inside a unit of work (the row is locked for it)."""

    id: int
    channel_id: int
    channel_kind: str
    source: str | None
    contact_id: int | None
    status: str
    assignee_id: int | None
    pool_role: str | None
    warmth: str
    warmth_manual: bool
    score: int
    subject: str
    product: dict[str, Any] | None
    received_at: datetime
    first_response_at: datetime | None
    sla_due_at: datetime | None
    escalated_at: datetime | None
    postponed_until: datetime | None
    reject_reason_id: int | None
    version: int


@dataclass(frozen=True, slots=True)
class ChannelWorkflow:
    """A channel's workflow settings."""

    id: int
    kind: ChannelKind
    name: str
    rule: AssignmentRule
    sla_seconds: int
    reject_reason_required: bool


@dataclass(frozen=True, slots=True)
class DealState:
    id: int
    lead_id: int
    contact_id: int | None
    amount: Decimal
    currency: str
    stage: str
    channel_kind: str
    source: str | None


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    id: int | None
    title: str
    body: str
    is_script: bool = False
    channel_kind: str | None = None


@dataclass(frozen=True, slots=True)
class ReasonInfo:
    id: int
    title: str


@dataclass(frozen=True, slots=True)
class InvoiceSending:
    """What sending an invoice needs to know about it."""

    lead_id: int
    channel_id: int
    channel_kind: str
    number: int
    year: int
    pdf: bytes | None


@dataclass(frozen=True, slots=True)
class ContactMatch:
    id: int
    name: str
    identities: tuple[str, ...]
    leads: int


@dataclass(frozen=True, slots=True)
class Alert:
    """Something a person should be told about: from the audit log, so every desk sees it."""

    audit_id: int
    lead_id: int | None
    action: str
    at: datetime
    subject: str
    contact: str


@dataclass(frozen=True, slots=True)
class WonDeal:
    deal_id: int
    lead_id: int
    amount: Decimal
    product_title: str
    owner_id: int | None
    buyer: str
    closed_at: datetime


@dataclass(frozen=True, slots=True)
class FetchedMail:
    """One mail as a mailbox hands it over: its UID in the folder, its bytes, parsed."""

    uid: int
    raw: bytes
    parsed: ParsedMail
    internal_date: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReplyContext:
    """Whom an answer goes to and what it answers."""

    to_address: str
    to_name: str
    subject: str
    in_reply_to: str | None
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """An answer claimed from the outbox for delivery.

    ``header_id`` is the id the channel knows it by (an email's Message-ID), made before the
    first attempt and kept, so a retry is recognised as the same message.
    """

    id: int
    lead_id: int
    channel_id: int
    channel_kind: str
    text: str
    author: str
    attempts: int
    header_id: str | None
    reply: ReplyContext
    attachments: tuple[MailAttachment, ...] = ()


class DeliveryError(Exception):
    """A channel could not deliver a message. ``permanent``: retrying will not help."""

    def __init__(self, reason: str, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class ChannelSender(Protocol):
    """Delivers answers through one channel account."""

    def send(self, message: OutgoingMessage) -> str | None:
        """Deliver ``message``; return the channel's id for it where it gives one.

        Raises DeliveryError.
        """
        ...

    def header_id(self) -> str | None:
        """A new id for a message (an email's Message-ID), or None where the channel
        gives ids itself."""
        ...

    def check(self) -> None:
        """Connect and log in without sending (raises DeliveryError)."""
        ...

    def close(self) -> None: ...


class SenderRegistry(Protocol):
    """Which channels can deliver now, and their senders (one per channel, reused)."""

    def channel_ids(self) -> list[int]: ...
    def sender(self, channel_id: int) -> ChannelSender | None: ...
    def header_id(self, channel_id: int) -> str | None:
        """A new id for a message of the channel (an email's Message-ID), or None."""
        ...


class MailboxError(Exception):
    """The mail server cannot be reached or refuses us; ``reason`` is in plain words."""

    def __init__(self, reason: str, retry: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


class MailboxClient(Protocol):
    """One connection to a mailbox (IMAP). Not thread safe: one per worker thread."""

    def select(self, folder: str) -> tuple[int, int]:
        """Open ``folder``; return (UIDVALIDITY, UIDNEXT)."""
        ...

    def uids_after(self, last_uid: int) -> list[int]: ...
    def uids_since(self, day: date) -> list[int]:
        """UIDs of the mail that arrived on ``day`` or later."""
        ...

    def message_ids(self, uids: list[int]) -> dict[int, str | None]: ...
    def fetch(self, uids: list[int]) -> list[FetchedMail]: ...
    def wait_for_news(self, timeout: float, should_stop: Callable[[], bool]) -> bool:
        """Wait (IMAP IDLE) until the open folder changes, ``timeout`` passes or
        ``should_stop()``; True when something arrived."""
        ...

    def close(self) -> None: ...


class VkError(Exception):
    """The VK API refused or could not be reached; ``reason`` in plain words, ``code`` is
    VK's error code (0: a network failure), ``retry``: trying again later may help."""

    def __init__(self, reason: str, code: int = 0, retry: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code
        self.retry = retry


@dataclass(frozen=True, slots=True)
class VkConversation:
    peer_id: int
    last_message_id: int


class VkClient(Protocol):
    """The VK API and Bots Long Poll of one community (raises VkError)."""

    def group_name(self) -> str: ...
    def long_poll_server(self) -> tuple[str, str, str]:
        """(server, key, ts) from ``groups.getLongPollServer``."""
        ...

    def long_poll(self, server: str, key: str, ts: str, wait: int) -> dict[str, Any]:
        """One Long Poll request: the raw answer (``updates`` and ``ts``, or ``failed``)."""
        ...

    def conversations(self, offset: int, count: int) -> list[VkConversation]: ...
    def history(self, peer_id: int, offset: int, count: int) -> list[dict[str, Any]]:
        """Messages of a conversation, newest first (raw message objects)."""
        ...

    def profiles(self, user_ids: list[int]) -> list[VkProfile]: ...
    def send(self, peer_id: int, text: str, random_id: int) -> int: ...


class ChannelConnector(Protocol):
    """Opens connections to channel accounts (the adapters behind the channels)."""

    def open_mailbox(self, account: EmailAccount, password: str) -> MailboxClient: ...
    def email_sender(self, account: EmailAccount, password: str) -> ChannelSender: ...
    def mailbox_folders(self, account: EmailAccount, password: str) -> list[str]: ...
    def vk_client(self, settings: VkSettings, token: str) -> VkClient: ...
    def vk_sender(self, settings: VkSettings, token: str) -> ChannelSender: ...


class NotPermitted(RuntimeError):
    """The database refused: the signed-in person's role may not do this (team mode, where
    PostgreSQL itself enforces each role's rights). ``code`` is "not_permitted"."""

    code = "not_permitted"

    def __init__(self, detail: str = "") -> None:
        super().__init__(f"your role may not do this ({detail})" if detail
                         else "your role may not do this")
        self.detail = detail


class SecretsUnavailable(RuntimeError):
    """The system keyring cannot be used; ``reason`` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SecretStore(Protocol):
    """Passwords and tokens, in the system keyring (never in the database)."""

    def get(self, key: str) -> str | None: ...
    def put(self, key: str, value: str) -> None: ...
    def delete(self, key: str) -> None: ...
    def check(self) -> None:
        """Raise SecretsUnavailable when nothing could be stored."""
        ...


@dataclass(frozen=True, slots=True)
class SyncPosition:
    uidvalidity: int | None
    last_uid: int | None


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """The state of a channel account as the database knows it (every desk sees it)."""

    channel_id: int
    name: str
    kind: str
    is_lead_source: bool
    settings: dict[str, Any]
    last_sync_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    set_aside: int


@dataclass(frozen=True, slots=True)
class SetAsideInfo:
    id: int
    channel_id: int
    reason: str
    from_address: str
    subject: str
    received_at: datetime
    lead_id: int | None


class MailStore(Protocol):
    """What the email channel reads and writes inside one unit of work."""

    def channel_info(self, channel_id: int) -> ChannelInfo | None: ...
    def channel_settings(self, channel_id: int) -> dict[str, Any]: ...
    def put_channel_settings(self, channel_id: int, settings: dict[str, Any],
                             is_lead_source: bool) -> None: ...
    def team_addresses(self) -> set[str]: ...
    def lead_by_message_ids(self, channel_id: int, ids: tuple[str, ...]) -> int | None: ...
    def open_lead_by_thread_key(self, contact_id: int, thread_key: str) -> int | None: ...
    def known_external_ids(self, channel_id: int, ids: list[str]) -> set[str]: ...
    def add_set_aside(self, **fields: Any) -> int: ...
    def sync_position(self, channel_id: int, folder: str) -> SyncPosition: ...
    def put_sync_position(self, channel_id: int, folder: str, position: SyncPosition,
                          at: datetime) -> None: ...
    def note_sync_error(self, channel_id: int, folder: str, error: str | None,
                        at: datetime) -> None: ...
    def claim_outgoing(self, now: datetime, lease_until: datetime,
                       channel_ids: list[int] | None) -> int | None: ...
    def outgoing(self, message_id: int) -> OutgoingMessage | None: ...
    def set_header_id(self, message_id: int, header_id: str,
                      headers: dict[str, Any]) -> None: ...
    def finish_outgoing(self, message_id: int, state: str, error: str | None,
                        next_attempt_at: datetime | None) -> int: ...
    def message_author(self, message_id: int) -> int | None: ...
    def our_message(self, channel_id: int,
                    ids: tuple[str, ...]) -> tuple[int, int, int | None] | None: ...
    def message_delivery(self, message_id: int) -> str | None: ...


class WorkflowStore(Protocol):
    """What the lead workflow reads and writes inside one unit of work."""

    def lead_state(self, lead_id: int) -> LeadState | None: ...
    def update_lead(self, lead_id: int, expected_version: int | None, **fields: Any) -> bool: ...
    def claim_lead(self, lead_id: int, user_id: int) -> bool: ...
    def await_reply(self, lead_id: int, due: datetime) -> None: ...
    def last_change(self, lead_id: int) -> tuple[str | None, datetime | None]: ...
    def channel_workflow(self, channel_id: int) -> ChannelWorkflow: ...
    def set_channel_workflow(self, channel_id: int, rule: AssignmentRule, sla_seconds: int,
                             reject_reason_required: bool) -> None: ...
    def lock_channel(self, channel_id: int) -> None: ...
    def candidates(self, with_load: bool) -> list[Candidate]: ...
    def duty_roster(self, at: datetime) -> DutyRoster: ...
    def user(self, user_id: int) -> UserInfo | None: ...
    def user_by_login(self, login: str) -> UserInfo | None: ...
    def add_user(self, **fields: Any) -> int: ...
    def channel_of_kind(self, kind: ChannelKind) -> str | None: ...
    def users_in_role(self, role: str) -> list[UserInfo]: ...
    def reject_reason_title(self, reason_id: int) -> str | None: ...
    def move_in_rollups(self, before: LeadFacts | None, after: LeadFacts | None,
                        zone: str) -> None: ...
    def recount_rollups(self, zone: str) -> int: ...
    def count_won_deal(self, lead: LeadFacts, stage: str, amount: Decimal, sign: int,
                       zone: str) -> None: ...
    def scoring_rules(self) -> list[ScoringRule]: ...
    def contact_facts(self, contact_id: int, lead_id: int) -> tuple[set[str], int, bool]: ...
    def overdue_leads(self, now: datetime, limit: int) -> list[int]: ...
    def due_postponed(self, now: datetime, limit: int) -> list[int]: ...
    def add_deal(self, **fields: Any) -> int: ...
    def deal(self, deal_id: int) -> DealState | None: ...
    def update_deal(self, deal_id: int, **fields: Any) -> None: ...
    def next_invoice_number(self, year: int) -> int: ...
    def add_invoice(self, items: list[dict[str, Any]], **fields: Any) -> int: ...
    def set_invoice_pdf(self, invoice_id: int, pdf: bytes) -> None: ...
    def mark_invoice_sent(self, invoice_id: int, at: datetime) -> None: ...
    def add_attachment(self, message_id: int, name: str, mime: str, data: bytes) -> int: ...
    def add_link(self, message_id: int, name: str, mime: str, size: int, url: str) -> int: ...
    def merge_contacts(self, keep_id: int, other_id: int) -> int: ...
    def leads_of_contact(self, contact_id: int) -> list[int]: ...
    def lead_text(self, lead_id: int) -> str: ...
    def reindex_lead(self, lead_id: int, document: Callable[[str, str], str]) -> None: ...
    def put_reject_reasons(self, titles: list[str]) -> None: ...
    def put_templates(self, templates: list[TemplateInfo]) -> None: ...
    def put_scoring_rules(self, rules: list[ScoringRule]) -> None: ...


class PeopleStore(Protocol):
    """People and, in team mode, their own database logins."""

    def update_user(self, user_id: int, **fields: Any) -> None: ...
    def team_logins_supported(self) -> bool: ...
    def login_exists(self, login: str) -> bool: ...
    def database_logins(self) -> set[str]: ...
    def put_database_login(self, login: str, role: str, password: str | None) -> None: ...


class Store(WorkflowStore, MailStore, PeopleStore, Protocol):
    """The write side inside one unit of work."""

    def channel_by_name(self, name: str) -> ChannelInfo | None: ...
    def add_channel(self, kind: ChannelKind, name: str, sla_seconds: int) -> ChannelInfo: ...
    def contact_by_identity(self, kind: IdentityKind, value: str) -> int | None: ...
    def add_contact(self, display_name: str, created_at: datetime,
                    city: str | None = None) -> int: ...
    def add_identity(self, contact_id: int, kind: IdentityKind, value: str, raw: str) -> None: ...
    def contact_label(self, contact_id: int) -> tuple[str, list[str]]: ...
    def add_lead(self, **fields: Any) -> int: ...
    def add_message(self, **fields: Any) -> int: ...
    def add_audit(self, lead_id: int | None, action: str, actor_id: int | None,
                  at: datetime, detail: dict[str, Any]) -> None: ...
    def index_lead(self, lead_id: int, document: str) -> None: ...
    def get_setting(self, key: str) -> dict[str, Any] | None: ...
    def put_setting(self, key: str, value: dict[str, Any]) -> None: ...
    def message_exists(self, channel_id: int, external_id: str) -> bool: ...


class UnitOfWork(Protocol):
    """One transaction. Changes noted with ``changed()`` reach the change log on commit."""

    store: Store

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def changed(self, entity: Entity, entity_id: int, kind: ChangeKind) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]


class ReadModel(Protocol):
    """The read side: narrow, indexed queries that return plain data."""

    def inbox_count(self, flt: InboxFilter) -> int: ...
    def inbox_rows(self, flt: InboxFilter, plan: PagePlan) -> list[InboxRow]: ...
    def inbox_position(self, flt: InboxFilter, lead_id: int) -> int | None: ...
    def lead_card(self, lead_id: int) -> LeadCard | None: ...
    def users(self) -> list[UserInfo]: ...
    def channels(self) -> list[ChannelInfo]: ...
    def setting(self, key: str) -> dict[str, Any] | None: ...
    def lead_total(self) -> int: ...
    def reject_reasons(self) -> list[ReasonInfo]: ...
    def templates(self) -> list[TemplateInfo]: ...
    def scoring_rules(self) -> list[ScoringRule]: ...
    def channel_workflows(self) -> list[ChannelWorkflow]: ...
    def invoice_document(self, invoice_id: int) -> InvoiceDocument | None: ...
    def invoice_sending(self, invoice_id: int) -> InvoiceSending | None: ...
    def find_contacts(self, text: str, limit: int) -> list[ContactMatch]: ...
    def alerts(self, user_id: int, role: str, after_id: int, limit: int) -> list[Alert]: ...
    def last_audit_id(self) -> int: ...
    def recent_won_deals_without_invoice(self, limit: int) -> list[WonDeal]: ...
    def sla_due_soon(self, user_id: int, now: datetime, within_seconds: int,
                     limit: int) -> list[tuple[int, datetime, str]]: ...
    def account_statuses(self, kind: ChannelKind | None = None) -> list[AccountStatus]: ...
    def set_aside_mail(self, channel_id: int | None, limit: int) -> list[SetAsideInfo]: ...
    def set_aside_raw(self, item_id: int) -> bytes | None: ...
    def attachment(self, attachment_id: int) -> tuple[str, str, bytes] | None: ...
    def message_raw(self, message_id: int) -> bytes | None: ...


class ChangeFeed(Protocol):
    """Follows the change log. ``poll()`` returns what other connections committed since;
    ``wait(timeout)`` returns when there may be something to poll (a PostgreSQL
    notification) or after at most ``timeout`` seconds. Both raise when the database
    connection is lost; the caller then opens a new feed."""

    def wait(self, timeout: float) -> None: ...
    def poll(self) -> tuple[list[ChangeRecord], bool]: ...
    def close(self) -> None: ...


class BulkLoader(Protocol):
    """Fast loading of many rows at once (demo data, imports), bypassing the ORM."""

    def wipe_leads(self) -> None: ...
    def drop_indexes(self) -> None: ...
    def insert(self, table: str, columns: list[str], rows: Iterable[tuple]) -> None: ...
    def next_id(self, table: str) -> int: ...
    def finish(self) -> None: ...
    def abort(self) -> None: ...


CHAT_DELIVERY_LEASE = 0
"""The lease key of the web chat's outbox delivery (``serve-intake``): no channel has id 0."""


class ChannelLease(Protocol):
    """Who runs a channel's intake worker: one desk at a time (team mode), with takeover.

    Non-blocking: a desk that is refused waits and tries again; when the holder's desk
    closes, crashes or loses the network, its lease goes with it and the next try succeeds.
    Use one lease from one thread at a time.
    """

    def try_acquire(self) -> bool:
        """Take the lease if nobody holds it (True also when it is ours already).

        Raises an exception when the database cannot be reached (nobody can tell then)."""
        ...

    def still_held(self) -> bool:
        """Whether the lease is still ours. False once it was lost (the session that held
        it died) or released: the worker stops fetching and goes back to ``try_acquire``."""
        ...

    def holder(self) -> str | None:
        """Who holds the lease, for people to read (``login@computer``), if knowable."""
        ...

    def release(self) -> None:
        """Give the lease up (nothing happens when it is not held)."""
        ...
