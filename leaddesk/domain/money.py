"""Amounts of money as people read them."""

from __future__ import annotations

from decimal import Decimal

SYMBOLS = {"RUB": "₽", "USD": "$", "EUR": "€"}


def format_money(amount: Decimal, currency: str) -> str:
    """``708 000 ₽``, ``1 250,50 ₽``: groups of three split by a narrow no-break space."""
    whole = amount == amount.to_integral_value()
    text = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    text = text.replace(",", "\u202f").replace(".", ",")
    return f"{text}\u00a0{SYMBOLS.get(currency, currency)}"
