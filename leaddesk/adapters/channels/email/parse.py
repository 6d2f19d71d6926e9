"""Raw mail bytes into a ``ParsedMail``: fast, tolerant, and never raising.

Python's ``email`` package with the compat32 policy splits the mail into parts (about eight
times faster than ``policy.default``); everything after that is decoded here, and only what
LeadDesk keeps: the headers it shows, the body text, the HTML, the attachments. Whatever was
wrong with the mail ends up in ``ParsedMail.problems`` in plain words. A mail that cannot be
read at all still gives a ``ParsedMail``, marked ``unreadable``.
"""

from __future__ import annotations

import io
import mimetypes
import re
from email.generator import BytesGenerator
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

from leaddesk.adapters.channels.email.charsets import decode_text
from leaddesk.adapters.channels.email.headers import (
    Problems,
    addresses,
    clean_text,
    header_text,
    mail_date,
    message_ids,
)
from leaddesk.adapters.channels.email.html_clean import sanitize_html, text_of_sanitized
from leaddesk.adapters.channels.email.mime import content_params, media_type, transfer_decode
from leaddesk.domain.mail import MailAttachment, ParsedMail, automatic_reason

_MAX_DEPTH = 20  # multipart nesting walked; deeper parts are reported and skipped
_MAX_PARTS = 2000
_LEADING_BLANK = re.compile(rb"\A(?:[ \t]*\r?\n)*[ \t]*")  # blank lines, an indented 1st line
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
_EXTENSIONS = {"text/plain": ".txt", "text/html": ".html", "message/rfc822": ".eml",
               "message/global": ".eml", "message/news": ".eml",
               "application/octet-stream": ".bin", "image/jpeg": ".jpg",
               "text/calendar": ".ics"}
_DEFECTS = {
    "CloseBoundaryNotFoundDefect": "the multipart has no final boundary",
    "StartBoundaryNotFoundDefect": "the multipart boundary never appears; it was read as text",
    "NoBoundaryInMultipartDefect": "the multipart declares no boundary; it was read as text",
    "MultipartInvariantViolationDefect": "",  # always comes with one of the two above
    "FirstHeaderLineIsContinuationDefect": "the first header line is indented",
    "MissingHeaderBodySeparatorDefect": "a header line is malformed; the rest was read as body",
    "MisplacedEnvelopeHeaderDefect": "a 'From ' envelope line sits among the headers",
    "MalformedHeaderDefect": "a header line is malformed",
    "InvalidBase64PaddingDefect": "a base64 part is damaged (padding)",
    "InvalidBase64CharactersDefect": "a base64 part has stray characters",
    "InvalidBase64LengthDefect": "a base64 part is cut short",
    "InvalidMultipartContentTransferEncodingDefect": "a multipart declares a transfer encoding",
}


def parse_mail(raw: bytes) -> ParsedMail:
    """Read one RFC 5322 mail. Never raises: a mail it cannot read comes back ``unreadable``.

    A mail nested so deeply that Python's parser gives up still yields its headers (sender,
    subject, date), with a problem saying its parts were not read.
    """
    try:
        try:
            return _parse(raw)
        except RecursionError:
            return _parse(raw, headers_only=True)
    except Exception as exc:  # the promise: nothing from a mail's content stops the ingest
        return ParsedMail(unreadable=True, problems=(
            f"the mail could not be read at all ({type(exc).__name__})",))


class _Walk:
    """What walking the parts of one mail collects."""

    def __init__(self, crlf: bool, problems: Problems) -> None:
        self.crlf = crlf
        self.problems = problems
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[MailAttachment] = []
        self.charset: str | None = None  # the first declared text charset: a hint for headers
        self.parts = 0


