"""A website chat's settings: the sites that may show it, its words, the line to paste.

With ``kind=ChannelKind.WEBFORM`` the same form makes a new web-form channel (its name and
sites only; its forms are made in the generator). What the website dialogs share is here
too: the allowed-sites box, the problems of a set-up in words, copying to the clipboard.
Strings shared by the website dialogs are translated under the context "WebSetup".
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.webchat import SiteSettings, normalize_origin, origin_problems
from leaddesk.domain.webforms import chat_snippet
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import ChannelInfo
from leaddesk.services.web_channels import (
    WebSetupInvalid,
    create_site_channel,
    public_url,
    site_channels,
    update_site_settings,
)
from leaddesk.ui import message_bridge
from leaddesk.ui.dialogs.common import hint_label
from leaddesk.ui.dialogs.rules_base import StatusLine, button, hint
from leaddesk.ui.ops import QueryOp

translate = QCoreApplication.translate

# (channel, settings), as ``site_channels()`` gives them
Editing = tuple[ChannelInfo, SiteSettings]


def setup_problem_words(code: str, field_labels: dict[str, str] | None = None) -> str:
    """A problem code of ``WebSetupInvalid`` in words; ``field_labels``: name → label of
    the form's fields, to name a field as the person sees it."""
    what, _, detail = code.partition(":")
    named = (field_labels or {}).get(detail) or detail
    if what == "bad_origin":
        return translate("WebSetup", "“%1” is not a site address: write it with https:// "
                         "(or http://), e.g. https://shop.ru").replace("%1", detail)
    if what == "hidden_required":
        return translate("WebSetup", "The field “%1” is both hidden and required: nobody "
                         "could ever fill it in. Untick one of the two.").replace("%1", named)
    if what == "bad_name":
        return translate("WebSetup", "“%1” cannot name a field: use small Latin letters, "
                         "digits and _, starting with a letter (names such as utm_source "
                         "and page are taken by LeadDesk).").replace("%1", detail)
    words = {
        "name_taken": translate("WebSetup", "A channel with this name exists already: "
                                "choose another name."),
        "no_fields": translate("WebSetup", "Tick at least one field to use."),
        "nothing_visible": translate("WebSetup", "Every field of the form is hidden: the "
                                     "visitor would see nothing to fill in."),
        "duplicate_name": translate("WebSetup", "Two fields have the same name."),
        "not_a_web_channel": translate("WebSetup", "This channel is no longer a website "
                                       "channel; close the window and open it again."),
    }
    return words.get(code, code)


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def with_hint(parent: QWidget, field: QWidget | QLayout, text: str,
              wrap: bool = False) -> QWidget:
    """A form row's field with a grey explanation under it, in one line unless ``wrap``
    (a word-wrapped label in a form layout of a dialog sized to its contents can overlap
    the rows around it)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QLayout):
        layout.addLayout(field)
    else:
        layout.addWidget(field)
    label = hint(text, box)
    label.setWordWrap(wrap)
    layout.addWidget(label)
    return box


def monospace(widget: QWidget) -> None:
    widget.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))


class OriginsEdit(QPlainTextEdit):
    """The sites allowed to show a chat or post a form: one address per line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("origins")
        self.setTabChangesFocus(True)
        self.setPlaceholderText("https://shop.ru\nhttps://www.shop.ru")
        self.setToolTip(translate("WebSetup", "Only pages of these sites may show the chat "
                                  "or post the forms; a path after the address is ignored"))
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def bad_lines(self) -> list[str]:
        return origin_problems(self.lines())

    def problem_words(self) -> str:
        """The lines that are no site address, named ("" when there are none)."""
        bad = self.bad_lines()
        if not bad:
            return ""
        named = ", ".join(f"“{line}”" for line in bad)
        return self.tr("Not a site address: %1. Write each site on its own line with "
                       "http:// or https://, e.g. https://shop.ru", "", len(bad)) \
            .replace("%1", named)

    def origins(self) -> tuple[str, ...]:
        """The good lines, normalized, each once."""
        return tuple(dict.fromkeys(o for o in map(normalize_origin, self.lines()) if o))

    def set_origins(self, origins: tuple[str, ...]) -> None:
        self.setPlainText("\n".join(origins))


