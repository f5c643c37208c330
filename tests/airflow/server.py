"""A real Airflow on a temporary home, a test metadata DB and free ports, run as subprocesses and
always stopped: api-server, scheduler and dag-processor started one by one (``start``), or
``python -m synchub.airflow_env standalone``, what ``make airflow`` runs (``start_standalone``)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from synchub import airflow_env

COMPONENTS = ("scheduler", "dag-processor", "api-server")


@dataclass
class Airflow:
    home: Path
    port: int
    password: str
    env: dict[str, str]
    processes: list[subprocess.Popen] = field(default_factory=list)
    log_names: tuple[str, ...] = COMPONENTS
    more: dict[str, list[str]] = field(default_factory=dict)
    """Further processes ``start`` runs: log name -> arguments of ``airflow`` (a Celery worker)."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        airflow = str(Path(sys.executable).parent / "airflow")
        commands = {component: [component] + (["--port", str(self.port)] if component == "api-server" else [])
                    for component in COMPONENTS} | self.more
        self.log_names = tuple(commands)
        for name, args in commands.items():
            with open(self.home / f"{name}.log", "wb") as log:
                self.processes.append(subprocess.Popen([airflow, *args], env=self.env, stdout=log,
                                                       stderr=subprocess.STDOUT, start_new_session=True))
        self.wait(lambda: self.request("/api/v2/monitor/health", token=None), "the api-server", 120)

    def start_standalone(self, seconds: float = 180) -> None:
        """``python -m synchub.airflow_env standalone`` in a process group of its own; takes the
        login it prints and waits until every component reports healthy."""
        self.log_names = ("standalone",)
        output = self.home / "standalone.log"
        with open(output, "wb") as log:
            self.processes.append(subprocess.Popen(
                [sys.executable, "-m", "synchub.airflow_env", "standalone", "--home", str(self.home),
                 "--port", str(self.port)], env=self.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True))

        def printed_login() -> str | None:
            found = re.search(r"^login: admin / (\S+)", output.read_text(errors="replace"), re.M)
            return found and found.group(1)

        self.password = self.wait(printed_login, "the printed login", 120)

        def healthy() -> bool:
            health = self.request("/api/v2/monitor/health", token=None)
            return all(component.get("status") == "healthy" for component in health.values())

        self.wait(healthy, "standalone (every component healthy)", seconds)

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
            # what it started may outlive it a while (the api-server ends its workers gracefully)
            deadline = time.monotonic() + 30
            while running_in_group(process.pid) and time.monotonic() < deadline:
                time.sleep(0.5)
            if running_in_group(process.pid):
                os.killpg(process.pid, signal.SIGKILL)

    def logs(self) -> str:
        return "\n".join(f"--- {c}\n" + (self.home / f"{c}.log").read_text(errors="replace")[-3000:]
                         for c in self.log_names if (self.home / f"{c}.log").exists())

    def trigger_and_wait(self, dag: str, what: str, seconds: float) -> tuple[dict, str, float]:
        """Trigger ``dag`` through the REST API once it is parsed, wait for success (a failed run
        raises with the logs); returns the run, its API path and the seconds it took."""
        token = self.token()
        self.wait(lambda: self.request(f"/api/v2/dags/{dag}", token=token), "the DAG", 120)
        started = time.monotonic()
        run = self.request(f"/api/v2/dags/{dag}/dagRuns", {"logical_date": None}, token=token)
        path = f"/api/v2/dags/{dag}/dagRuns/{run['dag_run_id']}"

        def finished():
            state = self.request(path, token=token)["state"]
            if state == "failed":
                raise AssertionError(f"the run failed\n{self.logs()}")
            return state == "success"

        self.wait(finished, what, seconds)
        return run, path, time.monotonic() - started

    def token(self) -> str:
        body = self.request("/auth/token", {"username": airflow_env.USER, "password": self.password}, token=None)
        return body["access_token"]

    def request(self, path: str, data: dict | None = None, token: str | None | bool = True) -> dict | str:
        """JSON (or text) of a request; ``token=True`` logs in first, None sends no login."""
        headers = {"Content-Type": "application/json"}
        if token is True:
            token = self.token()
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(self.url + path, data=json.dumps(data).encode() if data is not None else None,
                                         headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read().decode()
        try:
            return json.loads(body)
        except json.JSONDecodeError:
            return body

    def status(self, path: str) -> int | None:
        """The HTTP status of a GET without login; None when nothing answers."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except urllib.error.URLError:
            return None

    def wait(self, probe, what: str, seconds: float):
        deadline = time.monotonic() + seconds
        while True:
            try:
                result = probe()
                if result:
                    return result
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} not ready after {seconds} s\n{self.logs()}")
            if any(p.poll() is not None for p in self.processes):
                raise RuntimeError(f"an Airflow component stopped\n{self.logs()}")
            time.sleep(1)


def running_in_group(pgid: int) -> list[int]:
    """The processes of a process group that still run (zombies not counted), from /proc."""
    running = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] not in "ZX":
            running.append(int(stat.parent.name))
    return running


def airflow_server(home: Path, extra_env: dict[str, str]) -> Airflow:
    """Prepare a home (login, DB, pools) and return a stopped Airflow for it."""
    home.mkdir(parents=True, exist_ok=True)
    port = airflow_env.free_port()
    base = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    env = airflow_env.environment(home, port, base={**base, **extra_env},
                                  log_ports=(airflow_env.free_port(), airflow_env.free_port()))
    password = airflow_env.prepare(home, password="test-pass", env=env)
    env = airflow_env.environment(home, port, base={**base, **extra_env},
                                  log_ports=(airflow_env.free_port(), airflow_env.free_port()))
    env["AIRFLOW__CORE__MIN_SERIALIZED_DAG_UPDATE_INTERVAL"] = "1"
    env["AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC"] = "1"
    return Airflow(home=home, port=port, password=password, env=env)


def standalone_server(home: Path, extra_env: dict[str, str]) -> Airflow:
    """A stopped Airflow for ``start_standalone`` on a fresh home: nothing prepared, as on first use."""
    home.mkdir(parents=True, exist_ok=True)
    port = airflow_env.free_port()
    base = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    env = airflow_env.environment(home, port, base={**base, **extra_env},
                                  log_ports=(airflow_env.free_port(), airflow_env.free_port()))
    return Airflow(home=home, port=port, password="", env=env)
