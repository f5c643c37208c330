"""The sync monitor's review queue: the page section and the JSON route, from the hub store."""

from __future__ import annotations

import pytest

from synchub.store import schema as t
from synchub.store.hub_store import utcnow


@pytest.fixture
def store_with_a_review(tmp_path, monkeypatch):
    from synchub.store import HubStore

    url = f"sqlite:///{tmp_path / 'hub.db'}"
    monkeypatch.setenv("SYNCHUB_STORE_URL", url)
    store = HubStore(url)
    store.migrate()
    with store.begin() as conn:
        conn.execute(t.match_review.insert(), [
            {"entity": "customer", "flow": "customers", "system_a": "crm", "local_a": "001A", "system_b": "erp",
             "local_b": "0000100001", "golden_a": "g-1", "golden_b": "g-2", "probability": 0.81, "status": "open",
             "run_id": "customers@manual__2026-12-01", "created_at": utcnow()},
            {"entity": "customer", "flow": "customers", "system_a": "crm", "local_a": "002B", "system_b": "scm",
             "local_b": "C-7", "golden_a": "g-3", "golden_b": "g-4", "probability": 0.7, "status": "rejected",
             "run_id": "customers-1", "created_at": utcnow()}])
    yield store
    store.dispose()


def test_open_reviews_are_listed_on_the_page_and_in_json(store_with_a_review):
    from fastapi.testclient import TestClient

    from synchub.sync_monitor import create_app

    client = TestClient(create_app())
    reviews = client.get("/api/reviews").json()
    assert [(r["id"], r["record_a"], r["record_b"], r["probability"]) for r in reviews] == [
        (1, "crm:001A", "erp:0000100001", 0.81)]
    assert reviews[0]["link"] == "/dags/synchub_customers/runs/manual__2026-12-01"
    page = client.get("/").text
    assert 'data-review="1"' in page and "crm:001A" in page
    assert "002B" not in page  # decided pairs leave the queue
    assert client.get("/api/reviews", params={"flow": "products"}).json() == []
