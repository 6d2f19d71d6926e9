"""Every report figure checked against an independent computation from the raw rows.

A hand-made dataset (48 leads over three channel kinds, four mailboxes/accounts, in the
company zone Asia/Yekaterinburg, UTC+5) is made through the real services: leads right
on local midnight at both ends of the period, leads at 19:30 UTC that are 00:30 local the
next day, first answers exactly on response-time bin edges and on the SLA deadline
(answered exactly at the deadline is in time, one second later is late), rejections
with reasons (one of them retired afterwards), postponed leads, deals won and lost.

The expected figures are computed here with plain Python from ``SELECT ... FROM leads``
(and deals, users, channels, reject_reasons), never by the code under test, and compared
with ``run_report`` for every report, for a channel filter and for periods that cut the
dataset; a few figures are also written out as numbers worked out by hand. Then the
leads change (reassigned, rejected and reopened, answered after a rejection, converted
and won) and everything is compared again, and ``rebuild_rollups`` must give the very
rollups the incremental upkeep kept.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from leaddesk.adapters.db.engine import make_engine
from leaddesk.adapters.db.rollup_writes import ROLLUP_TABLES, rebuild_rollups
from leaddesk.adapters.db.schema import Base
from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind, Role
from leaddesk.services.analytics import ReportQuery, run_report
from leaddesk.services.company import set_time_zone
from leaddesk.services.deals import close_deal, convert_to_deal
from leaddesk.services.intake import InboundRequest, ensure_channel, record_inbound_lead
from leaddesk.services.rules import add_user, set_reject_reasons
from leaddesk.services.workflow import (
    assign_lead,
    postpone_lead,
    queue_reply,
    reject_lead,
    reopen_lead,
)
from tests.helpers.cli import child_env, run_leaddesk

ZONE_NAME = "Asia/Yekaterinburg"  # UTC+5 all year round
ZONE = ZoneInfo(ZONE_NAME)
FIRST, LAST = date(2026, 11, 2), date(2026, 11, 8)  # Monday .. Sunday, company time
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

MAIL, SERVICE_MAIL, VK, CHAT = "Почта продаж", "Почта сервиса", "ВКонтакте", "Чат на сайте"
CHANNELS = ((ChannelKind.EMAIL, MAIL, 3600), (ChannelKind.EMAIL, SERVICE_MAIL, 7200),
            (ChannelKind.VK, VK, 900), (ChannelKind.WEBCHAT, CHAT, 120))
REASONS = ["Дорого", "Спам", "Дубль"]

# key, channel, arrival in company time (2026), source, first reply (seconds after
# arrival, by whom) or None, then what happens to it. Replies make the writer the owner.
LEADS = [
    ("E1", MAIL, "11-01 23:59:59", "site", (60, "anna"), ()),  # the day before: out
    ("E2", MAIL, "11-02 00:00:00", "site", (3600, "anna"), ()),  # exactly the deadline
    ("E3", MAIL, "11-02 00:30:00", "ads", (3601, "boris"), ()),  # 19:30 UTC Nov 1; late
    ("E4", MAIL, "11-03 13:05:00", "site", None, ()),
    ("E5", MAIL, "11-03 13:40:00", "site", (600, "anna"),
     (("convert", "1000"), ("won", "1500.50"))),
    ("E6", MAIL, "11-04 13:00:00", "ads", (86400, "boris"), (("reject", "Дорого"),)),
    ("E7", MAIL, "11-05 00:30:00", None, None, (("reject", "Спам"),)),  # 19:30 UTC Nov 4
    ("E8", MAIL, "11-06 09:15:00", "site", (86401, "anna"), ()),
    ("E9", MAIL, "11-07 13:59:59", "site", None, (("assign", "vera"),)),
    ("E10", MAIL, "11-08 23:59:00", "ads", (10, "boris"), (("postpone",),)),  # last minute
    ("E11", MAIL, "11-09 00:00:00", "site", (10, "anna"), ()),  # the day after: out
    ("E12", MAIL, "11-08 12:00:00", "site", None, (("assign", "chief"),)),
    ("E13", MAIL, "11-04 13:30:00", "site", (45, "vera"), (("convert", "700"), ("won", None))),
    ("E14", MAIL, "11-05 15:00:00", None, (3600, "anna"), ()),
    ("E15", MAIL, "11-02 23:59:59", "ads", (20, "boris"), ()),
    ("E16", MAIL, "11-03 00:00:00", "ads", None, (("reject", "Дубль"),)),
    # the service mailbox gives two hours: 3601 s is in time there
    ("S1", SERVICE_MAIL, "11-03 13:20:00", "site", (3601, "vera"), ()),
    ("S2", SERVICE_MAIL, "11-06 10:00:00", None, (7201, "boris"), ()),
    ("V1", VK, "11-02 10:00:00", "site", (900, "anna"), ()),  # exactly the deadline
    ("V2", VK, "11-02 10:20:00", "site", (901, "boris"), ()),  # a second late
    ("V3", VK, "11-03 14:00:00", "ads", (30, "anna"), (("convert", "20000"), ("won", None))),
    ("V4", VK, "11-03 14:10:00", "ads", (31, "boris"), (("convert", "5000"), ("lost",))),
    ("V5", VK, "11-04 18:00:00", None, None, (("assign", "anna"),)),
    ("V6", VK, "11-05 11:11:00", "site", (11, "vera"), (("reject", "Дорого"),)),
    ("V7", VK, "11-06 20:45:00", "ads", (599, "anna"), ()),
    ("V8", VK, "11-07 08:00:00", "site", (601, "boris"), (("postpone",),)),
    ("V9", VK, "11-08 22:00:00", "site", None, ()),
    ("V10", VK, "10-31 12:00:00", "site", (5, "anna"),  # out, with a won deal
     (("convert", "99999"), ("won", None))),
    ("W1", CHAT, "11-02 09:00:00", "site", (120, "anna"), ()),  # exactly the deadline
    ("W2", CHAT, "11-02 09:01:00", "site", (121, "anna"), ()),  # a second late
    ("W3", CHAT, "11-02 09:02:00", "site", (0, "boris"), (("reject", "Дорого"),)),
    ("W4", CHAT, "11-03 16:00:00", "ads", (9, "boris"), (("convert", "300"), ("won", "350"))),
    ("W5", CHAT, "11-04 16:00:00", "ads", (3599, "vera"), ()),
    ("W6", CHAT, "11-05 17:00:00", None, None, (("reject", None),)),
    ("W7", CHAT, "11-06 17:30:00", "site", (60, "anna"), (("reject", "Спам"),)),
    ("W8", CHAT, "11-07 23:30:00", "site", (7200, "boris"), ()),
    ("W9", CHAT, "11-08 00:00:01", "site", (1, "anna"), ()),
    ("W10", CHAT, "11-09 00:00:00", "site", None, ()),  # out
    ("W11", CHAT, "11-01 23:00:00", None, None, ()),  # out
    # a busy Tuesday lunch hour in the chat, and a few more around midnight
    ("W12", CHAT, "11-03 13:00:00", "site", (10, "anna"), ()),
    ("W13", CHAT, "11-03 13:00:10", "site", (20, "boris"), ()),
    ("W14", CHAT, "11-03 13:59:59", "ads", (600, "vera"), ()),
    ("W15", CHAT, "11-04 23:59:59", "site", (59, "anna"), ()),
    ("W16", CHAT, "11-05 00:00:00", "site", (61, "boris"), ()),
    ("V11", VK, "11-04 19:30:00", "site", (3600, "vera"), ()),  # 14:30 UTC: a late one
    ("V12", VK, "11-06 00:30:00", "ads", None, ()),  # 19:30 UTC Nov 5
    ("E17", MAIL, "11-07 00:00:00", "site", (86399, "boris"), ()),
    ("E18", MAIL, "11-07 00:00:01", "site", (3599, "vera"), ()),
]
REPORTS = ("unanswered", "late", "response-time", "state", "reasons", "conversion", "funnel",
           "peak-hours", "heatmap", "leaderboard", "response-distribution")
SCOPES = {  # name: (first day, last day, channel kinds)
    "week": (FIRST, LAST, ()),
    "email-week": (FIRST, LAST, ("email",)),
    "cut-nov3-nov5": (date(2026, 11, 3), date(2026, 11, 5), ()),
    "vk-chat-nov5-nov9": (date(2026, 11, 5), date(2026, 11, 9), ("vk", "webchat")),
    "one-day-nov4": (date(2026, 11, 4), date(2026, 11, 4), ()),
    "all-time": (date(2026, 10, 1), date(2026, 12, 31), ()),
}
STATUSES = ("new", "in_progress", "postponed", "rejected", "converted")


def local(text_: str) -> datetime:
    month_day, clock = text_.split()
    return datetime.fromisoformat(f"2026-{month_day}T{clock}").replace(tzinfo=ZONE)


# -- the dataset, made through the real services ------------------------------------


@dataclass
class Dataset:
    desk: object
    url: str
    people: dict[str, int]
    reasons: dict[str, int]
    ids: dict[str, int] = field(default_factory=dict)
    deals: dict[str, int] = field(default_factory=dict)

    @property
    def uow(self):
        return self.desk.uow_factory

    def received(self, key: str) -> datetime:
        return local(next(spec[2] for spec in LEADS if spec[0] == key))


def build_dataset(url: str) -> Dataset:
    desk = open_desk(url)
    uow = desk.uow_factory
    set_time_zone(uow, ZONE_NAME)  # before any lead: the rollups count in company time
    for kind, name, sla in CHANNELS:
        ensure_channel(uow, kind, name, sla)
    people = {
        "disp": add_user(uow, "disp", "Иванова Мария", Role.DISPATCHER),
        "anna": add_user(uow, "anna", "Анна Котова", Role.MANAGER, rank=5),
        "boris": add_user(uow, "boris", "Борис Лавров", Role.MANAGER, rank=9),
        "vera": add_user(uow, "vera", "Вера Соколова", Role.MANAGER, rank=1),
        "chief": add_user(uow, "chief", "Олег Волков", Role.SUPERVISOR),
    }
    set_reject_reasons(uow, REASONS)
    with make_engine(url).connect() as connection:
        reasons = dict(connection.execute(text("SELECT title, id FROM reject_reasons")).all())
    data = Dataset(desk, url, people, reasons)
    for key, channel, when, source, _reply, _then in LEADS:
        data.ids[key] = record_inbound_lead(uow, InboundRequest(
            channel_name=channel, received_at=local(when), text=f"Заявка {key}: сколько стоит?",
            subject=f"Заявка {key}", contact_name=f"Покупатель {key}", source=source),
            now=local(when))
    for key, _channel, _when, _source, reply, then in LEADS:
        lead_id, arrived = data.ids[key], data.received(key)
        moment = arrived + timedelta(seconds=5)
        for action in then:  # assignments come before the reply, the rest after it
            if action[0] == "assign":
                assign_lead(uow, lead_id, people["disp"], people[action[1]], now=moment)
        if reply is not None:
            seconds, who = reply
            moment = arrived + timedelta(seconds=seconds)
            queue_reply(uow, lead_id, people[who], "Добрый день! Отвечаем.", now=moment)
        actor = people[reply[1]] if reply else people["anna"]
        for action in then:
            moment += timedelta(minutes=1)
            if action[0] == "reject":
                reason = None if action[1] is None else reasons[action[1]]
                reject_lead(uow, lead_id, people["disp"], reason, now=moment)
            elif action[0] == "postpone":
                postpone_lead(uow, lead_id, actor, moment + timedelta(days=3), now=moment)
            elif action[0] == "convert":
                data.deals[key] = convert_to_deal(uow, lead_id, actor, Decimal(action[1]),
                                                  now=moment)
            elif action[0] == "won":
                amount = None if action[1] is None else Decimal(action[1])
                close_deal(uow, data.deals[key], actor, won=True, amount=amount, now=moment)
            elif action[0] == "lost":
                close_deal(uow, data.deals[key], actor, won=False, reason="Передумал",
                           now=moment)
    # "Дубль" is retired: the lead rejected with it keeps its reason in the reports
    set_reject_reasons(uow, REASONS[:2])
    return data


def apply_changes(data: Dataset) -> None:
    """Reassign, reject → reopen, a reply after a rejection, converted then won."""
    uow, people, ids = data.uow, data.people, data.ids
    later = datetime(2026, 11, 12, 10, 0, tzinfo=UTC)
    assign_lead(uow, ids["E12"], people["disp"], people["anna"], now=later)  # from chief
    assign_lead(uow, ids["E9"], people["disp"], people["boris"], now=later)  # from vera
    reopen_lead(uow, ids["V6"], people["chief"], now=later)  # was rejected "Дорого"
    reopen_lead(uow, ids["W6"], people["chief"], now=later)  # was rejected, no reason
    # E7 was rejected unanswered; two days after it came, Anna writes back after all
    queue_reply(uow, ids["E7"], people["anna"], "Всё-таки ответим.",
                now=data.received("E7") + timedelta(days=2))
    deal = convert_to_deal(uow, ids["V5"], people["anna"], Decimal("12000"), now=later)
    close_deal(uow, deal, people["anna"], won=True, amount=Decimal("12345.67"), now=later)
    deal = convert_to_deal(uow, ids["E14"], people["anna"], Decimal("999.99"), now=later)
    close_deal(uow, deal, people["anna"], won=True, now=later)


@pytest.fixture(scope="module")
def dataset(module_db_url):
    data = build_dataset(module_db_url)
    yield data
    data.desk.close()


@pytest.fixture
def fresh_dataset(db_url):
    data = build_dataset(db_url)
    yield data
    data.desk.close()


def report(data: Dataset, name: str, first: date, last: date,
           kinds: tuple[str, ...] = ()) -> list[dict]:
    return run_report(data.desk.reader, ReportQuery(name, first, last, kinds)).rows


def row_for(rows: list[dict], **match) -> dict:
    found = [row for row in rows if all(row[k] == v for k, v in match.items())]
    assert len(found) == 1, (match, rows)
    return found[0]


# -- the independent computation ----------------------------------------------------


def bin_edge(seconds: int) -> int:
    """The upper edge of a response time's bin, from the edges listed out."""
    edges = [*range(10, 601, 10), *range(660, 3601, 60), *range(4500, 86_401, 900)]
    for edge in edges:
        if seconds <= edge:
            return edge
    return 86_400 + math.ceil((seconds - 86_400) / 3600) * 3600


