"""HTML mail shown safely: nothing runs, nothing is fetched, the text stays readable."""

from __future__ import annotations

import re

from leaddesk.adapters.channels.email.html_clean import html_to_text, sanitize_html

LETTER = """<html><head><title>Рассылка</title><style>p {color: red}</style>
<script>alert('x')</script></head>
<body onload="steal()">
<p style="color:#333; position:fixed" onclick="steal()">Здравствуйте, <b>Иван</b>!</p>
<img src="https://tracker.example/open.gif?id=42" width="1" height="1">
<img style="width:1px" title="t" src="//cdn.example/logo.png">
<img src="cid:logo@mail"><img src="data:image/png;base64,AA">
<a href="https://shop.example/order/7" onmouseover="x()">Ваш заказ</a>
<a href="javascript:alert(1)">не ссылка</a> <a href="mailto:sales@shop.example">написать</a>
<iframe src="https://evil.example/">frame</iframe>
<form action="https://evil.example/"><input name="card" value="1234"></form>
<table><tr><td>Двери</td><td>40 шт.</td></tr></table>
</body></html>"""


def test_scripts_styles_frames_and_forms_are_gone():
    clean = sanitize_html(LETTER).html
    for forbidden in ("<script", "alert(", "<style", "<iframe", "<form", "<input", "<title",
                      "javascript:", "position"):
        assert forbidden not in clean, forbidden
    assert "Здравствуйте" in clean and "<b>Иван</b>" in clean
    assert "<table>" in clean and "<td>Двери</td>" in clean


def test_event_handler_attributes_are_dropped():
    clean = sanitize_html(LETTER).html
    assert not re.search(r"\son[a-z]+\s*=", clean)


def test_remote_images_are_removed_and_counted():
    result = sanitize_html(LETTER)
    assert "<img" not in result.html
    assert "tracker.example" not in result.html and "cdn.example" not in result.html
    assert result.remote_images_blocked == 2  # the https pixel and the //cdn logo; not cid/data


def test_links_are_kept_with_noopener():
    clean = sanitize_html(LETTER).html
    assert '<a href="https://shop.example/order/7" rel="noopener noreferrer">Ваш заказ</a>' in clean
    assert 'href="mailto:sales@shop.example"' in clean
    assert "не ссылка" in clean  # the text of a dangerous link stays, its href does not


def test_nothing_left_can_fetch_anything():
    clean = sanitize_html(LETTER + '<div style="background:url(https://x.example/b.png)">'
                                   'фон</div><a href="/relative">r</a>').html
    assert "url(" not in clean
    assert not re.search(r'(?:src|href)="(?!https?:|mailto:)', clean)
    assert not re.search(r'src="', clean)


def test_html_becomes_readable_text():
    text = html_to_text(LETTER)
    assert "alert" not in text and "color" not in text and "Рассылка" not in text
    assert "Здравствуйте, Иван!" in text
    assert "Двери 40 шт." in text
    assert html_to_text("<p>a &amp; b&nbsp;c</p><p>d<br>e</p><ul><li>one</li><li>two</li></ul>") \
        == "a & b c\n\nd\ne\n\n- one\n- two"


def test_garbage_does_not_break_anything():
    for markup in ("", "<", "<<<>>>", "<p", "</div></div>", "<a href='", "\x00<b>x</b>",
                   "<img src=http://x>" * 1000):
        result = sanitize_html(markup)
        assert "<img" not in result.html
        html_to_text(markup)
    assert sanitize_html("<img src=http://x>" * 1000).remote_images_blocked == 1000
