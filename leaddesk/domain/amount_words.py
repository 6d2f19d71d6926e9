"""An amount of money in Russian words, as the line under an invoice's total."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

# Forms for 1, for 2-4 and for 5-20 (and 11-14): рубль, рубля, рублей.
_UNITS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "RUB": (("рубль", "рубля", "рублей"), ("копейка", "копейки", "копеек")),
    "USD": (("доллар США", "доллара США", "долларов США"), ("цент", "цента", "центов")),
    "EUR": (("евро", "евро", "евро"), ("цент", "цента", "центов")),
}

_KOPECK = Decimal("0.01")


def plural_form(count: int, forms: tuple[str, str, str]) -> str:
    """The Russian form of a noun after ``count``: 1 рубль, 2 рубля, 5 рублей, 11 рублей."""
    tens = count % 100
    units = count % 10
    if 11 <= tens <= 14:
        return forms[2]
    if units == 1:
        return forms[0]
    if 2 <= units <= 4:
        return forms[1]
    return forms[2]


def amount_in_words(amount: Decimal, currency: str = "RUB") -> str:
    """``Сто двадцать три рубля 45 копеек``: whole units in words, cents as two digits.

    Currencies without Russian names read ``Сто двадцать три KZT 45/100``.
    """
    if amount < 0:
        raise ValueError("an amount in words cannot be negative")
    rounded = amount.quantize(_KOPECK, rounding=ROUND_HALF_UP)
    whole = int(rounded)
    cents = int((rounded - whole) * 100)
    words = num2words(whole, lang="ru")
    words = words[:1].upper() + words[1:]
    units = _UNITS.get(currency.upper())
    if units is None:
        return f"{words} {currency} {cents:02d}/100"
    main_forms, cent_forms = units
    return (
        f"{words} {plural_form(whole, main_forms)} "
        f"{cents:02d} {plural_form(cents, cent_forms)}"
    )
