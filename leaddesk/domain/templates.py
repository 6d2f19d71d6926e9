"""Reply templates and conversation scripts with placeholders.

Placeholders are written in braces, in Russian or English: ``{имя}`` / ``{name}``,
``{товар}`` / ``{product}``, ``{менеджер}`` / ``{manager}``, ``{компания}`` / ``{company}``.
An unknown placeholder stays as it is, so a typo shows instead of vanishing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"\{([^{}\s]{1,30})\}")
ALIASES = {
    "name": "name", "имя": "name",
    "product": "product", "товар": "product",
    "manager": "manager", "менеджер": "manager",
    "company": "company", "компания": "company",
}


@dataclass(frozen=True, slots=True)
class TemplateValues:
    name: str = ""
    product: str = ""
    manager: str = ""
    company: str = ""


def render_template(body: str, values: TemplateValues) -> str:
    """``body`` with its placeholders filled; a missing value leaves the text readable."""

    def fill(match: re.Match[str]) -> str:
        key = ALIASES.get(match.group(1).casefold())
        if key is None:
            return match.group(0)
        return getattr(values, key)

    text = _PLACEHOLDER.sub(fill, body)
    # "Здравствуйте, !" when the name is unknown reads badly: drop the dangling comma
    return re.sub(r",\s*([!.?])", r"\1", text)
