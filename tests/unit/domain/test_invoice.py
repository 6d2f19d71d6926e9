"""Invoices: requisites checks, line and VAT arithmetic, the title."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from leaddesk.domain.invoice import (
    InvoiceDocument,
    InvoiceLine,
    Requisites,
    inn_is_valid,
    requisites_problems,
    validate_lines,
)
from tests.helpers.invoices import SELLER


def make_invoice(lines, vat_rate=Decimal("20")) -> InvoiceDocument:
    return InvoiceDocument(
        number=15,
        year=2026,
        issued_on=date(2026, 11, 25),
        seller=SELLER,
        buyer='ИП Сидоров П. П.',
        buyer_details="ИНН 500100732259",
        lines=tuple(lines),
        vat_rate=vat_rate,
    )


def line(price: str, quantity: str = "1", title: str = "Монтаж") -> InvoiceLine:
    return InvoiceLine(title, Decimal(quantity), "шт", Decimal(price))


@pytest.mark.parametrize(
    ("inn", "valid"),
    [
        ("7707083893", True),
        ("7707083890", False),
        ("500100732259", True),
        ("500100732250", False),
        ("500100732269", False),
        ("770708389", False),
        ("77070838931", False),
        ("77070838 3", False),
        ("７７０７０８３８９３", False),
        ("", False),
    ],
)
def test_inn_check_digits(inn, valid):
    assert inn_is_valid(inn) is valid


def test_complete_requisites_have_no_problems():
    assert requisites_problems(SELLER) == []


def test_empty_requisites_miss_the_required_fields_only():
    assert requisites_problems(Requisites()) == [
        "name_missing", "inn_missing", "bank_name_missing", "bik_missing", "account_missing",
    ]


def test_optional_fields_may_be_empty():
    sole_trader = Requisites(
        name="ИП Сидоров П. П.", inn="500100732259", bank_name="Банк", bik="044525225",
        account="40802810938000000001",
    )
    assert requisites_problems(sole_trader) == []


def test_malformed_requisites_are_reported():
    bad = Requisites(
        name="X", inn="7707083890", kpp="77360100", bank_name="Банк", bik="04452522A",
        account="4070281093800000000", corr_account="3010181040000000022X",
    )
    assert requisites_problems(bad) == [
        "inn_invalid", "kpp_invalid", "bik_invalid", "account_invalid", "corr_account_invalid",
    ]


def test_kpp_may_carry_latin_letters_in_the_reason_code():
    assert "kpp_invalid" not in requisites_problems(Requisites(kpp="7736AB001"))


def test_requisites_round_trip_through_a_dict():
    assert Requisites.from_dict(SELLER.to_dict()) == SELLER
    partial = Requisites.from_dict({"name": "  ООО  ", "inn": None, "unknown": "x"})
    assert partial == Requisites(name="ООО")


def test_line_total_is_rounded_half_up_to_kopecks():
    assert line("10.005").total == Decimal("10.01")
    assert line("33.333", "3").total == Decimal("100.00")
    assert line("0.125", "1").total == Decimal("0.13")


def test_vat_twenty_percent_is_inside_the_price():
    invoice = make_invoice([line("1000"), line("100", "2")])
    assert invoice.total == Decimal("1200.00")
    assert invoice.vat_amount == Decimal("200.00")


def test_vat_is_rounded_to_kopecks():
    assert make_invoice([line("100")]).vat_amount == Decimal("16.67")
    assert make_invoice([line("100")], Decimal("10")).vat_amount == Decimal("9.09")


def test_zero_vat_and_no_vat():
    assert make_invoice([line("1200")], Decimal("0")).vat_amount == Decimal("0.00")
    assert make_invoice([line("1200")], None).vat_amount is None


def test_empty_invoice_totals_zero():
    invoice = make_invoice([])
    assert invoice.total == Decimal("0.00")
    assert invoice.vat_amount == Decimal("0.00")


def test_title_uses_the_genitive_month():
    assert make_invoice([]).title == "Счёт на оплату № 15 от 25 ноября 2026 г."
    early = InvoiceDocument(3, 2027, date(2027, 3, 5), SELLER, "B", "", (), None)
    assert early.title == "Счёт на оплату № 3 от 5 марта 2027 г."


def test_line_problems():
    assert validate_lines([]) == ["no_lines"]
    assert validate_lines([line("100")]) == []
    assert validate_lines([line("0")]) == []
    assert validate_lines([line("-1", "0", title=" "), line("5", "-2")]) == [
        "title_missing", "quantity_not_positive", "price_negative",
    ]
