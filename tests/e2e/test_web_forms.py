"""The HTML form the desk generates (``form_snippet``), pasted on a customer's site and
posted by a real browser to the intake service: a lead with its source and campaign, and
the refusals (a robot, a missing field, a site nobody allowed)."""

from __future__ import annotations

import re
import time

from leaddesk.domain.codes import ChannelKind, IdentityKind
from tests.e2e.conftest import seconds_since
from tests.helpers.browser import wait_for

LIMIT = 2.0
CSS = "css selector"  # selenium's By.CSS_SELECTOR (selenium may be absent: the tests skip)
CAMPAIGN = "?utm_source=yandex&utm_campaign=kitchen"


def fill(driver, **values: str) -> None:
    for name, value in values.items():
        field = driver.find_element(CSS, f"form.leaddesk-form [name={name}]")
        field.clear()
        field.send_keys(value)


def submit(driver) -> None:
    driver.find_element(CSS, "form.leaddesk-form button[type=submit]").click()


def body_text(driver) -> str:
    return driver.execute_script("return document.body ? document.body.innerText : ''")


def test_the_generated_form_posted_from_the_page_creates_a_lead_with_its_campaign(
        driver, pages, web_desk):
    driver.get(pages.url("/form.html" + CAMPAIGN))
    hidden = driver.execute_script(
        "var f = document.querySelector('form.leaddesk-form');"
        "return {s: f.elements.utm_source.value, c: f.elements.utm_campaign.value,"
        " p: f.elements.page.value};")
    assert hidden == {"s": "yandex", "c": "kitchen", "p": pages.url("/form.html" + CAMPAIGN)}
    fill(driver, name="Ирина Белова", phone="+7 903 123-45-67",
         email="irina@example.ru", message="Нужна угловая кухня, 3,2 × 1,8 м.\nБюджет 300 т.р.")
    started = time.monotonic()
    submit(driver)

    wait_for(lambda: driver.current_url.startswith(pages.url("/thanks.html")), 10,
             "the form's thank-you page")
    card = web_desk.wait_leads(ChannelKind.WEBFORM, 1, LIMIT + 3)[0]
    assert seconds_since(started) <= LIMIT + 1
    assert card.channel_name == "Заявки с сайта"
    assert card.source and "yandex" in card.source and "kitchen" in card.source, card.source
    assert card.contact_name == "Ирина Белова"
    values = {i.kind: i.value for i in card.identities}
    assert values[IdentityKind.EMAIL] == "irina@example.ru"
    assert re.sub(r"\D", "", values[IdentityKind.PHONE]).endswith("9031234567")
    text = card.messages[0].text.replace("\r\n", "\n")  # browsers post CRLF line breaks
    assert "Нужна угловая кухня, 3,2 × 1,8 м.\nБюджет 300 т.р." in text


def test_a_form_without_a_thank_you_page_gets_the_services_own(driver, pages, web_desk,
                                                              intake):
    from dataclasses import replace

    from leaddesk.domain.webforms import form_snippet
    from leaddesk.services.web_channels import save_form

    spec = save_form(web_desk.context.uow_factory, replace(web_desk.form, thank_you_url=""))
    pages.pages["/plain.html"] = form_snippet(spec, intake.url)
    driver.get(pages.url("/plain.html"))
    fill(driver, name="Олег", phone="+7 999 000-11-22")
    submit(driver)
    wait_for(lambda: driver.current_url.startswith(intake.url), 10,
             "the service's thank-you page")
    assert "спасибо" in body_text(driver).lower()
    card = web_desk.wait_leads(ChannelKind.WEBFORM, 1, LIMIT + 3)[0]
    assert card.source == "site:/plain.html"


def test_a_robot_filling_the_honeypot_is_refused(driver, pages, web_desk):
    driver.get(pages.url("/form.html"))
    fill(driver, name="Bot", phone="+7 900 000-00-00")
    driver.execute_script(
        "document.querySelector('form.leaddesk-form').elements.company_site.value ="
        " 'http://spam.example';")
    submit(driver)
    wait_for(lambda: not driver.current_url.startswith(pages.origin), 10, "the answer page")
    time.sleep(0.5)
    assert web_desk.leads(ChannelKind.WEBFORM) == []


def test_a_post_missing_a_required_field_is_refused_with_the_reason(driver, pages, web_desk):
    driver.get(pages.url("/form.html"))
    # What a browser without form validation (or a hand-made post) sends.
    driver.execute_script("document.querySelector('form.leaddesk-form').noValidate = true;")
    fill(driver, name="Анна")
    submit(driver)
    wait_for(lambda: not driver.current_url.startswith(pages.origin), 10, "the answer page")
    assert "Телефон" in body_text(driver)
    time.sleep(0.5)
    assert web_desk.leads(ChannelKind.WEBFORM) == []


def test_the_browser_itself_asks_for_required_fields(driver, pages, web_desk):
    driver.get(pages.url("/form.html"))
    fill(driver, name="Анна")
    submit(driver)
    time.sleep(0.5)
    assert driver.current_url.startswith(pages.url("/form.html"))
    assert web_desk.leads(ChannelKind.WEBFORM) == []


def test_a_form_on_a_site_nobody_allowed_is_refused(driver, pages, web_desk):
    driver.get(pages.url("/form.html", other_origin=True))
    fill(driver, name="Чужой", phone="+7 900 111-11-11")
    submit(driver)
    wait_for(lambda: not driver.current_url.startswith(pages.other_origin), 10,
             "the answer page")
    time.sleep(0.5)
    assert web_desk.leads(ChannelKind.WEBFORM) == []
