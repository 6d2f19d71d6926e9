"""MIME details read by hand: Content-Type parameters (RFC 2045 / 2231), transfer encodings.

compat32's own ``get_param`` turns raw 8-bit parameter values (file names written by careless
mail programs) into U+FFFD before we can see the bytes, so parameters are read here from the
raw header value. Neither function raises.
"""

from __future__ import annotations

import binascii
import re
from email.message import Message
from urllib.parse import unquote_to_bytes

from leaddesk.adapters.channels.email.charsets import decode_text
from leaddesk.adapters.channels.email.headers import Problems, unfold

_SEGMENT = re.compile(r'(?:[^;"]|"(?:[^"\\]|\\.)*(?:"|$))+', re.DOTALL)
_MEDIA = re.compile(r"\s*([a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+)", re.IGNORECASE)
_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
_QUOTED_PAIR = re.compile(r"\\(.)")


def content_params(value: str | None, problems: Problems) -> tuple[str, dict[str, str]]:
    """``("text/plain", {"charset": "koi8-r"})`` from a Content-Type or Content-Disposition.

    The first element is the value before the parameters, lower case (``""`` when absent).
    Parameter names are lower case; values are unquoted, RFC 2231 continuations joined and
    their ``charset'lang'%XX`` form decoded. Plain values are left as they came (they may
    hold RFC 2047 words or raw 8-bit bytes: the caller decodes the names it shows).
    """
    if not value:
        return "", {}
    segments = _SEGMENT.findall(unfold(value))
    if not segments:
        return "", {}
    first = segments[0].strip().strip('"').strip().lower()
    if "=" in first:  # ``Content-Type: charset=utf-8``: parameters only
        first, segments = "", ["", *segments]
    plain: dict[str, str] = {}
    extended: dict[str, list[tuple[int, bool, str]]] = {}
    for segment in segments[1:]:
        name, equals, raw = segment.partition("=")
        name = name.strip().lower()
        if not equals or not name:
            continue
        raw = raw.strip()
        if raw.startswith('"'):
            raw = raw[1:-1] if raw.endswith('"') and len(raw) > 1 else raw[1:]
            raw = _QUOTED_PAIR.sub(r"\1", raw)
        if "*" in name:
            base, _, index = name.partition("*")
            number = index.rstrip("*")
            ok = number.isascii() and number.isdigit() and len(number) < 6
            extended.setdefault(base, []).append((int(number) if ok else 0,
                                                  name.endswith("*"), raw))
        else:
            plain.setdefault(name, raw)
    for base, pieces in extended.items():
        plain[base] = _rfc2231(sorted(pieces, key=lambda piece: piece[0]), problems)
    return first, plain


def media_type(value: str) -> str:
    """The ``type/subtype`` a Content-Type starts with, lower case; ``""`` when there is none."""
    found = _MEDIA.match(value)
    return found.group(1) if found else ""


def _rfc2231(pieces: list[tuple[int, bool, str]], problems: Problems) -> str:
    charset = None
    data = b""
    for position, (_, encoded, raw) in enumerate(pieces):
        if encoded and position == 0 and raw.count("'") >= 2:
            charset, _language, raw = raw.split("'", 2)
        try:
            chunk = raw.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:
            chunk = raw.encode("utf-8", "surrogateescape")
        data += unquote_to_bytes(chunk) if encoded else chunk
    text, problem = decode_text(data, charset or None)
    if problem:
        problems.add("a file name's charset was guessed")
    return text


_DECODED_BY_COMPAT32 = frozenset({"quoted-printable", "base64", "x-uuencode", "uuencode", "uue",
                                  "x-uue"})
_NO_ENCODING = frozenset({"", "7bit", "8bit", "binary", "7-bit", "8-bit", "8bits", "7bits",
                          "none", "plain", "text", "ascii"})


def transfer_decode(part: Message, encoding: str | None, problems: Problems) -> bytes:
    """The bytes of a leaf part with its transfer encoding (``encoding``, the raw header)
    undone, tolerantly.

    ``get_payload(decode=True)`` handles the exact names (and repairs base64 padding); an
    odd name like ``Base64;`` or ``quoted-printable `` that it passes through raw is
    decoded here. An unknown encoding leaves the bytes as they are, with a problem noted.
    """
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return b""
    declared = (encoding or "").lower()
    if declared in _DECODED_BY_COMPAT32:  # the exact test compat32 makes
        return data
    declared = declared.strip().strip('"')
    token = re.split(r"[\s;]+", declared, maxsplit=1)[0]
    if "base64" in token or token == "b":
        return _base64(data, problems)
    if "quoted" in token or token == "qp":
        return binascii.a2b_qp(data)
    if "uu" in token:
        return _uudecode(data, problems)
    if token not in _NO_ENCODING:
        problems.add(f"the transfer encoding '{token[:40]}' is unknown; the part was kept as is")
    return data


def _base64(data: bytes, problems: Problems) -> bytes:
    try:
        return binascii.a2b_base64(data)
    except binascii.Error:
        pass
    cleaned = _BASE64_JUNK.sub(b"", data)
    if len(cleaned) % 4 == 1:
        cleaned = cleaned[:-1]
    problems.add("a base64 part is damaged; what could be read was kept")
    try:
        return binascii.a2b_base64(cleaned + b"=" * (-len(cleaned) % 4))
    except binascii.Error:
        return b""


def _uudecode(data: bytes, problems: Problems) -> bytes:
    out = []
    for line in data.splitlines():
        if not line.strip() or line.startswith((b"begin ", b"end")):
            continue
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            problems.add("a uuencoded part is damaged")
    return b"".join(out)
