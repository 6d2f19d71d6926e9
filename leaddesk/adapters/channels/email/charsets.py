"""Turning the bytes of a mail into text when the declared charset is missing, odd or wrong.

Mail says which charset it uses, and often says it wrongly: ``cp-1251`` and ``win-1251``
for windows-1251, ``x-unknown`` for "whatever", ``us-ascii`` over UTF-8 text, raw 8-bit
headers with no charset at all. Each function here returns text and, when the charset had to
be guessed, a plain-words problem; none of them raises on any input.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

import charset_normalizer

# Names seen in real mail that Python does not know, or knows as a narrower charset than the
# one mail programs actually write (browsers read latin-1 as windows-1252, and so do we).
_ALIASES = {
    "cp-1251": "cp1251", "win-1251": "cp1251", "win1251": "cp1251", "x-cp1251": "cp1251",
    "windows1251": "cp1251", "cp-1252": "cp1252", "win-1252": "cp1252",
    "x-cp1252": "cp1252", "windows1252": "cp1252", "koi8r": "koi8_r", "koi8": "koi8_r",
    "x-koi8-r": "koi8_r", "koi8-ru": "koi8_u", "unicode-1-1-utf-7": "utf-7",
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "iso_8859-1": "cp1252", "l1": "cp1252", "iso-8859-8-i": "iso8859_8",
    "iso-8859-6-i": "iso8859_6", "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-roman": "mac_roman", "windows-874": "cp874", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "chinese": "gb18030",
    "big5": "big5hkscs", "x-x-big5": "big5hkscs", "shift_jis": "cp932", "sjis": "cp932",
    "x-sjis": "cp932", "shift-jis": "cp932", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
    "ks_c_5601": "cp949", "utf8": "utf-8", "utf-8-sig": "utf-8", "ansi_x3.4-1968": "ascii",
    "us-ascii": "ascii", "ascii": "ascii",
}
# Declared charsets that mean "unknown": the text is guessed without complaining about them.
_MEANING_UNKNOWN = frozenset({"x-unknown", "unknown", "unknown-8bit", "x-user-defined", "none",
                              "default", "charset", ""})
_SEVEN_BIT = ("iso2022", "utf-7", "hz")  # charsets written in ASCII bytes only
_MULTIBYTE = frozenset({"utf-8", "hz", "utf-7", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                        "utf-32-le", "utf-32-be", "gb18030", "big5hkscs", "cp932", "cp949",
                        "euc_jp", "euc_kr", "iso2022_jp", "iso2022_kr", "big5", "gb2312"})
# The most frequent lowercase Russian letters: text decoded with the right one of
# windows-1251 / koi8-r has many of them, text decoded with the wrong one has few.
_COMMON_RUSSIAN = frozenset("оеаинтсрвлкмдпуяыьзбг")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_CYRILLIC = frozenset(codecs.lookup(name).name for name in (
    "cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "cp1125", "cp866", "iso8859_5", "kz1048",
    "ptcp154"))


@lru_cache(maxsize=256)
def codec_for(declared: str | None) -> str | None:
    """The Python codec for a charset name found in mail, or None when it is unknown."""
    if not declared:
        return None
    name = declared.strip().strip("\"'").strip().lower()
    if name.startswith("3d"):  # ``charset=3Dwindows-1251`` from a quoted-printable slip
        name = name[2:]
    name = _ALIASES.get(name, name)
    if name in _MEANING_UNKNOWN:
        return None
    try:
        info = codecs.lookup(name)
    except Exception:  # LookupError, or a name Python's codec registry chokes on
        return None
    if not getattr(info, "_is_text_encoding", True):  # base64, rot13, zlib are not charsets
        return None
    return _ALIASES.get(info.name, info.name)


def _is_multibyte(codec: str) -> bool:
    return codec in _MULTIBYTE or codec.startswith(("utf", "euc", "iso2022"))


def decode_text(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Decode a body part: the declared charset, else UTF-8, else a detector's guess.

    Returns the text and a problem (or None). A single-byte charset declared over bytes that
    are valid UTF-8 loses to UTF-8: that is a mail program lying, and reading it as declared
    would give mojibake (``РџСЂРёРІРµС‚``).
    """
    codec = codec_for(declared)
    if data.isascii() and not (codec and codec.startswith(_SEVEN_BIT)):
        return data.decode("ascii"), None
    label = (declared or "").strip().strip("\"'")[:40]
    if codec is not None and codec != "ascii":
        if not _is_multibyte(codec) and _valid_utf8(data):
            return data.decode("utf-8"), f"the text was declared as {label} but is UTF-8"
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            problem = f"the text is not valid {label}; its charset was guessed"
    elif codec == "ascii" or label.lower() in _MEANING_UNKNOWN:
        problem = None if _valid_utf8(data) else "the text has no usable charset; it was guessed"
    else:
        problem = f"the declared charset '{label}' is unknown; the text was guessed"
    if _valid_utf8(data):
        return data.decode("utf-8"), problem
    text = _guess(data)
    if text is None:
        lost = "some characters of the text could not be read"
        return data.decode("utf-8", "replace"), f"{problem}; {lost}" if problem else lost
    return text, problem


