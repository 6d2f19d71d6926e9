"""The demo's workflow set-up: rules per channel, reply templates, company requisites and
invoices for the latest won deals, so every part of the card means something at once.

Runs after the bulk history through the ordinary services; it only fills what is empty,
so a supervisor's own rules and requisites are never overwritten.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from leaddesk.domain.assignment import AssignmentMode, AssignmentRule
from leaddesk.domain.codes import ChannelKind, Role
from leaddesk.domain.invoice import InvoiceLine, Requisites
from leaddesk.services import invoices, rules
from leaddesk.services.ports import ReadModel, TemplateInfo, UnitOfWorkFactory

DEMO_REQUISITES = Requisites(
    name="ООО «Уютный дом»", inn="7728123402", kpp="772801001",
    address="117393, г. Москва, ул. Профсоюзная, д. 56, офис 12",
    bank_name="АО «Демо-Банк», г. Москва", bik="044525999",
    account="40702810100000012345", corr_account="30101810400000000999",
    director="Соколов А. В.", accountant="Белова Н. С.", phone="+7 495 120-45-67",
)

DEMO_TEMPLATES = [
    TemplateInfo(None, "Приветствие", "Здравствуйте, {имя}! Меня зовут {менеджер}, компания "
                 "{компания}. Спасибо за обращение, сейчас всё уточню."),
    TemplateInfo(None, "Цена и наличие", "{имя}, {товар} есть в наличии. Могу подготовить "
                 "счёт сегодня — пришлите, пожалуйста, реквизиты или ИНН."),
    TemplateInfo(None, "Счёт отправлен", "{имя}, счёт отправили на вашу почту. Если будут "
                 "вопросы — я на связи, {менеджер}."),
    TemplateInfo(None, "Перезвоним", "{имя}, спасибо! Перезвоним вам в течение 15 минут."),
    TemplateInfo(None, "Скрипт: квалификация", "1. Для себя или для компании?\n"
                 "2. Когда нужно: срочно / в этом месяце / присматриваетесь?\n"
                 "3. Бюджет и способ оплаты.\n4. Удобный способ связи.", is_script=True),
]

INVOICES = 12


def add_demo_workflow(uow_factory: UnitOfWorkFactory, reader: ReadModel, now: datetime) -> int:
    """Fill rules, templates, requisites and a few invoices where nothing is set yet.
    Returns how many invoices were issued."""
    channels = {c.kind: c for c in reader.channel_workflows()}
    managers = [u.id for u in reader.users() if u.role == Role.MANAGER.value and u.active]
    plan = {
        ChannelKind.WEBCHAT: (AssignmentRule(AssignmentMode.POOL, role=Role.MANAGER,
                                             reassign_on_escalation=True), True),
        ChannelKind.VK: (AssignmentRule(AssignmentMode.ROUND_ROBIN, user_ids=tuple(managers),
                                        hot_to_best=True), True),
        ChannelKind.WEBFORM: (AssignmentRule(AssignmentMode.ROUND_ROBIN,
                                             user_ids=tuple(managers)), True),
        ChannelKind.EMAIL: (AssignmentRule(hot_to_best=True), True),
    }
    for kind, (rule, reason_required) in plan.items():
        channel = channels.get(kind)
        if channel is not None and channel.rule.mode is AssignmentMode.NONE \
                and not channel.rule.hot_to_best:
            rules.set_channel_workflow(uow_factory, channel.id, rule, channel.sla_seconds,
                                       reason_required)
    if not reader.templates():
        rules.set_templates(uow_factory, DEMO_TEMPLATES)
    if not invoices.requisites(reader).name:
        invoices.save_requisites(uow_factory, DEMO_REQUISITES)
    issued = 0
    for deal in reader.recent_won_deals_without_invoice(INVOICES):
        title = deal.product_title or "Товары по заявке"
        lines = [InvoiceLine(title, Decimal(1), "шт.", deal.amount)]
        if deal.amount > 20000:
            delivery = Decimal(1500)
            lines = [InvoiceLine(title, Decimal(1), "шт.", deal.amount - delivery),
                     InvoiceLine("Доставка по Москве", Decimal(1), "услуга", delivery)]
        invoices.issue_invoice(uow_factory, deal.deal_id, deal.owner_id, lines, Decimal(22),
                               deal.buyer, now=min(now, deal.closed_at + timedelta(hours=1)))
        issued += 1
    return issued
