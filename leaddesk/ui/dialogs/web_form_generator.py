"""The web-form generator (as SalesPlatform's "Webforms"): a web-form channel's forms.

On the left the channel's forms and the sites allowed to post them; on the right the form
chosen: its title, button, the lead's source, the thank-you page, its fields (the standard
ones ticked or not, custom ones added by name; required, hidden with a fixed value; in the
order shown) and the HTML to paste, made live as the form is edited. Nothing typed is lost:
switching forms keeps the changes of the one left, a save that is refused keeps the form as
it is, and closing with changes not saved asks first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.webchat import SiteSettings
from leaddesk.domain.webforms import (
    STANDARD_FIELDS,
    FormField,
    FormSpec,
    field_problems,
    form_snippet,
)
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import ChannelInfo
from leaddesk.services.web_channels import (
    WebSetupInvalid,
    forms,
    public_url,
    save_form,
    update_site_settings,
)
from leaddesk.ui import message_bridge
from leaddesk.ui.dialogs.common import button_box, hint_label
from leaddesk.ui.dialogs.rules_base import StatusLine, button, hint, roomy
from leaddesk.ui.dialogs.web_chat_form import (
    OriginsEdit,
    copy_text,
    monospace,
    setup_problem_words,
    with_hint,
)
from leaddesk.ui.dialogs.web_form_fields import AddFieldDialog, FieldsTable, Row, _line
from leaddesk.ui.ops import QueryOp

DEFAULT_USED = ("name", "phone", "message")
PREVIEW_KEY = "KEY"  # the address of a form not saved yet is made on saving


def rows_for(spec: FormSpec | None) -> list[Row]:
    """The table of a form: its fields in order, then the standard fields it does not
    use."""
    used = spec.fields if spec else ()
    names = {f.name for f in used}
    return [(True, f) for f in used] + [(False, f) for f in STANDARD_FIELDS
                                        if f.name not in names]


@dataclass(eq=False)
class _Entry:
    """A form of the list: as stored (None: new), as it shows unchanged, as edited."""

    saved: FormSpec | None
    baseline: tuple[FormSpec, list[Row]]
    draft: tuple[FormSpec, list[Row]] | None = None


class WebFormGenerator(QDialog):
    """The forms of the web-form channel ``channel`` (with its ``settings``, as
    ``site_channels()`` gives them). ``url``: the intake service's address when the caller
    knows it (else it is read with the forms).

    Signals:
        loaded(): the forms and the intake service's address were read.
        saved(object): a form was stored (its ``FormSpec``, key and id set).
    """

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, context: DeskContext, channel: ChannelInfo, settings: SiteSettings,
                 parent: QWidget | None = None, *, url: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.channel = channel
        self.settings = settings
        self.url: str | None = None
        self.entries: list[_Entry] = []
        self._current = -1
        self._loading = False
        self._saving = False
        self.setObjectName("webFormGenerator")
        self.setWindowTitle(self.tr("Web forms: %1").replace("%1", channel.name))
        self.resize(1120, 780)

        left = QWidget(self)
        self.forms_list = QListWidget(left)
        self.forms_list.setObjectName("formsList")
        roomy(self.forms_list)
        self.forms_list.currentRowChanged.connect(self._row_changed)
        self.new_button = button(self.tr("New form"), left, self.new_form)
        self.new_button.setObjectName("newForm")
        self.origins_edit = OriginsEdit(left)
        self.origins_edit.set_origins(settings.origins)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_heading(self.tr("Forms of this channel"), left))
        left_layout.addWidget(self.forms_list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addSpacing(10)
        left_layout.addWidget(_heading(self.tr("Allowed sites"), left))
        left_layout.addWidget(self.origins_edit)
        left_layout.addWidget(hint(self.tr("One site per line, e.g. https://shop.ru: only "
                                           "pages of these sites may post the forms."), left))

        right = QWidget(self)
        self.title_edit = _line(right, "formTitle", 300)
        self.button_edit = _line(right, "buttonText", 100)
        self.source_edit = _line(right, "leadSource", 200)
        self.source_edit.setPlaceholderText(self.tr("e.g. site:/kitchens/measure"))
        self.thanks_edit = _line(right, "thankYouUrl", 2000)
        self.thanks_edit.setPlaceholderText(self.tr("empty: a short thank-you from LeadDesk"))
        self.address_label = QLabel(right)
        self.address_label.setObjectName("formAddress")
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QFormLayout()
        header.addRow(self.tr("&Title:"), self.title_edit)
        header.addRow(self.tr("&Button:"), self.button_edit)
        source_label = QLabel(self.tr("Lead &source:"), right)
        source_label.setBuddy(self.source_edit)
        header.addRow(source_label, with_hint(right, self.source_edit, self.tr(
            "Leads from this form get this source. Empty: the advertising campaign (UTM) "
            "or the page decides."), wrap=True))
        header.addRow(self.tr("Thank-you &page:"), self.thanks_edit)
        header.addRow(self.tr("Form address:"), self.address_label)

        self.fields = FieldsTable(right)
        self.fields.edited.connect(self._update)
        self.fields.currentCellChanged.connect(lambda *_: self._enable_field_buttons())
        self.add_field_button = button(self.tr("Add field…"), right, self.add_field_dialog)
        self.add_field_button.setObjectName("addField")
        self.remove_field_button = button(self.tr("Remove field"), right, self.remove_field,
                                          self.tr("Remove the added field chosen"))
        self.up_button = button(self.tr("Up"), right, lambda: self.fields.move(-1))
        self.down_button = button(self.tr("Down"), right, lambda: self.fields.move(1))
        field_buttons = QHBoxLayout()
        for widget in (self.add_field_button, self.remove_field_button):
            field_buttons.addWidget(widget)
        field_buttons.addStretch(1)
        field_buttons.addWidget(self.up_button)
        field_buttons.addWidget(self.down_button)
        fields_box = QWidget(right)
        fields_layout = QVBoxLayout(fields_box)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(_heading(self.tr("Fields"), fields_box))
        fields_layout.addWidget(self.fields, 1)
        fields_layout.addLayout(field_buttons)

        self.preview = QPlainTextEdit(right)
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        monospace(self.preview)
        self.copy_button = button(self.tr("Copy HTML"), right, self.copy_html)
        self.copy_button.setObjectName("copyHtml")
        self.copy_note = hint("", right)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copy_note, 1)
        preview_box = QWidget(right)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(_heading(self.tr("HTML to paste into the site"), preview_box))
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addLayout(copy_row)
        parts = QSplitter(Qt.Orientation.Vertical, right)
        parts.setChildrenCollapsible(False)
        parts.addWidget(fields_box)
        parts.addWidget(preview_box)
        parts.setSizes([330, 260])
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(header)
        right_layout.addWidget(parts, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([270, 830])
        self.hint = hint_label(self)
        self.status = StatusLine(self)
        self.buttons, self.save_button = button_box(self, self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        for edit in (self.title_edit, self.button_edit, self.source_edit, self.thanks_edit):
            edit.textChanged.connect(self._update)
        self.origins_edit.textChanged.connect(self._update)
        self._set_editing(False)
        reader, channel_id = context.reader, channel.id
        QueryOp(lambda: (url or public_url(reader), forms(reader, channel_id)),
                what=self.tr("Reading the web forms")).success(self._read).run()

    # reading
    def _read(self, answer: tuple[str, list[FormSpec]]) -> None:
        if not shiboken6.isValid(self):
            return
        self.url, specs = answer
        self.entries = [_Entry(s, (s, rows_for(s))) for s in specs]
        self.forms_list.blockSignals(True)
        self.forms_list.clear()
        self.forms_list.addItems(["" for _ in self.entries])
        self.forms_list.blockSignals(False)
        self._set_editing(True)
        if self.entries:
            for row in range(len(self.entries)):
                self._name_item(row)
            self.forms_list.setCurrentRow(0)
        else:
            self.new_form()
        self.loaded.emit()

    def _new_state(self) -> tuple[FormSpec, list[Row]]:
        spec = FormSpec(key="", channel_id=self.channel.id, title=self.tr("Leave a request"),
                        fields=(), button=self.tr("Send"))
        rows = [(f.name in DEFAULT_USED, f) for _used, f in rows_for(None)]
        return replace(spec, fields=tuple(f for used, f in rows if used)), rows

    # the list of forms
    def new_form(self) -> None:
        self.entries.append(_Entry(None, self._new_state()))
        self.forms_list.addItem("")
        self._name_item(len(self.entries) - 1)
        self.forms_list.setCurrentRow(len(self.entries) - 1)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _row_changed(self, row: int) -> None:
        self._keep_current()
        self._current = row
        if 0 <= row < len(self.entries):
            entry = self.entries[row]
            self._show(entry.draft or entry.baseline)
        self.status.clear()

    def _keep_current(self) -> None:
        """The form being left keeps its changes (as a draft) until saved or closed."""
        if 0 <= self._current < len(self.entries):
            entry = self.entries[self._current]
            state = self.editor_state()
            entry.draft = None if state == entry.baseline else state
            self._name_item(self._current)

    def _name_item(self, row: int, editing: tuple[FormSpec, list[Row]] | None = None) -> None:
        """The form's name in the list; ``editing``: the editor's state when known."""
        entry = self.entries[row]
        if row != self._current:
            state = entry.draft or entry.baseline
        else:
            state = editing if editing is not None else self.editor_state()
        title = state[0].title.strip() or self.tr("Untitled form")
        if entry.saved is None:
            text = self.tr("%1 (new)").replace("%1", title)
        elif state != entry.baseline:
            text = self.tr("%1 (changed)").replace("%1", title)
        else:
            text = title
        item = self.forms_list.item(row)
        item.setText(text)
        item.setToolTip(entry.saved.key if entry.saved else "")

    def current_entry(self) -> _Entry | None:
        return self.entries[self._current] if 0 <= self._current < len(self.entries) else None

    # the editor
    def _set_editing(self, on: bool) -> None:
        for widget in (self.title_edit, self.button_edit, self.source_edit, self.thanks_edit,
                       self.fields, self.add_field_button, self.preview):
            widget.setEnabled(on)
        self._enable_field_buttons()
        self._update()

    def _show(self, state: tuple[FormSpec, list[Row]]) -> None:
        spec, rows = state
        self._loading = True
        self.title_edit.setText(spec.title)
        self.button_edit.setText(spec.button)
        self.source_edit.setText(spec.source)
        self.thanks_edit.setText(spec.thank_you_url)
        self.fields.set_rows(rows)
        self._loading = False
        self._enable_field_buttons()
        self._update()

    def editor_state(self) -> tuple[FormSpec, list[Row]]:
        """The form as edited now, and all the rows of its fields table."""
        entry = self.current_entry()
        saved = entry.saved if entry else None
        rows = self.fields.rows()
        spec = FormSpec(
            key=saved.key if saved else "", channel_id=self.channel.id,
            title=self.title_edit.text().strip(),
            fields=tuple(f if f.hidden else replace(f, value="") for used, f in rows if used),
            source=self.source_edit.text().strip(), thank_you_url=self.thanks_edit.text().strip(),
            button=self.button_edit.text().strip() or FormSpec.button,
            id=saved.id if saved else None, active=saved.active if saved else True)
        return spec, rows

    def spec(self) -> FormSpec:
        return self.editor_state()[0]

    def is_dirty(self, state: tuple[FormSpec, list[Row]] | None = None) -> bool:
        """Whether the form differs from the stored one (``state``: the editor's, when
        known)."""
        entry = self.current_entry()
        if entry is None:
            return False
        return entry.saved is None or (state or self.editor_state()) != entry.baseline

    def sites_changed(self) -> bool:
        return (self.origins_edit.origins() != self.settings.origins
                or bool(self.origins_edit.bad_lines()))

    def problem(self, state: tuple[FormSpec, list[Row]] | None = None) -> str:
        """What stops a save, in words ("" when nothing does); ``state``: the editor's,
        when known."""
        bad = self.origins_edit.problem_words()
        if bad:
            return bad
        if self.current_entry() is None:
            return ""
        spec, rows = state or self.editor_state()
        thanks = spec.thank_you_url.lower()
        if thanks and not thanks.startswith(("https://", "http://")):
            return self.tr("The thank-you page must be a whole address starting with "
                           "https://, e.g. https://shop.ru/thanks")
        problems = field_problems(spec.fields)
        if problems:
            return setup_problem_words(problems[0], {f.name: f.label for _u, f in rows})
        return ""

    def _update(self) -> None:
        if self._loading:
            return
        entry = self.current_entry()
        state = self.editor_state() if entry is not None else None  # once per keystroke
        problem = self.problem(state)
        self.hint.setText(problem)
        dirty = self.is_dirty(state)
        self.save_button.setEnabled(not problem and not self._saving
                                    and (dirty or self.sites_changed()))
        if entry is not None:
            self._name_item(self._current, state)
        self._show_preview(entry, dirty, state[0] if state else None)
        if self.sender() not in (None, self):
            self.status.clear()

    def _show_preview(self, entry: _Entry | None, dirty: bool, spec: FormSpec | None) -> None:
        if entry is None or spec is None or self.url is None:
            self.preview.clear()
            self.address_label.clear()
            self.copy_button.setEnabled(False)
            self.copy_note.clear()
            return
        key = spec.key or PREVIEW_KEY
        self.preview.setPlainText(form_snippet(replace(spec, key=key), self.url))
        if spec.key:
            self.address_label.setText(f"{self.url.rstrip('/')}/f/{spec.key}")
        else:
            self.address_label.setText(self.tr("made when the form is saved"))
        self.copy_button.setEnabled(not dirty)
        self.copy_note.setText(self.tr("Save the form to copy its HTML: the site must get "
                                       "what LeadDesk has stored.") if dirty else "")

    # fields
    def _enable_field_buttons(self) -> None:
        on = self.current_entry() is not None
        row = self.fields.currentRow()
        self.up_button.setEnabled(on and row > 0)
        self.down_button.setEnabled(on and 0 <= row < self.fields.rowCount() - 1)
        self.remove_field_button.setEnabled(on and self.fields.is_custom(row))

    def add_field_dialog(self) -> None:
        dialog = AddFieldDialog(self.fields.names(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_field(dialog.field()))
        dialog.open()

    def add_field(self, field: FormField) -> None:
        """A custom field, used, at the end of the table."""
        self.fields.add(field)
        self._enable_field_buttons()

    def remove_field(self) -> None:
        self.fields.remove_current()
        self._enable_field_buttons()

    # actions
    def copy_html(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.saved is None or self.is_dirty() or self.url is None:
            return
        copy_text(form_snippet(entry.saved, self.url))
        self.status.show_ok(self.tr("HTML copied. Paste it into the page where the form "
                                    "should be."))

    def save(self) -> None:
        """Store the form chosen (and the allowed sites when changed) off the GUI thread;
        when they cannot be stored, everything stays as typed and the reason is told."""
        problem = self.problem()
        if problem or self._saving:
            self.hint.setText(problem)
            return
        entry = self.current_entry()
        uow, channel_id = self.context.uow_factory, self.channel.id
        state = self.editor_state() if entry is not None else None
        sites = (self.settings, self.origins_edit.lines()) if self.sites_changed() else None

        def job() -> tuple[FormSpec | None, SiteSettings | None]:
            site = update_site_settings(uow, channel_id, *sites) if sites else None
            spec = save_form(uow, state[0]) if state is not None else None
            return spec, site

        self._saving = True
        self.save_button.setEnabled(False)
        QueryOp(job).success(lambda answer: self._saved(entry, state, *answer)) \
            .failure(self._not_saved).run()

    def _saved(self, entry: _Entry | None, state, spec: FormSpec | None,
               site: SiteSettings | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        if site is not None:
            self.settings = site
            self.origins_edit.set_origins(site.origins)
        if entry is not None and spec is not None and entry in self.entries:
            entry.saved = spec
            entry.baseline = (spec, state[1])
            if entry.draft == entry.baseline:  # changes typed meanwhile are kept
                entry.draft = None
            self._name_item(self.entries.index(entry))
        self._update()
        self.status.show_ok(self.tr("Saved. Copy the HTML into the site if the form "
                                    "changed."))
        if spec is not None:
            self.saved.emit(spec)

    def _not_saved(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self._update()
        if isinstance(error, WebSetupInvalid):
            labels = {f.name: f.label for _u, f in self.fields.rows()}
            self.status.show_problem(" ".join(setup_problem_words(p, labels)
                                              for p in error.problems))
        else:
            message_bridge.error(self.tr("Saving the web form"), error)
            self.status.show_problem(self.tr("Not saved: %1").replace(
                "%1", str(error) or type(error).__name__))

    def unsaved_titles(self) -> list[str]:
        """The forms (and the sites) with changes not saved."""
        self._keep_current()
        titles = [(e.draft or e.baseline)[0].title or self.tr("Untitled form")
                  for e in self.entries if e.draft is not None]
        if self.sites_changed():
            titles.append(self.tr("Allowed sites"))
        return titles

    def confirm_discard(self, titles: list[str]) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Not saved: %1. Close and lose these changes?").replace(
                "%1", ", ".join(f"“{t}”" for t in titles)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._saving:  # a save under way finishes first
            return
        titles = self.unsaved_titles()
        if titles and not self.confirm_discard(titles):
            return
        super().reject()


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: bold;")
    return label