def decode_header_bytes(data: bytes, hint: str | None = None) -> tuple[str, str | None]:
    """Decode raw 8-bit header bytes (no RFC 2047): UTF-8, the mail's own charset, a guess.

    ``hint`` is the charset the mail declares for its text, usually what the sending program
    also used for the headers. Cyrillic (windows-1251 / koi8-r) and Western (windows-1252)
    are told apart by how the 8-bit bytes are placed: whole words of them, or single accented
    letters among ASCII ones.
    """
    if data.isascii():
        return data.decode("ascii"), None
    if _valid_utf8(data):
        text = data.decode("utf-8")
        repaired = _undo_double_encoding(text, hint)
        if repaired is not None:
            return repaired, "a header was encoded twice; it was repaired"
        return text, None
    try:  # UTF-8 cut in the middle of its last character
        text = codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
        return text, "a header was cut in the middle of a character"
    except UnicodeDecodeError:
        pass
    problem = "a header has raw 8-bit text; its charset was guessed"
    codec = codec_for(hint)
    if codec and codec not in ("ascii", "utf-8"):
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            pass
    mostly = data.decode("utf-8", "ignore")
    lost = len(data) - len(mostly.encode("utf-8"))
    if sum(1 for ch in mostly if ord(ch) > 127) >= 2 * lost:
        return mostly, "a header has damaged UTF-8 text; the broken bytes were dropped"
    text = _guess(data)
    return (text if text is not None else data.decode("cp1252", "replace")), problem


def _undo_double_encoding(text: str, hint: str | None) -> str | None:
    """CJK bytes once read as latin-1 and written again as UTF-8, decoded right; else None.

    Only tried when the mail declares a multi-byte charset, and only when the text looks like
    that mistake: nothing above U+00FF and many of the latin-1 symbols (U+0080-U+00BF) that
    lead and trail bytes turn into, which ordinary accented words do not have.
    """
    codec = codec_for(hint)
    if codec is None or codec.startswith("utf") or not _is_multibyte(codec):
        return None
    high = [ch for ch in text if ord(ch) > 127]
    if max(map(ord, high)) > 0xFF or sum(ord(ch) < 0xC0 for ch in high) * 3 < len(high):
        return None
    try:
        return text.encode("latin-1").decode(codec)
    except (UnicodeError, LookupError):
        return None


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _guess(data: bytes) -> str | None:
    """The text of bytes in an unknown charset, or None when nothing reads them cleanly.

    Russian first, by how its bytes look (a detector mixes windows-1251, koi8-r and CJK up on
    short texts); then a few accented letters among ASCII ones as windows-1252; then
    charset-normalizer, which is good on longer texts in other charsets.
    """
    runs = [len(m.group()) for m in _HIGH_RUN.finditer(data)]
    in_words = sum(run for run in runs if run >= 3) * 2 >= sum(runs)
    if in_words:  # Russian words are runs of three and more 8-bit letters
        text = data.decode(_cyrillic_codec(data), "replace")
        high = [ch for ch in text if ord(ch) > 127]
        if sum(1 for ch in high if ch.lower() in _COMMON_RUSSIAN) * 20 >= len(high) * 9:
            return text
    elif sum(runs) < 64:  # ``Formação``, ``Müller``: one or two accented letters per word
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    try:
        best = charset_normalizer.from_bytes(data[:65536]).best()
    except Exception:  # a detector bug must not lose the mail
        best = None
    if best is not None and best.encoding:
        codec = codec_for(best.encoding) or best.encoding
        if codec in _CYRILLIC:
            codec = _cyrillic_codec(data)
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    return None


def _cyrillic_codec(data: bytes) -> str:
    """windows-1251 or koi8-r, whichever gives more of the frequent lower-case Russian letters."""
    scores = {c: sum(1 for ch in data.decode(c, "replace") if ch in _COMMON_RUSSIAN)
              for c in ("cp1251", "koi8_r")}
    return max(scores, key=scores.__getitem__)
