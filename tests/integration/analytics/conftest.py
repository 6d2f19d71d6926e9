"""Databases for the report tests: one per database kind for the whole module (the
read-only checks share one hand-made dataset), on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import uuid

import pytest


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def module_db_url(request, tmp_path_factory):
    """An empty database kept for the whole module (SQLite file or PostgreSQL database)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('reports') / 'leaddesk.db'}"
        return
    server = request.getfixturevalue("pg_server")
    name = "r_" + uuid.uuid4().hex[:12]
    server.create_database(name)
    yield server.url(name)
    server.drop_database(name)
