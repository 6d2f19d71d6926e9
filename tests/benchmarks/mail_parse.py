"""Mail parsing speed on typical inbound mail.

Run: ``.venv/bin/python tests/benchmarks/mail_parse.py [--mails N] [--repeat R]``. Generates
N mails of 2-5 KB the way customers' mail programs write them: koi8-r, windows-1251 and UTF-8;
base64, quoted-printable and 8-bit bodies; a third with an HTML alternative, some with
RFC 2047 names and subjects. Prints ``parse_mail`` throughput (best of R runs) next to
``email.message_from_bytes`` with compat32 alone, which is the floor.
Target (this 2-core machine): >= 2,500 mails/s, so that parsing plus storage reaches 500/s.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import email
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from leaddesk.adapters.channels.email.parse import parse_mail  # noqa: E402

_NAMES = ["Иван Петров", "Мария Сидорова", "Алексей Кузнецов", "Ольга Смирнова", "John Smith"]
_SUBJECTS = ["Заказ дверей на дачу", "Вопрос по доставке", "Re: Счёт {n}",
             "Запрос коммерческого предложения", "Fwd: Прайс-лист", "Request for a quote"]
_SENTENCES = [
    "Здравствуйте! Хотели бы заказать у вас партию товара для нашего магазина.",
    "Подскажите, пожалуйста, сроки поставки и условия оплаты для юридических лиц.",
    "Нам нужно 40 штук до конца месяца, доставка в Екатеринбург.",
    "Пришлите, пожалуйста, счёт на оплату и договор поставки.",
    "Если есть скидка при заказе от 100 000 рублей, сообщите.",
    "Телефон для связи: +7 (916) 123-45-67, звоните после 10:00.",
    "We would like to order 40 units, please send the invoice and delivery terms.",
]


def _body(rng: random.Random, length: int) -> str:
    lines = []
    while sum(len(line) for line in lines) < length:
        lines.append(" ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 3))))
    return "\n\n".join(lines) + "\n\n--\nС уважением,\nотдел закупок\n"


def _text_part(text: str, charset: str, encoding: str, subtype: str = "plain") -> Message:
    data = text.replace("\n", "\r\n").encode(charset)
    part = Message(policy=compat32)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = encoding
    if encoding == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    elif encoding == "quoted-printable":
        part.set_payload(binascii.b2a_qp(data).decode("ascii"))
    else:
        part.set_payload(data.decode("ascii", "surrogateescape"))
    return part


def make_mail(rng: random.Random, number: int) -> bytes:
    """One customer mail of 2-5 KB, CRLF line ends as IMAP delivers them."""
    charset = rng.choice(["koi8-r", "windows-1251", "utf-8", "utf-8"])
    encoding = rng.choice(["base64", "quoted-printable", "8bit"])
    alternative = rng.random() < 0.35  # with an HTML version: the text is shorter
    text = _body(rng, rng.randint(500, 1000) if alternative else rng.randint(1100, 2200))
    message = _text_part(text, charset, encoding)
    if alternative:
        html = "<html><body>" + "".join(
            f'<p style="color:#333">{para}</p>' for para in text.split("\n\n")) + (
            '<img src="https://tracker.example/p.gif" width="1" height="1"></body></html>')
        both = MIMEMultipart("alternative", policy=compat32)
        both.attach(message)
        both.attach(_text_part(html, charset, encoding, "html"))
        message = both
    message["From"] = formataddr((rng.choice(_NAMES), f"client{number}@example.ru"),
                                 charset=charset)
    message["To"] = "sales@leaddesk.example"
    message["Subject"] = Header(rng.choice(_SUBJECTS).format(n=number), charset)
    when = datetime(2025, 3, 1, tzinfo=UTC) + timedelta(minutes=number)
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain="example.ru")
    if rng.random() < 0.3:
        message["In-Reply-To"] = make_msgid(domain="leaddesk.example")
        message["References"] = message["In-Reply-To"]
    return message.as_bytes(policy=compat32.clone(linesep="\r\n"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(1)
    mails = [make_mail(rng, n) for n in range(args.mails)]
    sizes = sorted(len(m) for m in mails)
    print(f"{len(mails):,} mails, {sizes[0]:,}-{sizes[-1]:,} bytes "
          f"(median {sizes[len(sizes) // 2]:,})")
    for label, work in (("compat32 parse only", lambda m: email.message_from_bytes(
            m, policy=compat32)), ("parse_mail", parse_mail)):
        best = float("inf")
        for _ in range(args.repeat):
            started = time.process_time()  # CPU time: other processes on the box do not count
            for mail in mails:
                work(mail)
            best = min(best, time.process_time() - started)
        print(f"{label:>20}: {len(mails) / best:,.0f} mails/s")
    results = [parse_mail(m) for m in mails[:200]]  # and the results make sense
    bad = [r for r in results if r.problems or not r.text or "\ufffd" in r.text + r.subject]
    print(f"sanity: {len(bad)} of 200 with problems, empty text or U+FFFD")


if __name__ == "__main__":
    main()
