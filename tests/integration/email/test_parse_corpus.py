"""Every mail of the shared corpus (six public test suites) read by ``parse_mail``.

What the world sends: broken RFC 2047, koi8-r / windows-1251 / raw 8-bit headers, RFC 2231
file names, missing boundaries, unknown charsets, HTML with tracking pixels, bounces, a 1.8 MB
MIME torture test and a 3 MB message with thousands of parts. Nothing may raise; what comes
out must be readable (no U+FFFD, no mojibake) or say what was wrong.
"""

from __future__ import annotations

import json
import re
import time
from functools import cache
from pathlib import Path

import pytest

from leaddesk.adapters.channels.email.parse import parse_mail
from leaddesk.domain.mail import ParsedMail, SetAsideReason

MESSAGE_SUFFIXES = (".eml", ".raw")  # the .txt and .md files are notes and licences
CYRILLIC_CHARSETS = {"koi8-r", "windows-1251", "3dwindows-125", "cp1251"}
# UTF-8 Cyrillic read as latin-1 / windows-1252 ("Ð¾", "Ñ€"), as windows-1251 ("Рѕ", "С€",
# "вЂ" for typographic quotes), and UTF-8 Latin read as latin-1 ("Ã©").
MOJIBAKE = re.compile(
    "[ÐÑ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
    "|[РС][ЂЃЉЊЋЌЏђѓєѕіїјљњћќўџ‚„…†‡€‰‹‘’“”•–—™›¬®°±µ¶·]"
    "|вЂ|Ã[\u0080-\u00bf]"
)
UTF8_REPLACEMENT = "\ufffd".encode()


def split_mboxrd(data: bytes) -> list[bytes]:
    """Messages of an mboxrd file: split at "From " lines, one ">" taken off ">From " lines."""
    messages: list[list[bytes]] = []
    for line in data.splitlines(keepends=True):
        if line.startswith(b"From "):
            messages.append([])
        elif messages:
            messages[-1].append(line[1:] if re.match(rb">+From ", line) else line)
    return [b"".join(lines) for lines in messages]


@cache
def _manifest(corpora: Path) -> dict[str, dict]:
    entries = json.loads((corpora / "MANIFEST.json").read_text(encoding="utf-8"))
    return {entry["file"]: entry for entry in entries if entry["file"].startswith("email/")}


@cache
def _messages(corpora: Path) -> tuple[tuple[str, bytes], ...]:
    """(name, raw bytes) of every message: single-message files, and each mbox member."""
    found = []
    for path in sorted((corpora / "email").rglob("*")):
        name = path.relative_to(corpora).as_posix()
        if path.suffix in MESSAGE_SUFFIXES:
            found.append((name, path.read_bytes()))
        elif path.suffix == ".mbox":
            for number, raw in enumerate(split_mboxrd(path.read_bytes())):
                found.append((f"{name}#{number}", raw))
    return tuple(found)


@cache
def _parsed(corpora: Path) -> dict[str, tuple[bytes, ParsedMail]]:
    return {name: (raw, parse_mail(raw)) for name, raw in _messages(corpora)}


@pytest.fixture
def corpus(shared_corpora) -> dict[str, tuple[bytes, ParsedMail]]:
    return _parsed(shared_corpora)


def mail(corpus, name: str) -> ParsedMail:
    return corpus[f"email/{name}"][1]


def test_the_corpus_is_all_there(shared_corpora, corpus):
    manifest = _manifest(shared_corpora)
    listed = {f for f in manifest if f.endswith((*MESSAGE_SUFFIXES, ".mbox"))}
    single = {name for name in corpus if "#" not in name}
    assert single == {f for f in listed if not f.endswith(".mbox")}
    mbox_members = {name.split("#")[0] for name in corpus if "#" in name}
    assert mbox_members == {f for f in listed if f.endswith(".mbox")}
    assert len(corpus) >= 300


def test_mbox_files_split_into_their_messages(shared_corpora, corpus):
    fixture = [raw for name, (raw, _) in corpus.items()
               if name.startswith("email/stalwart-mbox/")]
    assert [raw.split(b"\n")[0] for raw in fixture] == [
        b"Message 1", b"Message 2", b"Message 3", b"Message 4"]
    assert b"\nFrom hello\n>From world\n>>From test\n" in fixture[2]  # one ">" less
    assert b"\n> From\n>F\n" in fixture[3]  # not escapes: left alone

    members = (shared_corpora / "email/_assembled/MEMBERS.txt").read_text().split()
    for number, member in enumerate(members):
        in_mbox = mail(corpus, f"_assembled/assembled_mboxrd_mixed_eol.mbox#{number}")
        alone = mail(corpus, member)
        assert (in_mbox.subject, in_mbox.from_address, in_mbox.text) == (
            alone.subject, alone.from_address, alone.text), member


