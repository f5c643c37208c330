"""Airflow cluster policy (``plugins/airflow_local_settings.py``): each system's own pool.

The per-system steps of a flow DAG (extract, load) are one task mapped over the flow's systems,
and Airflow gives all instances of a mapped task the same pool. This hook routes each instance
to the pool of its system (``synchub_<system>``), so a pool bounds the concurrent calls to one
system across all flows. Map index i is the flow's i-th system in ``mappings/flows.yaml`` (the
order the DAG maps them in). The hook runs in the scheduler, inside its transaction: it only
reads the YAML file (cached by modification time), never the database.

Registered through ``airflow_local_settings`` (Airflow puts the plugins folder on ``sys.path``),
not the ``airflow.policy`` entry point: in Airflow 3.3 only the former switches the hook on
where task instances of a new run are created (``settings.task_instance_mutation_hook.is_noop``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from synchub.airflow_names import DAG_PREFIX, PER_SYSTEM_STEPS, system_pool
from synchub.config.models import FlowsFile
from synchub.config.project import load_model, mappings_dir


@lru_cache(maxsize=8)
def _flow_systems(path: Path, mtime: float) -> dict[str, list[str]]:
    flows, _ = load_model(path, FlowsFile)
    return {name: list(spec.systems) for name, spec in flows.flows.items()}


def systems_of(flow: str) -> list[str]:
    path = mappings_dir() / "flows.yaml"
    try:
        return _flow_systems(path, path.stat().st_mtime).get(flow, [])
    except Exception:  # a broken flows.yaml is reported by the DAG's import error, not by the scheduler
        return []


def task_instance_mutation_hook(task_instance, dag_run=None) -> None:
    if (not task_instance.dag_id.startswith(DAG_PREFIX) or task_instance.task_id not in PER_SYSTEM_STEPS
            or task_instance.map_index is None or task_instance.map_index < 0):
        return
    systems = systems_of(task_instance.dag_id.removeprefix(DAG_PREFIX))
    if task_instance.map_index < len(systems):
        task_instance.pool = system_pool(systems[task_instance.map_index])
