"""The quarantine as a place a data steward works in: list, show, export, discard, replay.

Rows come here from the steps (map, validate, plan, load; see ``HubStore.hold``). A row is
never silently dropped: it stays ``held`` until a run takes its record in (``resolved``), a
replay does (``replayed``), or a steward discards it with a reason (``discarded``, with who and
why). Replay re-reads the held records from their system by key, maps them with the current
mapping and sends them through a normal run of the flow (validate, merge, plan, load, commit),
so cross-references, the no-duplicate rules and the quarantine's own de-duplication all apply;
a row that fails again stays held (the same row, updated), one that passes is marked replayed
once.
"""

from __future__ import annotations

import csv
import getpass
import json
import time
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from synchub import canonical as c
from synchub.errors import RunError
from synchub.records import hashes, json_lines
from synchub.store import schema as t
from synchub.store.hub_store import utcnow

REPLAYABLE = ("map", "validate")
EXPORT_COLUMNS = ["id", "flow", "entity", "system", "local_id", "golden_id", "stage", "status", "reason",
                  "first_run_id", "run_id", "created_at", "updated_at", "alerted_at", "closed_by", "note"]


def actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "unknown"


def rows(store, flow: str | None = None, *, status: str | None = "held", ids: list[int] | None = None,
         system: str | None = None) -> pd.DataFrame:
    """Quarantine rows, selected by flow, status (None: any), ids and system."""
    held = store.quarantine(flow, status)
    if ids:
        held = held[held["id"].isin(ids)]
    if system:
        held = held[held["system"] == system]
    return held


def failed_expectations(payload: str | None) -> list[dict]:
    return (json.loads(payload) or {}).get("failed") or [] if payload else []


def describe(row: pd.Series) -> str:
    """One quarantine row in full, for ``synchub quarantine show``."""
    payload = json.loads(row["payload"]) if row["payload"] else {}
    lines = [f"#{row['id']}  {row['status']}  flow {row['flow']}, system {row['system']}, "
             f"record {row['local_id'] or row['golden_id']}  [{row['stage']}]",
             f"held since run {row['first_run_id']} ({row['created_at']:%Y-%m-%d %H:%M:%S} UTC); "
             f"last seen in run {row['run_id']}"]
    if row.get("note"):
        lines.append(f"note: {row['note']}" + (f" (by {row['closed_by']})" if row.get("closed_by") else ""))
    lines += ["", "reason:", "  " + "\n  ".join(str(row["reason"]).split("; "))]
    for failure in payload.get("failed") or []:
        values = ", ".join(f"{k}={v!r}" for k, v in failure.get("values", {}).items())
        lines.append(f"  - {failure['expectation']} {json.dumps(failure.get('kwargs', {}), ensure_ascii=False)}: "
                     f"{values}")
    for part in ("canonical", "native"):
        if payload.get(part):
            lines += ["", f"{part}:"] + [f"  {k}: {v!r}" for k, v in payload[part].items()]
    return "\n".join(lines)


def export(held: pd.DataFrame, path: Path, fields: list[str] | None = None) -> int:
    """Write rows to CSV (one column per canonical field) or, for ``.jsonl``, JSON lines."""
    records = []
    for row in held.to_dict("records"):
        payload = json.loads(row["payload"]) if row["payload"] else {}
        out = {k: (str(row[k]) if row[k] is not None and k.endswith("_at") else row[k]) for k in EXPORT_COLUMNS}
        out["failed"] = payload.get("failed") or []
        out["canonical"] = payload.get("canonical") or {}
        out["native"] = payload.get("native") or {}
        records.append(out)
    path = Path(path)
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records),
                        encoding="utf-8")
        return len(records)
    fields = fields or sorted({k for r in records for k in r["canonical"]})
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(EXPORT_COLUMNS + ["failed_expectations"] + fields)
        for r in records:
            writer.writerow([r[k] for k in EXPORT_COLUMNS] + [", ".join(x["expectation"] for x in r["failed"])]
                            + [r["canonical"].get(k) for k in fields])
    return len(records)