def nearest_rank(values: list[int], percent: int) -> int | None:
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-percent * len(ordered) // 100))
    return ordered[rank - 1]


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass
class RawLead:
    id: int
    kind: str
    source: str
    status: str
    assignee_id: int | None
    reason_id: int | None
    received: datetime  # company time
    response: int | None  # whole seconds to the first reply
    late: bool
    deal_stage: str | None
    deal_amount: Decimal | None


class Raw:
    """The raw rows of one database, read with plain SQL."""

    def __init__(self, url: str, zone: ZoneInfo = ZONE) -> None:
        engine = make_engine(url)
        try:
            with engine.connect() as connection:
                rows = connection.execute(text(
                    "SELECT l.id, c.kind, l.source, l.status, l.assignee_id, "
                    "l.reject_reason_id, l.received_at, l.first_response_at, l.sla_due_at, "
                    "d.stage, d.amount FROM leads l JOIN channels c ON c.id = l.channel_id "
                    "LEFT JOIN deals d ON d.lead_id = l.id ORDER BY l.id")).all()
                self.users = dict(connection.execute(text("SELECT id, name FROM users")).all())
                self.reasons = dict(connection.execute(
                    text("SELECT id, title FROM reject_reasons")).all())
                self.sla = defaultdict(set)
                for kind, seconds in connection.execute(
                        text("SELECT kind, sla_seconds FROM channels")):
                    self.sla[kind].add(seconds)
        finally:
            engine.dispose()
        self.leads = []
        for (lead_id, kind, source, status, assignee, reason, received, answered, due,
             stage, amount) in rows:
            assert isinstance(received, int), "times are stored as microseconds"
            self.leads.append(RawLead(
                lead_id, kind, source or "", status, assignee, reason,
                (EPOCH + timedelta(microseconds=received)).astimezone(zone),
                None if answered is None else (answered - received) // 1_000_000,
                answered is not None and due is not None and answered > due,
                stage, None if amount is None else Decimal(str(amount))))

    def scope(self, first: date, last: date, kinds: tuple[str, ...]) -> list[RawLead]:
        return [lead for lead in self.leads if first <= lead.received.date() <= last
                and (not kinds or lead.kind in kinds)]


