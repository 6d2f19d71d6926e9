"""``leaddesk channel add vk`` and ``leaddesk sync --once`` as a person runs them, and the
card of a product-card lead rendered by ``leaddesk screenshot``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.helpers.cli import child_env, run_leaddesk
from tests.helpers.vk_fake import market_attachment


def _add(db: str, fake, env, token: str | None = None):
    return run_leaddesk(db, "channel", "add", "vk", "--name", "Сообщество", "--group-id",
                     str(fake.group_id), "--api-base", fake.api_base, "--token-stdin",
                     env=env, stdin=(token or fake.token) + "\n")


def test_a_community_added_headless_syncs_and_its_card_shows_the_product(vk_fake, tmp_path):
    db = str(tmp_path / "desk.db")
    env = child_env(tmp_path)
    added = _add(db, vk_fake, env)
    assert added.returncode == 0, added.stderr
    assert vk_fake.token.encode() not in Path(db).read_bytes()
    vk_fake.deliver(501001, "Здравствуйте! Сколько стоит доставка этой двери?",
                    attachments=[market_attachment()], online=False)
    vk_fake.deliver(501002, "Добрый вечер", online=False)
    synced = run_leaddesk(db, "sync", "--once", "--channel", "Сообщество", env=env)
    assert synced.returncode == 0, synced.stderr
    assert "2 new leads" in synced.stdout
    again = run_leaddesk(db, "sync", "--once", "--channel", "Сообщество", env=env)
    assert "0 new leads" in again.stdout
    with sqlite3.connect(db) as connection:
        lead_id = connection.execute(
            "select id from leads where product is not null").fetchone()[0]
    png = tmp_path / "card.png"
    shot = run_leaddesk(db, "screenshot", "--view", "card", "--lead", str(lead_id), "--out",
                     str(png), "--language", "ru", env=env)
    assert shot.returncode == 0, shot.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_wrong_token_is_refused_before_anything_is_saved(vk_fake, tmp_path):
    db = str(tmp_path / "desk.db")
    env = child_env(tmp_path)
    refused = _add(db, vk_fake, env, token="not-the-token")
    assert refused.returncode == 2
    assert "token is not valid" in refused.stderr and "Nothing was saved" in refused.stderr
    listing = run_leaddesk(db, "channel", "list", env=env)
    assert "Сообщество" not in listing.stdout
