"""Resolving a system's connection to a URL, without secrets in YAML or logs.

Order: the environment variable ``AIRFLOW_CONN_<ID>`` (a URI, or Airflow's JSON form with a
``sqlalchemy_url`` extra or a conn_type), then the Airflow connection of that id when Airflow is
installed and configured, then the system's ``default_url`` from systems.yaml with ``${VAR}``
expanded (``SYNCHUB_VAR`` defaults to the project's ``var/`` folder).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from synchub.config.models import SystemSpec
from synchub.errors import ConnectionConfigError

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# Airflow conn_type -> SQLAlchemy driver, for connections defined the Airflow way.
_SQLALCHEMY_SCHEMES = {
    "postgres": "postgresql+psycopg",
    "postgresql": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mariadb": "mysql+pymysql",
    "sqlite": "sqlite",
    "mssql": "mssql+pyodbc",
}


def var_dir() -> Path:
    """Where SyncHub keeps local state by default (demo databases, the embedded hub store)."""
    return Path(os.environ.get("SYNCHUB_VAR", PROJECT_ROOT / "var"))


def expand(text: str) -> str:
    """Expand ``${VAR}`` from the environment; ``${SYNCHUB_VAR}`` has a default."""
    def value(match: re.Match) -> str:
        name = match.group(1)
        if name == "SYNCHUB_VAR":
            return str(var_dir())
        if name not in os.environ:
            raise ConnectionConfigError(f"environment variable {name} is not set (used in {text!r})")
        return os.environ[name]

    return re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", value, text)


def _from_airflow_json(raw: str) -> str:
    conn = json.loads(raw)
    extra = conn.get("extra") or {}
    if isinstance(extra, str):
        extra = json.loads(extra or "{}")
    if extra.get("sqlalchemy_url"):
        return extra["sqlalchemy_url"]
    scheme = _SQLALCHEMY_SCHEMES.get(conn.get("conn_type", ""), conn.get("conn_type", ""))
    auth = ""
    if conn.get("login"):
        from urllib.parse import quote

        auth = quote(conn["login"], safe="")
        if conn.get("password"):
            auth += ":" + quote(conn["password"], safe="")
        auth += "@"
    port = f":{conn['port']}" if conn.get("port") else ""
    return f"{scheme}://{auth}{conn.get('host', '')}{port}/{conn.get('schema', '')}"


def _from_uri(uri: str) -> str:
    scheme, _, rest = uri.partition("://")
    return f"{_SQLALCHEMY_SCHEMES.get(scheme, scheme)}://{rest}"


def resolve_url(name: str, spec: SystemSpec) -> str:
    """The URL of a system's connection; never logged, as it may hold a password."""
    env_name = f"AIRFLOW_CONN_{spec.connection.upper()}"
    raw = os.environ.get(env_name)
    if raw:
        raw = raw.strip()
        return _from_airflow_json(raw) if raw.startswith("{") else _from_uri(raw)
    airflow_url = _from_airflow_connection(spec.connection)
    if airflow_url:
        return airflow_url
    if spec.default_url:
        return expand(spec.default_url)
    raise ConnectionConfigError(
        f"system {name!r}: connection {spec.connection!r} is not defined; create an Airflow connection "
        f"with that id or set {env_name} to its URI")


def _from_airflow_connection(conn_id: str) -> str | None:
    """An Airflow connection, only inside an Airflow environment (AIRFLOW_HOME set)."""
    if "AIRFLOW_HOME" not in os.environ:
        return None
    try:
        from airflow.sdk import BaseHook  # imported lazily: Airflow is optional for the CLI
    except ImportError:
        return None
    try:
        conn = BaseHook.get_connection(conn_id)
    except Exception:  # Airflow raises its own not-found error types across versions
        return None
    extra = conn.extra_dejson or {}
    if extra.get("sqlalchemy_url"):
        return extra["sqlalchemy_url"]
    return _from_uri(conn.get_uri())