def money(leads) -> float:
    return float(sum((lead.deal_amount for lead in leads if lead.deal_stage == "won"),
                     Decimal(0)).quantize(Decimal("0.01")))


def expected(raw: Raw, name: str, first: date, last: date,
             kinds: tuple[str, ...] = ()) -> list[dict]:
    leads = raw.scope(first, last, kinds)
    by_kind: dict[str, list[RawLead]] = defaultdict(list)
    for lead in leads:
        by_kind[lead.kind].append(lead)
    kinds_seen = sorted(by_kind)
    answered = {kind: [lead for lead in by_kind[kind] if lead.response is not None]
                for kind in kinds_seen}
    if name == "unanswered":
        return [{"channel": kind, "leads": len(by_kind[kind]),
                 "unanswered": len(by_kind[kind]) - len(answered[kind]),
                 "share": share(len(by_kind[kind]) - len(answered[kind]), len(by_kind[kind]))}
                for kind in kinds_seen]
    if name == "late":
        rows = []
        for kind in kinds_seen:
            late = sum(lead.late for lead in answered[kind])
            limits = raw.sla[kind]
            rows.append({"channel": kind,
                         "sla_seconds": next(iter(limits)) if len(limits) == 1 else None,
                         "answered": len(answered[kind]), "late": late,
                         "share": share(late, len(answered[kind]))})
        return rows
    if name == "response-time":
        return [{"channel": kind, "answered": len(answered[kind]),
                 "median_seconds": nearest_rank([bin_edge(a.response) for a in answered[kind]], 50),
                 "p90_seconds": nearest_rank([bin_edge(a.response) for a in answered[kind]], 90)}
                for kind in kinds_seen if answered[kind]]
    if name == "response-distribution":
        return [{"channel": kind, "upto_seconds": edge, "count": count}
                for kind in kinds_seen
                for edge, count in sorted(Counter(bin_edge(a.response)
                                                  for a in answered[kind]).items())]
    if name == "state":
        return [{"channel": kind, "status": status,
                 "count": sum(lead.status == status for lead in by_kind[kind])}
                for kind in kinds_seen for status in STATUSES]
    if name == "reasons":
        rejected = Counter(lead.reason_id for lead in leads if lead.status == "rejected")
        total = sum(rejected.values())
        rows = [{"reason": raw.reasons.get(reason), "count": count, "share": share(count, total)}
                for reason, count in rejected.items()]
        return sorted(rows, key=lambda row: (-row["count"], row["reason"] or ""))
    if name == "conversion":
        cells: dict[tuple[str, str], list[RawLead]] = defaultdict(list)
        for lead in leads:
            cells[(lead.kind, lead.source)].append(lead)
        return [{"channel": kind, "source": source, "leads": len(cell),
                 "deals": sum(lead.deal_stage is not None for lead in cell),
                 "won": sum(lead.deal_stage == "won" for lead in cell), "money": money(cell)}
                for (kind, source), cell in sorted(cells.items())]
    if name == "funnel":
        rows = []
        for kind in kinds_seen:
            cell = by_kind[kind]
            worked = sum(lead.status in ("in_progress", "postponed", "converted")
                         for lead in cell)
            deals = sum(lead.deal_stage is not None for lead in cell)
            won = sum(lead.deal_stage == "won" for lead in cell)
            rows += [{"channel": kind, "stage": "leads", "count": len(cell), "money": 0.0},
                     {"channel": kind, "stage": "in_progress", "count": worked, "money": 0.0},
                     {"channel": kind, "stage": "deals", "count": deals, "money": 0.0},
                     {"channel": kind, "stage": "won", "count": won, "money": money(cell)}]
        return rows
    if name == "peak-hours":
        return [{"channel": kind, "hour": hour,
                 "count": sum(lead.received.hour == hour for lead in by_kind[kind])}
                for kind in kinds_seen for hour in range(24)]
    if name == "heatmap":
        grid = Counter((lead.received.weekday(), lead.received.hour) for lead in leads)
        return [{"weekday": weekday, "hour": hour, "count": grid[(weekday, hour)]}
                for weekday in range(7) for hour in range(24)]
    if name == "leaderboard":
        mine: dict[int, list[RawLead]] = defaultdict(list)
        for lead in leads:
            if lead.assignee_id is not None:
                mine[lead.assignee_id].append(lead)
        rows = [{"manager": raw.users[person], "leads": len(cell),
                 "answered_in_sla": sum(lead.response is not None and not lead.late
                                        for lead in cell),
                 "converted": sum(lead.status == "converted" for lead in cell),
                 "won": sum(lead.deal_stage == "won" for lead in cell), "money": money(cell)}
                for person, cell in mine.items()]
        return sorted(rows, key=lambda row: (-row["money"], -row["answered_in_sla"],
                                             row["manager"]))
    raise AssertionError(name)


