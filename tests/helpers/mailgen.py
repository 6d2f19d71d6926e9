"""Realistic customer inquiries as raw RFC 5322 bytes, deterministic by their number.

``make_mail(i)`` gives a 2-5 KB message, Russian (about 70 %) or English, in koi8-r,
windows-1251 or utf-8, with a base64, quoted-printable or 8bit body, every fourth one
(``i % 4 == 1``) with an HTML alternative. Headers in the message's charset are RFC 2047
encoded words (B or Q), as real mail programs write them. Lines end with CRLF.

The same ``i`` with the same arguments always gives the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import html as html_lib
import random
from email.header import Header
from email.utils import format_datetime, parseaddr

CHARSETS = ("utf-8", "windows-1251", "koi8-r")
ENCODINGS = ("base64", "quoted-printable", "8bit")
MIN_SIZE, MAX_SIZE = 2048, 5120
BASE_DATE = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
SALES = "Отдел продаж <sales@leaddesk.test>"

# Only characters that koi8-r can encode (no «», no long dashes, no №).
_RU_FIRST = ("Иван", "Анна", "Сергей", "Ольга", "Дмитрий", "Елена", "Алексей", "Мария",
             "Павел", "Татьяна", "Михаил", "Наталья", "Артём", "Юлия", "Николай", "Светлана")
_RU_LAST = ("Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов",
            "Новиков", "Фёдоров", "Морозов", "Волков", "Лебедев", "Козлов", "Егоров")
_RU_LAST_F = {name: name + "а" for name in _RU_LAST}
_RU_FEMALE = {"Анна", "Ольга", "Елена", "Мария", "Татьяна", "Наталья", "Юлия", "Светлана"}
_EN_FIRST = ("John", "Emma", "Michael", "Olivia", "David", "Sophie", "James", "Laura",
             "Peter", "Hannah", "Thomas", "Grace")
_EN_LAST = ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Clarke",
            "Hughes", "Wright", "Green", "Baker")
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
})
_DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru", "list.ru",
            "stroymontazh.ru", "agro-invest.ru", "outlook.com", "company.co.uk")
_MAILERS = ("Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8.1", "Mail.Ru Mailer 1.0",
            "Yandex.Mail", "The Bat! (v10.4.3) Professional", "Apple Mail (2.3774.400.31)",
            "Roundcube Webmail/1.6.5")

_RU_PRODUCTS = ("сплит-системы", "металлочерепицу", "пластиковые окна", "офисную мебель",
                "тротуарную плитку", "насосное оборудование", "светодиодные светильники",
                "стеллажи для склада", "газобетонные блоки", "кабель ВВГнг 3х2,5",
                "теплообменники", "промышленные вентиляторы")
_EN_PRODUCTS = ("split air conditioners", "metal roofing sheets", "PVC windows",
                "office furniture", "LED panel lights", "warehouse racking",
                "centrifugal pumps", "industrial fans", "heat exchangers")
_RU_CITIES = ("Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург",
              "Нижний Новгород", "Самара", "Краснодар", "Пермь", "Воронеж", "Тюмень")
_EN_CITIES = ("London", "Manchester", "Riga", "Tallinn", "Berlin", "Warsaw", "Helsinki")
_RU_COMPANIES = ("ООО \"СтройМонтаж\"", "ИП Кузнецов А.В.", "АО \"АгроИнвест\"",
                 "ООО \"Северный ветер\"", "ООО \"ТехноПарк\"", "ГК \"Уралснаб\"",
                 "ООО \"Домострой\"", "ЗАО \"Волга-Логистик\"")
_EN_COMPANIES = ("Northwind Trading Ltd", "Baltic Build OU", "Greenfield Facilities",
                 "Acme Logistics GmbH", "Harbour Hotels Group", "Brightline Offices")

_RU_SUBJECTS = ("Запрос цены на {product}", "Коммерческое предложение: {product}",
                "Заявка с сайта", "Вопрос по доставке в {city}", "Прошу выставить счёт",
                "Интересует {product}, {qty} шт.", "Сроки поставки", "Нужна консультация",
                "Оптовая закупка: {product}", "Повторный заказ")
_EN_SUBJECTS = ("Price request: {product}", "Quotation for {qty} units", "Enquiry from website",
                "Delivery to {city}", "Please send an invoice", "Question about {product}",
                "Bulk order", "Lead time for {product}")

_RU_GREETINGS = ("Здравствуйте!", "Добрый день!", "Добрый день, коллеги!",
                 "Здравствуйте, уважаемые господа!", "Доброе утро!")
_EN_GREETINGS = ("Hello,", "Good morning,", "Dear Sales Team,", "Hi there,", "Dear Sir or Madam,")

_RU_BODY = (
    "Наша компания {company} рассматривает закупку: нас интересует {product} в "
    "количестве {qty} штук.",
    "Просим направить коммерческое предложение с ценами, сроками поставки и условиями "
    "оплаты.",
    "Доставка нужна в город {city}, желательно до склада, адрес сообщим дополнительно.",
    "Подскажите, есть ли товар в наличии или только под заказ? Если под заказ, то какой "
    "срок изготовления?",
    "Нам важно, чтобы была вся документация: сертификаты соответствия, паспорта изделий и "
    "гарантийные талоны.",
    "Оплата возможна по безналичному расчёту с НДС, реквизиты пришлём после согласования.",
    "Ранее мы работали с другим поставщиком, но нас не устроили сроки, поэтому ищем "
    "надёжного партнёра на долгий срок.",
    "Если объём будет больше {qty2} штук, какую скидку вы сможете предложить?",
    "Также интересует монтаж под ключ и сервисное обслуживание в течение года.",
    "Объект сдаётся {deadline}, поэтому сроки для нас критичны.",
    "Можно ли получить образцы или посмотреть продукцию на вашем складе?",
    "Пожалуйста, укажите в предложении стоимость доставки отдельной строкой.",
    "Прошу перезвонить мне в рабочее время, с 9 до 18 по московскому времени.",
    "У нас тендер, поэтому нужно официальное предложение на бланке с печатью.",
    "Какие у вас условия по отсрочке платежа для постоянных клиентов?",
    "Нашли вас через поиск, на сайте указана цена {price} руб., она ещё актуальна?",
    "Есть ли у вас аналоги подешевле, но с сопоставимым качеством?",
    "Уточните, пожалуйста, гарантийный срок и где находится ближайший сервисный центр.",
    "Хотели бы заключить рамочный договор на поставки в течение {months} месяцев.",
    "Заранее спасибо за быстрый ответ, решение будем принимать на этой неделе.",
    "Приложить спецификацию не получилось, поэтому перечисляю позиции прямо в письме.",
    "Позиция 1: {product}, {qty} шт.; позиция 2: комплект крепежа, {qty2} шт.",
    "Бухгалтерия просит счёт до конца месяца, иначе бюджет не успеем согласовать.",
    "Если удобнее, можно созвониться в Telegram или WhatsApp по тому же номеру.",
)
_EN_BODY = (
    "We at {company} are planning a purchase and are interested in {product}, about {qty} "
    "units.",
    "Could you please send us a quotation with prices, lead times and payment terms?",
    "Delivery would be to {city}; we can provide the exact address later.",
    "Are the goods in stock, or made to order? If made to order, how long does it take?",
    "We need full documentation: certificates of conformity, data sheets and warranty cards.",
    "We normally pay by bank transfer within 30 days of the invoice date.",
    "Our previous supplier could not keep the delivery dates, so we are looking for a "
    "reliable long-term partner.",
    "If we order more than {qty2} units, what discount could you offer?",
    "We would also need installation and a one-year service contract.",
    "The site is to be handed over {deadline}, so timing is critical for us.",
    "Is it possible to get samples or visit your warehouse?",
    "Please quote the delivery cost as a separate line.",
    "Please call me back during office hours, 9 am to 5 pm.",
    "This is for a tender, so we need a formal offer on your letterhead.",
    "Your website lists a price of {price} EUR, is that still valid?",
    "Do you have cheaper alternatives of comparable quality?",
    "What is the warranty period, and where is the nearest service centre?",
    "We would like to sign a framework agreement for the next {months} months.",
    "Thank you in advance for a quick reply; we will decide this week.",
)
_RU_DEADLINES = ("в конце месяца", "к первому июня", "через три недели", "до конца квартала")
_EN_DEADLINES = ("at the end of the month", "by the first of June", "in three weeks")
_RU_CLOSINGS = ("С уважением,", "Спасибо,", "С наилучшими пожеланиями,", "Жду ответа,")
_EN_CLOSINGS = ("Best regards,", "Kind regards,", "Thanks,", "Sincerely,")
_RU_FOOTERS = (
    "Отправлено с мобильного устройства",
    "Это письмо и любые приложения к нему являются конфиденциальными и предназначены "
    "исключительно для адресата. Если вы получили это письмо по ошибке, пожалуйста, "
    "сообщите отправителю и удалите его.",
    "",
)
_EN_FOOTERS = (
    "Sent from my iPhone",
    "This e-mail and any attachments are confidential and intended solely for the "
    "addressee. If you have received it in error, please notify the sender and delete it.",
    "",
)


def make_mail(i: int, *, sender: str | None = None, subject: str | None = None,
              charset: str | None = None, encoding: str | None = None,
              html: bool | None = None, message_id: str | None = None,
              in_reply_to: str | None = None, references: str | list[str] | None = None,
              date: dt.datetime | None = None, to: str = SALES,
              russian: bool | None = None) -> bytes:
    """One inquiry as raw bytes (CRLF line ends), deterministic by ``i`` and the arguments.

    ``None`` means "chosen by i": ``charset`` cycles through ``CHARSETS`` (i % 3),
    ``encoding`` through ``ENCODINGS`` ((i // 3) % 3), ``html`` is true when i % 4 == 1,
    ``message_id`` is ``<inquiry.I.…@domain>``, ``date`` is BASE_DATE + i * 7 minutes.
    ``sender`` is an address or ``Name <address>``. ``in_reply_to`` makes a reply
    (``Re:`` subject, quoted text, ``References`` defaulting to ``in_reply_to``).
    """
    rng = random.Random(i * 7919 + 104729)
    ru = rng.random() < 0.7 if russian is None else russian
    charset = (charset or CHARSETS[i % 3]).lower()
    encoding = (encoding or ENCODINGS[(i // 3) % 3]).lower()
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {ENCODINGS}")
    html = (i % 4 == 1) if html is None else html
    date = date or (BASE_DATE + dt.timedelta(minutes=7 * i, seconds=rng.randrange(60)))

    values = _values(rng, ru)
    name, address = _sender(rng, ru, sender)
    if subject is None:
        subject = rng.choice(_RU_SUBJECTS if ru else _EN_SUBJECTS).format(**values)
        if in_reply_to:
            subject = "Re: " + subject
    if message_id is None:
        message_id = f"<inquiry.{i}.{rng.getrandbits(40):010x}@{address.rsplit('@', 1)[1]}>"
    if isinstance(references, list):
        references = " ".join(references)
    if in_reply_to and references is None:
        references = in_reply_to

    pool = list(_RU_BODY if ru else _EN_BODY)
    rng.shuffle(pool)
    sentences = [s.format(**values) for s in pool]
    greeting = rng.choice(_RU_GREETINGS if ru else _EN_GREETINGS)
    closing = rng.choice(_RU_CLOSINGS if ru else _EN_CLOSINGS)
    footer = rng.choice(_RU_FOOTERS if ru else _EN_FOOTERS)
    phone = f"+7 9{rng.randrange(10, 99)} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-" \
            f"{rng.randrange(10, 99)}" if ru else f"+44 20 {rng.randrange(1000, 9999)} " \
            f"{rng.randrange(1000, 9999)}"
    signature = [closing, name or address, values["company"], f"{'Тел.' if ru else 'Tel.'}"
                 f" {phone}", address]
    quoted = _quoted(rng, ru, date) if in_reply_to else []

    headers = [
        ("From", _address_header(name, address, charset)),
        ("To", _address_header(*_split(to), charset)),
        ("Subject", _encode_header(subject, charset, rng)),
        ("Date", format_datetime(date)),
        ("Message-ID", message_id),
    ]
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    if references:
        headers.append(("References", references))
    headers += [("MIME-Version", "1.0"), ("X-Mailer", rng.choice(_MAILERS))]

    target = rng.randrange(MIN_SIZE + 250, MAX_SIZE - 250)
    boundary = f"----=_Part_{i}_{rng.getrandbits(32):08x}"

    def build(count: int) -> bytes:
        paragraphs: list[str | tuple[str, ...]] = [greeting]
        paragraphs += _group(sentences[:count], sizes)
        if count > len(sentences):  # single-byte text needs the list of items to reach 2 KB
            paragraphs.append(("Перечень позиций:" if ru else "Items:",
                               *_items(i, ru)[:count - len(sentences)]))
        text_lines = _text(paragraphs, signature, footer, quoted)
        plain = _part("plain", "\r\n".join(text_lines) + "\r\n", charset, encoding)
        if not html:
            return _join(headers, plain)
        html_body = _html(paragraphs, signature, footer, quoted, charset)
        body = (f"This is a multi-part message in MIME format.\r\n\r\n--{boundary}\r\n"
                .encode() + plain + f"\r\n--{boundary}\r\n".encode()
                + _part("html", html_body, charset, encoding)
                + f"\r\n--{boundary}--\r\n".encode())
        return _join(headers, body, f'multipart/alternative; boundary="{boundary}"')

    # The most sentences that stay below the target size (binary search: size grows
    # with the count), then one more if that is still too short.
    most = len(sentences) + _ITEMS_COUNT
    sizes = [rng.choice((1, 2, 2, 3)) for _ in sentences]
    low, high = 1, most
    if len(build(len(sentences))) > target:  # the usual case: no list of items needed
        high = len(sentences) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if len(build(middle)) <= target:
            low = middle
        else:
            high = middle - 1
    best = build(low)
    if len(best) < MIN_SIZE and low < most:
        best = build(low + 1)
    if len(best) > MAX_SIZE:  # long headers, HTML and quoted-printable Cyrillic
        footer = ""
        best = build(low)
    return best


@functools.lru_cache(maxsize=4096)
def _wrap(text: str, width: int = 74) -> tuple[str, ...]:
    """Greedy wrapping at spaces (textwrap is ten times slower and not needed here)."""
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return tuple(lines)


def _values(rng: random.Random, ru: bool) -> dict[str, str]:
    qty = rng.choice((5, 10, 12, 20, 24, 40, 50, 100, 150, 200, 500))
    return {
        "product": rng.choice(_RU_PRODUCTS if ru else _EN_PRODUCTS),
        "qty": str(qty),
        "qty2": str(qty * rng.choice((2, 3, 5))),
        "city": rng.choice(_RU_CITIES if ru else _EN_CITIES),
        "company": rng.choice(_RU_COMPANIES if ru else _EN_COMPANIES),
        "deadline": rng.choice(_RU_DEADLINES if ru else _EN_DEADLINES),
        "price": f"{rng.randrange(900, 250000):,}".replace(",", " "),
        "months": str(rng.choice((3, 6, 12, 24))),
    }


def _sender(rng: random.Random, ru: bool, sender: str | None) -> tuple[str, str]:
    if sender is not None:
        return _split(sender)
    if ru:
        first = rng.choice(_RU_FIRST)
        last = rng.choice(_RU_LAST)
        if first in _RU_FEMALE:
            last = _RU_LAST_F[last]
        login = f"{first.lower().translate(_TRANSLIT)}.{last.lower().translate(_TRANSLIT)}"
        name = f"{first} {last}" if rng.random() < 0.85 else ""
    else:
        first, last = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
        login = f"{first.lower()}.{last.lower()}"
        name = f"{first} {last}" if rng.random() < 0.85 else ""
    login += str(rng.randrange(1, 99)) if rng.random() < 0.4 else ""
    return name, f"{login}@{rng.choice(_DOMAINS)}"


def _split(value: str) -> tuple[str, str]:
    if "<" not in value:
        return "", value.strip()
    name, address = parseaddr(value)
    return name, address


def _encode_header(value: str, charset: str, rng: random.Random) -> str:
    if value.isascii():
        return value
    # Mail programs write both B and Q encoded words; Header picks B for utf-8/koi8-r.
    encoded = Header(value, charset, header_name="Subject").encode(maxlinelen=76, linesep="\r\n")
    if rng.random() < 0.3:
        return _q_words(value, charset)
    return encoded


def _q_words(value: str, charset: str) -> str:
    """Q-encoded words, each below 76 characters, folded with CRLF + space."""
    words, current = [], b""
    for char in value:
        piece = char.encode(charset)
        encoded = binascii.b2a_qp(current + piece, header=True).replace(b"=\n", b"")
        if len(encoded) + len(charset) + 7 > 72 and current:
            words.append(current)
            current = piece
        else:
            current += piece
    words.append(current)
    out = []
    for word in words:
        qp = binascii.b2a_qp(word, header=True).replace(b"=\n", b"").decode("ascii")
        qp = qp.replace("?", "=3F")
        out.append(f"=?{charset}?Q?{qp}?=")
    return "\r\n ".join(out)


def _address_header(name: str, address: str, charset: str) -> str:
    if not name:
        return address
    if name.isascii():
        if any(c in name for c in ',.;:"()<>@[]'):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    encoded = Header(name, charset).encode(maxlinelen=76, linesep="\r\n")
    return f"{encoded} <{address}>"


_ITEMS_COUNT = 40


@functools.lru_cache(maxsize=64)
def _items(i: int, ru: bool) -> tuple[str, ...]:
    """Lines of an order list: "1. Name, art. AB-1234, 20 pcs"."""
    products = _RU_PRODUCTS if ru else _EN_PRODUCTS
    unit, art = ("шт.", "арт.") if ru else ("pcs", "art.")
    lines = []
    for n in range(1, _ITEMS_COUNT + 1):
        k = i * 37 + n * 101
        lines.append(f"{n}. {products[k % len(products)].capitalize()}, {art} "
                     f"{'ABKMPT'[k % 6]}{'ABKMPT'[(k // 6) % 6]}-{1000 + (k * 7919) % 9000}, "
                     f"{(2, 4, 5, 10, 12, 20, 25, 50)[k % 8]} {unit}")
    return tuple(lines)


def _group(sentences: list[str], sizes: list[int]) -> list[str]:
    """Sentences into paragraphs of 1-3 sentences."""
    paragraphs, k, n = [], 0, 0
    while k < len(sentences):
        paragraphs.append(" ".join(sentences[k:k + sizes[n]]))
        k += sizes[n]
        n += 1
    return paragraphs


def _quoted(rng: random.Random, ru: bool, date: dt.datetime) -> list[str]:
    earlier = date - dt.timedelta(days=rng.randrange(1, 5), hours=rng.randrange(1, 9))
    if ru:
        head = f"{earlier:%d.%m.%Y %H:%M}, Отдел продаж пишет:"
        lines = ["Добрый день!", "", "Благодарим за обращение. Уточните, пожалуйста, "
                 "требуемое количество и адрес доставки, и мы подготовим предложение.", "",
                 "С уважением, отдел продаж"]
    else:
        head = f"On {earlier:%d %b %Y at %H:%M}, Sales Team wrote:"
        lines = ["Hello,", "", "Thank you for your enquiry. Could you confirm the quantity "
                 "and the delivery address so that we can prepare an offer?", "",
                 "Kind regards, Sales Team"]
    out = [head]
    for line in lines:
        wrapped = _wrap(line, 72)
        out += [("> " + part).rstrip() for part in wrapped]
    return out


def _text(paragraphs: list, signature: list[str], footer: str,
          quoted: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        if isinstance(paragraph, tuple):  # a heading and list lines
            lines += paragraph
        else:
            lines += _wrap(paragraph)
        lines.append("")
    lines += ["-- ", *signature]
    if footer:
        lines += ["", *_wrap(footer)]
    if quoted:
        lines += ["", *quoted]
    return lines


def _html(paragraphs: list, signature: list[str], footer: str, quoted: list[str],
          charset: str) -> str:
    esc = html_lib.escape
    parts = [
        "<!DOCTYPE html>",
        "<html><head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        "<style>p{margin:0 0 10px 0}</style>",
        '</head><body style="font-family:Arial,sans-serif;font-size:14px">',
    ]
    for paragraph in paragraphs:
        if isinstance(paragraph, tuple):
            parts.append(f"<p>{esc(paragraph[0])}</p><ul>")
            parts += [f"<li>{esc(item)}</li>" for item in paragraph[1:]]
            parts.append("</ul>")
        else:
            parts.append(f"<p>{esc(paragraph)}</p>")
    parts.append("<p>" + "<br>".join(esc(s) for s in signature) + "</p>")
    if footer:
        parts.append(f'<p style="color:#888;font-size:11px">{esc(footer)}</p>')
    if quoted:
        parts.append(f"<div>{esc(quoted[0])}</div><blockquote style=\"border-left:2px solid "
                     "#ccc;padding-left:8px\">"
                     + "<br>".join(esc(q.removeprefix(">").strip()) for q in quoted[1:])
                     + "</blockquote>")
    parts.append("</body></html>")
    # Lines below 998 octets: one element a line, long paragraphs wrapped at spaces.
    lines: list[str] = []
    for part in parts:
        lines += _wrap(part, 76)
    return "\r\n".join(lines) + "\r\n"


def _part(subtype: str, text: str, charset: str, encoding: str) -> bytes:
    data = text.encode(charset)
    if encoding == "base64":
        body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    elif encoding == "quoted-printable":
        normalized = data.replace(b"\r\n", b"\n")
        body = binascii.b2a_qp(normalized, istext=True).replace(b"\n", b"\r\n")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    else:
        body = data
    head = (f"Content-Type: text/{subtype}; charset=\"{charset}\"\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\n\r\n")
    return head.encode("ascii") + body


def _join(headers: list[tuple[str, str]], body: bytes,
          content_type: str | None = None) -> bytes:
    lines = [f"{name}: {value}" for name, value in headers]
    if content_type is None:
        # A single part: its Content-Type/-Transfer-Encoding lines are the message's own.
        return ("\r\n".join(lines) + "\r\n").encode("ascii") + body
    lines.append(f"Content-Type: {content_type}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body
