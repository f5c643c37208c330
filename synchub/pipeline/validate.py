"""validate: the entity's Great Expectations suite (``quality/<entity>.yaml``) on the run's batch.

Row-level expectations run on every staged live row of the run; a row that fails a critical
one is quarantined with the names and parameters of the expectations it failed and the values
that failed them, and leaves the run's staged rows; rows failing only warning or info
expectations go on and are counted. Batch-level expectations (row count against the last run,
share of nulls, uniqueness) judge each system's batch once it has ``batch_checks_from_rows``
rows; a critical failure stops that system's batch: its staged rows leave the run and its
watermark stays where it was, so the next run reads the same rows again. Nothing is dropped
silently. The figures of each system go to the run step ``quality``.
"""

from __future__ import annotations

import json
import logging

import pandas as pd
import sqlalchemy as sa

from synchub.pipeline.context import RunContext
from synchub.pipeline.extract import staged_records
from synchub.quality.suites import load_suite
from synchub.records import from_json_lines
from synchub.store import schema as t

log = logging.getLogger(__name__)
RESOLVE = "expect_column_values_to_resolve_to_golden_records"
ROW_COUNT = "expect_table_row_count_to_be_within_range_of_last_run"


def _plain(value):
    """A value as JSON can hold it (GX hands back numpy numbers; a missing value is None)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def last_row_count(ctx: RunContext, system: str) -> int | None:
    """Rows validated for this flow and system in its last successful run."""
    s, r = t.run_step, t.runs
    query = (sa.select(s.c.figures).join(r, r.c.run_id == s.c.run_id)
             .where(r.c.flow == ctx.flow.name, r.c.status == "succeeded", s.c.step == "quality", s.c.system == system)
             .order_by(r.c.started_at.desc()).limit(1))
    with ctx.store.engine.connect() as conn:
        figures = conn.execute(query).scalar()
    return json.loads(figures).get("rows") if figures else None


def _parameters(ctx: RunContext, suite, system: str, records: pd.DataFrame) -> dict[int, dict]:
    """Run-time kwargs the hub store supplies: the last run's row count, resolvable references."""
    parameters: dict[int, dict] = {}
    for i, spec in enumerate(suite.expectations):
        if spec["type"] == ROW_COUNT:
            parameters[i] = {"last_run_row_count": last_row_count(ctx, system)}
        elif spec["type"] == RESOLVE:
            kwargs = spec["kwargs"]
            values = records[kwargs["column"]].dropna().astype(str)
            if kwargs.get("separator"):
                values = values.str.split(kwargs["separator"]).explode().str.strip()
            xrefs = ctx.store.xref_rows(kwargs["entity"], system=system, local_ids=values.unique().tolist())
            live = xrefs[xrefs["deleted_at"].isna()]
            parameters[i] = {"resolvable": sorted(live["local_id"].astype(str))}
    return parameters


def _remove_staged(conn, ctx: RunContext, system: str, local_ids: list[str]) -> None:
    s = t.staged_record
    for start in range(0, len(local_ids), 900):
        conn.execute(s.delete().where(s.c.run_id == ctx.run_id, s.c.system == system,
                                      s.c.local_id.in_(local_ids[start:start + 900])))


def _keep_watermark(conn, ctx: RunContext, system: str) -> None:
    """The stopped system's extract figures keep the watermark it started from (commit reads them)."""
    s = t.run_step
    row = conn.execute(sa.select(s.c.figures).where(s.c.run_id == ctx.run_id, s.c.step == "extract",
                                                    s.c.system == system)).scalar()
    if row is None:
        return
    figures = json.loads(row)
    figures["cursor"] = figures.get("since")
    conn.execute(s.update().where(s.c.run_id == ctx.run_id, s.c.step == "extract", s.c.system == system)
                 .values(figures=json.dumps(figures)))


def validate(ctx: RunContext) -> dict:
    """Quarantine staged rows that fail the suite, stop failing batches; returns held rows per system."""
    from synchub.quality import runner

    store = ctx.store
    fields = ctx.flow.entity.field_names
    suite = load_suite(ctx.entity, fields)
    staged = staged_records(ctx)
    live = staged[~staged["deleted"].astype(bool)]
    figures = {system: 0 for system in ctx.systems}
    quality: dict[str, dict] = {}
    if suite is None:
        log.warning("no expectation suite for %s in quality/: rows are not validated", ctx.entity)
    if suite is not None and not live.empty:
        records = from_json_lines(live["record"], fields)  # index: the staged frame's, unique
        per_system = any(spec["type"] == RESOLVE for spec in suite.expectations)
        groups = [(s, records[live["system"] == s]) for s in ctx.systems] if per_system else [(None, records)]
        outcomes = [(s, runner.check(frame, suite, _parameters(ctx, suite, s, frame) if s else None,
                                     batch_checks=False)) for s, frame in groups]
        with store.begin() as conn:
            for system in ctx.systems:
                mine = live[live["system"] == system]
                frame = records.loc[mine.index]
                row_failures = pd.concat([o.failures for _, o in outcomes], ignore_index=True)
                row_failures = row_failures[row_failures["row"].isin(set(mine.index))]
                outcome = runner.Outcome(failures=row_failures, errors=sum((o.errors for _, o in outcomes), []))
                if len(frame) >= suite.batch_checks_from_rows:
                    judged = runner.check(frame, suite, _parameters(ctx, suite, system, frame), row_checks=False)
                    outcome.batch, outcome.errors = judged.batch, outcome.errors + judged.errors
                held = outcome.held_rows
                stopped = outcome.stopped
                texts, details = runner.reasons(outcome, frame, held)
                if len(held):
                    rows = mine.loc[held]
                    canonical = frame.loc[held].astype(object).where(frame.loc[held].notna(), None)
                    payload = [{"canonical": rec, "failed": _plain(details[i])}
                               for i, rec in zip(held, canonical.to_dict("records"))]
                    figures[system] = store.hold(
                        conn, flow=ctx.flow.name, entity=ctx.entity, system=system, stage="validate",
                        run_id=ctx.run_id, rows=pd.DataFrame({"local_id": rows["local_id"].to_numpy(),
                                                              "reason": texts.reindex(held).to_numpy(),
                                                              "payload": payload}))
                    _remove_staged(conn, ctx, system, rows["local_id"].tolist())
                if stopped:
                    log.error("flow %s, system %s: batch stopped by %s", ctx.flow.name, system,
                              ", ".join(b["expectation"] for b in stopped))
                    _remove_staged(conn, ctx, system, mine.drop(held)["local_id"].tolist()
                                   + staged[(staged["system"] == system) & staged["deleted"].astype(bool)]
                                   ["local_id"].tolist())
                    _keep_watermark(conn, ctx, system)
                warned = outcome.failures[outcome.failures["severity"] != "critical"]["row"]
                quality[system] = _plain({
                    "rows": len(frame), "held": len(held), "warned": int(warned.nunique()),
                    "stopped": bool(stopped), "failed": outcome.per_expectation(), "errors": outcome.errors})
    with store.begin() as conn:
        for system in ctx.systems:
            store.save_step(conn, ctx.run_id, "quality", system, quality.get(system, {"rows": 0, "held": 0}))
        store.save_step(conn, ctx.run_id, "validate", "", figures)
    return figures

