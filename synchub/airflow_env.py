"""Running Airflow on this project: environment, first-time setup, and ``make airflow``.

``python -m synchub.airflow_env standalone`` prepares ``$AIRFLOW_HOME`` (default ``.airflow/``
in the project) and starts ``airflow standalone`` on 127.0.0.1 with the project's
``airflow.cfg``, DAGs and plugins. Preparing writes the login (user ``admin``; the password
is made once, kept in ``$AIRFLOW_HOME/simple_auth_manager_passwords.json.generated`` and
printed), a random JWT secret, migrates the metadata DB and creates one pool per system.
The tests use the same functions with a temporary home and free ports.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
USER = "admin"
POOL_SLOTS = 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def environment(home: Path, port: int = 8080, *, base: dict[str, str] | None = None,
                log_ports: tuple[int, int] | None = None) -> dict[str, str]:
    """The environment of every Airflow process of this project (set before Airflow is imported)."""
    env = dict(os.environ if base is None else base)
    home = Path(home).resolve()
    secret_file = home / "jwt_secret"
    env.update({
        "AIRFLOW_HOME": str(home),
        "AIRFLOW_CONFIG": str(PROJECT_ROOT / "airflow.cfg"),
        "SYNCHUB_ROOT": str(PROJECT_ROOT),
        "SYNCHUB_JWT_SECRET": secret_file.read_text().strip() if secret_file.exists() else "",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
        # components are started as `airflow <component>`: this venv's airflow first
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
    })
    if log_ports:
        env["AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT"] = str(log_ports[0])
        env["AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT"] = str(log_ports[1])
    return env


def password_file(home: Path) -> Path:
    return Path(home) / "simple_auth_manager_passwords.json.generated"


def write_login(home: Path, password: str | None = None) -> str:
    """The admin password: kept if already written (unless one is given), else a new random one."""
    path = password_file(home)
    if password is None and path.exists():
        return json.loads(path.read_text())[USER]
    password = password or secrets.token_urlsafe(12)
    path.write_text(json.dumps({USER: password}))
    path.chmod(0o600)
    return password


def prepare(home: Path, *, password: str | None = None, env: dict[str, str] | None = None) -> str:
    """Login, JWT secret, metadata DB and pools of an Airflow home; returns the admin password."""
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    secret_file = home / "jwt_secret"
    if not secret_file.exists():
        secret_file.write_text(secrets.token_urlsafe(32))
        secret_file.chmod(0o600)
    password = write_login(home, password)
    env = {**(env or environment(home)), "SYNCHUB_JWT_SECRET": secret_file.read_text().strip()}
    airflow = str(Path(sys.executable).parent / "airflow")
    subprocess.run([airflow, "db", "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
    for system in _systems():
        from synchub.airflow_names import system_pool

        subprocess.run([airflow, "pools", "set", system_pool(system), str(POOL_SLOTS),
                        f"concurrent SyncHub calls to {system}"], env=env, check=True, stdout=subprocess.DEVNULL)
    return password


def _systems() -> list[str]:
    from synchub.config.models import SystemsFile
    from synchub.config.project import load_model, mappings_dir

    systems, _ = load_model(mappings_dir() / "systems.yaml", SystemsFile)
    return list(systems.systems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m synchub.airflow_env", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["prepare", "standalone"])
    parser.add_argument("--home", type=Path, default=Path(os.environ.get("AIRFLOW_HOME", PROJECT_ROOT / ".airflow")))
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    env = environment(args.home, args.port)
    password = prepare(args.home, env=env)
    env = environment(args.home, args.port)  # with the secret written by prepare
    print(f"Airflow home {args.home.resolve()}\n"
          f"login: {USER} / {password}  (kept in {password_file(args.home).resolve()})\n"
          f"web UI: http://127.0.0.1:{args.port}/  (Browse > Sync Monitor)", flush=True)
    if args.command == "standalone":
        os.execvpe("airflow", ["airflow", "standalone"], env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