def _parse(raw: bytes, headers_only: bool = False) -> ParsedMail:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    raw = _LEADING_BLANK.sub(b"", bytes(raw), count=1)
    if not raw or raw.isspace():
        return ParsedMail(unreadable=True, problems=("the mail is empty",))
    problems = Problems()
    message = BytesParser(policy=compat32).parsebytes(raw, headersonly=headers_only)
    heads = _first_headers(message)
    if not heads and _BINARY.search(raw[:4096]):
        return ParsedMail(unreadable=True, problems=(
            "this is not a mail message: it has no headers and binary content",))
    if not heads:
        problems.add("the mail has no headers; all of it was read as text")

    walk = _Walk(raw.find(b"\r\n", 0, 65536) >= 0, problems)
    content_type = heads.get("content-type", "")
    walk.charset = content_params(content_type, problems)[1].get("charset")
    if headers_only:
        problems.add("the mail is nested too deeply to read its parts; only its headers were kept")
    else:
        _walk_part(message, walk, 0, heads)

    hint = walk.charset
    senders = addresses(heads.get("from"), hint, problems)
    from_name, from_address = senders[0] if senders else ("", "")
    if from_address and "@" not in from_address:
        from_name, from_address = from_name or from_address, ""
        problems.add("the sender has no usable address")
    sender_for_rules = senders[0][1] if senders else ""
    reply_to = next((a for _, a in addresses(heads.get("reply-to"), hint, problems)
                     if "@" in a and a != from_address), None)
    subject = header_text(heads.get("subject"), hint, problems)

    clean = sanitize_html("\n".join(walk.html)) if walk.html else None
    text = "\n\n".join(t for t in walk.plain if t.strip())
    if not text and clean is not None:
        text = text_of_sanitized(clean.html)
    return ParsedMail(
        message_id=next(iter(message_ids(heads.get("message-id"))), None),
        in_reply_to=message_ids(heads.get("in-reply-to")),
        references=message_ids(heads.get("references")),
        from_name=from_name,
        from_address=from_address,
        reply_to=reply_to,
        to=_address_list(heads.get("to"), hint, problems),
        cc=_address_list(heads.get("cc"), hint, problems),
        subject=subject,
        date=mail_date(heads.get("date"), problems),
        text=text.strip(),
        html=(clean.html or None) if clean is not None else None,
        remote_images_blocked=clean.remote_images_blocked if clean is not None else 0,
        attachments=tuple(walk.attachments),
        automatic=automatic_reason(heads, sender_for_rules, content_type, subject),
        problems=problems.as_tuple(),
    )


def _first_headers(part: Message) -> dict[str, str]:
    """Header name (lower case) to its first raw value, as compat32 stored it."""
    found: dict[str, str] = {}
    for name, value in part.raw_items():
        found.setdefault(name.strip().lower(), value if isinstance(value, str) else str(value))
    return found


def _address_list(value: str | None, hint: str | None, problems: Problems) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for _name, address in addresses(value, hint, problems):
        if "@" in address:
            seen.setdefault(address, None)
    return tuple(seen)


def _walk_part(part: Message, walk: _Walk, depth: int,
               heads: dict[str, str] | None = None) -> None:
    """Sort one part into body text, HTML or attachment; multiparts are walked into."""
    walk.parts += 1
    if walk.parts > _MAX_PARTS:
        walk.problems.add(f"the mail has more than {_MAX_PARTS} parts; the rest were skipped")
        return
    _sort_part(part, heads if heads is not None else _first_headers(part), walk, depth)
    _note_defects(part, walk.problems)  # after decoding, which adds base64 defects


