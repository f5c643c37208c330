"""Airflow local settings (the plugins folder is on sys.path): SyncHub's cluster policy."""

from synchub.airflow_policy import task_instance_mutation_hook

__all__ = ["task_instance_mutation_hook"]
