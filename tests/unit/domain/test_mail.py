"""Threading keys, answers and machine-written mail, as the sales desk experiences them."""

from __future__ import annotations

import pytest

from leaddesk.domain.mail import (
    ParsedMail,
    SetAsideReason,
    automatic_reason,
    normalize_subject,
    quote_text,
    reply_references,
    reply_subject,
)


def test_a_customer_answer_with_prefixes_finds_the_same_thread():
    key = normalize_subject("Заказ дверей")
    for answered in ("RE: Fwd: Заказ дверей", "Re: Re: Заказ  дверей", "Re[2]: заказ ДВЕРЕЙ",
                     "AW: WG: Заказ дверей", "FW: [Sales] Заказ дверей", "  re:Заказ дверей "):
        assert normalize_subject(answered) == key, answered


def test_russian_mail_programs_prefixes_are_understood():
    key = normalize_subject("Счёт на оплату")
    assert normalize_subject("Ответ: Счёт на оплату") == key
    assert normalize_subject("Отв: Пересл: Счёт на оплату") == key


def test_different_subjects_stay_different_threads():
    assert normalize_subject("Заказ дверей") != normalize_subject("Заказ окон")
    assert normalize_subject("Return policy") == "return policy"  # "Re" inside a word stays


def test_an_answer_gets_exactly_one_re():
    assert reply_subject("Re: RE: Fwd: Заказ дверей") == "Re: Заказ дверей"
    assert reply_subject("Вопрос по доставке") == "Re: Вопрос по доставке"
    assert reply_subject("") == "Re:"


def test_the_customers_text_is_quoted_under_an_attribution_line():
    quoted = quote_text("Привет!\n>старое\n\nЖду ответа", "Иван Петров", "1 марта 2025")
    lines = quoted.strip("\n").splitlines()
    assert lines[0] == "1 марта 2025, Иван Петров:"
    assert lines[1:] == ["> Привет!", ">>старое", ">", "> Жду ответа"]
    assert quote_text("", "", "вчера").strip() == "вчера:\n>"


def test_answer_references_continue_the_chain():
    assert reply_references(("a@x", "b@x"), "c@x") == ("a@x", "b@x", "c@x")
    assert reply_references(("a@x", "c@x"), "c@x") == ("a@x", "c@x")
    assert reply_references((), None) == ()
    long_chain = tuple(f"{n}@x" for n in range(30))
    chain = reply_references(long_chain, "new@x")
    assert len(chain) == 20 and chain[-1] == "new@x" and chain[0] == "11@x"


def test_thread_ids_start_with_the_mail_answered():
    mail = ParsedMail(in_reply_to=("c@x",), references=("a@x", "b@x", "c@x"))
    assert mail.thread_ids == ("c@x", "b@x", "a@x")
    assert ParsedMail(references=("a@x",)).thread_ids == ("a@x",)
    assert ParsedMail().thread_ids == ()


ORDINARY = "text/plain; charset=utf-8"


@pytest.mark.parametrize("subject", [
    "Out of Office: Заказ дверей", "Automatic reply: Invoice", "Auto: Re: цены",
    "Автоответ: Заказ", "Автоматический ответ: Счёт", "Нет на месте до 10 марта",
    "Abwesenheitsnotiz: Angebot", "[Auto-Reply] Your message",
])
def test_out_of_office_subjects_are_auto_replies(subject):
    assert automatic_reason({}, "ivan@client.ru", ORDINARY, subject) is SetAsideReason.AUTO_REPLY


def test_auto_reply_headers_are_recognised():
    sender = "ivan@client.ru"
    assert automatic_reason({"auto-submitted": "auto-replied"}, sender, ORDINARY,
                            "Re: Заказ") is SetAsideReason.AUTO_REPLY
    assert automatic_reason({"x-autoreply": "yes"}, sender, ORDINARY,
                            "Заказ") is SetAsideReason.AUTO_REPLY
    assert automatic_reason({"x-autorespond": "Я в отпуске"}, sender, ORDINARY,
                            "Заказ") is SetAsideReason.AUTO_REPLY
    assert automatic_reason({"precedence": "auto_reply"}, sender, ORDINARY,
                            "Re: Заказ (автоматически)") is SetAsideReason.AUTO_REPLY


def test_a_website_form_notification_is_a_lead_though_a_machine_sent_it():
    # Shop and form mailers mark their mail auto-generated: those are the leads themselves.
    assert automatic_reason({"auto-submitted": "auto-generated"}, "noreply@tilda.ws",
                            ORDINARY, "Новая заявка с сайта") is None


def test_bounces_are_recognised():
    report = "multipart/report; report-type=delivery-status; boundary=x"
    assert automatic_reason({}, "mailer-daemon@mx.ru", report,
                            "Undelivered Mail Returned to Sender") is SetAsideReason.BOUNCE
    assert automatic_reason({}, "postmaster@mail.ru", ORDINARY,
                            "Недоставленное сообщение") is SetAsideReason.BOUNCE
    assert automatic_reason({}, "MAILER-DAEMON@googlemail.com", ORDINARY,
                            "Delivery Status Notification (Failure)") is SetAsideReason.BOUNCE
    assert automatic_reason({"x-failed-recipients": "old@client.ru"}, "robot@mx.ru", ORDINARY,
                            "Mail failure") is SetAsideReason.BOUNCE
    # a bounce also says Auto-Submitted: it is still a bounce, not an auto-reply
    assert automatic_reason({"auto-submitted": "auto-replied"}, "mailer-daemon@mx.ru", report,
                            "Returned mail") is SetAsideReason.BOUNCE


def test_ordinary_customer_mail_and_newsletters_are_not_automatic():
    assert automatic_reason({}, "ivan@client.ru", ORDINARY, "Заказ дверей на дачу") is None
    assert automatic_reason({"auto-submitted": "no"}, "ivan@client.ru", ORDINARY,
                            "Re: Счёт") is None
    # a newsletter without auto markers may be a lead: bulk alone is not enough
    assert automatic_reason({"precedence": "bulk", "list-unsubscribe": "<mailto:u@x>"},
                            "news@shop.ru", "multipart/alternative; boundary=b",
                            "Скидки недели") is None
    # the postmaster writing about something else is a person
    assert automatic_reason({}, "postmaster@client.ru", ORDINARY, "Счёт за май") is None
    # "Re: out of office hours" is a customer's question, not an autoresponder
    assert automatic_reason({}, "ivan@client.ru", ORDINARY,
                            "Re: доставка в нерабочее время") is None
