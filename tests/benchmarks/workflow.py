"""Workflow speed on 1,000,000 demo leads: what one user action costs in the database.

Run: ``.venv/bin/python tests/benchmarks/workflow.py [--db FILE]``. Uses the demo database
of ``tests/benchmarks/inbox.py`` (built once under /tmp), copied so the original stays
untouched, and prints the median of each action over repeated runs: a lead arriving on a
round-robin channel (scoring, duty, assignment, index, rollup), take, assign, reject,
postpone, convert, issue an invoice, one housekeeping pass (escalation and reminders) and
one alert poll. Target: each well under the 40 ms an inbox action may spend in the database.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from leaddesk.bootstrap import open_desk  # noqa: E402
from leaddesk.domain.assignment import AssignmentMode, AssignmentRule  # noqa: E402
from leaddesk.domain.codes import IdentityKind  # noqa: E402
from leaddesk.domain.invoice import InvoiceLine  # noqa: E402
from leaddesk.services import deals, invoices, rules, workflow  # noqa: E402
from leaddesk.services.intake import InboundRequest, record_inbound_lead  # noqa: E402
from tests.benchmarks.inbox import ensure_database  # noqa: E402

RUNS = 30


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def report(name: str, samples: list[float]) -> None:
    print(f"{name:<34} median {statistics.median(samples):7.2f} ms   "
          f"max {max(samples):7.2f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/leaddesk-bench-1m.db")
    parser.add_argument("--leads", type=int, default=1_000_000)
    args = parser.parse_args()
    source = Path(args.db)
    ensure_database(source, args.leads)
    copy = source.with_name("leaddesk-bench-workflow.db")
    shutil.copyfile(source, copy)
    desk = open_desk(f"sqlite:///{copy}")
    try:
        run(desk)
    finally:
        desk.close()
        copy.unlink(missing_ok=True)


def run(desk) -> None:
    uow = desk.uow_factory
    users = [u for u in desk.reader.users() if u.role == "manager"]
    me = users[0].id
    vk = next(c for c in desk.reader.channel_workflows() if c.kind.value == "vk")
    rules.set_channel_workflow(uow, vk.id, AssignmentRule(
        AssignmentMode.ROUND_ROBIN, user_ids=tuple(u.id for u in users), hot_to_best=True),
        900, True)
    now = datetime.now(UTC)
    arrived: list[int] = []

    def arrive(n: int) -> None:
        arrived.append(record_inbound_lead(uow, InboundRequest(
            channel_name=vk.name, received_at=now, subject="Вопрос о цене",
            text=f"Сколько стоит доставка, срочно? {n}", contact_name=f"Покупатель {n}",
            identities=((IdentityKind.VK, str(900_000_000 + n)),),
            product={"title": "Диван «Честер»", "price": 64900})))

    report("lead arrives (round-robin, hot)", [timed(lambda n=n: arrive(n)) for n in range(RUNS)])
    chat = next(c for c in desk.reader.channel_workflows() if c.kind.value == "webchat")
    rules.set_channel_workflow(uow, chat.id, AssignmentRule(AssignmentMode.POOL), 120, False)
    pool = [record_inbound_lead(uow, InboundRequest(
        channel_name=chat.name, received_at=now, text=f"Есть доставка? {n}"))
        for n in range(10)]
    report("take from the pool", [timed(lambda i=i: workflow.take_lead(uow, i, me))
                                  for i in pool])
    report("assign", [timed(lambda i=i: workflow.assign_lead(uow, i, me, users[1].id))
                      for i in arrived[10:20]])
    reason = desk.reader.reject_reasons()[0].id
    report("reject", [timed(lambda i=i: workflow.reject_lead(uow, i, me, reason))
                      for i in arrived[20:25]])
    later = now + timedelta(days=1)
    report("postpone", [timed(lambda i=i: workflow.postpone_lead(uow, i, me, later))
                        for i in arrived[25:28]])
    deal_ids: list[int] = []
    report("convert to deal", [timed(lambda i=i: deal_ids.append(
        deals.convert_to_deal(uow, i, me, Decimal(64900)))) for i in arrived[28:30]])
    line = [InvoiceLine("Диван «Честер»", Decimal(1), "шт.", Decimal(64900))]
    report("issue invoice", [timed(lambda: invoices.issue_invoice(
        uow, deal_ids[0], me, line, Decimal(22), "Покупатель")) for _ in range(10)])
    report("housekeeping (escalate, remind)", [timed(lambda: (
        workflow.escalate_overdue(uow, datetime.now(UTC)),
        workflow.return_due_postponed(uow, datetime.now(UTC)))) for _ in range(10)])
    after = desk.reader.last_audit_id() - 100
    report("alert poll", [timed(lambda: (
        desk.reader.alerts(me, "manager", after, 20),
        desk.reader.sla_due_soon(me, datetime.now(UTC), 600, 20))) for _ in range(10)])
    report("lead card with deal and invoices",
           [timed(lambda: desk.reader.lead_card(arrived[28])) for _ in range(10)])


if __name__ == "__main__":
    main()