def mismatch(data: Dataset, raw: Raw, name: str, first: date, last: date,
             kinds: tuple[str, ...]) -> str | None:
    """None when the report equals the independent computation, else what differs."""
    got = report(data, name, first, last, kinds)
    want = expected(raw, name, first, last, kinds)
    if name == "reasons":  # equal counts may come in any order; the counts must not rise
        counts = [row["count"] for row in got]
        if counts != sorted(counts, reverse=True):
            return f"reasons not by count: {got}"
        got = sorted(got, key=lambda row: (-row["count"], row["reason"] or ""))
    if got == want:
        return None
    extra = [row for row in got if row not in want]
    missing = [row for row in want if row not in got]
    return (f"{name} {first}..{last} {kinds or 'all channels'}: "
            f"reported but not expected {extra}, expected but not reported {missing}")


def assert_report_matches(data: Dataset, raw: Raw, name: str, first: date, last: date,
                          kinds: tuple[str, ...]) -> None:
    problem = mismatch(data, raw, name, first, last, kinds)
    assert problem is None, problem


# -- the dataset itself is what the tests think it is -------------------------------


def test_dataset_has_the_planned_leads_answers_and_deadlines(dataset):
    raw = Raw(dataset.url)
    assert 30 <= len(raw.leads) <= 60
    by_id = {lead.id: lead for lead in raw.leads}
    lead = {key: by_id[lead_id] for key, lead_id in dataset.ids.items()}
    # the midnight edges in company time, whatever the UTC date says
    assert lead["E3"].received.astimezone(UTC) == datetime(2026, 11, 1, 19, 30, tzinfo=UTC)
    assert lead["E3"].received.date() == FIRST and lead["E3"].received.hour == 0
    assert lead["E7"].received.astimezone(UTC).date() == date(2026, 11, 4)
    assert lead["E7"].received.date() == date(2026, 11, 5)
    # exactly on the deadline is in time, one second after is late (each channel's own)
    assert (lead["E2"].response, lead["E2"].late) == (3600, False)
    assert (lead["E3"].response, lead["E3"].late) == (3601, True)
    assert (lead["S1"].response, lead["S1"].late) == (3601, False)
    assert (lead["V1"].late, lead["V2"].late, lead["W1"].late, lead["W2"].late) == (
        False, True, False, True)
    assert lead["E16"].status == "rejected" and raw.reasons[lead["E16"].reason_id] == "Дубль"


