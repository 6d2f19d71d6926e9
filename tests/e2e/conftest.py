"""Browser tests of the website channels: a desk database, the intake service running as
its own process (``leaddesk serve-intake``), a customer's site on another port (another
origin) embedding the chat widget and a generated form, and a real headless Chromium.

Skipped, saying why, where Chromium, its driver or Selenium is missing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind, Role
from leaddesk.domain.duty import WeeklyShift
from leaddesk.domain.inbox import InboxFilter
from leaddesk.domain.lead_card import LeadCard
from leaddesk.domain.paging import PagePlan
from leaddesk.domain.webforms import FieldKind, FormField, FormSpec, chat_snippet, form_snippet
from leaddesk.services.rules import add_user
from leaddesk.services.schedule import save_schedule
from leaddesk.services.web_channels import create_site_channel, save_form, site_channels
from tests.helpers.browser import Widget, missing_browser, start_chromium, wait_for
from tests.helpers.dovecot import free_port
from tests.helpers.site import SiteServer, chat_page

CHAT = "Чат на сайте"
FORMS = "Заявки с сайта"
ZONE = "Europe/Moscow"



class IntakeProcess:
    """``leaddesk serve-intake`` on 127.0.0.1:``port`` against ``db_url``; its output goes
    to ``log``. Can be stopped and started again on the same port (an outage)."""

    def __init__(self, db_url: str, port: int, log: Path) -> None:
        self.db_url, self.port, self.log = db_url, port, log
        self.url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 20) -> None:
        command = [sys.executable, "-m", "leaddesk", "--db", self.db_url, "serve-intake",
                   "--host", "127.0.0.1", "--port", str(self.port)]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"serve-intake exited with {self.process.returncode}:\n"
                            f"{self.output()}")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=1) as answer:
                    if answer.status == 200:
                        return
            except (OSError, urllib.error.URLError):
                time.sleep(0.1)
        self.stop()
        pytest.fail(f"serve-intake did not answer /health within {timeout} s:\n{self.output()}")

    def stop(self, grace: float = 2) -> None:
        """SIGTERM, then SIGKILL after ``grace`` seconds (the service waits for open long
        polls to end before it exits)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""

    def get(self, path: str, origin: str | None = None) -> tuple[int, dict, dict]:
        """(status, headers, JSON body) of a GET, as a page from ``origin`` would ask."""
        request = urllib.request.Request(self.url + path,
                                         headers={"Origin": origin} if origin else {})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.status, dict(answer.headers), json.loads(answer.read() or b"{}")
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), json.loads(error.read() or b"{}")


@dataclass
class WebDesk:
    """The desk behind the site: its context, people, channels, the chat key and form."""

    context: object
    url: str
    chief_id: int
    anna_id: int
    chat_id: int
    chat_key: str
    form_channel_id: int
    form: FormSpec

    def leads(self, kind: ChannelKind) -> list[LeadCard]:
        """The leads of one channel kind, oldest first, as lead cards."""
        reader = self.context.reader
        rows = reader.inbox_rows(InboxFilter(channel=kind),
                                 PagePlan(descending=True, offset=0, limit=100))
        return [reader.lead_card(row.lead_id) for row in reversed(rows)]

    def wait_leads(self, kind: ChannelKind, count: int, timeout: float) -> list[LeadCard]:
        return wait_for(lambda: (lambda found: found if len(found) >= count else None)(
            self.leads(kind)), timeout, f"{count} {kind.value} lead(s) in the database")

    def nobody_on_duty(self) -> None:
        """A schedule where the chat has a shift, but not today nor tomorrow."""
        today = datetime.now(ZoneInfo(ZONE)).weekday()
        save_schedule(self.context.uow_factory, self.chief_id,
                      [WeeklyShift(self.anna_id, self.chat_id, (today + 3) % 7, 600, 660)],
                      [], ZONE)


@pytest.fixture(scope="session")
def browser_available() -> None:
    reason = missing_browser()
    if reason:
        pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture
def site():
    server = SiteServer().start()
    yield server
    server.stop()


@pytest.fixture
def intake_port() -> int:
    return free_port()


@pytest.fixture
def web_desk(browser_available, tmp_path, site, intake_port) -> WebDesk:
    """A SQLite desk with a supervisor, a manager, a web chat and a web form, both open to
    the test site's origin."""
    url = f"sqlite:///{tmp_path / 'leaddesk.db'}"
    context = open_desk(url)
    uow = context.uow_factory
    chief = add_user(uow, "chief", "Олег Волков", Role.SUPERVISOR)
    anna = add_user(uow, "anna", "Анна Котова", Role.MANAGER, rank=5)
    chat_id = create_site_channel(uow, ChannelKind.WEBCHAT, CHAT, [site.origin])
    form_channel = create_site_channel(uow, ChannelKind.WEBFORM, FORMS, [site.origin])
    key = next(s.key for c, s in site_channels(context.reader) if c.id == chat_id)
    form = save_form(uow, FormSpec(
        key="", channel_id=form_channel, title="Рассчитать стоимость кухни",
        fields=(FormField("name", "Имя", required=True),
                FormField("phone", "Телефон", FieldKind.PHONE, required=True),
                FormField("email", "Эл. почта", FieldKind.EMAIL),
                FormField("message", "Сообщение", FieldKind.TEXTAREA)),
        thank_you_url=site.url("/thanks.html"), button="Отправить заявку"))
    desk = WebDesk(context, url, chief, anna, chat_id, key, form_channel, form)
    yield desk
    context.close()


@pytest.fixture
def intake(web_desk, intake_port, tmp_path):
    """The intake service running for the test's desk, stopped after it."""
    service = IntakeProcess(web_desk.url, intake_port, tmp_path / "intake.log")
    service.start()
    yield service
    service.stop()


@pytest.fixture
def pages(site, web_desk, intake):
    """The site's pages: ``/`` the chat widget, ``/en.html`` the widget in English,
    ``/form.html`` the generated form."""
    tag = chat_snippet(web_desk.chat_key, intake.url)
    site.pages["/"] = chat_page(tag)
    site.pages["/en.html"] = chat_page(tag.replace("<script ", '<script data-lang="en" '))
    site.pages["/form.html"] = form_snippet(web_desk.form, intake.url)
    return site


@pytest.fixture
def driver(browser_available, intake, tmp_path):
    """A fresh headless Chromium; it is closed before the intake service stops."""
    browser = start_chromium(tmp_path / "chromium-profile")
    yield browser
    browser.quit()


@pytest.fixture
def widget(driver) -> Widget:
    return Widget(driver)


def seconds_since(start: float) -> float:
    return time.monotonic() - start
