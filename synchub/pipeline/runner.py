"""One whole run of a flow without a scheduler (the CLI and tests); the DAGs call the same steps."""

from __future__ import annotations

import logging
import time

from synchub.config import Project
from synchub.errors import RunError
from synchub.pipeline.commit import commit
from synchub.pipeline.context import RunContext
from synchub.pipeline.extract import extract
from synchub.pipeline.load import load
from synchub.pipeline.merge import merge
from synchub.pipeline.plan import plan
from synchub.pipeline.preflight import check_columns
from synchub.pipeline.validate import validate
from synchub.store import HubStore

log = logging.getLogger(__name__)


def open_run(project: Project, flow_name: str, store: HubStore, *, trigger: str = "cli",
             run_id: str | None = None, takeover: bool = False) -> RunContext:
    """Check everything that can be checked before a read, then register the run."""
    flow = project.flow(flow_name)
    store.check()
    ctx = RunContext(project=project, flow=flow, store=store, run_id="(preflight)")
    try:
        check_columns(ctx)
    except BaseException:
        ctx.close()
        raise
    ctx.run_id = store.start_run(flow_name, trigger, run_id=run_id, takeover=takeover)
    return ctx


def resume_run(project: Project, flow_name: str, store: HubStore, run_id: str) -> RunContext:
    """The context of a run that ``open_run`` registered, for the steps after the first.

    A scheduler runs each step as its own task, maybe on another worker: the first task opens
    the run (preflight included), the others resume it by id. Refuses a run that is unknown,
    of another flow, or no longer running (failed, abandoned, or already committed).
    """
    flow = project.flow(flow_name)
    run = store.run(run_id)
    if run["flow"] != flow_name:
        raise RunError(f"run {run_id!r} belongs to flow {run['flow']!r}, not {flow_name!r}")
    if run["status"] != "running":
        raise RunError(f"run {run_id!r} of flow {flow_name!r} is {run['status']}, not running; "
                       f"start a new run")
    return RunContext(project=project, flow=flow, store=store, run_id=run_id)


def committed_run(project: Project, flow_name: str, store: HubStore, run_id: str) -> RunContext:
    """The context of a run that ``commit`` finished, for what comes after it (the steward's alert).

    A scheduler sends the alert as a task of its own, so a retry of it never repeats the commit.
    Refuses a run that is unknown, of another flow, or not committed.
    """
    flow = project.flow(flow_name)
    run = store.run(run_id)
    if run["flow"] != flow_name or run["status"] != "succeeded":
        raise RunError(f"run {run_id!r} of flow {run['flow']!r} is {run['status']}; the alert of flow "
                       f"{flow_name!r} follows a committed run")
    return RunContext(project=project, flow=flow, store=store, run_id=run_id)


STEPS = (("extract", extract, True), ("validate", validate, False), ("merge", merge, False), ("plan", plan, False),
         ("load", load, True), ("commit", commit, False))
"""The steps of a run in order: (name, function, whether it runs once per system)."""


def run_steps(ctx: RunContext, stop_before: str | None = None) -> dict | None:
    """Run the steps in order; ``stop_before`` ends early (as a crash would), returning None."""
    figures = None
    for name, step, per_system in STEPS:
        if name == stop_before:
            return None
        log.info("run %s: %s", ctx.run_id, name)
        if per_system:
            for system in ctx.systems:
                step(ctx, system)
        else:
            figures = step(ctx)
    return figures


def run_flow(project: Project, flow_name: str, store: HubStore, *, trigger: str = "cli",
             takeover: bool = False) -> dict:
    """Run every step; returns the run's figures (with ``run_id`` and ``seconds``)."""
    started = time.perf_counter()
    ctx = open_run(project, flow_name, store, trigger=trigger, takeover=takeover)
    try:
        figures = run_steps(ctx)
        from synchub.alerts import alert  # the steward's data-quality e-mail, after commit

        figures["alert"] = alert(ctx)
    except BaseException as exc:
        store.fail_run(ctx.run_id, f"{type(exc).__name__}: {exc}")
        raise
    finally:
        ctx.close()
    figures["run_id"] = ctx.run_id
    figures["seconds"] = round(time.perf_counter() - started, 3)
    return figures
