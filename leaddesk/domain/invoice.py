"""A Russian invoice ("Счёт на оплату"): the seller's requisites, the lines, the totals.

Checks return codes only; the user interface turns them into words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

KOPECK = Decimal("0.01")

MONTHS_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)

_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN11_WEIGHTS = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_KPP = re.compile(r"\d{4}[\dA-Z]{2}\d{3}")


def to_kopecks(amount: Decimal) -> Decimal:
    """The amount rounded to kopecks, halves up, as accountants round."""
    return amount.quantize(KOPECK, rounding=ROUND_HALF_UP)


def russian_date(day: date) -> str:
    """``25 ноября 2026 г.``"""
    return f"{day.day} {MONTHS_GENITIVE[day.month - 1]} {day.year} г."


@dataclass(frozen=True)
class Requisites:
    """The seller's company and bank details as they stand on the invoice."""

    name: str = ""
    inn: str = ""
    kpp: str = ""
    address: str = ""
    bank_name: str = ""
    bik: str = ""
    account: str = ""
    corr_account: str = ""
    director: str = ""
    accountant: str = ""
    phone: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Requisites:
        """Requisites from stored settings; unknown keys are ignored, missing ones are empty."""
        known = {field.name for field in fields(cls)}
        values = {
            key: "" if value is None else str(value).strip()
            for key, value in data.items()
            if key in known
        }
        return cls(**values)

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def _check_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def inn_is_valid(inn: str) -> bool:
    """A 10-digit (company) or 12-digit (person) INN with correct check digits."""
    if not inn.isascii() or not inn.isdigit():
        return False
    if len(inn) == 10:
        return _check_digit(inn, _INN10_WEIGHTS) == int(inn[9])
    if len(inn) == 12:
        return (
            _check_digit(inn, _INN11_WEIGHTS) == int(inn[10])
            and _check_digit(inn, _INN12_WEIGHTS) == int(inn[11])
        )
    return False


def _digits(value: str, count: int) -> bool:
    return len(value) == count and value.isascii() and value.isdigit()


def requisites_problems(requisites: Requisites) -> list[str]:
    """Codes such as ``name_missing`` or ``inn_invalid``; empty when an invoice can be issued."""
    values = {key: value.strip() for key, value in requisites.to_dict().items()}
    problems = [
        f"{key}_missing"
        for key in ("name", "inn", "bank_name", "bik", "account")
        if not values[key]
    ]
    checks = (
        ("inn", inn_is_valid),
        ("kpp", _KPP.fullmatch),
        ("bik", lambda value: _digits(value, 9)),
        ("account", lambda value: _digits(value, 20)),
        ("corr_account", lambda value: _digits(value, 20)),
    )
    problems += [
        f"{key}_invalid" for key, is_valid in checks if values[key] and not is_valid(values[key])
    ]
    return problems


@dataclass(frozen=True)
class InvoiceLine:
    """One item of the invoice: what, how many, in what units, at what price."""

    title: str
    quantity: Decimal
    unit: str
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return to_kopecks(self.quantity * self.unit_price)


def validate_lines(lines: Iterable[InvoiceLine]) -> list[str]:
    """Codes ``no_lines``, ``title_missing``, ``quantity_not_positive``, ``price_negative``."""
    lines = list(lines)
    if not lines:
        return ["no_lines"]
    problems: list[str] = []
    for line in lines:
        if not line.title.strip():
            problems.append("title_missing")
        if line.quantity <= 0:
            problems.append("quantity_not_positive")
        if line.unit_price < 0:
            problems.append("price_negative")
    return list(dict.fromkeys(problems))


@dataclass(frozen=True)
class InvoiceDocument:
    """Everything printed on one invoice. Prices include VAT when a rate is given."""

    number: int
    year: int
    issued_on: date
    seller: Requisites
    buyer: str
    buyer_details: str
    lines: tuple[InvoiceLine, ...]
    vat_rate: Decimal | None
    currency: str = "RUB"
    basis: str = ""

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0.00"))

    @property
    def vat_amount(self) -> Decimal | None:
        """The VAT inside the total (total x rate / (100 + rate)); None when sold without VAT."""
        if self.vat_rate is None:
            return None
        return to_kopecks(self.total * self.vat_rate / (100 + self.vat_rate))

    @property
    def title(self) -> str:
        """``Счёт на оплату № 15 от 25 ноября 2026 г.``"""
        return f"Счёт на оплату № {self.number} от {russian_date(self.issued_on)}"
