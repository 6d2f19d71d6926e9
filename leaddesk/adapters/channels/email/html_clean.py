"""HTML mail made safe to show, and made into plain text.

``sanitize_html`` keeps formatting, tables and links (http, https, mailto only) and removes
everything that runs or fetches: scripts, styles, frames, forms, event handlers and every
image. Remote images (tracking pixels included) are counted, so the user can be told how
many were blocked. Nothing in the result makes a QTextBrowser reach the network.
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass

import nh3

_TAGS = (set(nh3.ALLOWED_TAGS) | {"font", "tfoot", "center"}) - {"area", "map"}
_CELL_ATTRIBUTES = {"align", "valign", "colspan", "rowspan", "bgcolor", "width"}
_ATTRIBUTES = {
    "*": {"style", "title", "dir"},
    "a": {"href", "hreflang"},
    "img": {"src"},  # only to count remote images: the filter always takes it away
    "font": {"color", "face", "size"},
    "table": {"align", "bgcolor", "border", "cellpadding", "cellspacing", "width"},
    "tr": {"align", "valign", "bgcolor"},
    "td": _CELL_ATTRIBUTES,
    "th": _CELL_ATTRIBUTES,
    "col": {"span", "width"},
    "colgroup": {"span", "width"},
    "ol": {"start", "type"},
    "ul": {"type"},
    "hr": {"size", "width", "align"},
    "bdo": {"dir"},
    "p": {"align"},
    "div": {"align"},
}
_STYLE_PROPERTIES = {"color", "background-color", "font-weight", "font-style",
                     "text-decoration", "text-align", "white-space"}
_DROP_WITH_CONTENT = {"script", "style", "title", "noscript", "template", "iframe", "object",
                      "embed", "frameset", "frame", "select", "textarea", "button", "svg",
                      "math", "applet", "audio", "video", "canvas", "head"}
_SAFE_LINK = re.compile(r"^\s*(?:https?:|mailto:)", re.IGNORECASE)
_REMOTE = re.compile(r"^\s*(?:https?:|ftp:|[/\\]{2})", re.IGNORECASE)  # http, https, //host
_ANY_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class CleanHtml:
    """Sanitized HTML and how many remote images were taken out of it."""

    html: str
    remote_images_blocked: int


_counts = threading.local()  # remote images seen by the cleaning running in this thread


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Strip every image (counting remote ones), links other than http/https/mailto, CSS urls."""
    if tag == "img":  # every attribute goes, so that sanitize_html can drop the bare <img>
        if attribute == "src" and _REMOTE.match(value):  # cid: / data: go uncounted
            _counts.remote_images += 1
        return None
    if attribute == "href":
        return value if _SAFE_LINK.match(value) else None
    if attribute == "style" and ("url(" in value.lower() or "expression" in value.lower()):
        return None
    return value


# Built once: making a Cleaner costs more than cleaning a typical mail with it.
_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    clean_content_tags=_DROP_WITH_CONTENT - _TAGS,
    attributes=_ATTRIBUTES,
    attribute_filter=_filter_attribute,
    url_schemes={"http", "https", "mailto"},
    url_relative="pass_through",  # relative hrefs reach the filter, which drops them
    filter_style_properties=_STYLE_PROPERTIES,
    strip_comments=True,
    link_rel="noopener noreferrer",
)


def sanitize_html(markup: str) -> CleanHtml:
    """Safe HTML for display plus the number of remote images removed from it."""
    _counts.remote_images = 0
    try:
        cleaned = _CLEANER.clean(markup)
    except Exception:  # nh3 should not raise; if it ever does, show the bare text only
        cleaned = html.escape(_ANY_TAG.sub(" ", markup)).replace("\n", "<br>")
    return CleanHtml(cleaned.replace("<img>", "").strip(), _counts.remote_images)


_BLOCK = frozenset({"p", "div", "table", "tr", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
                    "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article",
                    "header", "footer", "address", "center", "figure", "caption", "tbody",
                    "thead", "tfoot", "nav", "aside", "details", "summary"})
# nh3 writes well-formed tags with double-quoted attributes (a ">" may sit inside the quotes).
_SANITIZED_TAG = re.compile(r'<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>"]*(?:"[^"]*"[^>"]*)*>')
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.DOTALL)
_WHITESPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _tag_as_text(match: re.Match[str]) -> str:
    closing, name = match.group(1), match.group(2).lower()
    if name == "br":
        return "\n"
    if name == "li":
        return "" if closing else "\n- "
    if name in ("td", "th"):
        return "" if closing else " "
    return "\n" if name in _BLOCK else ""


def text_of_sanitized(clean: str) -> str:
    """The readable text of HTML that ``sanitize_html`` produced (fast: no HTML parsing)."""
    if "<pre" not in clean:
        return _tidy(_SANITIZED_TAG.sub(_tag_as_text, _WHITESPACE.sub(" ", clean)))
    pieces = []
    for index, piece in enumerate(_PRE.split(clean)):
        if not index % 2:  # outside <pre>: source line breaks are just spaces
            piece = _WHITESPACE.sub(" ", piece)
        pieces.append(_SANITIZED_TAG.sub(_tag_as_text, piece))
    return _tidy("".join(pieces))


def _tidy(text: str) -> str:
    text = html.unescape(text).replace("\u00a0", " ").replace("\r", "")
    lines = (line.strip(" \t") if line.strip() else "" for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(markup: str) -> str:
    """The readable text of any HTML: paragraphs, rows and list items on their own lines."""
    return text_of_sanitized(sanitize_html(markup).html)
