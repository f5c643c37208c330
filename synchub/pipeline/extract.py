"""extract -> map -> stage, for one system, streamed in chunks.

Reads what changed since the system's watermark, maps it to canonical rows, quarantines rows
that cannot be mapped, and stages the rows that really changed (their content hash differs
from the one the hub holds, or they were deleted) under the run id. Re-running the step for
the same run replaces what it staged before.
"""

from __future__ import annotations

import pandas as pd
import sqlalchemy as sa

from synchub import canonical as c
from synchub.pipeline.context import RunContext
from synchub.records import hashes, json_lines
from synchub.store import schema as t


def extract(ctx: RunContext, system: str) -> dict:
    """Run the step for one system; returns its figures."""
    mapper = ctx.mappers[system]
    source = mapper.spec.source
    connector = ctx.connector(system)
    store = ctx.store
    since = store.watermark(ctx.flow.name, system)
    fields = mapper.mapped_fields
    figures = {"pulled": 0, "unchanged": 0, "changed": 0, "deleted": 0, "quarantined": 0,
               "cursor": since, "since": since}
    with store.begin() as conn:
        conn.execute(t.staged_record.delete().where(t.staged_record.c.run_id == ctx.run_id,
                                                    t.staged_record.c.system == system))
    for chunk in connector.extract(source, mapper.native_columns, since, ctx.flow.spec.chunk_size):
        figures["pulled"] += len(chunk)
        top = connector.cursor_text(chunk[source.cursor])
        if top is not None:
            figures["cursor"] = top  # rows come ordered by the cursor: the last chunk holds the largest
        result = mapper.to_canonical(chunk)
        rows = result.rows
        lines = json_lines(rows, fields)
        rows = rows.assign(_record=lines, _hash=hashes(lines))
        known = store.xref_rows(ctx.entity, system=system, local_ids=rows[c.LOCAL_ID])
        known = known.set_index("local_id")
        previous_hash = rows[c.LOCAL_ID].map(known["record_hash"]) if len(known) else pd.Series(None, index=rows.index)
        was_deleted = (rows[c.LOCAL_ID].map(known["deleted_at"]).notna() if len(known)
                       else pd.Series(False, index=rows.index))
        is_known = previous_hash.notna()
        deleted = rows[c.DELETED].astype(bool)
        changed = ((~is_known & ~deleted)
                   | (is_known & ((previous_hash != rows["_hash"]) | (deleted != was_deleted))))
        staged = rows[changed]
        figures["unchanged"] += int((~changed).sum())
        figures["changed"] += int((changed & ~deleted).sum())
        figures["deleted"] += int((changed & deleted).sum())
        figures["quarantined"] += len(result.rejected)
        with store.begin() as conn:
            store.insert(conn, t.staged_record, [
                {"run_id": ctx.run_id, "system": system, "local_id": local_id, "record": record,
                 "record_hash": digest, "modified_at": modified, "deleted": bool(gone), "golden_hint": hint}
                for local_id, record, digest, modified, gone, hint in zip(
                    staged[c.LOCAL_ID], staged["_record"], staged["_hash"], staged[c.MODIFIED_AT],
                    staged[c.DELETED], staged[c.GOLDEN_HINT])])
            store.hold(conn, flow=ctx.flow.name, entity=ctx.entity, system=system, stage="map",
                       run_id=ctx.run_id, rows=result.rejected.rename(columns={c.LOCAL_ID: "local_id"}))
    with store.begin() as conn:
        store.save_step(conn, ctx.run_id, "extract", system, figures)
    return figures


def staged_records(ctx: RunContext, conn: sa.Connection | None = None) -> pd.DataFrame:
    """Everything staged by this run, all systems."""
    s = t.staged_record
    return ctx.store.frame(sa.select(s).where(s.c.run_id == ctx.run_id), conn)
