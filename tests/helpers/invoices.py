"""The seller of the invoice tests: a company with valid requisites."""

from __future__ import annotations

from leaddesk.domain.invoice import Requisites

SELLER = Requisites(
    name='ООО "Ромашка"',
    inn="7707083893",
    kpp="773601001",
    address="117997, г. Москва, ул. Вавилова, д. 19",
    bank_name='ПАО "Сбербанк" г. Москва',
    bik="044525225",
    account="40702810938000000001",
    corr_account="30101810400000000225",
    director="Иванов И. И.",
    accountant="Петрова А. А.",
    phone="+7 495 123-45-67",
)
