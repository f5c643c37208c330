"""Airflow for the tests: a temporary AIRFLOW_HOME for the session, set before Airflow is imported.

Airflow reads its config once, at import, so the environment is set here, when pytest collects
this folder; the test modules import Airflow only inside fixtures and tests. The metadata DB is
an SQLite file of its own, so asset events of test runs never reach another scheduler.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from synchub import airflow_env

HOME = Path(tempfile.mkdtemp(prefix="synchub-airflow-"))
(HOME / "jwt_secret").write_text("synchub-tests-jwt-secret")
os.environ.update({k: v for k, v in airflow_env.environment(HOME).items()
                   if k.startswith(("AIRFLOW", "SYNCHUB_ROOT", "SYNCHUB_JWT"))})
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """The session's Airflow metadata DB, created once (dag.test() needs one)."""
    from airflow.utils.db import initdb

    initdb()
    return HOME


@pytest.fixture(scope="session")
def dagbag():
    """Every DAG file of the project's dags folder, parsed as the dag-processor parses them."""
    from airflow.dag_processing.dagbag import BundleDagBag

    dags = airflow_env.PROJECT_ROOT / "dags"
    return BundleDagBag(dag_folder=dags, bundle_path=dags)
