"""validate: record-level checks of staged rows before they reach golden records.

For now the checks come from the canonical model (required fields, value patterns); the Great
Expectations suites replace them. Failing rows are quarantined with every check they failed
and removed from the run's staged rows; nothing is dropped silently.
"""

from __future__ import annotations

import pandas as pd
import sqlalchemy as sa

from synchub.pipeline.context import RunContext
from synchub.pipeline.extract import staged_records
from synchub.records import from_json_lines
from synchub.store import schema as t

PATTERNS = {
    "country": (r"^[A-Z]{2}$", "is not an ISO 3166 alpha-2 code"),
    "currency": (r"^[A-Z]{3}$", "is not an ISO 4217 code"),
    "email": (r"^[^@\s]+@[^@\s]+\.[^@\s]+$", "is not an e-mail address"),
}


def failures(records: pd.DataFrame, entity) -> pd.Series:
    """Per row, the checks it fails (``'; '``-joined), empty text when it passes."""
    messages = []
    for field in entity.fields:
        if field.name not in records:
            continue
        values = records[field.name]
        if field.required:
            messages.append(pd.Series(f"{field.name}: required but missing", index=records.index)
                            .where(values.isna()))
        if field.name in PATTERNS:
            pattern, problem = PATTERNS[field.name]
            bad = values.notna() & ~values.astype(object).fillna("").str.match(pattern).astype(bool)
            messages.append((f"{field.name}: '" + values.astype(str) + f"' {problem}").where(bad))
    if not messages:
        return pd.Series("", index=records.index, dtype=object)
    failed = pd.concat(messages, axis=1).stack().dropna()  # the passing cells are null
    joined = failed.groupby(level=0).agg("; ".join) if len(failed) else pd.Series(dtype=object)
    return joined.reindex(records.index, fill_value="")


def validate(ctx: RunContext) -> dict:
    """Quarantine staged rows that fail a check; returns figures per system."""
    store = ctx.store
    staged = staged_records(ctx)
    live = staged[~staged["deleted"].astype(bool)]
    figures = {system: 0 for system in ctx.systems}
    if not live.empty:
        records = from_json_lines(live["record"], ctx.flow.entity.field_names)
        reasons = failures(records, ctx.flow.entity)
        bad = live[reasons.ne("")]
        with store.begin() as conn:
            for system, rows in bad.groupby("system"):
                held = pd.DataFrame({"local_id": rows["local_id"], "reason": reasons[rows.index],
                                     "payload": [{"canonical": r} for r in records.loc[rows.index].to_dict("records")]})
                figures[system] = store.hold(conn, flow=ctx.flow.name, entity=ctx.entity, system=system,
                                             stage="validate", run_id=ctx.run_id, rows=held)
                s = t.staged_record
                for start in range(0, len(rows), 900):
                    conn.execute(s.delete().where(s.c.run_id == ctx.run_id, s.c.system == system,
                                                  s.c.local_id.in_(rows["local_id"].iloc[start:start + 900].tolist())))
            store.save_step(conn, ctx.run_id, "validate", "", figures)
    else:
        with store.begin() as conn:
            store.save_step(conn, ctx.run_id, "validate", "", figures)
    return figures