# -- every report against the independent computation -------------------------------


@pytest.mark.parametrize("scope", list(SCOPES))
@pytest.mark.parametrize("name", REPORTS)
def test_report_matches_the_raw_rows(dataset, name, scope):
    assert_report_matches(dataset, Raw(dataset.url), name, *SCOPES[scope])


# -- figures worked out by hand -------------------------------------------------------


def test_unanswered_and_late_figures_worked_out_by_hand(dataset):
    rows = report(dataset, "unanswered", FIRST, LAST)
    # email: 18 leads in the week (E2-E10, E12-E18, S1, S2); E4 E7 E9 E12 E16 unanswered
    assert rows == [
        {"channel": "email", "leads": 18, "unanswered": 5, "share": 0.2778},
        {"channel": "vk", "leads": 11, "unanswered": 3, "share": 0.2727},
        {"channel": "webchat", "leads": 14, "unanswered": 1, "share": 0.0714},
    ]
    late = report(dataset, "late", FIRST, LAST)
    # two mailboxes with different SLAs: no single SLA for email; late E3 E6 E8 E17 S2
    # (S1 took 3601 s, in time for its mailbox's two hours); chat late W2 W5 W8 W14
    assert late == [
        {"channel": "email", "sla_seconds": None, "answered": 13, "late": 5,
         "share": 0.3846},
        {"channel": "vk", "sla_seconds": 900, "answered": 8, "late": 2, "share": 0.25},
        {"channel": "webchat", "sla_seconds": 120, "answered": 13, "late": 4,
         "share": 0.3077},
    ]
    # Monday alone: E2 answered exactly at its deadline is in time, E3 a second late is not
    monday = row_for(report(dataset, "late", FIRST, FIRST, ("email",)), channel="email")
    assert (monday["answered"], monday["late"]) == (3, 1)
    assert row_for(report(dataset, "late", FIRST, FIRST, ("vk",)), channel="vk")["late"] == 1


def test_response_time_percentiles_worked_out_by_hand(dataset):
    rows = report(dataset, "response-time", FIRST, LAST)
    # webchat bins: 10 10 10 10 20 60 60 70 120 130 600 3600 7200 -> 7th of 13 and 12th
    assert rows == [
        {"channel": "email", "answered": 13, "median_seconds": 3600, "p90_seconds": 86400},
        {"channel": "vk", "answered": 8, "median_seconds": 600, "p90_seconds": 3600},
        {"channel": "webchat", "answered": 13, "median_seconds": 60, "p90_seconds": 3600},
    ]
    chat = [(row["upto_seconds"], row["count"])
            for row in report(dataset, "response-distribution", FIRST, LAST, ("webchat",))]
    # 0 s, 1 s, 9 s and 10 s all close the first bin; 120 s is its own bin, 121 s the next
    assert chat == [(10, 4), (20, 1), (60, 2), (70, 1), (120, 1), (130, 1), (600, 1),
                    (3600, 1), (7200, 1)]
    vk = [(row["upto_seconds"], row["count"])
          for row in report(dataset, "response-distribution", FIRST, LAST, ("vk",))]
    assert vk == [(20, 1), (30, 1), (40, 1), (600, 1), (660, 1), (900, 1), (960, 1),
                  (3600, 1)]
    email = dict((row["upto_seconds"], row["count"])
                 for row in report(dataset, "response-distribution", FIRST, LAST, ("email",)))
    # 86 399 s and 86 400 s close the last 15-minute bin, 86 401 s opens the hourly ones
    assert email == {10: 1, 20: 1, 50: 1, 600: 1, 3600: 3, 4500: 2, 8100: 1, 86400: 2,
                     90000: 1}


