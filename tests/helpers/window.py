"""The main window on a desk, as the window tests open it: shown, with its own settings
file, following changes (channel workers included), shut down after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSettings

from leaddesk.ui.main_window import MainWindow


@contextmanager
def open_window(qtbot, context, tmp_path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, None, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.shutdown()
