"""``make airflow``'s command, ``python -m synchub.airflow_env standalone``, on a fresh temporary
home and a free port: it prepares the home, prints a login that works, every component becomes
healthy and the flows' DAGs are listed; stopping its process group stops it all."""

from __future__ import annotations

import time

import pytest

from tests.airflow.server import running_in_group, standalone_server

pytestmark = pytest.mark.integration


def test_standalone_starts_healthy_with_a_working_login_and_the_flow_dags(tmp_path):
    var = tmp_path / "var"
    var.mkdir()
    airflow = standalone_server(tmp_path / "airflow", {
        "SYNCHUB_VAR": str(var), "SYNCHUB_STORE_URL": f"sqlite:///{tmp_path / 'hub.db'}",
        # the DAGs are only listed here: no scheduled run against demo systems that do not exist
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True"})
    started = time.monotonic()
    try:
        airflow.start_standalone()
        healthy = time.monotonic() - started
        assert (airflow.home / "airflow.db").exists() and (airflow.home / "jwt_secret").exists()
        token = airflow.token()  # the printed login
        flows = {"synchub_customers", "synchub_products"}  # one per flow of mappings/flows.yaml

        def listed():
            dags = airflow.request("/api/v2/dags", token=token)["dags"]
            return dags if flows <= {d["dag_id"] for d in dags} else None

        dags = airflow.wait(listed, "the DAGs", 120)
        assert sorted(d["dag_id"] for d in dags) == sorted(flows)
        pools = {p["name"] for p in airflow.request("/api/v2/pools", token=token)["pools"]}
        assert {"synchub_crm", "synchub_erp", "synchub_scm"} <= pools
        assert airflow.request("/api/v2/importErrors", token=token)["total_entries"] == 0
    finally:
        airflow.stop()
    (process,) = airflow.processes
    assert process.poll() is not None
    assert running_in_group(process.pid) == []  # nothing of its process group is left
    assert airflow.status("/api/v2/monitor/health") is None
    print(f"standalone healthy after {healthy:.1f} s")