def test_peak_hours_and_heatmap_in_company_time_worked_out_by_hand(dataset):
    email = {row["hour"]: row["count"]
             for row in report(dataset, "peak-hours", FIRST, LAST, ("email",))}
    # hour 0: E2 00:00, E3 00:30, E16 00:00, E7 00:30, E17 00:00, E18 00:00:01
    assert email[0] == 6 and email[13] == 6 and email[23] == 2
    assert email[19] == 0  # E3 and E7 came at 19:30 UTC: that is 00:30 here
    assert sum(email.values()) == 18
    heat = {(row["weekday"], row["hour"]): row["count"]
            for row in report(dataset, "heatmap", FIRST, LAST)}
    assert len(heat) == 7 * 24
    assert heat[(0, 0)] == 2  # Monday 00:00 and 00:30 (E2, E3): in the period
    assert heat[(3, 0)] == 2  # Thursday 00:30 (E7), 00:00 (W16)
    assert heat[(2, 19)] == 1  # V11 at 19:30 here; not E7, 19:30 UTC on Wednesday
    assert heat[(6, 23)] == 1  # Sunday 23:59 (E10): the last minute is in
    assert heat[(1, 13)] == 6  # Tuesday lunch: E4 E5 S1 W12 W13 W14
    assert sum(heat.values()) == 43


def test_period_ends_at_local_midnight_on_both_sides(dataset):
    def total(first: date, last: date) -> int:
        return sum(row["leads"] for row in report(dataset, "unanswered", first, last))

    assert total(FIRST, LAST) == 43
    assert total(date(2026, 11, 1), date(2026, 11, 1)) == 2  # E1 23:59:59, W11 23:00
    assert total(date(2026, 11, 9), date(2026, 11, 9)) == 2  # E11 and W10 at 00:00
    # E7 (19:30 UTC on the 4th) belongs to the 5th; W15 (23:59:59 on the 4th) to the 4th
    assert total(date(2026, 11, 4), date(2026, 11, 4)) == 6  # E6 E13 V5 V11 W5 W15
    assert total(date(2026, 11, 5), date(2026, 11, 5)) == 5  # E7 E14 V6 W6 W16


def test_state_reasons_conversion_and_funnel_worked_out_by_hand(dataset):
    email = {row["status"]: row["count"]
             for row in report(dataset, "state", FIRST, LAST, ("email",))}
    assert email == {"new": 1, "in_progress": 11, "postponed": 1, "rejected": 3,
                     "converted": 2}
    reasons = report(dataset, "reasons", FIRST, LAST)
    assert reasons[:2] == [{"reason": "Дорого", "count": 3, "share": 0.4286},
                           {"reason": "Спам", "count": 2, "share": 0.2857}]
    # the retired "Дубль" keeps its title; W6 was rejected without a reason
    assert sorted(reasons[2:], key=lambda row: row["reason"] or "") == [
        {"reason": None, "count": 1, "share": 0.1429},
        {"reason": "Дубль", "count": 1, "share": 0.1429}]
    site = row_for(report(dataset, "conversion", FIRST, LAST), channel="email", source="site")
    # E2 E4 E5 E8 E9 E12 E13 E17 E18 S1; E5 won at 1500.50 (converted at 1000), E13 at 700
    assert site == {"channel": "email", "source": "site", "leads": 10, "deals": 2, "won": 2,
                    "money": 2200.5}
    funnel = {row["stage"]: (row["count"], row["money"])
              for row in report(dataset, "funnel", FIRST, LAST, ("vk",))}
    # V10's won 99 999 came before the period: not this week's money
    assert funnel == {"leads": (11, 0.0), "in_progress": (8, 0.0), "deals": (2, 0.0),
                      "won": (1, 20000.0)}


def test_leaderboard_worked_out_by_hand(dataset):
    rows = report(dataset, "leaderboard", FIRST, LAST)
    assert [row["manager"] for row in rows] == [
        "Анна Котова", "Вера Соколова", "Борис Лавров", "Олег Волков"]
    anna = rows[0]
    # E2 E5 E8 E14 V1 V3 V5 V7 W1 W2 W7 W9 W12 W15; V10 (won 99 999) is outside the week
    assert anna == {"manager": "Анна Котова", "leads": 14, "answered_in_sla": 11,
                    "converted": 2, "won": 2, "money": 21500.5}
    assert rows[3] == {"manager": "Олег Волков", "leads": 1, "answered_in_sla": 0,
                       "converted": 0, "won": 0, "money": 0.0}


# -- the rollups through changes, and rebuilt ------------------------------------------


def test_reports_match_the_raw_rows_after_reassign_reopen_late_reply_and_won_deal(
        fresh_dataset):
    data = fresh_dataset
    apply_changes(data)
    raw = Raw(data.url)
    problems = [mismatch(data, raw, name, *SCOPES[scope])
                for name in REPORTS for scope in SCOPES]
    assert [problem for problem in problems if problem] == []


