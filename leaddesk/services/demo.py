"""A realistic, reproducible 90-day history of leads, so every screen means something.

``fill_demo`` writes straight through a ``BulkLoader`` (no unit of work, no ORM), in
chunks of 20,000 leads, so memory stays flat: a million leads with their contacts,
messages, deals, history and search index load into SQLite in 70-80 s on two
cores (about 20 s of that is generating the rows in Python).

What it writes:

* Reference rows, only into an empty table: 8 users (2 dispatchers, 5 managers,
  1 supervisor), one channel per kind (email, VK, web chat, web form, phone), 6 reject
  reasons, and the ``company.time_zone`` setting (written together with the users). When
  a table already has rows, the demo assumes that ids ``1..n`` are the rows an earlier
  demo run created, in the order of ``demo_texts`` (channels: 1 email, 2 VK, 3 web chat,
  4 web form, 5 phone; users: 1-2 dispatchers, 3-7 managers, 8 the supervisor) and reads
  nothing back. A table with fewer rows than the demo needs raises ``DemoConflict``.
* Everything about leads is wiped first (``loader.wipe_leads()``) and generated anew.

Reproducible: the same ``seed`` and ``now`` give the same rows, byte for byte. Only
``random.Random(seed)`` is used, never the global generator or the wall clock.

Times are integers, microseconds since the epoch (UTC). The report rollups are counted
from the loaded leads when the loader finishes (the same cells every other writer uses).
"""

from __future__ import annotations

import contextlib
import json
import random
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import accumulate, islice
from zoneinfo import ZoneInfo

from leaddesk.domain.codes import LeadStatus
from leaddesk.domain.inbox import lead_preview
from leaddesk.domain.timefmt import to_us
from leaddesk.services import demo_texts as tx
from leaddesk.services.company import TIME_ZONE_KEY
from leaddesk.services.ports import BulkLoader

SECOND = 1_000_000
MINUTE = 60 * SECOND
HOUR = 3_600_000_000
DAY = 24 * HOUR
HISTORY_DAYS = 90
CHUNK_LEADS = 20_000
REPEAT_SHARE = 0.15
CONTACT_POOL = 50_000

KINDS = [kind for kind, _name, _sla, _required in tx.CHANNELS]
CHANNEL_IDS = {kind: i + 1 for i, kind in enumerate(KINDS)}
MANAGER_IDS = [i + 1 for i, u in enumerate(tx.USERS) if u[2] == "manager"]
DISPATCHER_IDS = [i + 1 for i, u in enumerate(tx.USERS) if u[2] == "dispatcher"]
USER_NAMES = {i + 1: u[1] for i, u in enumerate(tx.USERS)}
REASON_SPAM, REASON_NOT_REACHED, REASON_DUPLICATE = 1, 5, 6

# Leads per hour of the local day (relative), for working days and for weekends.
WEEKDAY_HOURS = [0.15, 0.08, 0.05, 0.04, 0.04, 0.06, 0.15, 0.35, 0.6, 1.0, 1.3, 1.5,
                 2.0, 2.1, 1.7, 1.4, 1.3, 1.4, 1.8, 2.1, 2.0, 1.6, 0.9, 0.45]
WEEKEND_HOURS = [0.25, 0.12, 0.06, 0.04, 0.04, 0.05, 0.08, 0.15, 0.3, 0.55, 0.9, 1.3,
                 1.7, 1.8, 1.6, 1.4, 1.3, 1.4, 1.7, 1.9, 1.8, 1.4, 0.9, 0.5]
DAY_FACTORS = [1.05, 1.0, 1.0, 0.97, 0.9, 0.6, 0.5]  # Monday .. Sunday

# Channel mix (email, vk, webchat, webform, phone): office hours, evenings/weekends, night.
MIX_OFFICE = [36, 19, 20, 12, 13]
MIX_EVENING = [22, 33, 20, 19, 6]
MIX_NIGHT = [35, 35, 12, 17, 1]

STATUSES = [LeadStatus.NEW.value, LeadStatus.IN_PROGRESS.value, LeadStatus.POSTPONED.value,
            LeadStatus.REJECTED.value, LeadStatus.CONVERTED.value]
