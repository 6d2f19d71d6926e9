"""``leaddesk screenshot``: the real window rendered offscreen to a PNG file."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QSettings


def take_screenshot(db_url: str | None, view: str, out: str, *, lead_id: int | None,
                    size: tuple[int, int], language: str | None, user: str | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from leaddesk.bootstrap import open_desk
    from leaddesk.ui import i18n
    from leaddesk.ui.app_main import application, choose_user
    from leaddesk.ui.main_window import MainWindow
    from leaddesk.ui.ops import taskman

    app = application()
    i18n.install(app, i18n.choose_language(language))
    context = open_desk(db_url)
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                         "LeadDesk", "screenshot")
    settings.clear()
    window = MainWindow(context, choose_user(context, QSettings(), user), settings,
                        follow_changes=False)
    window.resize(*size)
    window.show()
    if lead_id is not None:
        row = window.model.row_of(lead_id)
        if row is None:
            print(f"leaddesk: there is no lead {lead_id}", file=sys.stderr)
            window.shutdown()
            context.close()
            return 2
        window.select_row(row)
    if view == "card":
        window.splitter.setSizes([size[0] * 2 // 5, size[0] * 3 // 5])
    elif view in ("schedule", "charts", "reports"):
        window.tabs.show_page(view)
    _settle(app, taskman())
    image = window.grab()
    ok = image.save(out, "PNG")
    window.shutdown()
    context.close()
    if not ok:
        print(f"leaddesk: cannot write {out}", file=sys.stderr)
        return 2
    print(f"{view} saved to {out} ({image.width()}×{image.height()})")
    return 0


def _settle(app, tasks) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        tasks.wait(100)
        app.processEvents()
        if not tasks.busy:
            break
    for _ in range(5):
        app.processEvents()
