from leaddesk.domain.changes import ChangeRecord, ChangeSet
from leaddesk.domain.codes import ChangeKind, Entity
from leaddesk.domain.inbox import search_terms


def test_a_widget_can_ask_whether_its_lead_changed():
    changes = ChangeSet.of([
        ChangeRecord(1, Entity.LEAD, 7, ChangeKind.UPDATED),
        ChangeRecord(2, Entity.CONTACT, 3, ChangeKind.CREATED),
    ])
    assert changes.touches(Entity.LEAD, 7)
    assert not changes.touches(Entity.LEAD, 8)
    assert changes.touches(Entity.CONTACT)
    assert not changes.touches(Entity.SETTINGS)
    assert ChangeSet.of([], full_refresh=True).touches(Entity.LEAD, 123)


def test_search_words_are_folded_and_stripped_of_punctuation():
    assert search_terms("  ОКНА, пластиковые!  +7(912) ") == ["окна", "пластиковые", "7", "912"]
    assert search_terms("\"';--") == []
