"""Reading header values as they arrive: RFC 2047 words, raw 8-bit bytes, addresses, ids, dates.

The parser (``email`` with the compat32 policy) hands over header values untouched: folded,
RFC 2047 encoded, and with raw 8-bit bytes as surrogate escapes. These functions turn them
into plain text and never raise; what they had to guess is written into ``problems``.
"""

from __future__ import annotations

import binascii
import re
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime

from leaddesk.adapters.channels.email.charsets import (
    codec_for,
    decode_header_bytes,
    decode_text,
)

# Tolerant: spaces inside the encoded text (broken encoders write them), any case, a
# language suffix on the charset (RFC 2231: ``utf-8*ru``).
_ENCODED_WORD = re.compile(r"=\?([^?\s]*)\?([bBqQ])\?(.*?)\?=", re.DOTALL)
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SPACES = re.compile(r"\s{2,}")
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")
_ANGLED_ID = re.compile(r"<\s*([^<>\s]+)\s*>")
# ``Name <a@b>``, ``"Name" <a@b>``, ``=?utf-8?b?...?= <a@b>`` or ``a@b``: most From / To
# headers. They skip getaddresses, which costs more than the rest of the header work together.
_ADDR_SPEC = r'[^<>\s,;:"()\[\]\\@]+@[^<>\s,;:"()\[\]\\@]+'
_SIMPLE_ADDRESS = re.compile(
    rf'\s*(?:"(?P<quoted>[^"\\]*)"|(?P<plain>[^"\\<>,;:()@\[\]]*?))\s*<(?P<angle>{_ADDR_SPEC})>\s*'
    rf"|\s*(?P<bare>{_ADDR_SPEC})\s*")
_MAX_IDS = 100
_MAX_ADDRESSES = 500


class Problems:
    """The plain-words problems found while reading one mail, each once, in order."""

    def __init__(self) -> None:
        self._seen: dict[str, None] = {}

    def add(self, problem: str | None) -> None:
        if problem:  # parts of it may come from the mail: no control characters, short
            self._seen.setdefault(clean_text(problem)[:300], None)

    def as_tuple(self) -> tuple[str, ...]:
        return tuple(self._seen)


def recover_8bit(value: str, hint: str | None, problems: Problems) -> str:
    """A raw header value with its 8-bit bytes (surrogate escapes in compat32) decoded."""
    if value.isascii():
        return value
    try:
        data = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # real characters, not escapes: it was text already
        return value
    text, problem = decode_header_bytes(data, hint)
    problems.add(problem)
    return text


def unfold(value: str) -> str:
    """The header value on one line (RFC 5322 unfolding)."""
    return _FOLD.sub("", value) if "\n" in value else value


def clean_text(value: str) -> str:
    """Control characters and NULs out, runs of spaces folded, ends stripped."""
    if _CONTROL.search(value):
        value = _CONTROL.sub(lambda m: "" if m.group() == "\x00" else " ", value)
    return _SPACES.sub(" ", value).strip()


def decode_words(value: str, problems: Problems) -> str:
    """Decode RFC 2047 encoded words anywhere in ``value``, tolerating broken ones.

    Adjacent words in one charset are joined before decoding, so a character split across
    two words (common with UTF-8) comes out whole; blanks between encoded words are dropped
    as RFC 2047 asks. An unknown charset is guessed, bad base64 padding repaired.
    """
    if "=?" not in value:
        return value
    out: list[str] = []
    pending: list[bytes] = []
    pending_charset: str | None = None
    position = 0

    def flush() -> None:
        nonlocal pending_charset
        if pending:
            out.append(_decode_word_bytes(b"".join(pending), pending_charset, problems))
            pending.clear()
        pending_charset = None

    for match in _ENCODED_WORD.finditer(value):
        between = value[position:match.start()]
        if between and not (between.isspace() and pending):
            flush()
            out.append(between)
        charset = match.group(1).split("*", 1)[0].lower()
        data = _word_bytes(match.group(2), match.group(3), problems)
        if pending and charset != pending_charset:
            flush()
        pending_charset = charset
        pending.append(data)
        position = match.end()
    flush()
    out.append(value[position:])
    return "".join(out)


def _word_bytes(encoding: str, text: str, problems: Problems) -> bytes:
    raw = text.encode("utf-8", "surrogateescape")
    if encoding in "qQ":
        return binascii.a2b_qp(raw, header=True)
    cleaned = _NOT_BASE64.sub(b"", raw)
    if len(cleaned) % 4 == 1:
        cleaned = cleaned[:-1]
    if cleaned != raw.rstrip(b"=") or len(raw) % 4:
        problems.add("a header has a damaged encoded word; it was repaired")
    try:
        return binascii.a2b_base64(cleaned + b"=" * (-len(cleaned) % 4))
    except binascii.Error:
        problems.add("a header could not be decoded")
        return raw


def _decode_word_bytes(data: bytes, charset: str | None, problems: Problems) -> str:
    if codec_for(charset) is None:
        text, _problem = decode_header_bytes(data)
        if not data.isascii():
            problems.add(f"a header's charset '{charset}' is unknown; the text was guessed")
        return text
    text, problem = decode_text(data, charset)
    if problem:
        problems.add("a header had to be guessed: " + problem)
    return text


def header_text(value: str | None, hint: str | None, problems: Problems) -> str:
    """A header value as readable text: 8-bit recovered, unfolded, RFC 2047 decoded, cleaned."""
    if not value:
        return ""
    return clean_text(decode_words(unfold(recover_8bit(value, hint, problems)), problems))


def addresses(value: str | None, hint: str | None,
              problems: Problems) -> list[tuple[str, str]]:
    """``(display name, address)`` pairs: names decoded, addresses case-folded.

    The list is split before the names are decoded, so a name with a comma inside an encoded
    word stays one name. Entries without any address are left out.
    """
    if not value:
        return []
    text = unfold(recover_8bit(value, hint, problems))
    simple = _SIMPLE_ADDRESS.fullmatch(text)
    try:
        pairs = [_simple_pair(simple)] if simple else getaddresses([text])
    except Exception:  # getaddresses is not meant to raise, but old versions did on garbage
        problems.add("an address header could not be read")
        return []
    result = []
    for name, address in pairs[:_MAX_ADDRESSES]:
        address = clean_text(decode_words(address, problems)).strip("<>").casefold()
        name = clean_text(decode_words(name, problems)).strip("\"' ")
        if address or name:
            result.append((name, address))
    return result


def _simple_pair(match: re.Match[str]) -> tuple[str, str]:
    return (match["quoted"] or match["plain"] or "", match["angle"] or match["bare"])


def message_ids(value: str | None) -> tuple[str, ...]:
    """Message-IDs without angle brackets, in order, each once; garbage tolerated."""
    if not value:
        return ()
    value = unfold(value)
    if not value.isascii():
        value = value.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    found = _ANGLED_ID.findall(value) or [
        token.strip("<>") for token in re.split(r"[\s,]+", value) if token.strip("<>")]
    seen: dict[str, None] = {}
    for item in found:
        item = clean_text(item)[:500]
        if item:
            seen.setdefault(item, None)
    return tuple(seen)[-_MAX_IDS:]


def mail_date(value: str | None, problems: Problems) -> datetime | None:
    """The Date header as an aware datetime (naive means UTC), or None when unreadable."""
    if not value:
        return None
    try:
        when = parsedate_to_datetime(clean_text(unfold(value)))
    except Exception:  # ValueError, TypeError, OverflowError, IndexError on odd dates
        when = None
    if when is None or not 1970 <= when.year <= 2200:
        problems.add("the date could not be read")
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