def discard(store, ids: list[int], reason: str, by: str | None = None) -> int:
    """Close held rows for good, recording who and why; a reason is required."""
    if not reason or not reason.strip():
        raise RunError("discarding quarantined rows needs a reason (--reason '...'): it is kept with the rows")
    q = t.quarantine
    with store.begin() as conn:
        result = conn.execute(q.update().where(q.c.id.in_(ids), q.c.status == "held").values(
            status="discarded", note="discarded: " + reason.strip(), closed_by=by or actor(), updated_at=utcnow()))
    return result.rowcount


def _stage_again(ctx, system: str, held: pd.DataFrame) -> dict:
    """Read the held records from their system again, map them with today's mapping, stage them."""
    store = ctx.store
    mapper = ctx.mappers[system]
    source = mapper.spec.source
    already = set(store.frame(sa.select(t.staged_record.c.local_id).where(
        t.staged_record.c.run_id == ctx.run_id, t.staged_record.c.system == system))["local_id"])
    wanted = [i for i in held["local_id"].dropna().astype(str) if i not in already]
    native = ctx.connector(system).read_keys(source, mapper.native_columns, wanted) if wanted else None
    figures = {"replayed": 0, "replay_missing": 0}
    if native is None or native.empty:
        figures["replay_missing"] = len(wanted)
        return figures
    result = mapper.to_canonical(native)
    mapped = result.rows
    lines = json_lines(mapped, mapper.mapped_fields)
    with store.begin() as conn:
        store.insert(conn, t.staged_record, [
            {"run_id": ctx.run_id, "system": system, "local_id": local_id, "record": record, "record_hash": digest,
             "modified_at": modified, "deleted": bool(gone), "golden_hint": hint}
            for local_id, record, digest, modified, gone, hint in zip(
                mapped[c.LOCAL_ID], lines, hashes(lines), mapped[c.MODIFIED_AT], mapped[c.DELETED],
                mapped[c.GOLDEN_HINT])])
        store.hold(conn, flow=ctx.flow.name, entity=ctx.entity, system=system, stage="map", run_id=ctx.run_id,
                   rows=result.rejected.rename(columns={c.LOCAL_ID: "local_id"}))
    figures["replayed"] = len(native)
    figures["replay_missing"] = len(wanted) - len(native)
    return figures


def replay(project, store, flow: str, ids: list[int] | None = None, system: str | None = None,
           by: str | None = None) -> dict:
    """Send held rows (all of a flow, or the ids given) through a run of the flow again."""
    from synchub.alerts import alert
    from synchub.pipeline import commit, extract, load, merge, open_run, plan, validate

    held = rows(store, flow, ids=ids, system=system)
    not_replayable = held[~held["stage"].isin(REPLAYABLE)]
    held = held[held["stage"].isin(REPLAYABLE)]
    started = time.perf_counter()
    ctx = open_run(project, flow, store, trigger="replay")
    try:
        for name in ctx.systems:
            extract(ctx, name)
        replayed = {name: _stage_again(ctx, name, group) for name, group in held.groupby("system")}
        s = t.run_step
        with store.begin() as conn:
            for name, numbers in replayed.items():
                figures = conn.execute(sa.select(s.c.figures).where(s.c.run_id == ctx.run_id, s.c.step == "extract",
                                                                    s.c.system == name)).scalar()
                merged = {**json.loads(figures), **numbers}
                conn.execute(s.update().where(s.c.run_id == ctx.run_id, s.c.step == "extract", s.c.system == name)
                             .values(figures=json.dumps(merged)))
        validate(ctx)
        merge(ctx)
        plan(ctx)
        for name in ctx.systems:
            load(ctx, name)
        figures = commit(ctx)
        q = t.quarantine
        with store.begin() as conn:
            # commit resolved the held rows whose records came through; those we replayed say so, once
            done = conn.execute(q.update().where(
                q.c.id.in_(held["id"].tolist()), q.c.status == "resolved", q.c.run_id != ctx.run_id
            ).values(status="replayed", closed_by=by or actor(), note="replayed in run " + ctx.run_id,
                     updated_at=utcnow())).rowcount
        figures["alert"] = alert(ctx)
    except BaseException as exc:
        store.fail_run(ctx.run_id, f"{type(exc).__name__}: {exc}")
        raise
    finally:
        ctx.close()
    figures.update(run_id=ctx.run_id, seconds=round(time.perf_counter() - started, 3), replayed=done,
                   still_held=int(len(rows(store, flow, ids=held["id"].tolist()))),
                   not_replayable=not_replayable["id"].tolist())
    return figures
