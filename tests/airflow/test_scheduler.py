"""The customers DAG under a real scheduler, triggered through the REST API, and the sync monitor
served by the real api-server: what dag.test() hides (tasks may not use the Airflow ORM there)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from synchub.airflow_names import hub_run_id
from tests import factories
from tests.airflow.server import airflow_server

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> SimpleNamespace:
    """Demo systems (seeded) and a migrated hub store, both SQLite, for the Airflow processes."""
    from synchub.store import HubStore
    from tests.pipeline.test_customers_flow import seed_acme_and_xingchen

    root = tmp_path_factory.mktemp("demo")
    var = root / "var"
    (var / "demo").mkdir(parents=True)
    urls = {name: f"sqlite:///{var / 'demo' / (name + '.db')}" for name in ("crm", "erp", "scm")}
    factories.create_systems(urls)
    demo = SimpleNamespace(var=var, urls=urls, store_url=f"sqlite:///{root / 'hub.db'}", root=root)
    seed_acme_and_xingchen(demo)
    store = HubStore(demo.store_url)
    store.migrate()
    store.dispose()
    # no schedule: the only run is the one the test triggers
    import shutil

    from synchub.config import mappings_dir

    demo.mappings = root / "mappings"
    shutil.copytree(mappings_dir(), demo.mappings)
    flows = demo.mappings / "flows.yaml"
    flows.write_text(flows.read_text().replace('schedule: "@hourly"', "schedule: null"))
    return demo


@pytest.fixture(scope="module")
def airflow(demo):
    server = airflow_server(demo.root / "airflow", {"SYNCHUB_VAR": str(demo.var),
                                                   "SYNCHUB_STORE_URL": demo.store_url,
                                                   "SYNCHUB_MAPPINGS": str(demo.mappings)})
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def finished_run(airflow) -> dict:
    """The customers DAG, triggered through the REST API and waited for."""
    run, _, seconds = airflow.trigger_and_wait("synchub_customers", "the customers run", 240)
    run["seconds"] = round(seconds, 1)
    return run


def test_a_dag_triggered_through_the_rest_api_succeeds_under_the_scheduler(demo, finished_run):
    from synchub.config import Project
    from synchub.store import HubStore
    from tests.pipeline.agreement import disagreements
    from tests.pipeline.test_customers_flow import live

    store = HubStore(demo.store_url)
    try:
        (run,) = store.last_runs("customers")
        assert run["run_id"] == hub_run_id("customers", finished_run["dag_run_id"])
        assert run["status"] == "succeeded" and run["figures"]["goldens"]["goldens_new"] == 3
        for system in ("crm", "erp", "scm"):
            assert len(live(factories.rows(demo.urls[system], system), system)) == 3, system
        with pytest.MonkeyPatch.context() as env:
            env.setenv("SYNCHUB_VAR", str(demo.var))
            assert disagreements(Project.load(), store) == []
    finally:
        store.dispose()
    print(f"scheduler run: {finished_run['seconds']} s")


def test_the_mapped_instances_ran_in_their_system_pools(airflow, finished_run):
    token = airflow.token()
    tis = airflow.request(f"/api/v2/dags/synchub_customers/dagRuns/{finished_run['dag_run_id']}/taskInstances"
                          f"?limit=100", token=token)["task_instances"]
    pools = {(t["task_id"], t["rendered_map_index"]): t["pool"] for t in tis if t["map_index"] >= 0}
    assert pools[("extract", "crm")] == "synchub_crm" and pools[("load", "scm")] == "synchub_scm"


def test_the_sync_monitor_routes_refuse_a_request_without_login(airflow):
    for path in ("/sync-monitor/", "/sync-monitor/api/flows", "/sync-monitor/api/quarantine"):
        assert airflow.status(path) in (401, 403), path


def test_the_sync_monitor_api_serves_the_figures_of_the_finished_run(airflow, finished_run):
    flows = {f["flow"]: f for f in airflow.request("/sync-monitor/api/flows")}
    assert set(flows) == {"customers", "products"}
    flow = flows["customers"]  # the run this module triggered
    assert flow["last_run"]["status"] == "succeeded"
    assert flow["last_run"]["link"].endswith(finished_run["dag_run_id"].replace(":", "%3A").replace("+", "%2B"))
    assert {s["system"]: s["created"] for s in flow["systems"]} == {"crm": 1, "erp": 1, "scm": 1}
    assert flow["stale"] is False
    assert "Sync Monitor" in airflow.request("/sync-monitor/")


ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def test_an_operator_logs_in_and_reads_the_run_on_the_sync_monitor_page(airflow, finished_run):
    """Headless Chromium (Debian's, no download): login form, Browse > Sync Monitor, the figures."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(airflow.url + "/")
            page.wait_for_url("**/auth/login**", timeout=30_000)
            page.fill("input[name=username]", "admin")
            page.fill("input[name=password]", airflow.password)
            page.click("button[type=submit]")
            page.get_by_role("button", name="Browse").click(timeout=30_000)
            page.get_by_role("menuitem", name="Sync Monitor").click()
            page.wait_for_url("**/plugin/sync-monitor**")
            monitor = page.frame_locator("iframe")
            flow = monitor.locator("section[data-flow=customers]")
            flow.locator("tr[data-system=crm] td[data-figure=created]").wait_for(timeout=30_000)
            assert flow.locator(".state").inner_text() == "succeeded"
            assert flow.locator("tr[data-system=erp] td[data-figure=pulled]").inner_text() == "2"
            assert flow.locator("tr[data-system=scm] td[data-figure=created]").inner_text() == "1"
            page.screenshot(path=str(ARTIFACTS / "sync-monitor.png"), full_page=True)
        finally:
            browser.close()
