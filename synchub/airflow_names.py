"""How SyncHub names things in Airflow: DAG ids, pools, and the hub run id of an Airflow run.

No Airflow import here: the scheduler's cluster policy and the sync monitor use these names too.
"""

from __future__ import annotations

import hashlib
import re

DAG_PREFIX = "synchub_"
TRIGGER = "airflow"
START = "start"
ALERT = "alert"
"""The last task: the steward's data-quality e-mail, after ``commit``."""
PER_SYSTEM_STEPS = ("extract", "load")
"""The steps mapped over a flow's systems (``synchub.pipeline.STEPS`` with per_system; a test checks)."""


def dag_id(flow: str) -> str:
    return DAG_PREFIX + flow


def flow_of(dag_id_: str) -> str | None:
    return dag_id_.removeprefix(DAG_PREFIX) if dag_id_.startswith(DAG_PREFIX) else None


def asset_name(flow: str) -> str:
    return f"synchub_flow_{flow}"


def system_pool(system: str) -> str:
    """The Airflow pool that bounds concurrent calls to one system."""
    return f"synchub_{system}"


def hub_run_id(flow: str, airflow_run_id: str) -> str:
    """The hub store's run id for an Airflow run: readable, unique, at most 64 characters."""
    run_id = f"{flow}@{airflow_run_id}"
    if len(run_id) <= 64:
        return run_id
    digest = hashlib.sha1(run_id.encode()).hexdigest()[:10]
    return f"{run_id[:53]}~{digest}"


def airflow_run_id(hub_id: str) -> str | None:
    """The Airflow run id inside a hub run id (None when it was cut, or the run was not Airflow's)."""
    _, sep, rest = hub_id.partition("@")
    if not sep or re.search(r"~[0-9a-f]{10}$", rest):
        return None
    return rest
