"""Which deadline a lead's next answer has."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from leaddesk.domain.sla import answer_due

RECEIVED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SLA_DUE = RECEIVED + timedelta(hours=1)
REPLY_DUE = RECEIVED + timedelta(hours=5)


def test_the_first_answer_is_due_by_the_channels_target():
    assert answer_due(None, SLA_DUE, None) == SLA_DUE
    assert answer_due(None, SLA_DUE, REPLY_DUE) == SLA_DUE
    assert answer_due(None, None, None) is None  # a channel without a target


def test_once_answered_only_a_customers_new_message_sets_a_deadline():
    answered = RECEIVED + timedelta(minutes=20)
    assert answer_due(answered, SLA_DUE, None) is None
    assert answer_due(answered, SLA_DUE, REPLY_DUE) == REPLY_DUE
