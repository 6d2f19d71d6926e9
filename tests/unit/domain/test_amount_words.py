"""The amount in words under an invoice's total."""

from __future__ import annotations

from decimal import Decimal

import pytest

from leaddesk.domain.amount_words import amount_in_words, plural_form


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("123.45", "Сто двадцать три рубля 45 копеек"),
        ("21", "Двадцать один рубль 00 копеек"),
        ("2", "Два рубля 00 копеек"),
        ("11", "Одиннадцать рублей 00 копеек"),
        ("1.01", "Один рубль 01 копейка"),
        ("0", "Ноль рублей 00 копеек"),
        ("1001.01", "Одна тысяча один рубль 01 копейка"),
        ("708000", "Семьсот восемь тысяч рублей 00 копеек"),
        ("1000000", "Один миллион рублей 00 копеек"),
        ("112.22", "Сто двенадцать рублей 22 копейки"),
        ("5.11", "Пять рублей 11 копеек"),
        ("3.21", "Три рубля 21 копейка"),
    ],
)
def test_rubles_in_words(amount, words):
    assert amount_in_words(Decimal(amount)) == words


def test_kopecks_are_rounded_half_up():
    assert amount_in_words(Decimal("9.995")) == "Десять рублей 00 копеек"
    assert amount_in_words(Decimal("9.994")) == "Девять рублей 99 копеек"


def test_dollars_and_euros():
    assert amount_in_words(Decimal("21.01"), "USD") == "Двадцать один доллар США 01 цент"
    assert amount_in_words(Decimal("3.50"), "EUR") == "Три евро 50 центов"
    assert amount_in_words(Decimal("12"), "usd") == "Двенадцать долларов США 00 центов"


def test_unknown_currency_keeps_its_code():
    assert amount_in_words(Decimal("123.45"), "KZT") == "Сто двадцать три KZT 45/100"


def test_negative_amount_is_refused():
    with pytest.raises(ValueError):
        amount_in_words(Decimal("-1"))


def test_plural_forms_follow_the_last_two_digits():
    forms = ("рубль", "рубля", "рублей")
    assert [plural_form(n, forms) for n in (1, 2, 5, 11, 14, 21, 104, 111, 1000)] == [
        "рубль", "рубля", "рублей", "рублей", "рублей", "рубль", "рубля", "рублей", "рублей",
    ]