def test_nothing_raises_and_every_mail_is_readable_or_says_why(corpus):
    unreadable = []
    for name, (_raw, parsed) in corpus.items():
        assert isinstance(parsed, ParsedMail), name
        if parsed.unreadable:
            assert parsed.problems, name
            unreadable.append(name)
        for problem in parsed.problems:
            assert problem and "\x00" not in problem and len(problem) < 300, (name, problem)
    assert unreadable == []  # every corpus mail gives at least a sender, a subject or text


def test_sender_subject_and_text_are_readable(shared_corpora, corpus):
    manifest = _manifest(shared_corpora)
    cyrillic = 0
    for name, (raw, parsed) in corpus.items():
        entry = manifest.get(name.split("#")[0], {})
        if set(entry.get("charsets", ())) & CYRILLIC_CHARSETS or (
                "cyrillic-text" in entry.get("features", ())):
            cyrillic += 1
        lost_bytes = any("could not be read" in problem for problem in parsed.problems)
        for field in ("from_name", "from_address", "subject", "text"):
            value = getattr(parsed, field)
            assert "\x00" not in value, (name, field)
            if UTF8_REPLACEMENT not in raw and not (field == "text" and lost_bytes):
                assert "\ufffd" not in value, (name, field, value[:200])
            found = MOJIBAKE.search(value)
            assert found is None, (name, field, found and value[max(0, found.start() - 30):
                                                          found.end() + 30])
    assert cyrillic >= 15


@pytest.mark.parametrize(("name", "field", "expected"), [
    # koi8-r: RFC 2047 subject and base64 body
    ("thunderbird/sample04.eml", "subject", "Алфавит"),
    ("thunderbird/sample04.eml", "text", "Вопрос"),
    # windows-1251: RFC 2047 subject and base64 body
    ("thunderbird/sample05.eml", "subject", "Алфавит"),
    ("thunderbird/sample05.eml", "text", "Вопрос"),
    # windows-1251 encoded word inside a quoted display name (the last "a" is Latin)
    ("mikel-mail/plain_emails/raw_email_bad_time.eml", "from_name", "Атиков" + "a"),
    # raw 8-bit UTF-8 in From with one broken byte after the last word
    ("flanker/mailformed-headers.eml", "from_name", "Юникод запрещен"),
    ("flanker/mailformed-headers.eml", "from_address", "headers@gmail.com"),
    # UTF-8 encoded words mixing Latin and Cyrillic; an 8-bit UTF-8 body
    ("flanker/bilingual-simple.eml", "subject", "Simple text. How are you? Как ты поживаешь?"),
    ("flanker/bilingual-simple.eml", "text", "This line is in English\nА эта линия по-русски."),
    ("flanker/8bitmime.eml", "text", "Превел\n\n123"),
    # broken RFC 2047: unknown charset "NONE", base64 padding missing
    ("mikel-mail/error_emails/bad_encoded_subject.eml", "subject", "TEST"),
    # raw 8-bit latin-1 in a display name; raw 8-bit windows-1252 in a subject
    ("flanker/from-encoding.eml", "from_name", "Ingo Lütkebohle"),
    ("mikel-mail/error_emails/invalid_subject_characters.eml", "subject",
     "Formação FrenetikPolis: Mega Campanha Final Verão | Cursos de Setembro"),
    # Python's own header parser raises on this one
    ("enmime/mail/qp-utf8-header-recursed.raw", "subject", "MIME UTF8 Test ¢ More Text"),
    ("enmime/mail/qp-utf8-header-recursed.raw", "from_address", "jamehi03@jamehi03lx.noa.com"),
])
def test_known_mails_decode_to_the_exact_text(corpus, name, field, expected):
    assert getattr(mail(corpus, name), field) == expected


