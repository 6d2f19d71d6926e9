from leaddesk.domain.codes import IdentityKind
from leaddesk.domain.identities import normalize_identity, normalize_phone


def test_one_customer_writing_differently_is_recognised():
    email = IdentityKind.EMAIL
    assert normalize_identity(email, " Ivan.Petrov@Mail.RU ") == "ivan.petrov@mail.ru"
    assert normalize_identity(email, "<ivan@mail.ru>") == "ivan@mail.ru"
    assert normalize_identity(email, "not an address") is None


def test_russian_phone_habits_give_one_number():
    phone = IdentityKind.PHONE
    forms = ["+7 (912) 555-11-22", "8 912 555 11 22", "89125551122", "912 555-11-22"]
    assert {normalize_identity(phone, f) for f in forms} == {"+79125551122"}
    assert normalize_identity(phone, "8 (916) 123-45-67") == "+79161234567"
    assert normalize_identity(phone, "916 123 45 67") == "+79161234567"
    assert normalize_identity(phone, "8-800-555-35-35") == "+78005553535"


def test_foreign_numbers_keep_their_country():
    assert normalize_phone("+44 20 7946 0958") == "+442079460958"
    assert normalize_phone("+1 650 253 0000") == "+16502530000"
    assert normalize_phone("020 7946 0958", default_region="GB") == "+442079460958"
    assert normalize_phone("00 44 20 7946 0958") == "+442079460958"


def test_garbage_and_short_numbers_are_no_phones():
    for value in ("12-34", "12345", "", "abc", "позвонить вечером", "123-45-67"):
        assert normalize_phone(value) is None, value


def test_vk_ids_from_links_and_numbers():
    vk = IdentityKind.VK
    assert normalize_identity(vk, "https://vk.com/id12345") == "12345"
    assert normalize_identity(vk, "id777") == "777"
    assert normalize_identity(vk, "durov") is None
