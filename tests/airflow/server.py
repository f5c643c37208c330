"""A real Airflow (api-server, scheduler, dag-processor) on a temporary home, a test metadata DB and
free ports, run as subprocesses and always stopped."""

from __future__ import annotations

import json
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

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        airflow = str(Path(sys.executable).parent / "airflow")
        for component in COMPONENTS:
            args = [airflow, component] + (["--port", str(self.port)] if component == "api-server" else [])
            log = open(self.home / f"{component}.log", "wb")
            self.processes.append(subprocess.Popen(args, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                                   start_new_session=True))
        self.wait(lambda: self.request("/api/v2/monitor/health", token=None), "the api-server", 120)

    def stop(self) -> None:
        import os
        import signal

        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)

    def logs(self) -> str:
        return "\n".join(f"--- {c}\n" + (self.home / f"{c}.log").read_text(errors="replace")[-3000:]
                         for c in COMPONENTS)

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

    def status(self, path: str) -> int:
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

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


def airflow_server(home: Path, extra_env: dict[str, str]) -> Airflow:
    """Prepare a home (login, DB, pools) and return a stopped Airflow for it."""
    home.mkdir(parents=True, exist_ok=True)
    port = airflow_env.free_port()
    base = {k: v for k, v in __import__("os").environ.items() if not k.startswith("AIRFLOW")}
    env = airflow_env.environment(home, port, base={**base, **extra_env},
                                  log_ports=(airflow_env.free_port(), airflow_env.free_port()))
    password = airflow_env.prepare(home, password="test-pass", env=env)
    env = airflow_env.environment(home, port, base={**base, **extra_env},
                                  log_ports=(airflow_env.free_port(), airflow_env.free_port()))
    env["AIRFLOW__CORE__MIN_SERIALIZED_DAG_UPDATE_INTERVAL"] = "1"
    env["AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC"] = "1"
    return Airflow(home=home, port=port, password=password, env=env)