def test_figures_after_the_changes_worked_out_by_hand(fresh_dataset):
    data = fresh_dataset
    apply_changes(data)
    # E7 (rejected unanswered, then answered two days late) counts as answered, and late
    email = row_for(report(data, "unanswered", FIRST, LAST), channel="email")
    assert (email["leads"], email["unanswered"]) == (18, 4)
    late = row_for(report(data, "late", FIRST, LAST), channel="email")
    assert (late["answered"], late["late"]) == (14, 6)
    email_bins = {row["upto_seconds"]: row["count"] for row in
                  report(data, "response-distribution", FIRST, LAST, ("email",))}
    assert email_bins[172_800] == 1  # two days: on an hourly edge
    reasons = {row["reason"]: row["count"] for row in report(data, "reasons", FIRST, LAST)}
    assert reasons == {"Дорого": 2, "Спам": 2, "Дубль": 1}  # V6 and W6 reopened
    states = {row["status"]: row["count"]
              for row in report(data, "state", FIRST, LAST, ("vk",))}
    assert states == {"new": 2, "in_progress": 5, "postponed": 1, "rejected": 0,
                      "converted": 3}
    vk = {row["stage"]: (row["count"], row["money"])
          for row in report(data, "funnel", FIRST, LAST, ("vk",))}
    assert vk == {"leads": (11, 0.0), "in_progress": (9, 0.0), "deals": (3, 0.0),
                  "won": (2, 32345.67)}  # V5 converted while still unanswered
    board = {row["manager"]: row for row in report(data, "leaderboard", FIRST, LAST)}
    # Anna: + E12 (from the supervisor) + E7 (her late reply made it hers)
    assert board["Анна Котова"] == {
        "manager": "Анна Котова", "leads": 16, "answered_in_sla": 11, "converted": 4,
        "won": 4, "money": 34846.16}  # 1500.50 + 20000 + 12345.67 + 999.99
    assert board["Вера Соколова"]["leads"] == 7  # E9 went to Boris
    assert board["Борис Лавров"]["leads"] == 15


def test_leaderboard_drops_a_manager_whose_only_lead_was_reassigned(fresh_dataset):
    data = fresh_dataset
    before = {row["manager"] for row in report(data, "leaderboard", FIRST, LAST)}
    assert "Олег Волков" in before  # E12 was his
    assign_lead(data.uow, data.ids["E12"], data.people["disp"], data.people["anna"])
    rows = report(data, "leaderboard", FIRST, LAST)
    assert [row for row in rows if row["manager"] == "Олег Волков"] == []


_DESCRIPTIVE = {"channel_kind", "local_hour", "local_weekday"}  # set once, not counted


