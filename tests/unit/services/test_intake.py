"""Recording an inbound request, with the database replaced by fakes."""

from datetime import UTC, datetime

import pytest

from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity, IdentityKind
from leaddesk.services.intake import (
    InboundRequest,
    UnknownChannel,
    ensure_channel,
    record_inbound_lead,
)
from tests.helpers.fakes import FakeUnitOfWork

AT = datetime(2026, 11, 24, 13, 5, tzinfo=UTC)


@pytest.fixture
def uow():
    fake = FakeUnitOfWork()
    ensure_channel(fake, ChannelKind.VK, "Сообщество", 900)
    return fake


def request(**kw):
    base = dict(channel_name="Сообщество", received_at=AT,
                text="  Здравствуйте!\n\nЕсть   ли комод  в белом цвете?  ",
                contact_name="Мария", identities=((IdentityKind.VK, "id555"),))
    base.update(kw)
    return InboundRequest(**base)


def test_a_request_becomes_a_new_lead_found_by_its_words(uow):
    lead_id = record_inbound_lead(uow, request())
    lead = uow.store.leads[lead_id]
    assert lead["status"] == "new" and lead["channel_kind"] == "vk"
    assert lead["preview"] == "Здравствуйте! Есть ли комод в белом цвете?"
    assert uow.store.messages[0]["text"].startswith("  Здравствуйте!")  # kept as received
    assert "комод" in uow.store.search[lead_id] and "555" in uow.store.search[lead_id]
    assert (Entity.LEAD, lead_id, ChangeKind.CREATED) in uow.committed
    assert sum(uow.store.rollup.values()) == 1


def test_the_second_request_of_a_known_customer_joins_their_contact(uow):
    first = record_inbound_lead(uow, request())
    second = record_inbound_lead(uow, request(contact_name="",
                                              identities=((IdentityKind.VK, "555"),
                                                          (IdentityKind.PHONE, "89120001122"))))
    assert uow.store.leads[first]["contact_id"] == uow.store.leads[second]["contact_id"]
    assert uow.store.identities[("phone", "+79120001122")] == uow.store.leads[first]["contact_id"]
    assert len(uow.store.contacts) == 1


def test_a_request_for_an_unknown_channel_is_refused_and_nothing_is_committed(uow):
    committed = list(uow.committed)
    with pytest.raises(UnknownChannel):
        record_inbound_lead(uow, request(channel_name="Телеграм"))
    assert uow.committed == committed and not uow.store.leads


def test_two_spellings_of_one_phone_in_one_request_are_one_identity(uow):
    record_inbound_lead(uow, request(identities=((IdentityKind.PHONE, "8 912 000-11-22"),
                                                 (IdentityKind.PHONE, "+7 (912) 0001122"))))
    assert list(uow.store.identities) == [("phone", "+79120001122")]
