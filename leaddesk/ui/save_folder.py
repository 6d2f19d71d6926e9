"""Where a file the person saves goes first: the folder they used last in this session,
else their Downloads (or Documents) folder, else home."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last: Path | None = None


def start_folder() -> Path:
    if _last is not None and _last.is_dir():
        return _last
    for location in (QStandardPaths.StandardLocation.DownloadLocation,
                     QStandardPaths.StandardLocation.DocumentsLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def remember(saved_file: Path) -> None:
    global _last
    _last = saved_file.parent
