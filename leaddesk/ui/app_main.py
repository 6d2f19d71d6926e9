"""Starting the window: application, language, database, user, main window, in that order."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from leaddesk.domain.codes import Role
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import UserInfo
from leaddesk.ui import i18n
from leaddesk.ui.dialogs.database_dialog import (
    choose_database,
    describe_database_problem,
    startup_database_url,
)

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("LeadDesk")
    QCoreApplication.setApplicationName("LeadDesk")
    return app


def choose_user(context: DeskContext, settings: QSettings, login: str | None) -> UserInfo | None:
    """The person whose own login opened a team database (nobody else, whatever was asked);
    else the user named on the command line, else the last one, else the first supervisor."""
    users = [u for u in context.reader.users() if u.active]
    if context.signed_in is not None:
        _login, user_id = context.signed_in
        return next((u for u in users if u.id == user_id), None)
    wanted = login or settings.value("desk/user")
    for user in users:
        if user.login == wanted:
            return user
    for role in (Role.SUPERVISOR, Role.DISPATCHER, Role.MANAGER):
        for user in users:
            if user.role == role.value:
                return user
    return None


def open_start_database(db_url: str | None, settings: QSettings) -> DeskContext | None:
    """The desk to start on: ``--db``, else ``LEADDESK_DB``, else the saved choice, else the
    existing data-folder file; the first start, or a database that cannot be opened (said
    in words), asks where the data lives instead. None: the person chose to quit."""
    from leaddesk.bootstrap import open_desk

    url = startup_database_url(db_url, settings)
    if url is None:
        return choose_database(None, settings, first_start=True)
    log.info("opening the database")
    try:
        return open_desk(url)
    except Exception as error:
        log.warning("the database cannot be opened: %s", type(error).__name__)
        problem = describe_database_problem(error)
    return choose_database(None, settings, current_url=url, problem=problem)


def run_window(db_url: str | None, login: str | None) -> int:
    from leaddesk.ui.main_window import MainWindow

    app = application()
    i18n.install(app, i18n.choose_language())
    settings = QSettings()
    context = open_start_database(db_url, settings)
    if context is None:
        return 1
    window = MainWindow(context, choose_user(context, settings, login), settings)
    window.show()
    code = app.exec()
    context.close()
    return code
