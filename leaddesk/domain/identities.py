"""Normalising the ways a contact can be recognised (email, phone, VK id)."""

from __future__ import annotations

import re

from leaddesk.domain.codes import IdentityKind

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_email(value: str) -> str | None:
    """Return the address in the form used to recognise a contact, or None if it is no address.

    Case is folded for the whole address: mail systems treat local parts case-insensitively
    in practice, and a customer who writes once as Ivan@ and once as ivan@ is one person.
    """
    value = value.strip().strip("<>").strip()
    if not _EMAIL.match(value):
        return None
    return value.casefold()


def normalize_phone(value: str, default_country_code: str = "7") -> str | None:
    """Return the phone as ``+`` and digits, or None when it has too few digits to be one.

    Russian habits are understood: ``8 (912) ...`` and ``912 ...`` both become ``+7912...``.
    """
    digits = re.sub(r"\D", "", value)
    if len(digits) < 7 or len(digits) > 15:
        return None
    if value.strip().startswith("+"):
        return "+" + digits
    if default_country_code == "7" and len(digits) == 11 and digits[0] in "78":
        return "+7" + digits[1:]
    if default_country_code == "7" and len(digits) == 10 and digits[0] == "9":
        return "+7" + digits
    return "+" + digits


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
