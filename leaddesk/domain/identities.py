"""Normalising the ways a contact can be recognised (email, phone, VK id)."""

from __future__ import annotations

import re

import phonenumbers

from leaddesk.domain.codes import IdentityKind

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSSIBLE = phonenumbers.ValidationResult.IS_POSSIBLE


def normalize_email(value: str) -> str | None:
    """Return the address in the form used to recognise a contact, or None if it is no address.

    Case is folded for the whole address: mail systems treat local parts case-insensitively
    in practice, and a customer who writes once as Ivan@ and once as ivan@ is one person.
    """
    value = value.strip().strip("<>").strip()
    if not _EMAIL.match(value):
        return None
    return value.casefold()


def normalize_phone(value: str, default_region: str = "RU") -> str | None:
    """Return the phone in E.164 (``+79161234567``), or None when it cannot be a number.

    A number without a country code is read as one of ``default_region``, so the Russian
    habits ``8 (916) 123-45-67`` and ``916 123 45 67`` both become ``+7916...``; ``00`` is
    read as ``+``. A local number without its area code recognises nobody and is refused.
    """
    value = value.strip()
    if value.startswith("00"):
        value = "+" + value[2:]
    try:
        number = phonenumbers.parse(value, default_region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_possible_number_with_reason(number) != _POSSIBLE:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_vk(value: str) -> str | None:
    """Return the numeric VK user id as text, or None."""
    value = value.strip()
    for prefix in ("https://vk.com/id", "http://vk.com/id", "vk.com/id", "id"):
        if value.startswith(prefix):
            value = value[len(prefix):]
            break
    return value if value.isdigit() and value != "0" else None


def normalize_identity(kind: IdentityKind, value: str) -> str | None:
    """Normalise ``value`` for an identity of ``kind``."""
    if kind is IdentityKind.EMAIL:
        return normalize_email(value)
    if kind is IdentityKind.PHONE:
        return normalize_phone(value)
    return normalize_vk(value)
