"""Website: chat and forms. A chat's sites are stored normalized and its line to paste
carries its key; the form generator stores the fields as picked and copies HTML that posts
to the form's address; what cannot be saved is refused in words and stays as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.webforms import HONEYPOT, FieldKind, FormField, FormSpec
from leaddesk.services.web_channels import (
    DEFAULT_PUBLIC_URL,
    create_site_channel,
    forms,
    save_form,
    site_channels,
)
from leaddesk.ui.dialogs.web_channels_dialog import WebChannelsDialog
from leaddesk.ui.dialogs.web_chat_form import WebChatForm
from leaddesk.ui.dialogs.web_form_generator import AddFieldDialog, WebFormGenerator
from tests.helpers import accounts_ui

# desk: a real SQLite desk (tests/helpers/accounts_ui.py)
desk = accounts_ui.desk

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def open_dialog(qtbot, desk) -> WebChannelsDialog:
    dialog = WebChannelsDialog(desk)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def shown(qtbot, window):
    """A chat form or a generator, shown, once it has read what it needs."""
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.show()
    return window


def entry(desk, channel_id: int):
    return next(e for e in site_channels(desk.reader) if e[0].id == channel_id)


def form_channel(desk) -> int:
    return create_site_channel(desk.uow_factory, ChannelKind.WEBFORM, "Формы на сайте",
                               ["https://shop.example.ru"])


def tick(generator: WebFormGenerator, name: str, column: int, on: bool = True) -> None:
    row = generator.fields.row_of(name)
    generator.fields.item(row, column).setCheckState(CHECKED if on else UNCHECKED)


def test_a_new_chat_keeps_its_sites_normalized_and_shows_the_line_with_its_key(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    assert dialog.table.rowCount() == 0 and not dialog.settings_button.isEnabled()
    form = shown(qtbot, dialog.make_chat_form())
    assert form.snippet_edit.text() == "" and not form.copy_button.isEnabled()
    assert form.hint.text() == "Give the channel a name: leads show it."
    assert not form.save_button.isEnabled()
    form.name_edit.setText("Чат на сайте дверей")
    form.origins_edit.setPlainText("https://Shop.Example.ru/catalog?x=1\n\n"
                                   "  http://www.shop.example.ru:8080/  ")
    form.greeting_edit.setPlainText("Добрый день! Чем помочь?")
    assert form.hint.text() == "" and form.save_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=5000), \
            qtbot.waitSignal(form.saved, timeout=5000):
        form.save_button.click()

    [(channel, settings)] = site_channels(desk.reader)
    assert form.channel_id == channel.id and channel.kind is ChannelKind.WEBCHAT
    assert channel.name == "Чат на сайте дверей"
    assert settings.origins == ("https://shop.example.ru", "http://www.shop.example.ru:8080")
    assert settings.greeting == "Добрый день! Чем помочь?" and settings.key
    # the form stays open, as the chat now is: its line to paste, and the sites as stored
    assert form.isVisible() and not form.name_edit.isEnabled()
    assert form.windowTitle() == "Website chat: Чат на сайте дверей"
    assert form.origins_edit.toPlainText() == \
        "https://shop.example.ru\nhttp://www.shop.example.ru:8080"
    line = form.snippet_edit.text()
    assert f'data-chat="{settings.key}"' in line
    assert f'src="{DEFAULT_PUBLIC_URL}/widget.js"' in line
    form.copy_button.click()
    assert QGuiApplication.clipboard().text() == line

    row = dialog.row_of(channel.id)
    assert dialog.table.item(row, dialog.KIND).text() == "Website chat"
    assert dialog.table.item(row, dialog.SITES).text() == \
        "https://shop.example.ru, http://www.shop.example.ru:8080"
    assert dialog.selected_id() == channel.id and dialog.settings_button.isEnabled()


def test_a_wrong_site_line_is_refused_and_named(qtbot, desk):
    form = shown(qtbot, WebChatForm(desk))
    form.name_edit.setText("Чат")
    form.origins_edit.setPlainText("https://shop.ru\nshop.ru\nftp://files.shop.ru")
    assert form.hint.text() == (
        "Not a site address: “shop.ru”, “ftp://files.shop.ru”. Write each site on its own "
        "line with http:// or https://, e.g. https://shop.ru")
    assert not form.save_button.isEnabled()
    form.save()  # refused: nothing is stored, nothing typed is lost
    assert not form._saving and site_channels(desk.reader) == []
    assert form.origins_edit.toPlainText() == "https://shop.ru\nshop.ru\nftp://files.shop.ru"
    form.origins_edit.setPlainText("https://shop.ru\nhttps://www.shop.ru")
    assert form.hint.text() == "" and form.save_button.isEnabled()


def test_a_taken_name_is_told_and_the_form_stays_as_typed(qtbot, desk):
    create_site_channel(desk.uow_factory, ChannelKind.WEBCHAT, "Чат", [])
    form = shown(qtbot, WebChatForm(desk))
    form.name_edit.setText("Чат")
    form.origins_edit.setPlainText("https://shop.ru")
    form.save_button.click()
    qtbot.waitUntil(lambda: form.status.text() != "", timeout=5000)
    assert form.status.text() == "A channel with this name exists already: choose another name."
    assert form.isVisible() and form.name_edit.text() == "Чат" and form.channel_id is None
    assert form.save_button.isEnabled()


def test_changing_a_chat_keeps_its_key(qtbot, desk):
    channel_id = create_site_channel(desk.uow_factory, ChannelKind.WEBCHAT, "Чат",
                                     ["https://shop.ru"])
    before = entry(desk, channel_id)[1]
    form = shown(qtbot, WebChatForm(desk, editing=entry(desk, channel_id)))
    assert form.origins_edit.toPlainText() == "https://shop.ru"
    assert before.key in form.snippet_edit.text()
    form.title_edit.setText("Консультант магазина")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save_button.click()
    after = entry(desk, channel_id)[1]
    assert after.key == before.key and after.title == "Консультант магазина"


def test_a_new_form_channel_opens_the_generator_once_made(qtbot, desk):
    dialog = open_dialog(qtbot, desk)
    dialog.new_form_channel()
    form = dialog.findChild(WebChatForm)
    assert form.windowTitle() == "New web-form channel" and not form.greeting_edit.isVisible()
    form.name_edit.setText("Формы на сайте")
    form.origins_edit.setPlainText("https://shop.ru")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        form.save_button.click()
    [(channel, settings)] = site_channels(desk.reader)
    assert channel.kind is ChannelKind.WEBFORM and settings.origins == ("https://shop.ru",)
    generator = dialog.findChild(WebFormGenerator)
    assert generator is not None and generator.channel.id == channel.id
    qtbot.waitUntil(lambda: generator.url is not None, timeout=5000)
    assert generator.forms_list.count() == 1 and generator.title_edit.hasFocus()
    generator.close()


def test_the_generator_stores_the_fields_as_picked_and_copies_html_that_posts_there(
        qtbot, desk, monkeypatch):
    channel_id = form_channel(desk)
    generator = shown(qtbot, WebFormGenerator(desk, *entry(desk, channel_id)))
    # no form yet: a new one to start with, name, phone and message ticked
    assert generator.forms_list.count() == 1
    assert [f.name for f in generator.spec().fields] == ["name", "phone", "message"]
    assert not generator.copy_button.isEnabled()
    generator.title_edit.setText("Замер кухни")
    generator.button_edit.setText("Вызвать замерщика")
    generator.source_edit.setText("site:/kitchens/measure")
    tick(generator, "email", generator.fields.USE)
    tick(generator, "message", generator.fields.USE, False)
    tick(generator, "phone", generator.fields.REQUIRED)
    add = AddFieldDialog(generator.fields.names(), generator)
    qtbot.addWidget(add)
    add.label_edit.setText("Лендинг")
    add.name_edit.setText("phone")
    assert add.hint.text() == "The form has a field named “phone” already."
    add.name_edit.setText("Landing page")
    assert add.hint.text().startswith("“Landing page” cannot name a field")
    add.name_edit.setText("landing")
    assert add.hint.text() == "" and add.ok_button.isEnabled()
    generator.add_field(add.field())
    tick(generator, "landing", generator.fields.HIDDEN)
    row = generator.fields.row_of("landing")
    generator.fields.item(row, generator.fields.VALUE).setText("kitchens")
    generator.fields.setCurrentCell(generator.fields.row_of("email"), 1)
    generator.up_button.click()  # email before phone
    assert generator.hint.text() == "" and generator.save_button.isEnabled()
    assert generator.forms_list.item(0).text() == "Замер кухни (new)"
    with qtbot.waitSignal(generator.saved, timeout=5000):
        generator.save_button.click()

    [spec] = forms(desk.reader, channel_id)
    assert spec.key and spec.title == "Замер кухни" and spec.button == "Вызвать замерщика"
    assert spec.source == "site:/kitchens/measure"
    assert [f.name for f in spec.fields] == ["name", "email", "phone", "landing"]
    assert spec.field("phone") == FormField("phone", "Телефон", FieldKind.PHONE, required=True)
    assert spec.field("landing") == FormField("landing", "Лендинг", hidden=True,
                                              value="kitchens")
    assert generator.forms_list.item(0).text() == "Замер кухни"
    assert generator.address_label.text() == f"{DEFAULT_PUBLIC_URL}/f/{spec.key}"
    assert generator.copy_button.isEnabled()
    generator.copy_button.click()
    html = QGuiApplication.clipboard().text()
    assert f'action="{DEFAULT_PUBLIC_URL}/f/{spec.key}"' in html
    assert '<input type="tel" name="phone" required>' in html
    assert '<input type="hidden" name="landing" value="kitchens">' in html
    assert f'name="{HONEYPOT}"' in html and "message" not in html
    # a change not saved yet cannot be copied: the site must get what is stored
    generator.title_edit.setText("Замер кухни бесплатно")
    assert not generator.copy_button.isEnabled()
    assert generator.forms_list.item(0).text() == "Замер кухни бесплатно (changed)"
    monkeypatch.setattr(generator, "confirm_discard", lambda titles: True)


def test_a_hidden_required_field_is_refused_in_words_and_nothing_is_lost(
        qtbot, desk, monkeypatch):
    channel_id = form_channel(desk)
    generator = shown(qtbot, WebFormGenerator(desk, *entry(desk, channel_id)))
    generator.title_edit.setText("Обратный звонок")
    tick(generator, "phone", generator.fields.REQUIRED)
    tick(generator, "phone", generator.fields.HIDDEN)
    assert generator.hint.text() == ("The field “Телефон” is both hidden and required: "
                                     "nobody could ever fill it in. Untick one of the two.")
    assert not generator.save_button.isEnabled()
    generator.save()
    assert not generator._saving and forms(desk.reader, channel_id) == []
    assert generator.title_edit.text() == "Обратный звонок" and generator.isVisible()
    for name in ("name", "phone", "message"):
        tick(generator, name, generator.fields.HIDDEN)
    tick(generator, "phone", generator.fields.REQUIRED, False)
    assert generator.hint.text() == ("Every field of the form is hidden: the visitor would "
                                     "see nothing to fill in.")
    tick(generator, "name", generator.fields.HIDDEN, False)
    assert generator.hint.text() == "" and generator.save_button.isEnabled()
    monkeypatch.setattr(generator, "confirm_discard", lambda titles: True)


def test_switching_forms_keeps_the_changes_and_closing_asks_first(qtbot, desk, monkeypatch):
    channel_id = form_channel(desk)
    fields = (FormField("name", "Имя"), FormField("phone", "Телефон", FieldKind.PHONE))
    for title in ("Звонок", "Замер"):
        save_form(desk.uow_factory, FormSpec("", channel_id, title, fields))
    generator = shown(qtbot, WebFormGenerator(desk, *entry(desk, channel_id)))
    assert [generator.forms_list.item(r).text() for r in range(2)] == ["Звонок", "Замер"]
    generator.title_edit.setText("Звонок сейчас")
    generator.forms_list.setCurrentRow(1)
    assert generator.title_edit.text() == "Замер"
    assert generator.forms_list.item(0).text() == "Звонок сейчас (changed)"
    generator.forms_list.setCurrentRow(0)
    assert generator.title_edit.text() == "Звонок сейчас"
    asked = []
    monkeypatch.setattr(generator, "confirm_discard",
                        lambda titles: asked.append(titles) or False)
    generator.close()
    assert asked == [["Звонок сейчас"]] and generator.isVisible()
    monkeypatch.setattr(generator, "confirm_discard", lambda titles: True)
    generator.close()
    assert not generator.isVisible()


def test_sites_changed_in_the_generator_are_saved_with_the_form(qtbot, desk):
    channel_id = form_channel(desk)
    generator = shown(qtbot, WebFormGenerator(desk, *entry(desk, channel_id)))
    generator.origins_edit.setPlainText("https://shop.example.ru\nwww.shop.example.ru")
    assert generator.hint.text().startswith("Not a site address: “www.shop.example.ru”.")
    assert not generator.save_button.isEnabled()
    generator.origins_edit.setPlainText("https://shop.example.ru\nhttps://WWW.shop.example.ru/")
    with qtbot.waitSignal(generator.saved, timeout=5000):
        generator.save_button.click()
    assert entry(desk, channel_id)[1].origins == ("https://shop.example.ru",
                                                 "https://www.shop.example.ru")
    assert len(forms(desk.reader, channel_id)) == 1


def test_the_public_address_shows_up_in_the_snippets(qtbot, desk):
    channel_id = create_site_channel(desk.uow_factory, ChannelKind.WEBCHAT, "Чат",
                                     ["https://shop.ru"])
    dialog = open_dialog(qtbot, desk)
    assert dialog.url_edit.text() == DEFAULT_PUBLIC_URL
    assert not dialog.save_url_button.isEnabled()
    dialog.url_edit.setText("leads.shop.ru")
    assert dialog.url_hint.text().startswith("Write the whole address with https://")
    assert not dialog.save_url_button.isEnabled()
    dialog.url_edit.setText("https://Leads.Shop.ru/")
    assert dialog.url_hint.text() == "" and dialog.save_url_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        dialog.save_url_button.click()
    assert dialog.url_edit.text() == "https://leads.shop.ru"
    assert not dialog.save_url_button.isEnabled()

    dialog.table.selectRow(dialog.row_of(channel_id))
    form = shown(qtbot, dialog.make_settings(dialog.selected()))
    assert isinstance(form, WebChatForm)
    assert 'src="https://leads.shop.ru/widget.js"' in form.snippet_edit.text()
    channel_id = form_channel(desk)
    generator = shown(qtbot, WebFormGenerator(desk, *entry(desk, channel_id)))
    assert 'action="https://leads.shop.ru/f/' in generator.preview.toPlainText()
