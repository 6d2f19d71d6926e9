"""A real headless Chromium (Debian's ``chromium`` + ``chromium-driver``) driven by
Selenium 4, and a handle on the chat widget inside a page.

The widget lives in the open shadow root of ``#leaddesk-chat``; its parts carry
``data-ld`` attributes. Texts are read with ``textContent`` through JavaScript: Selenium's
``.text`` folds whitespace and would hide exactly what the tests look for.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BROWSERS = ("/usr/lib/chromium/chromium", "chromium", "chromium-browser")
DRIVERS = ("/usr/bin/chromedriver", "chromedriver")

# Installed in every document before its own scripts: alert/confirm/prompt are recorded
# (and do not block), so a test can tell that nothing the page shows ran as code.
DIALOG_TRAP = """
window.__ldDialogs = [];
['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
  window[name] = function (m) { window.__ldDialogs.push(name + ':' + String(m)); };
});
"""


def _find(candidates: tuple[str, ...]) -> str | None:
    for candidate in candidates:
        path = candidate if Path(candidate).is_absolute() else shutil.which(candidate)
        if path and Path(path).exists():
            return path
    return None


def missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if _find(BROWSERS) is None or _find(DRIVERS) is None:
        return ("Chromium or its driver is not installed "
                "(Debian: apt-get install -y chromium chromium-driver)")
    return None


def start_chromium(profile: Path, *, language: str = "ru"):
    """A fresh headless Chromium with its own profile folder."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _find(BROWSERS)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--user-data-dir={profile}", "--window-size=1200,900",
                f"--lang={language}", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=_find(DRIVERS)), options=options)
    driver.set_page_load_timeout(20)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": DIALOG_TRAP})
    return driver


def wait_for(condition: Callable[[], Any], timeout: float, what: str,
             interval: float = 0.05) -> Any:
    """Poll ``condition`` until it returns something true; AssertionError after
    ``timeout`` seconds saying ``what`` was awaited (and the last value seen)."""
    deadline = time.monotonic() + timeout
    value = None
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:g} s: {what} (last seen: {value!r})")
        time.sleep(interval)


def wait_equal(get: Callable[[], Any], expected: Any, timeout: float, what: str) -> None:
    """Wait until ``get()`` equals ``expected``; the error shows the last value seen."""
    seen: list[Any] = [None]

    def check() -> bool:
        seen[0] = get()
        return seen[0] == expected

    try:
        wait_for(check, timeout, what)
    except AssertionError:
        raise AssertionError(f"not within {timeout:g} s: {what}\n expected: {expected!r}\n"
                             f" last seen: {seen[0]!r}") from None


class Widget:
    """The chat widget of the page the driver has open."""

    def __init__(self, driver) -> None:
        self.driver = driver

    def js(self, script: str, *args: Any) -> Any:
        """Run ``script`` with ``root`` (the widget's shadow root, or null) defined."""
        prelude = ("var host = document.getElementById('leaddesk-chat');"
                   "var root = host && (host.shadowRoot || host);")
        return self.driver.execute_script(prelude + script, *args)

    def loaded(self) -> bool:
        return bool(self.js("return !!(root && root.querySelector('[data-ld=open]'));"))

    def wait_loaded(self, timeout: float = 10) -> None:
        wait_for(self.loaded, timeout, "the chat widget on the page")

    def element(self, ld: str):
        """The WebElement with ``data-ld=ld`` (for clicks and typing)."""
        return self.js("return root.querySelector('[data-ld=\"' + arguments[0] + '\"]');", ld)

    def visible(self, ld: str) -> bool:
        return bool(self.js(
            "var e = root && root.querySelector('[data-ld=\"' + arguments[0] + '\"]');"
            "return !!e && e.getClientRects().length > 0;", ld))

    def text(self, ld: str) -> str:
        return self.js("var e = root.querySelector('[data-ld=\"' + arguments[0] + '\"]');"
                       "return e ? e.textContent : null;", ld)

    def open(self) -> None:
        self.wait_loaded()
        if not self.visible("panel"):
            self.element("open").click()
        wait_for(lambda: self.visible("panel"), 5, "the chat panel opened")

    def messages(self) -> list[dict[str, Any]]:
        """Every message shown: ``from``, ``text`` (exact textContent), ``state``, ``id``,
        and ``children``: how many elements the text holds (0 for plain text)."""
        return self.js("""
            return Array.from(root.querySelectorAll('[data-ld=message]')).map(function (m) {
              var t = m.querySelector('[data-ld=text]');
              return {from: m.getAttribute('data-from'), state: m.getAttribute('data-state'),
                      id: m.getAttribute('data-id'), text: t.textContent,
                      children: t.children.length};
            });""")

    def sent_texts(self, sender: str = "visitor") -> list[str]:
        return [m["text"] for m in self.messages() if m["from"] == sender and m["state"] == "sent"]

    def put(self, ld: str, text: str) -> None:
        """Set a field's value as a paste would (any character, line breaks included)."""
        self.js("var e = root.querySelector('[data-ld=\"' + arguments[0] + '\"]');"
                "e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));",
                ld, text)

    def value(self, ld: str) -> str:
        return self.js("return root.querySelector('[data-ld=\"' + arguments[0] + '\"]').value;",
                       ld)

    def send(self, text: str) -> None:
        """Paste ``text`` into the input and press the Send button."""
        self.put("input", text)
        self.element("send").click()

    def type_and_enter(self, text: str) -> None:
        """Type ``text`` key by key and press Enter, as a visitor does."""
        from selenium.webdriver.common.keys import Keys

        field = self.element("input")
        field.click()
        field.send_keys(text)
        field.send_keys(Keys.ENTER)

    def error(self) -> str:
        return self.text("error") or ""

    def element_count(self) -> int:
        """Elements in the page plus those in the widget's shadow root."""
        return self.js("return document.getElementsByTagName('*').length"
                       " + (root && root !== host ? root.querySelectorAll('*').length : 0);")

    def dialogs(self) -> list[str]:
        """alert/confirm/prompt calls the page made (see DIALOG_TRAP)."""
        return self.driver.execute_script("return window.__ldDialogs || [];")

    def stored_visitor(self, key: str) -> str | None:
        return self.driver.execute_script(
            "return localStorage.getItem('leaddesk-chat-' + arguments[0]);", key)


def no_alert_open(driver) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert  # noqa: B018 - raises when there is none
    except NoAlertPresentException:
        return True
    return False


def console_errors(driver) -> list[str]:
    """SEVERE browser console entries since the last call."""
    try:
        entries = driver.get_log("browser")
    except Exception:
        return []
    return [e["message"] for e in entries if e.get("level") == "SEVERE"]
