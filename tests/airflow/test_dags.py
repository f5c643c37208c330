"""The DAGs: one per flow, built from mappings/flows.yaml; the customers DAG end to end."""

from __future__ import annotations

import time

import pytest

from synchub.airflow_names import ALERT, PER_SYSTEM_STEPS, START, airflow_run_id, dag_id, hub_run_id
from synchub.config import Project


def test_every_dag_file_imports_and_every_flow_has_its_dag(dagbag):
    assert dagbag.import_errors == {}
    flows = Project.load().flows
    assert set(dagbag.dags) == {dag_id(flow) for flow in flows}


def test_the_dag_has_a_task_per_step_and_maps_extract_and_load_over_the_systems(dagbag):
    from synchub.pipeline import STEPS

    dag = dagbag.dags["synchub_customers"]
    assert [START] + [name for name, _, _ in STEPS] + [ALERT] == [t.task_id for t in _in_order(dag)]
    assert set(PER_SYSTEM_STEPS) == {name for name, _, per_system in STEPS if per_system}
    for name in PER_SYSTEM_STEPS:
        mapped = dag.get_task(name)
        assert [kw["system"] for kw in mapped.expand_input.value["op_kwargs"]] == ["crm", "erp", "scm"]
    assert dag.max_active_runs == 1
    commit = dag.get_task("commit")
    assert [a.name for a in commit.outlets] == ["synchub_flow_customers"]
    assert commit.retries == 3 and commit.retry_exponential_backoff and commit.owner == "integration-team"


def _in_order(dag):
    task = dag.get_task(START)
    order = [task]
    while task.downstream_list:
        (task,) = task.downstream_list
        order.append(task)
    return order


def test_a_flow_that_depends_on_others_is_scheduled_on_their_assets():
    from airflow.sdk import AssetAll, AssetOrTimeSchedule

    from synchub.airflow_dags import build_flow_dag
    from synchub.config.models import FlowSpec

    spec = FlowSpec(entity="order", systems=["crm", "erp"], rules="entities/orders.yaml",
                    depends_on=["customers", "products"])
    dag = build_flow_dag("orders", spec)
    assert isinstance(dag.timetable.asset_condition, AssetAll)
    assert {a.name for a in dag.timetable.asset_condition.objects} == {"synchub_flow_customers",
                                                                       "synchub_flow_products"}
    timed = build_flow_dag("orders", spec.model_copy(update={"schedule": "0 * * * *"}))
    assert isinstance(timed.timetable, AssetOrTimeSchedule)


def test_a_broken_yaml_file_is_the_import_error_of_its_own_dag_only(tmp_path, monkeypatch):
    """Two flows; the mapping of one is broken: that DAG file fails, the other DAG loads."""
    import shutil

    from airflow.dag_processing.dagbag import BundleDagBag

    from synchub.config import mappings_dir

    mappings = tmp_path / "mappings"
    shutil.copytree(mappings_dir(), mappings)
    flows = (mappings / "flows.yaml").read_text()
    second = flows.split("  customers:", 1)[1]
    (mappings / "flows.yaml").write_text(flows + "  customers_copy:" + second)
    for system in ("crm", "erp", "scm"):
        text = (mappings / system / "customers.yaml").read_text()
        if system == "erp":
            text = text.replace("source:", "sauce:", 1)
        (mappings / system / "customers_copy.yaml").write_text(text)
    monkeypatch.setenv("SYNCHUB_MAPPINGS", str(mappings))
    dags = tmp_path / "dags"
    dags.mkdir()
    for flow in ("customers", "customers_copy"):
        (dags / f"{flow}.py").write_text(f"from synchub.airflow_dags import flow_dag\n\ndag = flow_dag({flow!r})\n")
    bag = BundleDagBag(dag_folder=dags, bundle_path=dags)
    assert set(bag.dags) == {"synchub_customers"}
    (broken_file, error), = bag.import_errors.items()
    assert broken_file.endswith("customers_copy.py")
    assert "customers_copy.yaml" in error and "sauce" in error


def test_hub_run_ids_fit_the_store_and_lead_back_to_the_airflow_run():
    short = hub_run_id("customers", "manual__2026-11-23T18:31:05.248135+00:00")
    assert short == "customers@manual__2026-11-23T18:31:05.248135+00:00"
    assert airflow_run_id(short) == "manual__2026-11-23T18:31:05.248135+00:00"
    long = hub_run_id("customers", "x" * 80)
    assert len(long) == 64 and airflow_run_id(long) is None
    assert airflow_run_id("customers-20261123T183105-248cc3") is None


def test_the_policy_routes_each_mapped_instance_to_its_system_pool():
    from types import SimpleNamespace

    from synchub.airflow_policy import task_instance_mutation_hook

    instances = [SimpleNamespace(dag_id="synchub_customers", task_id="load", map_index=i, pool="default_pool")
                 for i in range(3)]
    other = SimpleNamespace(dag_id="synchub_customers", task_id="merge", map_index=-1, pool="default_pool")
    for ti in instances + [other]:
        task_instance_mutation_hook(ti)
    assert [ti.pool for ti in instances] == ["synchub_crm", "synchub_erp", "synchub_scm"]
    assert other.pool == "default_pool"


@pytest.mark.integration
@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_the_customers_dag_runs_end_to_end_with_dag_test(airflow_db, dagbag, hub):
    from tests.pipeline.agreement import disagreements
    from tests.pipeline.test_customers_flow import live, seed_acme_and_xingchen

    seed_acme_and_xingchen(hub)

    dag = dagbag.dags["synchub_customers"]
    for task in dag.tasks:  # a failure shows at once instead of after minutes of backoff
        task.retries = 0
    store = hub.store()  # migrated
    started = time.perf_counter()
    dag_run = dag.test()
    assert dag_run.state == "success", f"run ended {dag_run.state}"
    (run,) = store.last_runs("customers")
    assert run["status"] == "succeeded" and run["trigger"] == "airflow"
    assert run["run_id"] == hub_run_id("customers", dag_run.run_id)
    figures = run["figures"]
    assert figures["goldens"]["goldens_new"] == 3  # Acme, Xingchen, Solo
    assert [figures["systems"][s]["pulled"] for s in ("crm", "erp", "scm")] == [2, 2, 2]
    for system in ("crm", "erp", "scm"):
        assert len(live(hub.rows(system), system)) == 3, system
    # the systems afterwards: each agrees with the golden records, and a second run writes nothing
    assert disagreements(hub.project(), store) == []
    again = hub.run()
    assert all(f.get("created", 0) == 0 and f.get("updated", 0) == 0 for f in again["systems"].values())
    print(f"dag.test(): {time.perf_counter() - started:.1f} s")