@pytest.mark.parametrize(("name", "expected"), [
    # raw 8-bit UTF-8 file name, cut in the middle of its last character by the sender
    ("flanker/russian-attachment-yahoo.eml",
     [("Картинка с очень, очень длинным предлинным именем преименем таким чт",
       "image/png", 178213)]),
    # raw 8-bit UTF-8 file name without quotes
    ("enmime/mail/mime-bad-8bit-filename.raw", [("管理.doc", "application/msword", 7)]),
    # RFC 2231 continuations (filename*0*= / filename*1*=) in UTF-8
    ("mikel-mail/multi_charset/japanese_attachment_long_name.eml",
     [("かきくけこかきくけこかきくけこかきくけこかきくけこ.txt", "text/plain", 18)]),
    # RFC 2047 inside a quoted file name
    ("mikel-mail/attachment_emails/attachment_with_quoted_filename.eml",
     [("Eelanalüüsi päring.jpg", "image/jpeg", 1952)]),
    # no name at all: a fallback name from the type
    ("mikel-mail/attachment_emails/attachment_content_location.eml",
     [("attachment-1.jpg", "image/jpeg", 227)]),
])
def test_attachments_keep_their_decoded_names_and_sizes(corpus, name, expected):
    attachments = mail(corpus, name).attachments
    assert [(a.name, a.mime, a.size) for a in attachments] == expected
    assert all(a.size == len(a.data) for a in attachments)


def test_rfc2231_name_in_a_broken_charset_is_still_a_name(corpus):
    attachment, = mail(corpus, "mikel-mail/attachment_emails/attachment_with_encoded_name.eml"
                       ).attachments
    assert attachment.name.startswith("01 Quien Te Dij") and attachment.name.endswith(
        "at. Pitbull.mp3")
    assert "\ufffd" not in attachment.name and attachment.size == 399


def test_attached_mails_are_eml_files_that_read_again(corpus):
    attached, = mail(corpus, "flanker/enclosed.eml").attachments
    assert (attached.name, attached.mime) == ("thanks.eml", "message/rfc822")
    inner = parse_mail(attached.data)
    assert inner.subject == "Thanks!" and inner.from_address == "dan@example.com"
    assert "чтобы я без вас делал, дорогие мои!!!" in inner.text


def test_the_biggest_mails_are_read_in_reasonable_time(shared_corpora):
    for name, size in (("flanker/enclosed-endless.eml", 2_900_000),
                       ("flanker/torture.eml", 1_800_000)):
        raw = (shared_corpora / "email" / name).read_bytes()
        started = time.perf_counter()
        parsed = parse_mail(raw)
        assert time.perf_counter() - started < 5, name
        assert not parsed.unreadable and len(raw) > size
    endless = parse_mail((shared_corpora / "email/flanker/enclosed-endless.eml").read_bytes())
    assert endless.text == "Hello"
    assert [(a.name, a.mime) for a in endless.attachments] == [("thanks.eml", "message/rfc822")]


def test_html_only_mail_blocks_remote_images(corpus):
    for name in ("mikel-mail/error_emails/content_transfer_encoding_with_8bits.eml",
                 "mikel-mail/error_emails/bad_subject.eml", "enmime/mail/ctype-bug.raw"):
        parsed = mail(corpus, name)
        assert parsed.html and parsed.text, name
        assert parsed.remote_images_blocked > 0, name
        assert not re.search(r"<img|src\s*=", parsed.html, re.IGNORECASE), name
    assert mail(corpus, "mikel-mail/error_emails/content_transfer_encoding_with_8bits.eml"
                ).remote_images_blocked == 35


def test_no_html_anywhere_in_the_corpus_can_fetch(corpus):
    for name, (_raw, parsed) in corpus.items():
        if parsed.html:
            assert not re.search(r"<(?:img|script|iframe|object|embed|link|style)\b",
                                 parsed.html, re.IGNORECASE), name
            assert "url(" not in parsed.html.lower(), name


def test_bounces_are_set_aside_and_ordinary_mail_is_not(corpus):
    bounces = [name for name in corpus if "/bounce/" in name or "multipart_report" in name]
    assert len(bounces) >= 14
    for name in bounces:
        assert corpus[name][1].automatic is SetAsideReason.BOUNCE, name
    for name in corpus:
        if "/plain_emails/" in name or "/rfc2822/" in name or "/attachment_emails/" in name:
            assert corpus[name][1].automatic is None, name


def test_problems_are_stated_for_broken_structure(corpus):
    assert "the multipart has no final boundary" in mail(
        corpus, "flanker/missing-final-boundary.eml").problems
    assert any("unknown" in p for p in mail(
        corpus, "enmime/low-quality/unk-encoding-part.raw").problems)
    assert "the date could not be read" in mail(
        corpus, "mikel-mail/plain_emails/raw_email_bad_time.eml").problems
    clean = mail(corpus, "mikel-mail/plain_emails/basic_email.eml")
    assert clean.problems == () and clean.date is not None and clean.date.tzinfo is not None