def rollup_rows(url: str) -> dict[str, set[tuple]]:
    """Every rollup table's rows as (key columns..., counters...) tuples, plus the
    descriptive columns at the end; ``counters(table)`` says how many counters."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {table: {tuple(row) for row in connection.execute(
                text(f"SELECT {', '.join(rollup_columns(table))} FROM {table}"))}
                for table in ROLLUP_TABLES}
    finally:
        engine.dispose()


def rollup_columns(table: str) -> list[str]:
    columns = Base.metadata.tables[table].columns
    return ([c.name for c in columns if c.primary_key]
            + [c.name for c in columns if not c.primary_key and c.name not in _DESCRIPTIVE]
            + [c.name for c in columns if c.name in _DESCRIPTIVE])


def counter_slice(table: str) -> slice:
    columns = Base.metadata.tables[table].columns
    keys = sum(c.primary_key for c in columns)
    counters = sum(not c.primary_key and c.name not in _DESCRIPTIVE for c in columns)
    return slice(keys, keys + counters)


def rebuild(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            rebuild_rollups(connection)
    finally:
        engine.dispose()


def test_rebuild_gives_the_same_rollup_counts_as_the_incremental_upkeep(fresh_dataset):
    data = fresh_dataset
    apply_changes(data)
    kept = rollup_rows(data.url)
    assert set(kept) >= {"lead_rollup", "response_rollup", "people_rollup"}
    for table, rows in kept.items():
        assert rows, f"{table} is empty"
        negative = [row for row in rows if min(row[counter_slice(table)]) < 0]
        assert negative == [], table
    rebuild(data.url)
    rebuilt = rollup_rows(data.url)
    for table in kept:
        nonzero = {row for row in kept[table] if any(row[counter_slice(table)])}
        assert rebuilt[table] == nonzero, table


def test_rebuild_leaves_no_rollup_row_the_incremental_upkeep_lacks(fresh_dataset):
    """The same leads must give the same rollup rows however they got there: cells a lead
    has left are not kept as rows of zeros (they would show up in the reports)."""
    data = fresh_dataset
    apply_changes(data)
    kept = rollup_rows(data.url)
    rebuild(data.url)
    rebuilt = rollup_rows(data.url)
    only_kept = {table: sorted(kept[table] - rebuilt[table]) for table in kept}
    only_rebuilt = {table: sorted(rebuilt[table] - kept[table]) for table in kept}
    assert only_kept == {table: [] for table in kept}, "rows only the upkeep has"
    assert only_rebuilt == {table: [] for table in kept}, "rows only the rebuild has"


def test_every_report_is_the_same_after_a_rebuild(fresh_dataset):
    data = fresh_dataset
    apply_changes(data)
    before = {(name, scope): report(data, name, *SCOPES[scope])
              for name in REPORTS for scope in SCOPES}
    rebuild(data.url)
    after = {(name, scope): report(data, name, *SCOPES[scope])
             for name in REPORTS for scope in SCOPES}
    assert {key for key in before if before[key] != after[key]} == set()


# -- time zones that are not whole hours, and a zone changed later ----------------------


def small_desk(url: str, zone: str):
    desk = open_desk(url)
    set_time_zone(desk.uow_factory, zone)
    ensure_channel(desk.uow_factory, ChannelKind.EMAIL, MAIL, 3600)
    anna = add_user(desk.uow_factory, "anna", "Анна Котова", Role.MANAGER)
    return desk, anna


def add_answered(desk, anna: int, moment: datetime, reply_after: int | None) -> int:
    lead_id = record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name=MAIL, received_at=moment, text="Сколько стоит?", subject="Заявка",
        contact_name="Покупатель", source="site"), now=moment)
    if reply_after is not None:
        queue_reply(desk.uow_factory, lead_id, anna, "Отвечаем.",
                    now=moment + timedelta(seconds=reply_after))
    return lead_id


def all_mismatches(data, raw: Raw, first: date, last: date) -> list[str]:
    return [problem for name in REPORTS
            if (problem := mismatch(data, raw, name, first, last, ()))]


def test_half_hour_time_zone_day_starts_at_local_midnight_not_at_the_utc_hour(db_url):
    """India is UTC+5:30: local midnight falls in the middle of a UTC hour. A lead at
    23:45 the evening before and one at 00:10 the morning after are not in the day; the
    ones at 00:15 and 23:50 are, at hours 0 and 23."""
    kolkata = ZoneInfo("Asia/Kolkata")
    desk, anna = small_desk(db_url, "Asia/Kolkata")
    try:
        for when, reply in (("2026-11-01T23:45", 60), ("2026-11-02T00:15", 600),
                            ("2026-11-02T23:50", 30), ("2026-11-03T00:10", None)):
            add_answered(desk, anna, datetime.fromisoformat(when).replace(tzinfo=kolkata),
                         reply)
        data = Dataset(desk, db_url, {"anna": anna}, {})
        day = date(2026, 11, 2)
        unanswered = report(data, "unanswered", day, day)
        hours = {row["hour"]: row["count"] for row in report(data, "peak-hours", day, day)
                 if row["count"]}
        assert (unanswered, hours) == (
            [{"channel": "email", "leads": 2, "unanswered": 0, "share": 0.0}], {0: 1, 23: 1})
        assert all_mismatches(data, Raw(db_url, kolkata), day, day) == []
    finally:
        desk.close()


def test_reports_follow_a_company_time_zone_set_after_leads_arrived(db_url):
    """A desk starts on Moscow time; the supervisor then sets Yekaterinburg (UTC+5). A lead
    at 22:30 Moscow time on the 2nd is 00:30 on the 3rd in Yekaterinburg: every report
    must put it on the 3rd at hour 0, as the period itself now is."""
    desk, anna = small_desk(db_url, "Europe/Moscow")
    try:
        moscow = ZoneInfo("Europe/Moscow")
        add_answered(desk, anna, datetime(2026, 11, 2, 22, 30, tzinfo=moscow), 45)
        add_answered(desk, anna, datetime(2026, 11, 3, 12, 0, tzinfo=moscow), None)
        set_time_zone(desk.uow_factory, ZONE_NAME)
        data = Dataset(desk, db_url, {"anna": anna}, {})
        day = date(2026, 11, 3)
        hours = {row["hour"]: row["count"] for row in report(data, "peak-hours", day, day)
                 if row["count"]}
        assert hours == {0: 1, 14: 1}
        board = report(data, "leaderboard", day, day)  # the unanswered lead has no owner
        assert [(row["leads"], row["answered_in_sla"]) for row in board] == [(1, 1)]
        assert all_mismatches(data, Raw(db_url), day, day) == []
    finally:
        desk.close()


# -- the command line -------------------------------------------------------------------


def test_cli_peak_hours_json_for_one_day_and_channel(dataset, tmp_path):
    done = run_leaddesk(dataset.url, "report", "peak-hours", "--json", "--from", "2026-11-03",
                        "--to", "2026-11-03", "--channel", "email", env=child_env(tmp_path))
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert set(printed) == {"report", "from", "to", "rows"}
    assert (printed["report"], printed["from"], printed["to"]) == (
        "peak-hours", "2026-11-03", "2026-11-03")
    want = expected(Raw(dataset.url), "peak-hours", date(2026, 11, 3), date(2026, 11, 3),
                    ("email",))
    assert printed["rows"] == want
    # by hand: E4 13:05, S1 13:20, E5 13:40 at lunch; E16 at 00:00 sharp
    assert row_for(printed["rows"], hour=13) == {"channel": "email", "hour": 13, "count": 3}
    assert row_for(printed["rows"], hour=0)["count"] == 1
    assert sum(row["count"] for row in printed["rows"]) == 4


def test_cli_rejects_a_bad_date_with_exit_code_2(dataset, tmp_path):
    done = run_leaddesk(dataset.url, "report", "peak-hours", "--json", "--from", "2026-13-01",
                        env=child_env(tmp_path))
    assert done.returncode == 2
    assert "2026-13-01" in done.stderr and "not a date" in done.stderr
    assert done.stdout == ""