def _sort_part(part: Message, heads: dict[str, str], walk: _Walk, depth: int) -> None:
    first, params = content_params(heads.get("content-type"), walk.problems)
    declared = media_type(first)
    payload = part.get_payload()
    if isinstance(payload, list):  # a multipart, or a message/* compat32 parsed for us
        media = declared or part.get_default_type()
        if not media.startswith("multipart/"):
            _add_attachment(part, heads, media, params, walk)  # attached mails: not walked
        elif depth >= _MAX_DEPTH:
            walk.problems.add("the mail is nested too deeply; the deepest parts were skipped")
        else:
            for child in payload:
                if isinstance(child, Message):
                    _walk_part(child, walk, depth + 1)
        return
    disposition, disposition_params = content_params(
        heads.get("content-disposition"), walk.problems)
    params = {**params, **{k: v for k, v in disposition_params.items() if k == "filename"}}
    media = declared or "text/plain"
    if media.startswith("multipart/"):  # no usable boundary: the whole body is its text
        media = "text/plain"
    if media not in ("text/plain", "text/html") or disposition == "attachment" or (
            params.get("filename") or params.get("name")):
        _add_attachment(part, heads, declared, params, walk)
        return
    data = transfer_decode(part, heads.get("content-transfer-encoding"), walk.problems)
    charset = params.get("charset")
    walk.charset = walk.charset or charset
    text, problem = decode_text(data, charset)
    walk.problems.add(problem)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    (walk.plain if media == "text/plain" else walk.html).append(text)


def _add_attachment(part: Message, heads: dict[str, str], media: str, params: dict[str, str],
                    walk: _Walk) -> None:
    """Keep a part as a file: decoded bytes, decoded name, a media type (guessed if absent)."""
    payload = part.get_payload()
    if isinstance(payload, list):
        data = _flatten_payload(payload, media, walk)
        if data is None:
            return
    else:
        data = transfer_decode(part, heads.get("content-transfer-encoding"), walk.problems)
    raw_name = params.get("filename") or params.get("name") or ""
    name = _safe_name(header_text(raw_name, walk.charset, walk.problems))
    if not media:  # no usable Content-Type: from the file name, else opaque bytes
        media = (mimetypes.guess_type(name, strict=False)[0] if name else None) or (
            "text/plain" if not name else "application/octet-stream")
    if not name and media in ("message/rfc822", "message/global") and payload:
        inner = (_first_headers(payload[0]).get("subject", "")
                 if isinstance(payload[0], Message) else "")
        name = _safe_name(header_text(inner, walk.charset, walk.problems))
        name = f"{name}.eml" if name else ""
    if not name:
        number = len(walk.attachments) + 1
        name = f"attachment-{number}{_extension(media)}"
    walk.attachments.append(MailAttachment(name=name, mime=media, data=data))


def _flatten_payload(payload: list, media: str, walk: _Walk) -> bytes | None:
    """The bytes of an attached mail (or of a delivery-status block list), regenerated."""
    policy = compat32.clone(linesep="\r\n" if walk.crlf else "\n", max_line_length=0)
    chunks = []
    try:
        for item in payload:
            if not isinstance(item, Message):
                continue
            buffer = io.BytesIO()
            BytesGenerator(buffer, mangle_from_=False, policy=policy).flatten(item)
            chunks.append(buffer.getvalue())
    except Exception:  # an attached mail too broken to write back: say so, keep the rest
        walk.problems.add(f"an attached {media} part could not be kept")
        return None
    return b"".join(chunks)


def _safe_name(name: str) -> str:
    """A file name without folders, control or reserved characters, at most 200 characters."""
    name = re.split(r"[/\\]", name)[-1]
    name = clean_text(_UNSAFE_NAME.sub("_", name)).strip(". ")
    if len(name) > 200:
        stem, dot, extension = name.rpartition(".")
        name = (stem[:190] + dot + extension[:9]) if dot and len(extension) < 10 else name[:200]
    return name


def _extension(media: str) -> str:
    known = _EXTENSIONS.get(media)
    if known:
        return known
    if media.startswith(("text/", "message/")):  # delivery reports, feedback reports
        return ".txt"
    return mimetypes.guess_extension(media, strict=False) or ".bin"


def _note_defects(part: Message, problems: Problems) -> None:
    """Python's parser defects of one part, in plain words."""
    for defect in part.defects:
        name = type(defect).__name__
        phrase = _DEFECTS.get(name)
        if phrase is None:
            words = re.sub(r"(?<!^)(?=[A-Z])", " ", name.removesuffix("Defect")).lower()
            phrase = f"the mail is malformed ({words})"
        problems.add(phrase)
