"""Warmth and score: points per observed fact, keyword rules, thresholds.

Rules are data (``scoring_rules`` rows) that supervisors edit; negative points are allowed
(spam words, a free mail address). Warmth follows the score unless set by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from leaddesk.domain.codes import Warmth


class ScoringKind(StrEnum):
    PRODUCT_CARD = "product_card"  # written from a product card: the product is known
    PHONE_AND_EMAIL = "phone_and_email"  # both a phone and an email are known
    REPEAT_CUSTOMER = "repeat_customer"  # the contact has earlier leads
    CONVERTED_BEFORE = "converted_before"  # the contact has bought before
    CHANNEL = "channel"  # the lead came through the channel kind in ``pattern``
    KEYWORD = "keyword"  # any of the comma-separated words in ``pattern`` is in the text


@dataclass(frozen=True, slots=True)
class ScoringRule:
    kind: ScoringKind
    points: int
    pattern: str = ""

    def keywords(self) -> list[str]:
        return [w.strip().casefold() for w in self.pattern.split(",") if w.strip()]


@dataclass(frozen=True, slots=True)
class LeadFacts:
    """What scoring looks at."""

    text: str
    channel_kind: str
    has_product: bool = False
    has_phone: bool = False
    has_email: bool = False
    earlier_leads: int = 0
    converted_before: bool = False


@dataclass(frozen=True, slots=True)
class Thresholds:
    warm: int = 20
    hot: int = 50


DEFAULT_RULES = (
    ScoringRule(ScoringKind.PRODUCT_CARD, 30),
    ScoringRule(ScoringKind.KEYWORD, 20, "цен, стоимост, прайс, сколько стоит, счёт, счет, "
                                         "price, quote, invoice"),
    ScoringRule(ScoringKind.KEYWORD, 15, "срочно, сегодня, urgent, asap"),
    ScoringRule(ScoringKind.PHONE_AND_EMAIL, 15),
    ScoringRule(ScoringKind.REPEAT_CUSTOMER, 10),
    ScoringRule(ScoringKind.CONVERTED_BEFORE, 25),
    ScoringRule(ScoringKind.KEYWORD, -50, "казино, casino, криптовалют, seo-продвижение, "
                                          "unsubscribe"),
)


def matches(rule: ScoringRule, facts: LeadFacts) -> bool:
    if rule.kind is ScoringKind.PRODUCT_CARD:
        return facts.has_product
    if rule.kind is ScoringKind.PHONE_AND_EMAIL:
        return facts.has_phone and facts.has_email
    if rule.kind is ScoringKind.REPEAT_CUSTOMER:
        return facts.earlier_leads > 0
    if rule.kind is ScoringKind.CONVERTED_BEFORE:
        return facts.converted_before
    if rule.kind is ScoringKind.CHANNEL:
        return facts.channel_kind == rule.pattern.strip()
    text = facts.text.casefold()
    return any(word in text for word in rule.keywords())


def score(rules: Iterable[ScoringRule], facts: LeadFacts) -> tuple[int, list[ScoringRule]]:
    """The total points and the rules that matched."""
    matched = [rule for rule in rules if matches(rule, facts)]
    return sum(rule.points for rule in matched), matched


def warmth_for(points: int, thresholds: Thresholds = Thresholds()) -> Warmth:
    if points >= thresholds.hot:
        return Warmth.HOT
    if points >= thresholds.warm:
        return Warmth.WARM
    return Warmth.COLD