def _short_text(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
    return edit


class WebChatForm(QDialog):
    """A new website chat, or a chat's settings (``editing``: as ``site_channels()`` gives
    them). Save keeps the form open: a new chat gets its key, and the line to paste into
    the site shows up with "Copy". With ``kind=ChannelKind.WEBFORM``: a new web-form
    channel's name and sites; Save closes the form. ``url``: the intake service's address
    when the caller knows it (else it is read).

    Signals:
        loaded(): the intake service's address was read (the snippet shows it).
        saved(int): the channel was stored (its id); ``channel_id`` has it.
    """

    loaded = Signal()
    saved = Signal(int)

    def __init__(self, context: DeskContext, parent: QWidget | None = None,
                 editing: Editing | None = None,
                 kind: ChannelKind = ChannelKind.WEBCHAT, url: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = editing[0].kind if editing else kind
        self.editing = editing
        self.channel_id: int | None = editing[0].id if editing else None
        self.settings = editing[1] if editing else SiteSettings()
        self.url: str | None = None
        self._saving = False
        is_chat = self.kind is ChannelKind.WEBCHAT
        self.setObjectName("webChatForm")
        self.resize(680, 0)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("channelName")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("e.g. Chat on shop.ru") if is_chat
                                          else self.tr("e.g. Forms on shop.ru"))
        self.origins_edit = OriginsEdit(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("chatTitle")
        self.title_edit.setMaxLength(200)
        self.greeting_edit = _short_text(self, "greeting")
        self.offline_edit = _short_text(self, "offlineText")
        self.offline_edit.setToolTip(self.tr("Shown with a contact form instead of the chat "
                                             "when nobody is on duty for it"))
        self.snippet_edit = QLineEdit(self)
        self.snippet_edit.setObjectName("snippet")
        self.snippet_edit.setReadOnly(True)
        monospace(self.snippet_edit)
        self.snippet_edit.setPlaceholderText(self.tr("appears once the chat is saved"))
        self.copy_button = button(self.tr("Copy"), self, self.copy_snippet,
                                  self.tr("Copy the line to the clipboard"))
        self.copy_button.setObjectName("copySnippet")
        snippet_row = QHBoxLayout()
        snippet_row.addWidget(self.snippet_edit, 1)
        snippet_row.addWidget(self.copy_button)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        sites_label = QLabel(self.tr("Allowed &sites:"), self)
        sites_label.setBuddy(self.origins_edit)
        form.addRow(sites_label, with_hint(self, self.origins_edit, self.tr(
            "One site per line, e.g. https://shop.ru")))
        if is_chat:
            form.addRow(self.tr("Window &title:"), self.title_edit)
            form.addRow(self.tr("&Greeting:"), self.greeting_edit)
            form.addRow(self.tr("When nobody is &on duty:"), self.offline_edit)
            form.addRow(self.tr("Paste into the site:"), with_hint(self, snippet_row, self.tr(
                "Put this line into every page that shows the chat, just before </body>.")))
        else:
            form.addRow("", hint(self.tr("The forms themselves are made next, in the form "
                                         "generator."), self))
            for widget in (self.title_edit, self.greeting_edit, self.offline_edit,
                           self.snippet_edit, self.copy_button):
                widget.hide()
        self.form = form
        self.hint = hint_label(self)
        self.status = StatusLine(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save") if is_chat else self.tr("Create"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._fill(self.settings)
        for edit in (self.name_edit, self.title_edit):
            edit.textChanged.connect(self._update)
        for text in (self.origins_edit, self.greeting_edit, self.offline_edit):
            text.textChanged.connect(self._update)
        self._show_saved_state()
        (self.origins_edit if editing else self.name_edit).setFocus()
        if url is not None:
            self.url = url
            self._show_snippet()
            QTimer.singleShot(0, self, self.loaded.emit)  # once the caller can hear it
        else:
            reader = context.reader
            QueryOp(lambda: public_url(reader),
                    what=self.tr("Reading the intake service's address")) \
                .success(self._url_read).run()

    def _fill(self, settings: SiteSettings) -> None:
        if self.editing:
            self.name_edit.setText(self.editing[0].name)
        self.origins_edit.set_origins(settings.origins)
        self.title_edit.setText(settings.title)
        self.greeting_edit.setPlainText(settings.greeting)
        self.offline_edit.setPlainText(settings.offline_text)

    def _show_saved_state(self) -> None:
        """The title, the name (fixed once saved) and the snippet, as stored now."""
        is_chat = self.kind is ChannelKind.WEBCHAT
        if self.editing:
            name = self.editing[0].name
            self.setWindowTitle((self.tr("Website chat: %1") if is_chat
                                 else self.tr("Web forms: %1")).replace("%1", name))
            self.name_edit.setEnabled(False)
            self.name_edit.setToolTip(self.tr("The name is given when the channel is made"))
        else:
            self.setWindowTitle(self.tr("New website chat") if is_chat
                                else self.tr("New web-form channel"))
        self._show_snippet()
        self._update()

    def _url_read(self, url: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.url = url
        self._show_snippet()
        self.loaded.emit()

    def _show_snippet(self) -> None:
        self.snippet_edit.setText(self.snippet())
        self.snippet_edit.setCursorPosition(0)
        self.copy_button.setEnabled(bool(self.snippet_edit.text()))

    # values
    def snippet(self) -> str:
        """The line to paste into the site; "" until the chat is saved."""
        if not self.settings.key or self.url is None:
            return ""
        return chat_snippet(self.settings.key, self.url)

    def typed_settings(self) -> SiteSettings:
        return SiteSettings(key=self.settings.key, origins=self.origins_edit.origins(),
                            title=self.title_edit.text().strip() or SiteSettings.title,
                            greeting=self.greeting_edit.toPlainText().strip(),
                            offline_text=self.offline_edit.toPlainText().strip())

    def problem(self) -> str:
        """What stops a save, in words ("" when nothing does)."""
        if not self.editing and not self.name_edit.text().strip():
            return self.tr("Give the channel a name: leads show it.")
        return self.origins_edit.problem_words()

    def _update(self) -> None:
        problem = self.problem()
        self.hint.setText(problem)
        self.save_button.setEnabled(not problem and not self._saving)
        if self.sender() is not None and self.sender() is not self:
            self.status.clear()

    # actions
    def copy_snippet(self) -> None:
        copy_text(self.snippet_edit.text())
        self.status.show_ok(self.tr("Copied. Paste it into the site's pages."))

    def save(self) -> None:
        """Store the settings off the GUI thread; the form stays open with what was typed
        when they cannot be stored."""
        if self._saving or self.problem():
            self._update()
            return
        uow, reader = self.context.uow_factory, self.context.reader
        settings, origins = self.typed_settings(), self.origins_edit.lines()
        if self.editing is None:
            kind, name = self.kind, self.name_edit.text().strip()

            def job() -> Editing:
                channel_id = create_site_channel(uow, kind, name, origins, settings)
                return next(e for e in site_channels(reader) if e[0].id == channel_id)
        else:
            channel = self.editing[0]

            def job() -> Editing:
                return channel, update_site_settings(uow, channel.id, settings, origins)

        self._saving = True
        self._update()
        QueryOp(job).success(self._saved).failure(self._not_saved).run()

    def _saved(self, editing: Editing) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.editing, self.settings = editing, editing[1]
        self.channel_id = editing[0].id
        self.origins_edit.set_origins(self.settings.origins)
        self._show_saved_state()
        self.status.show_ok(self.tr("Saved. Copy the line above into the site's pages.")
                            if self.kind is ChannelKind.WEBCHAT else self.tr("Saved."))
        self.saved.emit(self.channel_id)
        if self.kind is ChannelKind.WEBFORM:
            self.accept()

    def _not_saved(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self._update()
        if isinstance(error, WebSetupInvalid):
            self.status.show_problem(" ".join(setup_problem_words(p) for p in error.problems))
            if "name_taken" in error.problems:
                self.name_edit.setFocus()
        else:
            message_bridge.error(self.tr("Saving the website channel"), error)
            self.status.show_problem(self.tr("Not saved: %1").replace(
                "%1", str(error) or type(error).__name__))

    def reject(self) -> None:
        if not self._saving:  # a save under way finishes first
            super().reject()

