"""Starting the window: application, language, database, user, main window, in that order."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from leaddesk.domain.codes import Role
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import UserInfo
from leaddesk.ui import i18n

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("LeadDesk")
    QCoreApplication.setApplicationName("LeadDesk")
    return app


def choose_user(context: DeskContext, settings: QSettings, login: str | None) -> UserInfo | None:
    """The user named on the command line, else the last one, else the first supervisor."""
    users = [u for u in context.reader.users() if u.active]
    wanted = login or settings.value("desk/user")
    for user in users:
        if user.login == wanted:
            return user
    for role in (Role.SUPERVISOR, Role.DISPATCHER, Role.MANAGER):
        for user in users:
            if user.role == role.value:
                return user
    return None


def run_window(db_url: str | None, login: str | None) -> int:
    from leaddesk.bootstrap import open_desk
    from leaddesk.ui.main_window import MainWindow

    app = application()
    i18n.install(app, i18n.choose_language())
    log.info("opening the database")
    try:
        context = open_desk(db_url)
    except Exception as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "LeadDesk"),
            QCoreApplication.translate("app", "The database cannot be opened:\n%1")
            .replace("%1", str(error).splitlines()[0] if str(error) else type(error).__name__))
        return 1
    settings = QSettings()
    window = MainWindow(context, choose_user(context, settings, login), settings)
    window.show()
    code = app.exec()
    context.close()
    return code
