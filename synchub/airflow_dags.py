"""Airflow DAGs built from ``mappings/flows.yaml``: one DAG per flow, one task per step.

A DAG file stays thin (``dags/customers.py``: ``dag = flow_dag("customers")``): it loads its
flow's config, builds the DAG here and registers it. Each step of a run (``STEPS``) is a task;
the steps run once per system (extract, load) are mapped over the flow's systems, so one slow
system does not hold the others, and each mapped instance takes a slot of its system's pool
(``synchub.airflow_policy``). The first task opens the hub run (preflight included) under an id
derived from the Airflow run id; every later task resumes it by that id. Data passes through
the hub store, never XCom. ``commit`` updates the flow's Asset, which the flows that
``depends_on`` it are scheduled on. The last task, ``alert``, sends the data stewards' e-mail of
the committed run (``synchub.alerts.alert``, as ``run_flow`` does); it is a task of its own so
that a retry after a failure to send never repeats the commit.

Airflow is imported here, never by the engine.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from airflow.providers.smtp.notifications.smtp import SmtpNotifier
from airflow.providers.standard.operators.python import PythonOperator
from airflow.sdk import DAG, Asset, AssetOrTimeSchedule, CronTriggerTimetable, get_current_context

from synchub.airflow_names import ALERT, DAG_PREFIX, START, TRIGGER, asset_name, dag_id, hub_run_id
from synchub.config import Project
from synchub.config.models import FlowSpec
from synchub.errors import AlertError
from synchub.pipeline import STEPS, committed_run, open_run, resume_run
from synchub.store import HubStore

log = logging.getLogger(__name__)


def flow_asset(flow: str) -> Asset:
    """The Asset a flow's ``commit`` updates after a successful run."""
    return Asset(name=asset_name(flow), uri=f"synchub://flows/{flow}")


# ------------------------------------------------------------------ the task callables
@contextmanager
def _run_context(flow: str, *, opening: bool = False, committed: bool = False):
    """The hub run of the current Airflow run: opened by the first task, resumed by the others
    (``committed``: the task after ``commit``)."""
    context = get_current_context()
    run_id = hub_run_id(flow, context["dag_run"].run_id)
    project = Project.load(only=[flow])
    store = HubStore()
    ctx = None
    try:
        if opening:
            store.check()
            takeover = _stale_airflow_run(store, flow, run_id)
            ctx = open_run(project, flow, store, trigger=TRIGGER, run_id=run_id, takeover=takeover)
        elif committed:
            ctx = committed_run(project, flow, store, run_id)
        else:
            ctx = resume_run(project, flow, store, run_id)
        yield ctx
    finally:
        if ctx is not None:
            ctx.close()
        store.dispose()


def _stale_airflow_run(store: HubStore, flow: str, run_id: str) -> bool:
    """Whether every other run of the flow still marked running was started by Airflow.

    Airflow runs one run of a flow at a time, so such a run's tasks are gone (a killed worker
    leaves no failure callback); this run takes it over. A run the CLI holds is never taken over.
    """
    running = [r for r in store.last_runs(flow, limit=50) if r["status"] == "running" and r["run_id"] != run_id]
    return bool(running) and all(r["trigger"] == TRIGGER for r in running)


def open_flow_run(flow: str) -> None:
    """Task ``start``: preflight (config against the real columns), then register the hub run."""
    with _run_context(flow, opening=True) as ctx:
        log.info("hub run %s of flow %s is open", ctx.run_id, flow)


def run_step(flow: str, step: str, system: str | None = None) -> None:
    """Task of one step (for one system, when the step runs per system); figures go to the log."""
    function = {name: fn for name, fn, _ in STEPS}[step]
    with _run_context(flow) as ctx:
        figures = function(ctx, system) if system is not None else function(ctx)
        log.info("run %s: %s%s: %s", ctx.run_id, step, f" {system}" if system else "", figures)


