"""Shared fixtures: every test gets its own var folder, demo databases and hub store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import factories
from tests.services import postgres_database


@dataclass
class Hub:
    """A project with its own demo systems (SQLite files) and hub store."""

    var: Path
    urls: dict[str, str]
    store_url: str

    def project(self):
        from synchub.config import Project

        return Project.load()

    def store(self):
        from synchub.store import HubStore

        store = HubStore(self.store_url)
        store.migrate()
        return store

    def run(self, flow: str = "customers", **kwargs) -> dict:
        from synchub.pipeline import run_flow

        store = self.store()
        try:
            return run_flow(self.project(), flow, store, **kwargs)
        finally:
            store.dispose()

    def rows(self, system: str) -> list[dict]:
        return factories.rows(self.urls[system], system)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def store_url(request, tmp_path) -> Iterator[str]:
    """The hub store: an SQLite file (the embedded default) or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.db'}"
    else:
        with postgres_database() as url:
            yield url


@pytest.fixture
def hub(tmp_path, monkeypatch, store_url) -> Hub:
    var = tmp_path / "var"
    (var / "demo").mkdir(parents=True)
    monkeypatch.setenv("SYNCHUB_VAR", str(var))
    monkeypatch.delenv("SYNCHUB_MAPPINGS", raising=False)
    for name in ("crm", "erp", "scm"):
        monkeypatch.delenv(f"AIRFLOW_CONN_SYNCHUB_{name.upper()}", raising=False)
    monkeypatch.setenv("SYNCHUB_STORE_URL", store_url)
    urls = {name: f"sqlite:///{var / 'demo' / (name + '.db')}" for name in ("crm", "erp", "scm")}
    factories.create_systems(urls)
    return Hub(var=var, urls=urls, store_url=store_url)