S_NEW, S_PROGRESS, S_POSTPONED, S_REJECTED, S_CONVERTED = STATUSES
# Status by the lead's age: younger than 1 day, 3 days, 14 days, older.
STATUS_BY_AGE = [
    (1 * DAY, [70, 22, 2, 4, 2]),
    (3 * DAY, [35, 40, 7, 12, 6]),
    (14 * DAY, [10, 38, 9, 27, 16]),
    (None, [4, 28, 8, 41, 19]),
]
# Reject reasons (ids 1..6) per channel.
REASONS_BY_KIND = {
    "email": [10, 22, 28, 25, 12, 3],
    "vk": [4, 25, 32, 25, 12, 2],
    "webchat": [3, 28, 30, 25, 12, 2],
    "webform": [8, 18, 22, 20, 28, 4],
    "phone": [0, 25, 35, 30, 7, 3],
}
BASE_SCORE = {"email": 5, "vk": 5, "webchat": 10, "webform": 15, "phone": 20}

LEAD_COLUMNS = ["id", "channel_id", "channel_kind", "source", "contact_id", "status",
                "assignee_id", "warmth", "score", "subject", "preview", "product",
                "thread_key", "received_at", "first_response_at", "closed_at",
                "reject_reason_id", "reject_note", "postponed_until", "version",
                "sla_due_at", "escalated_at"]
MESSAGE_COLUMNS = ["id", "lead_id", "channel_id", "direction", "external_id", "author",
                   "author_user_id", "sent_at", "text", "delivery_state", "attempts"]
CONTACT_COLUMNS = ["id", "display_name", "city", "created_at"]
IDENTITY_COLUMNS = ["id", "contact_id", "kind", "value", "raw"]
DEAL_COLUMNS = ["id", "lead_id", "contact_id", "amount", "currency", "stage", "channel_kind",
                "source", "lost_reason", "created_at", "closed_at"]
AUDIT_COLUMNS = ["id", "at", "actor_id", "lead_id", "action", "detail"]

@dataclass(frozen=True)
class DemoSummary:
    """What a demo run produced (users and channels: how many the demo works with)."""

    leads: int
    contacts: int
    messages: int
    deals: int
    users: int
    channels: int


class DemoConflict(RuntimeError):
    """The database has users, channels or reject reasons that the demo cannot reuse."""


