"""Channel problems: one catalog of sentences, recognised again to be said in Russian."""

from __future__ import annotations

import pytest

from leaddesk.domain.problems import TEMPLATES, describe, recognise


def test_a_described_problem_is_recognised_with_its_fields():
    text = describe("smtp_said", host="smtp.yandex.ru", code=451, text="4.3.0 Try again later")
    assert recognise(text) == ("smtp_said", {"host": "smtp.yandex.ru", "code": "451",
                                             "text": "4.3.0 Try again later"})
    assert recognise(describe("imap_said", host="imap.mail.ru", text="NO [ALERT] x")) == (
        "imap_said", {"host": "imap.mail.ru", "text": "NO [ALERT] x"})


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_sentence_of_the_catalog_comes_back_as_itself(code):
    fields = {name: f"<{name}>" for name in ("where", "detail", "host", "path", "login",
                                             "code", "folder", "text", "address")}
    assert recognise(describe(code, **fields))[0] == code


def test_words_not_from_the_catalog_are_not_taken_for_a_problem():
    assert recognise("550 5.1.1 User unknown") is None
