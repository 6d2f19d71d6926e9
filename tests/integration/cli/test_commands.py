"""The headless commands, run as a user runs them."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from PySide6.QtGui import QImage

from tests.helpers.cli import leaddesk

NOW = "2026-11-20T12:00:00+00:00"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    result = leaddesk("demo", "--leads", "3000", "--seed", "5", "--now", NOW, db=url)
    assert result.returncode == 0, result.stderr
    assert "3000 leads" in result.stdout
    return url


def test_init_creates_the_database_and_says_where(tmp_path):
    path = tmp_path / "sub" / "desk.db"
    result = leaddesk("init", db=str(path))
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    assert path.exists()
    assert leaddesk("init", db=str(path)).returncode == 0  # again: nothing to do, no error


def test_an_unreachable_database_is_explained_in_words(tmp_path):
    result = leaddesk("init", db="postgresql://nobody@127.0.0.1:9/none")
    assert result.returncode == 2
    assert "cannot reach the database server" in result.stderr
    assert "Traceback" not in result.stderr


def test_leads_list_prints_what_a_script_needs(demo_db):
    result = leaddesk("leads", "list", "--json", "--limit", "25", db=demo_db)
    assert result.returncode == 0, result.stderr
    leads = json.loads(result.stdout)
    assert len(leads) == 25
    for lead in leads:
        assert {"id", "channel", "status", "subject", "contact", "received_at",
                "assignee"} <= set(lead)
        moment = datetime.fromisoformat(lead["received_at"])
        assert moment.utcoffset() is not None
        assert lead["received_at"].endswith("+03:00")  # the company zone: Moscow
    ids = [lead["id"] for lead in leads]
    assert ids == sorted(ids, reverse=True)
    assert any(re.search("[а-яА-Я]", lead["contact"]) for lead in leads)


def test_leads_list_filters_by_status_and_channel(demo_db):
    result = leaddesk("leads", "list", "--json", "--status", "rejected", "--channel", "vk",
                      "--limit", "50", db=demo_db)
    leads = json.loads(result.stdout)
    assert leads
    assert {(lead["status"], lead["channel"]) for lead in leads} == {("rejected", "vk")}


def test_demo_does_not_overwrite_a_database_with_leads_unless_asked(demo_db):
    result = leaddesk("demo", "--leads", "10", db=demo_db)
    assert result.returncode == 2
    assert "--replace" in result.stderr
    listing = json.loads(leaddesk("leads", "list", "--json", "--limit", "5000",
                                  db=demo_db).stdout)
    assert len(listing) == 3000


def test_screenshot_renders_the_filled_inbox(demo_db, tmp_path):
    out = tmp_path / "inbox.png"
    result = leaddesk("screenshot", "--view", "inbox", "--out", str(out), db=demo_db)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    # A filled window is not one flat colour: sample the inbox area for many colours.
    colours = {image.pixel(x, y) for x in range(0, 800, 7) for y in range(60, 800, 9)}
    assert len(colours) > 20


def test_screenshot_of_a_card_names_a_missing_lead(demo_db, tmp_path):
    result = leaddesk("screenshot", "--view", "card", "--lead", "999999",
                      "--out", str(tmp_path / "x.png"), db=demo_db)
    assert result.returncode == 2
    assert "no lead 999999" in result.stderr
