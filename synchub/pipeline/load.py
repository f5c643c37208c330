"""load: write one system's planned rows, then read them back.

Creates first look for records an earlier try of the same run already created (by the golden
id the record carries), so a retried load never creates twice. Every written record is read
back and mapped forward, so the hub stores exactly what the system now holds and the next pull
does not see our own write as a change. Rows the system refuses are quarantined with its error.
"""

from __future__ import annotations

import json

import pandas as pd
import sqlalchemy as sa

from synchub import canonical as c
from synchub.pipeline.context import RunContext
from synchub.pipeline.plan import planned
from synchub.records import hashes, json_lines
from synchub.store import schema as t


def _native_frame(rows: pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame.from_records([json.loads(line) for line in rows["native"]], index=rows.index)
    return frame.astype(object).where(frame.notna(), None)


def load(ctx: RunContext, system: str) -> dict:
    store = ctx.store
    mapper = ctx.mappers[system]
    spec = mapper.spec
    rows = planned(ctx, system)
    rows = rows[rows["status"] == "planned"]
    figures = {"created": 0, "updated": 0, "rejected": 0}
    if rows.empty:
        with store.begin() as conn:
            store.save_step(conn, ctx.run_id, "load", system, figures)
        return figures
    connector = ctx.connector(system)
    batch = ctx.flow.spec.load_batch_size
    outcome = pd.DataFrame({"status": "unknown", "local_id": None, "error": None}, index=rows.index, dtype=object)

    creates = rows[rows["action"] == "create"]
    if len(creates):
        golden_column = spec.source.golden_id_column
        earlier = connector.read_keys(spec.source, [spec.source.key, golden_column],
                                      creates["golden_id"].tolist(), by=golden_column)
        done_before = dict(zip(earlier[golden_column].astype(str), earlier[spec.source.key].astype(str)))
        again = creates["golden_id"].map(done_before)
        outcome.loc[again.dropna().index, "status"] = "written"
        outcome.loc[again.dropna().index, "local_id"] = again.dropna().to_numpy()
        todo = creates[again.isna()]
        if len(todo):
            _apply(connector.write(spec.target, spec.source, _native_frame(todo).assign(row=todo.index),
                                   create=True, batch_size=batch), outcome)
    updates = rows[rows["action"] == "update"]
    if len(updates):
        _apply(connector.write(spec.target, spec.source, _native_frame(updates).assign(row=updates.index),
                               create=False, batch_size=batch), outcome)

    written = outcome[outcome["status"] == "written"]
    back = connector.read_keys(spec.source, mapper.native_columns, written["local_id"].astype(str).tolist())
    mapped = mapper.to_canonical(back)
    fields = mapper.mapped_fields
    lines = json_lines(mapped.rows, fields)
    record_of = dict(zip(mapped.rows[c.LOCAL_ID], lines))
    hash_of = dict(zip(mapped.rows[c.LOCAL_ID], hashes(lines)))
    p = t.push_plan
    with store.begin() as conn:
        params = [{"_id": int(plan_id), "status": status, "error": error, "result_local_id": local_id,
                   "result_record": record_of.get(local_id), "result_hash": hash_of.get(local_id)}
                  for plan_id, status, local_id, error in zip(rows["id"], outcome["status"], outcome["local_id"],
                                                              outcome["error"])]
        conn.execute(p.update().where(p.c.id == sa.bindparam("_id")).values(
            status=sa.bindparam("status"), error=sa.bindparam("error"),
            result_local_id=sa.bindparam("result_local_id"), result_record=sa.bindparam("result_record"),
            result_hash=sa.bindparam("result_hash")), params)
        refused = outcome[outcome["status"] == "rejected"]
        store.hold(conn, flow=ctx.flow.name, entity=ctx.entity, system=system, stage="load", run_id=ctx.run_id,
                   rows=pd.DataFrame({"local_id": rows.loc[refused.index, "local_id"].to_numpy(),
                                      "golden_id": rows.loc[refused.index, "golden_id"].to_numpy(),
                                      "reason": refused["error"].to_numpy(),
                                      "payload": rows.loc[refused.index, "native"].map(json.loads).to_numpy()}))
        figures = {
            "created": int(((rows["action"] == "create") & (outcome["status"] == "written")).sum()),
            "updated": int(((rows["action"] == "update") & (outcome["status"] == "written")).sum()),
            "rejected": len(refused),
        }
        store.save_step(conn, ctx.run_id, "load", system, figures)
    return figures


def _apply(result, outcome: pd.DataFrame) -> None:
    written, rejected = result.written, result.rejected
    outcome.loc[written["row"].to_numpy(), "status"] = "written"
    outcome.loc[written["row"].to_numpy(), "local_id"] = written["local_id"].to_numpy()
    outcome.loc[rejected["row"].to_numpy(), "status"] = "rejected"
    outcome.loc[rejected["row"].to_numpy(), "error"] = rejected["error"].to_numpy()
