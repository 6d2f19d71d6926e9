from leaddesk.domain.codes import IdentityKind
from leaddesk.domain.identities import normalize_identity


def test_one_customer_writing_differently_is_recognised():
    email = IdentityKind.EMAIL
    assert normalize_identity(email, " Ivan.Petrov@Mail.RU ") == "ivan.petrov@mail.ru"
    assert normalize_identity(email, "<ivan@mail.ru>") == "ivan@mail.ru"
    assert normalize_identity(email, "not an address") is None


def test_russian_phone_habits_give_one_number():
    phone = IdentityKind.PHONE
    forms = ["+7 (912) 555-11-22", "8 912 555 11 22", "89125551122", "912 555-11-22"]
    assert {normalize_identity(phone, f) for f in forms} == {"+79125551122"}
    assert normalize_identity(phone, "12-34") is None


def test_vk_ids_from_links_and_numbers():
    vk = IdentityKind.VK
    assert normalize_identity(vk, "https://vk.com/id12345") == "12345"
    assert normalize_identity(vk, "id777") == "777"
    assert normalize_identity(vk, "durov") is None

