"""Money in the card and, later, on invoices."""

from decimal import Decimal

from leaddesk.domain.money import format_money


def test_money_reads_like_a_russian_invoice():
    assert format_money(Decimal("708000.00"), "RUB") == "708\u202f000\u00a0₽"
    assert format_money(Decimal("1250.5"), "RUB") == "1\u202f250,50\u00a0₽"
    assert format_money(Decimal("99"), "KZT") == "99\u00a0KZT"
