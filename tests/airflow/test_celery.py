"""Scale-out: the customers DAG on CeleryExecutor. Redis on 127.0.0.1:6379 is the broker (a queue
of the test's own), a fresh PostgreSQL database the metadata DB (and Celery's result backend),
another the hub store; scheduler, dag-processor, api-server and one ``airflow celery worker``
run as processes; the run is triggered through the REST API."""

from __future__ import annotations

import shutil
import uuid

import pytest

from synchub.airflow_names import hub_run_id
from tests import factories
from tests.airflow.server import airflow_server
from tests.services import postgres_database

pytestmark = pytest.mark.integration
BROKER = "redis://127.0.0.1:6379/0"


def test_the_customers_dag_runs_on_celery_workers(tmp_path):
    import redis

    from synchub.config import Project, mappings_dir
    from synchub.store import HubStore
    from tests.pipeline.agreement import disagreements
    from tests.pipeline.test_customers_flow import live, seed_acme_and_xingchen

    redis.Redis.from_url(BROKER).ping()  # fails, not skips, when the broker is down (as tests.services does)
    var = tmp_path / "var"
    (var / "demo").mkdir(parents=True)
    urls = {name: f"sqlite:///{var / 'demo' / (name + '.db')}" for name in ("crm", "erp", "scm")}
    factories.create_systems(urls)
    seed_acme_and_xingchen(type("Demo", (), {"urls": urls}))
    mappings = tmp_path / "mappings"
    shutil.copytree(mappings_dir(), mappings)
    flows = mappings / "flows.yaml"
    flows.write_text(flows.read_text().replace('schedule: "@hourly"', "schedule: null"))
    queue = f"synchub-test-{uuid.uuid4().hex[:8]}"

    with postgres_database() as metadata_url, postgres_database() as store_url:
        store = HubStore(store_url)
        store.migrate()
        airflow = airflow_server(tmp_path / "airflow", {
            "SYNCHUB_VAR": str(var), "SYNCHUB_STORE_URL": store_url, "SYNCHUB_MAPPINGS": str(mappings),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata_url,
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC": metadata_url,  # psycopg 3 is async too (no asyncpg)
            "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
            "AIRFLOW__CELERY__BROKER_URL": BROKER,
            "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + metadata_url,
            "AIRFLOW__OPERATORS__DEFAULT_QUEUE": queue})
        airflow.more = {"celery-worker": ["celery", "worker", "--concurrency", "2", "--queues", queue]}
        try:
            airflow.start()
            run, path, seconds = airflow.trigger_and_wait("synchub_customers", "the customers run on Celery", 300)
            token = airflow.token()
            tis = airflow.request(f"{path}/taskInstances?limit=100", token=token)["task_instances"]
            assert {t["queue"] for t in tis} == {queue}
            assert {t["hostname"] for t in tis} != {""}  # run by the worker
        finally:
            airflow.stop()
            broker = redis.Redis.from_url(BROKER)
            broker.delete(*broker.keys(f"*{queue}*") or ["-"])  # the test queue's bindings
            broker.close()
        try:
            (hub_run,) = store.last_runs("customers")
            assert hub_run["run_id"] == hub_run_id("customers", run["dag_run_id"])
            assert hub_run["status"] == "succeeded" and hub_run["figures"]["goldens"]["goldens_new"] == 3
            for system in ("crm", "erp", "scm"):
                assert len(live(factories.rows(urls[system], system), system)) == 3, system
            with pytest.MonkeyPatch.context() as env:
                env.setenv("SYNCHUB_VAR", str(var))
                env.setenv("SYNCHUB_MAPPINGS", str(mappings))
                assert disagreements(Project.load(), store) == []
        finally:
            store.dispose()
    print(f"celery run: {seconds:.1f} s")