def send_quality_alert(flow: str) -> None:
    """Task ``alert``: the data stewards' e-mail of the committed run, when it has something new.

    A failure to send is logged and recorded by ``alert`` (its rows stay un-alerted), then raised,
    so the task fails, is retried, and the flow's ``alert_to`` hear of it.
    """
    from synchub.alerts import alert  # imported in the task: keeps DAG parsing light

    with _run_context(flow, committed=True) as ctx:
        figures = alert(ctx)
    log.info("run %s: alert: %s", ctx.run_id, figures)
    if figures["status"] == "failed":
        raise AlertError(f"the data-quality alert of run {ctx.run_id} could not be sent: {figures['error']}")


def mark_run_failed(context: dict[str, Any]) -> None:
    """Failure callback: the hub run is failed, so the flow's next run can start."""
    flow = context["dag"].dag_id.removeprefix(DAG_PREFIX)
    run_id = hub_run_id(flow, context["dag_run"].run_id)
    store = HubStore()
    try:
        store.fail_run(run_id, f"Airflow task {context['task_instance'].task_id} failed: {context.get('exception')}")
    finally:
        store.dispose()


# ------------------------------------------------------------------ the DAG
def schedule_of(spec: FlowSpec):
    """The schedule: the cron or preset; the Assets of ``depends_on``; or either, when both are set."""
    if not spec.depends_on:
        return spec.schedule
    assets = [flow_asset(other) for other in spec.depends_on]
    condition = assets[0]
    for asset in assets[1:]:
        condition = condition & asset
    if spec.schedule is None:
        return condition
    return AssetOrTimeSchedule(timetable=CronTriggerTimetable(spec.schedule, timezone="UTC"), assets=condition)


def failure_callbacks(spec: FlowSpec) -> list:
    callbacks: list = [mark_run_failed]
    if spec.alert_to:
        callbacks.append(SmtpNotifier(
            to=spec.alert_to,
            subject="SyncHub: {{ dag.dag_id }} failed at {{ ti.task_id }} ({{ run_id }})",
            html_content=("<p>Task <b>{{ ti.task_id }}</b>{% if ti.map_index >= 0 %} [{{ ti.map_index }}]{% endif %} "
                          "of <b>{{ dag.dag_id }}</b> failed for good in run {{ run_id }} after {{ ti.try_number }} "
                          "tries.</p><p>{{ exception }}</p><p><a href=\"{{ ti.log_url }}\">Log</a></p>")))
    return callbacks


def build_flow_dag(flow: str, spec: FlowSpec) -> DAG:
    """The DAG of one flow: start -> extract[system] -> validate -> merge -> plan -> load[system] -> commit
    -> alert."""
    default_args = {
        "owner": spec.owner,
        "retries": spec.retries,
        "retry_delay": spec.retry_delay,
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": spec.max_retry_delay,
        "on_failure_callback": failure_callbacks(spec),
    }
    with DAG(
        dag_id=dag_id(flow),
        description=f"SyncHub flow {flow}: {spec.entity} across {', '.join(spec.systems)}",
        schedule=schedule_of(spec),
        start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),
        catchup=False,
        max_active_runs=1,
        default_args=default_args,
        tags=["synchub", spec.entity],
        doc_md=f"Flow **{flow}** from `mappings/flows.yaml`; systems: {', '.join(spec.systems)}.",
    ) as dag:
        previous = PythonOperator(task_id=START, python_callable=open_flow_run, op_kwargs={"flow": flow})
        for name, _, per_system in STEPS:
            outlets = [flow_asset(flow)] if name == "commit" else []
            if per_system:
                task = PythonOperator.partial(
                    task_id=name, python_callable=run_step, map_index_template="{{ task.op_kwargs['system'] }}",
                ).expand(op_kwargs=[{"flow": flow, "step": name, "system": system} for system in spec.systems])
            else:
                task = PythonOperator(task_id=name, python_callable=run_step, op_kwargs={"flow": flow, "step": name},
                                      outlets=outlets)
            previous >> task
            previous = task
        previous >> PythonOperator(task_id=ALERT, python_callable=send_quality_alert, op_kwargs={"flow": flow})
    return dag


def flow_dag(flow: str) -> DAG:
    """Load one flow's config (only its own files) and build its DAG; a config error is raised as
    it is, so Airflow shows it as the import error of that flow's DAG file alone."""
    project = Project.load(only=[flow])
    return build_flow_dag(flow, project.flow(flow).spec)
