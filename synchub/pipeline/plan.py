"""plan: what to write to each system so that it agrees with the golden records.

For every golden record the run touched and every system with a target: the golden record is
reverse-mapped to the system's native shape and mapped forward again, which gives exactly what
the system will hold after the write (lengths cut, codes translated). Only where that differs
from what the system holds now is a write planned: an update of each linked record, or a create
where the system has none. A system that deleted its copy of a golden record is not written
again. Rows that cannot be reverse-mapped are quarantined with their reason.
"""

from __future__ import annotations

import json

import pandas as pd
import sqlalchemy as sa

from synchub.pipeline.context import RunContext
from synchub.pipeline.extract import staged_records
from synchub.pipeline.merge import staged_goldens, staged_links
from synchub.records import content_hashes, from_json_lines, json_lines
from synchub.store import schema as t

ACTIVE = ("new", "changed", "unchanged")


def membership(ctx: RunContext, golden_ids: list[str]) -> pd.DataFrame:
    """Every record of these golden records after this run: system, local_id, golden_id, record, deleted."""
    store = ctx.store
    links = staged_links(ctx)
    xrefs = store.xref_rows(ctx.entity, golden_ids=golden_ids)
    moved_in = pd.concat([store.xref_rows(ctx.entity, system=system, local_ids=group["local_id"])
                          for system, group in links.groupby("system")], ignore_index=True) if len(links) else xrefs[:0]
    known = pd.concat([xrefs, moved_in], ignore_index=True).drop_duplicates(["system", "local_id"])
    known = known.assign(deleted=known["deleted_at"].notna())[["system", "local_id", "golden_id", "record", "deleted"]]
    staged = staged_records(ctx)[["system", "local_id", "record", "deleted"]]
    members = pd.concat([staged, known], ignore_index=True).drop_duplicates(["system", "local_id"])  # staged wins
    key = members["system"] + "\x1f" + members["local_id"]
    moved = dict(zip(links["system"] + "\x1f" + links["local_id"], links["golden_id"]))
    was = dict(zip(known["system"] + "\x1f" + known["local_id"], known["golden_id"]))
    members["golden_id"] = key.map(moved).astype(object).fillna(key.map(was).astype(object))
    members["deleted"] = members["deleted"].astype(bool)
    return members[members["golden_id"].isin(set(golden_ids))]


def held_keys(ctx: RunContext, system: str) -> set[tuple[str, str]]:
    """Match keys (field, value) of the records of a system held in quarantine before the merge.

    Such a record exists in the system though the hub could not take it in; creating the golden
    record it matches would make a duplicate there, so that create waits until it is released.
    """
    held = ctx.store.quarantine(ctx.flow.name)
    held = held[(held["system"] == system) & held["stage"].isin(["map", "validate"])]
    keys = set()
    for payload in held["payload"]:
        canonical = (json.loads(payload) or {}).get("canonical") or {}
        for key in ctx.flow.rules.match.exact_keys:
            if canonical.get(key.field):
                keys.add((key.field, canonical[key.field]))
    return keys


def waiting(values: pd.DataFrame, keys: set[tuple[str, str]]) -> pd.Series:
    """Golden records sharing a match key with a held record."""
    hit = pd.Series(False, index=values.index)
    for field in {f for f, _ in keys}:
        hit |= values[field].isin({v for f, v in keys if f == field})
    return hit


def plan(ctx: RunContext) -> dict:
    store = ctx.store
    fields = ctx.flow.entity.field_names
    goldens = staged_goldens(ctx)
    goldens = goldens[goldens["status"].isin(ACTIVE)].set_index("golden_id")
    figures: dict[str, dict] = {}
    with store.begin() as conn:
        conn.execute(t.push_plan.delete().where(t.push_plan.c.run_id == ctx.run_id))
    if goldens.empty:
        with store.begin() as conn:
            store.save_step(conn, ctx.run_id, "plan", "", figures)
        return figures
    values = from_json_lines(goldens["record"], fields)
    members = membership(ctx, list(goldens.index))
    for system, mapper in ctx.mappers.items():
        target = mapper.spec.target
        if target is None:
            continue
        push_fields = mapper.push_fields
        native, reasons = mapper.to_native(values)
        projected = content_hashes(mapper.canonical_fields(native, fields=push_fields), push_fields)
        mine = members[members["system"] == system]
        live = mine[~mine["deleted"]]
        held_hash = content_hashes(from_json_lines(live["record"], fields), push_fields)
        unpushable = set(reasons.index)
        differs = (held_hash.to_numpy() != live["golden_id"].map(projected).to_numpy())
        updates = live[differs & ~live["golden_id"].isin(unpushable)] if target.update else live[:0]
        present = set(mine["golden_id"])  # a deleted copy counts: the system chose to drop it
        blocked = set(values.index[waiting(values, held_keys(ctx, system))])
        creates = [g for g in goldens.index if g not in present and g not in unpushable and g not in blocked] \
            if target.create else []
        rows = []
        update_native = native.loc[updates["golden_id"]].assign(**{target.key: updates["local_id"].to_numpy()})
        for golden_id, local_id, line in zip(updates["golden_id"], updates["local_id"],
                                             json_lines(update_native, list(update_native.columns))):
            rows.append({"run_id": ctx.run_id, "system": system, "golden_id": golden_id, "action": "update",
                         "local_id": local_id, "native": line, "status": "planned"})
        golden_column = mapper.spec.source.golden_id_column
        create_native = native.loc[creates].assign(**{golden_column: creates}) if creates else native[:0]
        for golden_id, line in zip(creates, json_lines(create_native, list(create_native.columns))):
            rows.append({"run_id": ctx.run_id, "system": system, "golden_id": golden_id, "action": "create",
                         "local_id": None, "native": line, "status": "planned"})
        refused = reasons[reasons.index.isin(set(mine["golden_id"]) | set(goldens.index))]
        with store.begin() as conn:
            store.insert(conn, t.push_plan, rows)
            store.hold(conn, flow=ctx.flow.name, entity=ctx.entity, system=system, stage="plan", run_id=ctx.run_id,
                       rows=pd.DataFrame({"local_id": None, "golden_id": refused.index, "reason": refused.to_numpy(),
                                          "payload": values.loc[refused.index].to_dict("records")}))
        figures[system] = {"update": len(updates), "create": len(creates), "refused": len(refused),
                           "create_waiting": len(blocked - present)}
    with store.begin() as conn:
        store.save_step(conn, ctx.run_id, "plan", "", figures)
    return figures


def planned(ctx: RunContext, system: str, conn: sa.Connection | None = None) -> pd.DataFrame:
    p = t.push_plan
    return ctx.store.frame(sa.select(p).where(p.c.run_id == ctx.run_id, p.c.system == system).order_by(p.c.id), conn)
