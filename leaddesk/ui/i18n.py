"""Choosing and installing the user's language (Russian and English ship; Spanish welcome)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
SHIPPED = ("en", "ru")

_installed: list[QTranslator] = []


def choose_language(requested: str | None = None) -> str:
    """``requested`` if shipped, else the system locale's language if shipped, else English."""
    for candidate in (requested, QLocale.system().name().split("_")[0]):
        if candidate and candidate.split("_")[0] in SHIPPED:
            return candidate.split("_")[0]
    return "en"


def install(app: QCoreApplication, language: str) -> bool:
    """Install LeadDesk's and Qt's own translations for ``language``. Returns True if found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    found = ours.load(f"leaddesk_{language}", str(TRANSLATIONS))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_path):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return found
