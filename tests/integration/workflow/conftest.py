"""A desk with channels and people, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import Role
from leaddesk.services.rules import add_user
from tests.helpers.leads import make_channels


class People:
    def __init__(self, uow_factory) -> None:
        self.dispatcher = add_user(uow_factory, "disp", "Иванова Мария", Role.DISPATCHER)
        self.anna = add_user(uow_factory, "anna", "Анна Котова", Role.MANAGER, rank=5)
        self.boris = add_user(uow_factory, "boris", "Борис Лавров", Role.MANAGER, rank=9)
        self.vera = add_user(uow_factory, "vera", "Вера Соколова", Role.MANAGER, rank=1)
        self.chief = add_user(uow_factory, "chief", "Олег Волков", Role.SUPERVISOR)


@pytest.fixture
def desk(db_url):
    context = open_desk(db_url)
    make_channels(context.uow_factory)
    context.url = db_url
    yield context
    context.close()


@pytest.fixture
def people(desk) -> People:
    return People(desk.uow_factory)


def channel_id(desk, name: str) -> int:
    return next(c.id for c in desk.reader.channels() if c.name == name)
