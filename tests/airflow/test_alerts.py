"""E-mail from the customers DAG under ``dag.test()``, received by a real SMTP server on loopback
(aiosmtpd; ``AIRFLOW_CONN_SMTP_DEFAULT`` in the JSON form): the data stewards' alert after commit,
and Airflow's SmtpNotifier when a task fails for good."""

from __future__ import annotations

import sqlite3
from urllib.parse import quote

import pytest

from synchub.airflow_names import hub_run_id
from tests.pipeline.test_quality_flow import seed, smtp, stewarded  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.integration, pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)]


@pytest.fixture
def customers_dag(airflow_db, hub):
    """The customers DAG parsed afresh, as each task process parses it (the session's DagBag would
    keep the SmtpNotifier, and with it the SMTP connection an earlier test used), with no retries."""
    from airflow.dag_processing.dagbag import BundleDagBag

    from synchub.airflow_env import PROJECT_ROOT

    hub.store().dispose()  # migrated
    dag = BundleDagBag(dag_folder=PROJECT_ROOT / "dags", bundle_path=PROJECT_ROOT / "dags").dags["synchub_customers"]
    for task in dag.tasks:  # a failure ends the run at once instead of after minutes of backoff
        task.retries = 0
    return dag


def test_the_dag_sends_the_stewards_alert_after_commit(customers_dag, hub, stewarded, smtp):  # noqa: F811
    seed(hub)  # crm: a Chinese tax id with a typo and an address that is no address
    dag = customers_dag
    dag_run = dag.test()
    assert dag_run.state == "success", f"run ended {dag_run.state}"

    (run,) = hub.store().last_runs("customers")
    assert run["run_id"] == hub_run_id("customers", dag_run.run_id) and run["status"] == "succeeded"
    assert run["figures"]["alert"]["status"] == "sent" and run["figures"]["alert"]["new_rows"] == 2
    assert len(smtp.messages) == 1
    recipients, message = smtp.messages[0]
    assert sorted(recipients) == ["lead@example.com", "steward@example.com"]
    assert message["Subject"] == "[SyncHub] customers: 2 new quarantined rows (crm 2)"
    text = message.get_body(("plain",)).get_content()
    assert "expect_column_values_to_be_valid_uscc" in text
    # the link leads to the Airflow run, not to the hub run id
    assert f"http://airflow.example.com/dags/synchub_customers/runs/{quote(dag_run.run_id, safe='')}" in text

    again = dag.test()  # the same held rows: no second e-mail
    assert again.state == "success" and len(smtp.messages) == 1
    assert hub.store().last_runs("customers", 1)[0]["figures"]["alert"]["status"] == "quiet"


def test_a_failure_to_send_the_alert_is_recorded_and_fails_the_alert_task(customers_dag, hub, stewarded,  # noqa: F811
                                                                          smtp, monkeypatch):
    import json

    from synchub.airflow_env import free_port

    monkeypatch.setenv("AIRFLOW_CONN_SMTP_DEFAULT", json.dumps({  # nobody listens there
        "conn_type": "smtp", "host": "127.0.0.1", "port": free_port(),
        "extra": {"disable_ssl": True, "disable_tls": True}}))
    seed(hub)
    dag_run = customers_dag.test()
    assert dag_run.state == "failed"
    states = {ti.task_id: ti.state for ti in dag_run.get_task_instances()}
    assert states["commit"] == "success" and states["alert"] == "failed"
    (run,) = hub.store().last_runs("customers")
    assert run["status"] == "succeeded"  # the data went through; only the e-mail did not
    assert run["figures"]["alert"]["status"] == "failed" and "Connection refused" in run["figures"]["alert"]["error"]
    assert hub.store().quarantine("customers")["alerted_at"].isna().all()  # the next run tries again


def test_a_task_that_fails_for_good_fails_the_hub_run_and_mails_alert_to(customers_dag, hub, smtp):  # noqa: F811
    from tests.pipeline.test_customers_flow import seed_acme_and_xingchen

    seed_acme_and_xingchen(hub)
    # SCM fails every write as a broken system does (an operational error, not a refused row): its
    # load task fails after the connector's own retries, once start has opened the hub run
    with sqlite3.connect(hub.urls["scm"].removeprefix("sqlite:///")) as scm:
        scm.execute("CREATE TRIGGER broken BEFORE INSERT ON consignee BEGIN INSERT INTO gone VALUES (1); END")
    dag_run = customers_dag.test()
    assert dag_run.state == "failed"
    states = {(ti.task_id, ti.map_index): ti.state for ti in dag_run.get_task_instances()}
    assert states[("load", 2)] == "failed" and states[("commit", -1)] != "success"

    (run,) = hub.store().last_runs("customers")
    assert run["run_id"] == hub_run_id("customers", dag_run.run_id)
    assert run["status"] == "failed" and "Airflow task load failed" in run["error"] and "gone" in run["error"]
    # one e-mail per task instance that failed for good: scm's load, and a sibling load that
    # started after the hub run was failed (it refuses to go on)
    recipients, message = next((r, m) for r, m in smtp.messages if "load" in m["Subject"])
    assert recipients == ["integration-team@example.com"]  # alert_to of the customers flow
    assert message["Subject"] == f"SyncHub: synchub_customers failed at load ({dag_run.run_id})"
    assert any("no such table: main.gone" in m.get_body(("html",)).get_content() for _, m in smtp.messages)