def fill_demo(loader: BulkLoader, *, leads: int, seed: int, now: datetime, zone: ZoneInfo,
              progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Replace all leads with a generated history of ``leads`` leads over the 90 days before
    ``now`` (aware), as seen in the company time zone ``zone``.

    ``progress(done, total)`` is called after every chunk of leads. The loader is finished
    (committed) at the end, or aborted if anything fails.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if leads < 0:
        raise ValueError("leads must not be negative")
    try:
        now_us = to_us(now)
        missing = _missing_reference_tables(loader)
        loader.wipe_leads()
        loader.drop_indexes()
        _insert_reference_rows(loader, missing, now_us, zone)
        generator = _Generator(loader, random.Random(seed), now_us, zone)
        arrivals = _arrivals(random.Random(f"leaddesk-demo-arrivals-{seed}"), leads,
                             now_us - HISTORY_DAYS * DAY, now_us, zone)
        done = 0
        while chunk := list(islice(arrivals, CHUNK_LEADS)):
            generator.write_chunk(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, leads)
        loader.finish()
    except BaseException:
        with contextlib.suppress(Exception):
            loader.abort()
        raise
    return DemoSummary(leads=leads, contacts=generator.contacts, messages=generator.messages,
                       deals=generator.deals, users=len(tx.USERS), channels=len(tx.CHANNELS))


# reference rows

def _missing_reference_tables(loader: BulkLoader) -> set[str]:
    needed = {"users": len(tx.USERS), "channels": len(tx.CHANNELS),
              "reject_reasons": len(tx.REJECT_REASONS)}
    missing = set()
    for table, count in needed.items():
        next_id = loader.next_id(table)
        if next_id == 1:
            missing.add(table)
        elif next_id <= count:
            raise DemoConflict(
                f"{table} has rows the demo did not create; the demo needs ids 1..{count}"
            )
    return missing


def _insert_reference_rows(loader: BulkLoader, missing: set[str], now_us: int,
                           zone: ZoneInfo) -> None:
    if "users" in missing:
        created = now_us - 180 * DAY
        loader.insert(
            "users", ["id", "login", "name", "role", "rank", "email", "active", "created_at"],
            [(i + 1, login, name, role, rank, f"{login}@{tx.COMPANY_DOMAIN}", True, created)
             for i, (login, name, role, rank) in enumerate(tx.USERS)],
        )
        loader.insert("settings", ["key", "value"],
                      [(TIME_ZONE_KEY, json.dumps({"name": zone.key}))])
    if "channels" in missing:
        loader.insert(
            "channels",
            ["id", "kind", "name", "is_lead_source", "assignment_mode", "assignment_targets",
             "reject_reason_required", "sla_seconds", "settings", "active"],
            [(i + 1, kind, name, True, "none", "{}", required, sla, "{}", True)
             for i, (kind, name, sla, required) in enumerate(tx.CHANNELS)],
        )
    if "reject_reasons" in missing:
        loader.insert("reject_reasons", ["id", "title", "position", "active"],
                      [(i + 1, title, i + 1, True) for i, title in enumerate(tx.REJECT_REASONS)])


# arrival times

def _offset_us(zone: ZoneInfo, at_us: int) -> int:
    moment = datetime.fromtimestamp(at_us // SECOND, UTC)
    offset = moment.astimezone(zone).utcoffset()
    return 0 if offset is None else (offset.days * 86_400 + offset.seconds) * SECOND


def _arrivals(rng: random.Random, leads: int, start_us: int, end_us: int,
              zone: ZoneInfo) -> Iterator[tuple[int, int, int]]:
    """Sorted arrival times in ``[start_us, end_us)``: (time, zone offset, mix index).

    The period is cut at UTC hour boundaries; each piece gets a share of the leads by
    its local hour and weekday, a day-to-day wobble and a slow growth over the period.
    """
    weekday_norm = 24 / sum(WEEKDAY_HOURS)
    weekend_norm = 24 / sum(WEEKEND_HOURS)
    day_wobble: dict[int, float] = {}
    pieces = []
    t = start_us
    span = max(1, end_us - start_us)
    while t < end_us:
        hi = min((t // HOUR + 1) * HOUR, end_us)
        off = _offset_us(zone, t)
        local = t + off
        hour = (local // HOUR) % 24
        day = local // DAY
        weekday = (day + 3) % 7
        if day not in day_wobble:
            day_wobble[day] = rng.uniform(0.85, 1.15)
        profile = (WEEKDAY_HOURS[hour] * weekday_norm if weekday < 5
                   else WEEKEND_HOURS[hour] * weekend_norm)
        growth = 0.85 + 0.3 * (t - start_us) / span
        weight = (profile * DAY_FACTORS[weekday] * day_wobble[day] * growth
                  * rng.uniform(0.85, 1.15) * (hi - t) / HOUR)
        if hour < 7:
            mix = 2
        elif weekday < 5 and 9 <= hour < 18:
            mix = 0
        else:
            mix = 1
        pieces.append((t, hi, off, mix, weight))
        t = hi
    total = sum(p[4] for p in pieces) or 1.0
    cumulative = 0.0
    given = 0
    for lo, hi, off, mix, weight in pieces:
        cumulative += weight
        count = round(leads * cumulative / total) - given
        given += count
        rnd = rng.random
        width = hi - lo
        for moment in sorted([lo + int(rnd() * width) for _ in range(count)]):
            yield moment, off, mix


# the leads

def _cum(weights: list[float]) -> list[float]:
    """Cumulative shares for ``bisect_right(cum, random())``; the last bound is infinite."""
    total = sum(weights)
    cum = [w / total for w in accumulate(weights)]
    cum[-1] = float("inf")
    return cum


def _phone_raw(value: str, style: int) -> str:
    """+79123456789 the way people write it."""
    if style == 0:
        return f"8 ({value[2:5]}) {value[5:8]}-{value[8:10]}-{value[10:12]}"
    if style == 1:
        return f"+7 {value[2:5]} {value[5:8]}-{value[8:10]}-{value[10:12]}"
    return value


def _email_number(counts: dict[tuple[str, str], int], local: str, domain: str) -> str:
    """The digits after ``local`` that make the address unique: none for the first contact
    with this name at this domain, then birth-year-like numbers, then bigger ones.

    ``local`` ends with a letter, so different (local, number) pairs never spell the same
    address.
    """
    n = counts.get((local, domain), 0)
    counts[(local, domain)] = n + 1
    if n == 0:
        return ""
    if n < 50:
        return str(1959 + n)
    return str(3000 + n)


def _money(rubles: int) -> str:
    return f"{rubles:,}".replace(",", "\u00a0")


def _with_preview(texts: list[str]) -> list[tuple[str, str]]:
    return [(text, lead_preview(text)) for text in texts]


SPAM = [(subject, *_with_preview([text])[0])
        for subject, text in zip(tx.SPAM_SUBJECTS, tx.SPAM_TEXTS, strict=True)]


class _Product:
    """A product with every text about it formatted once (per-lead formatting is slow)."""

    def __init__(self, nom: str, acc: str, price: int, slug: str) -> None:
        title = nom[:1].upper() + nom[1:]
        self.price = price
        self.site = f"site:/catalog/{slug}"
        self.json = json.dumps(
            {"title": title, "price": price, "url": f"https://{tx.COMPANY_DOMAIN}/catalog/{slug}"},
            ensure_ascii=False,
        )
        self.fields = fields = {"p": nom, "pa": acc, "P": title, "price": _money(price)}
        self.email_subjects = [s.format(**fields) for s in tx.EMAIL_SUBJECTS]
        self.vk_texts = _with_preview([t.format(**fields) for t in tx.VK_TEXTS])
        self.vk_card = _with_preview([tx.VK_CARD_TEXT.format(**fields)])[0]
        self.vk_subjects = [s.format(**fields) for s in tx.VK_SUBJECTS]
        self.chat_texts = _with_preview([t.format(**fields) for t in tx.CHAT_TEXTS])
        self.chat_subjects = [s.format(**fields) for s in tx.CHAT_SUBJECTS]
        self.form_subject = tx.FORM_SUBJECT.format(**fields)
        self.phone_texts = _with_preview([tx.PHONE_TEXT.format(note=n, **fields)
                                          for n in tx.PHONE_NOTES])
        self.phone_subject = tx.PHONE_SUBJECT.format(**fields)
        # product filled in, {first} and {manager} left for each lead
        self.replies = {kind: [t.format(first="{first}", manager="{manager}", **fields)
                               for t in templates] for kind, templates in tx.REPLIES.items()}


class _Generator:
    """Turns arrival times into rows, chunk by chunk; keeps ids and a contact pool."""

    def __init__(self, loader: BulkLoader, rng: random.Random, now_us: int,
                 zone: ZoneInfo) -> None:
        self.zone = zone
        self.sla_us = {k: sla * SECOND for k, _name, sla, _req in tx.CHANNELS}
        self.loader = loader
        self.rng = rng
        self.now_us = now_us
        self.lead_id = loader.next_id("leads")
        self.contact_id = loader.next_id("contacts")
        self.identity_id = loader.next_id("contact_identities")
        self.message_id = loader.next_id("messages")
        self.deal_id = loader.next_id("deals")
        self.audit_id = loader.next_id("audit_events")
        self.contacts = self.messages = self.deals = 0
        self.salt = rng.randrange(1_000_000)
        self.pool: list[list] = []
        # (address before the number, domain) -> how many contacts have used it
        self.email_counts: dict[tuple[str, str], int] = {}
        self.products = [_Product(n, a, p, s) for n, a, p, s, _w in tx.PRODUCTS]
        self.product_cum = _cum([p[4] for p in tx.PRODUCTS])
        self.city_cum = _cum([w for _c, w in tx.CITIES])
        self.mix_cum = [_cum(MIX_OFFICE), _cum(MIX_EVENING), _cum(MIX_NIGHT)]
        self.status_cum = [(age if age is not None else 1 << 62, _cum(w))
                           for age, w in STATUS_BY_AGE]
        self.reason_cum = {k: _cum(w) for k, w in REASONS_BY_KIND.items()}
        self.source_cum = {k: (_cum([w for _s, w in v]), [s for s, _w in v])
                           for k, v in tx.SOURCES.items()}
        self.manager_cum = _cum([tx.USERS[i - 1][3] for i in MANAGER_IDS])
        self.received_detail = {k: json.dumps({"channel": name}, ensure_ascii=False)
                                for k, name, _sla, _req in tx.CHANNELS}
        self.assigned_detail = {u: json.dumps({"assignee_id": u, "assignee": USER_NAMES[u]},
                                              ensure_ascii=False) for u in MANAGER_IDS}
        self.rejected_detail = {i + 1: json.dumps({"reason_id": i + 1, "reason": title},
                                                  ensure_ascii=False)
                                for i, title in enumerate(tx.REJECT_REASONS)}

    # contacts

    def _new_contact(self, received: int, contacts: list, first_only: bool) -> list:
        rnd = self.rng.random
        cid = self.contact_id
        self.contact_id += 1
        self.contacts += 1
        last = tx.LAST_NAMES[int(rnd() * len(tx.LAST_NAMES))]
        if rnd() < 0.55:
            first, first_lat = tx.FIRST_FEMALE[int(rnd() * len(tx.FIRST_FEMALE))]
            last_name, last_lat = last[1], last[3]
        else:
            first, first_lat = tx.FIRST_MALE[int(rnd() * len(tx.FIRST_MALE))]
            last_name, last_lat = last[0], last[2]
        display = first if first_only else f"{first} {last_name}"
        style = cid % 5
        if style == 0:
            local = f"{first_lat}.{last_lat}"
        elif style == 1:
            local = last_lat
        elif style == 2:
            local = f"{first_lat[0]}{last_lat}"
        elif style == 3:
            local = f"{first_lat}_{last_lat[0]}"
        else:
            local = f"{last_lat}.{first_lat}"
        domain = tx.EMAIL_DOMAINS[int(rnd() * len(tx.EMAIL_DOMAINS))]
        email = f"{local}{_email_number(self.email_counts, local, domain)}@{domain}"
        # bijections of the contact id, so phones and VK ids are unique by design
        phone = f"+79{(cid * 387_420_489 + self.salt) % 1_000_000_000:09d}"
        vk = str(10_000_000 + (cid * 387_420_489 + self.salt) % 800_000_000)
        city = tx.CITIES[bisect_right(self.city_cum, rnd())][0] if rnd() < 0.7 else None
        contacts.append((cid, display, city, received))
        # id, name, first name, email, phone, VK id, identity mask, city
        entry = [cid, display, first, email, phone, vk, 0, city]
        pool = self.pool
        if len(pool) < CONTACT_POOL:
            pool.append(entry)
        else:
            pool[int(rnd() * CONTACT_POOL)] = entry
        return entry

    def _identify(self, entry: list, new: int, identities: list) -> None:
        """Record the identities in the bit mask ``new`` (1 email, 2 phone, 4 VK)."""
        entry[6] |= new
        cid = entry[0]
        if new & 1:
            raw = entry[3] if cid % 4 else entry[3].capitalize()
            identities.append((self.identity_id, cid, "email", entry[3], raw))
            self.identity_id += 1
        if new & 2:
            identities.append((self.identity_id, cid, "phone", entry[4],
                               _phone_raw(entry[4], cid % 3)))
            self.identity_id += 1
        if new & 4:
            identities.append((self.identity_id, cid, "vk", entry[5],
                               f"https://vk.com/id{entry[5]}"))
            self.identity_id += 1

    # chunks

    def write_chunk(self, arrivals: list[tuple[int, int, int]]) -> None:
        rows = _Rows()
        lead = self._lead
        for received, off, mix in arrivals:
            lead(received, off, mix, rows)
        load = self.loader.insert
        load("contacts", CONTACT_COLUMNS, rows.contacts)
        # in key order: the unique (kind, value) index then grows page by page, not at random
        rows.identities.sort(key=_identity_key)
        load("contact_identities", IDENTITY_COLUMNS, rows.identities)
        load("leads", LEAD_COLUMNS, rows.leads)
        load("messages", MESSAGE_COLUMNS, rows.messages)
        load("deals", DEAL_COLUMNS, rows.deals)
        load("audit_events", AUDIT_COLUMNS, rows.audit)
        load("lead_search", ["rowid", "doc"], rows.search)

    def _lead(self, received: int, off: int, mix: int, rows: _Rows) -> None:
        rng = self.rng
        rnd = rng.random
        now = self.now_us
        lid = self.lead_id
        self.lead_id += 1
        local = received + off
        hour = (local // HOUR) % 24
        weekday = (local // DAY + 3) % 7
        kind = KINDS[bisect_right(self.mix_cum[mix], rnd())]
        channel_id = CHANNEL_IDS[kind]

        # status, by age; more leads fall through the cracks at night and on weekends
        age = now - received
        for limit, by_age in self.status_cum:  # the last limit is never reached
            if age < limit:
                cum = by_age
                break
        status = STATUSES[bisect_right(cum, rnd())]
        if status != S_NEW and age > DAY and (hour < 9 or hour >= 21 or weekday >= 5) \
                and rnd() < 0.03:
            status = S_NEW
        reason = bisect_right(self.reason_cum[kind], rnd()) + 1 if status == S_REJECTED else None
        spam = reason == REASON_SPAM

        # contact
        repeat = rnd() < REPEAT_SHARE and not spam and bool(self.pool)
        if repeat:
            entry = self.pool[int(rnd() * len(self.pool))]
        else:
            entry = self._new_contact(received, rows.contacts,
                                      first_only=kind == "webchat" and rnd() < 0.5)
        if kind == "email":
            wanted = 1 | (2 if rnd() < 0.25 else 0)
        elif kind == "vk":
            wanted = 4 | (2 if rnd() < 0.1 else 0)
        elif kind == "webchat":
            r = rnd()
            wanted = 1 if r < 0.25 else 2 if r < 0.5 else 0
        elif kind == "webform":
            wanted = 2 | (1 if rnd() < 0.5 else 0)
        else:
            wanted = 2
        if wanted & ~entry[6]:
            self._identify(entry, wanted & ~entry[6], rows.identities)
        name = entry[1]
        mask = entry[6]

        # what the customer wrote
        product = self.products[bisect_right(self.product_cum, rnd())]
        source_cum, source_names = self.source_cum[kind]
        source = source_names[bisect_right(source_cum, rnd())]
        if source == "site:/catalog/{slug}":
            source = product.site
        subject, text, preview, ext_in, thread = self._compose(
            kind, lid, product, entry, source, spam)
        product_json = None if spam else product.json

        # qualification
        score = BASE_SCORE[kind] + int(rnd() * 30) - 5
        if (mask & 3) == 3:
            score += 10
        if repeat:
            score += 10
        if source == "vk:product_card":
            score += 10
        if status == S_CONVERTED:
            score += 15
        if spam:
            score = -20
        warmth = "hot" if score >= 40 else "warm" if score >= 20 else "cold"

        # who took it
        if status == S_NEW:
            assignee = (MANAGER_IDS[bisect_right(self.manager_cum, rnd())] if rnd() < 0.5
                        else None)
        elif reason in (REASON_SPAM, REASON_DUPLICATE):
            assignee = None
        elif warmth == "hot":
            assignee = MANAGER_IDS[int(rnd() * 2)]
        else:
            assignee = MANAGER_IDS[bisect_right(self.manager_cum, rnd())]

        # first response
        if status == S_NEW or reason in (REASON_SPAM, REASON_DUPLICATE):
            answered = False
        elif reason == REASON_NOT_REACHED:
            answered = rnd() < 0.7
        else:
            answered = status == S_CONVERTED or rnd() >= 0.02
        response = None
        if answered:
            response = received + self._delay(kind, hour, local)
            if response >= now:
                response = None

        # closing
        closed = reject_note = postponed = None
        base = response or received
        if status in (S_REJECTED, S_CONVERTED):
            closed = base + int(SECOND * (600 + rnd() * 3 * 86_400))
            if closed >= now:
                closed = base + (now - base) // 2
            if status == S_REJECTED and rnd() < 0.1:
                reject_note = tx.REJECT_NOTES[int(rnd() * len(tx.REJECT_NOTES))]
        elif status == S_POSTPONED:
            if rnd() < 0.8:
                postponed = now + int(DAY * (0.5 + rnd() * 10))
            else:
                # due within the next hours: reminders come up while the demo is open
                postponed = now + int(HOUR * (0.25 + rnd() * 8))

        # the answer deadline, and the escalation a late or missing answer caused
        due = received + self.sla_us[kind]
        late = (response is not None and response > due) or (
            response is None and status in (S_NEW, S_PROGRESS, S_POSTPONED)
            and due < now - 10 * MINUTE)
        rows.leads.append((
            lid, channel_id, kind, source, entry[0], status, assignee, warmth, score, subject,
            preview, product_json, thread, received, response, closed, reason, reject_note,
            postponed, 1, due, due if late else None,
        ))

        # messages
        messages = rows.messages
        mid = self.message_id
        messages.append((mid, lid, channel_id, "inbound", ext_in, name, None, received, text,
                         "received", 0))
        mid += 1
        if response is not None:
            responder = assignee or DISPATCHER_IDS[0]
            manager = USER_NAMES[responder]
            reply = product.replies[kind][int(rnd() * 2)].format(first=entry[2], manager=manager)
            messages.append((mid, lid, channel_id, "outbound", f"{ext_in}-r", manager, responder,
                             response, reply, "sent", 1))
            mid += 1
            if kind != "phone" and rnd() < 0.35:
                follow_at = response + int(SECOND * (120 + rnd() * 86_400))
                if follow_at < now and (closed is None or follow_at < closed):
                    messages.append((mid, lid, channel_id, "inbound", f"{ext_in}-c", name,
                                     None, follow_at,
                                     tx.FOLLOW_UPS[int(rnd() * len(tx.FOLLOW_UPS))],
                                     "received", 0))
                    mid += 1
        self.messages += mid - self.message_id
        self.message_id = mid

        # history (and the deal)
        audit = rows.audit
        aid = self.audit_id
        audit.append((aid, received, None, lid, "received", self.received_detail[kind]))
        aid += 1
        if assignee is not None:
            at = min(received + int(SECOND * rnd() * 60), response or now)
            actor = DISPATCHER_IDS[int(rnd() * 2)] if rnd() < 0.6 else None
            audit.append((aid, at, actor, lid, "assigned", self.assigned_detail[assignee]))
            aid += 1
        if status == S_REJECTED:
            actor = assignee or DISPATCHER_IDS[int(rnd() * 2)]
            audit.append((aid, closed, actor, lid, "rejected", self.rejected_detail[reason]))
            aid += 1
        elif status == S_CONVERTED:
            deal_id = self._deal(lid, entry[0], kind, source, product, closed, rows.deals)
            audit.append((aid, closed, assignee, lid, "converted", f'{{"deal_id": {deal_id}}}'))
            aid += 1
        elif status == S_POSTPONED:
            until = datetime.fromtimestamp(postponed // SECOND, UTC).astimezone(self.zone)
            audit.append((aid, min(base + MINUTE, now), assignee, lid, "postponed",
                          f'{{"until": "{until:%d.%m.%Y %H:%M}"}}'))
            aid += 1
        self.audit_id = aid

        # search: the same text as search_document() (every part here is non-empty)
        doc = f"{subject} {preview} {name}"
        if mask & 1:
            doc = f"{doc} {entry[3]}"
        if mask & 2:
            doc = f"{doc} {entry[4]}"
        if mask & 4:
            doc = f"{doc} {entry[5]}"
        rows.search.append((lid, doc))

    def _compose(self, kind: str, lid: int, product: _Product, entry: list, source: str,
                 spam: bool) -> tuple[str, str, str, str, str]:
        """(subject, text, preview, external id, thread key) of the customer's first message."""
        rnd = self.rng.random
        ext = f"{lid:09d}"
        if kind == "email":
            ext_in = f"<demo-{ext}@mail.example>"
            if spam:
                subject, text, preview = SPAM[int(rnd() * len(SPAM))]
                return subject, text, preview, ext_in, f"email:{ext_in}"
            ask = tx.EMAIL_ASKS[int(rnd() * len(tx.EMAIL_ASKS))].format(
                qty=2 + int(rnd() * 8), city=entry[7] or "Москва", **product.fields)
            closing = tx.EMAIL_CLOSINGS[int(rnd() * (3 if entry[6] & 2 else 2))].format(
                name=entry[1], phone=_phone_raw(entry[4], 1))
            text = f"{tx.GREETINGS[int(rnd() * len(tx.GREETINGS))]}\n\n{ask}\n\n{closing}"
            subject = product.email_subjects[int(rnd() * len(product.email_subjects))]
            return subject, text, lead_preview(text), ext_in, f"email:{ext_in}"
        if kind == "vk":
            if spam:
                _subject, text, preview = SPAM[int(rnd() * len(SPAM))]
                subject = "Сообщение ВКонтакте"
            else:
                if source == "vk:product_card":
                    text, preview = product.vk_card
                else:
                    text, preview = product.vk_texts[int(rnd() * len(product.vk_texts))]
                subject = product.vk_subjects[int(rnd() * len(product.vk_subjects))]
            return subject, text, preview, f"vk-msg-{ext}-1", f"vk:{entry[5]}"
        if kind == "webchat":
            if spam:
                _subject, text, preview = SPAM[int(rnd() * len(SPAM))]
                subject = "Чат на сайте"
            else:
                text, preview = product.chat_texts[int(rnd() * len(product.chat_texts))]
                subject = product.chat_subjects[int(rnd() * len(product.chat_subjects))]
            return (subject, text, preview, f"chat-{ext}-1",
                    f"chat:{self.rng.getrandbits(64):016x}")
        if kind == "webform":
            if spam:
                _subject, text, preview = SPAM[int(rnd() * len(SPAM))]
                subject = "Заявка с сайта"
            else:
                text = tx.FORM_TEXT.format(
                    name=entry[1], phone=_phone_raw(entry[4], entry[0] % 3),
                    comment=tx.FORM_COMMENTS[int(rnd() * len(tx.FORM_COMMENTS))],
                    **product.fields)
                preview = lead_preview(text)
                subject = product.form_subject
            return subject, text, preview, f"form-{ext}", f"form:{lid}"
        text, preview = product.phone_texts[int(rnd() * len(product.phone_texts))]
        return product.phone_subject, text, preview, f"call-{ext}", f"phone:{entry[4]}"

    def _deal(self, lead_id: int, contact_id: int, kind: str, source: str, product: _Product,
              created: int, deals: list) -> int:
        rnd = self.rng.random
        now = self.now_us
        deal_id = self.deal_id
        self.deal_id += 1
        self.deals += 1
        quantity = 1 if rnd() < 0.8 else 2 + int(rnd() * 3)
        r = rnd()
        if now - created > 14 * DAY:
            stage = "won" if r < 0.7 else "lost" if r < 0.9 else "open"
        else:
            stage = "won" if r < 0.35 else "lost" if r < 0.4 else "open"
        closed = lost = None
        if stage != "open":
            closed = created + int(DAY * (0.5 + rnd() * 9))
            if closed >= now:
                stage, closed = "open", None
            elif stage == "lost":
                lost = tx.LOST_REASONS[int(rnd() * len(tx.LOST_REASONS))]
        deals.append((deal_id, lead_id, contact_id, f"{product.price * quantity}.00", "RUB",
                      stage, kind, source, lost, created, closed))
        return deal_id

    def _delay(self, kind: str, hour: int, local: int) -> int:
        """Microseconds until the first answer; off-hours requests wait for the morning."""
        rnd = self.rng.random
        lognorm = self.rng.lognormvariate
        if (hour < 9 or hour >= 21) and not (kind in ("webchat", "vk") and rnd() < 0.4):
            opens = local - local % DAY + 9 * HOUR + (DAY if hour >= 21 else 0)
            return opens - local + int(SECOND * lognorm(7.0, 0.8))
        if kind == "webchat":
            r = rnd()
            seconds = (5 + rnd() * 110 if r < 0.75 else 120 + rnd() * 480 if r < 0.95
                       else 600 + rnd() * 3000)
        elif kind == "phone":
            seconds = 60 + rnd() * 540
        elif kind == "vk":
            seconds = lognorm(6.2, 1.0)
        elif kind == "webform":
            seconds = lognorm(6.8, 1.0)
        else:
            seconds = lognorm(7.8, 1.1)
        return int(SECOND * seconds)


def _identity_key(row: tuple) -> tuple[str, str]:
    return row[2], row[3]


class _Rows:
    """The rows of one chunk, per table."""

    __slots__ = ("audit", "contacts", "deals", "identities", "leads", "messages", "search")

    def __init__(self) -> None:
        self.contacts: list[tuple] = []
        self.identities: list[tuple] = []
        self.leads: list[tuple] = []
        self.messages: list[tuple] = []
        self.deals: list[tuple] = []
        self.audit: list[tuple] = []
        self.search: list[tuple] = []
