"""The steps of one run of a flow (DESIGN.md): extract (with map and stage), validate, merge,
plan, load, commit. Each step reads and writes the hub store under the run id, so a scheduler
can run each on any worker, and re-running a step replaces its own earlier output."""

from synchub.pipeline.commit import commit
from synchub.pipeline.context import RunContext
from synchub.pipeline.extract import extract
from synchub.pipeline.load import load
from synchub.pipeline.merge import merge
from synchub.pipeline.plan import plan
from synchub.pipeline.preflight import check_columns
from synchub.pipeline.runner import STEPS, committed_run, open_run, resume_run, run_flow, run_steps
from synchub.pipeline.validate import validate

__all__ = ["STEPS", "RunContext", "run_steps", "check_columns", "commit", "committed_run", "extract", "load", "merge", "open_run", "plan", "resume_run",
           "run_flow", "validate"]
