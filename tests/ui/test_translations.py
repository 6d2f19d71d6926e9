"""Every word a user reads is translated, and the shipped .qm files match the sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from leaddesk.ui import i18n

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TRANSLATIONS = REPO / "resources" / "translations"


def _fresh_ts(tmp_path: Path, language: str) -> Path:
    """The shipped .ts file updated with the strings the code has now."""
    target = tmp_path / f"leaddesk_{language}.ts"
    shutil.copy(TRANSLATIONS / f"leaddesk_{language}.ts", target)
    sources = sorted(str(p) for p in (REPO / "leaddesk" / "ui").rglob("*.py"))
    extra = ["-pluralonly"] if language == "en" else []
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", *extra,
                    "-ts", str(target)], check=True, capture_output=True, timeout=120)
    return target


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_string_in_the_code_has_a_finished_translation(tmp_path, language):
    tree = ET.parse(_fresh_ts(tmp_path, language))
    unfinished = [
        m.find("source").text for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == [], "run scripts/update-translations.sh and translate these"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_compiled_translation_is_up_to_date(tmp_path, language):
    compiled = tmp_path / "out.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TRANSLATIONS / f"leaddesk_{language}.ts"),
                    "-qm", str(compiled)], check=True, capture_output=True, timeout=120)
    assert compiled.read_bytes() == (TRANSLATIONS / f"leaddesk_{language}.qm").read_bytes()


def test_the_window_speaks_russian_when_asked(qtbot, qapp, sqlite_url, tmp_path):
    from PySide6.QtCore import QSettings

    from leaddesk.bootstrap import open_desk
    from leaddesk.ui.main_window import MainWindow
    from tests.helpers.leads import add_lead, make_channels

    assert i18n.install(qapp, "ru")
    try:
        desk = open_desk(sqlite_url)
        make_channels(desk.uow_factory)
        for n in range(1, 4):
            add_lead(desk.uow_factory, n)
        window = MainWindow(desk, None, QSettings(str(tmp_path / "s.ini"),
                                                  QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        assert headers == ["Канал", "Получена", "Контакт"]
        assert window.count_label.text() == "3 заявки"
        assert window.model.index(0, 0).data() == "Почта"
        window.shutdown()
        desk.close()
    finally:
        i18n.install(qapp, "en")


def test_the_language_follows_the_request_then_the_system():
    assert i18n.choose_language("ru_RU") == "ru"
    assert i18n.choose_language("xx") in i18n.SHIPPED


def test_channel_problems_are_said_in_russian(qapp):
    from leaddesk.domain.problems import TEMPLATES, describe
    from leaddesk.ui import i18n, labels

    assert labels._problem_words() == TEMPLATES  # the window translates the catalog itself
    i18n.install(qapp, "ru")
    try:
        said = labels.channel_problem(describe("refused", where="imap.mail.ru:993"))
        assert said == "imap.mail.ru:993 не принимает соединение (неверный порт или сервер " \
                       "не работает)"
        assert labels.channel_problem("550 5.1.1 User unknown") == "550 5.1.1 User unknown"
        untranslated = [code for code, words in labels._problem_words().items()
                        if words == TEMPLATES[code]]
        assert not untranslated, "lupdate did not see these (one literal per call)"
    finally:
        i18n.install(qapp, "en")
