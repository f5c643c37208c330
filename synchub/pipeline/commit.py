"""commit: apply a run's staged results to the lasting tables, in one transaction.

Cross-references of pulled and created records, pushed hashes, golden records, match keys, the
watermarks and the run's figures are written together, after the load. Until this step
succeeds nothing lasting has changed in the hub store, so a crash before it repeats the run's
work on the next try; the writes that already reached the systems are recognised then (their
content equals the golden record, and created records carry their golden id).
"""

from __future__ import annotations

import json

import pandas as pd
import sqlalchemy as sa

from synchub.pipeline.context import RunContext
from synchub.pipeline.extract import staged_records
from synchub.pipeline.merge import staged_goldens, staged_links
from synchub.records import from_json_lines
from synchub.store import schema as t
from synchub.store.hub_store import utcnow


def _upsert_xref(store, conn, entity: str, rows: pd.DataFrame, now) -> None:
    """Insert or update xrefs (columns: system, local_id, golden_id, record, record_hash, modified_at,
    deleted, pushed). A pulled record keeps the pushed hash it had; a pushed one gets a new one."""
    for pushed, group in rows.groupby("pushed"):
        values = [
            {"entity": entity, "system": s, "local_id": l, "golden_id": g, "record": r, "record_hash": h,
             "modified_at": m, "deleted_at": now if d else None, "created_at": now, "updated_at": now,
             **({"pushed_hash": h, "pushed_at": now} if pushed else {})}
            for s, l, g, r, h, m, d in zip(group["system"], group["local_id"], group["golden_id"], group["record"],
                                           group["record_hash"], group["modified_at"], group["deleted"])]
        store.upsert(conn, t.xref, values, keep=("created_at",))


def _refresh_match_keys(store, conn, ctx: RunContext, rows: pd.DataFrame) -> None:
    """Match keys of the touched records: removed, then written again for the live ones."""
    k = t.match_key
    key_fields = [key.field for key in ctx.flow.rules.match.exact_keys]
    for system, group in rows.groupby("system"):
        ids = group["local_id"].tolist()
        for start in range(0, len(ids), 900):
            conn.execute(k.delete().where(k.c.entity == ctx.entity, k.c.system == system,
                                          k.c.local_id.in_(ids[start:start + 900])))
    live = rows[~rows["deleted"].astype(bool)]
    if live.empty or not key_fields:
        return
    records = from_json_lines(live["record"].reset_index(drop=True), ctx.flow.entity.field_names)
    new_keys = []
    for field in key_fields:
        values = records[field]
        present = values.notna().to_numpy()
        new_keys += [{"entity": ctx.entity, "system": s, "local_id": l, "key_field": field, "key_value": v[:255]}
                     for s, l, v in zip(live["system"].to_numpy()[present], live["local_id"].to_numpy()[present],
                                        values[present])]
    store.insert(conn, k, new_keys)


def commit(ctx: RunContext) -> dict:
    store = ctx.store
    now = utcnow()
    entity = ctx.entity
    with store.begin() as conn:
        staged = staged_records(ctx, conn)
        links = staged_links(ctx, conn)
        goldens = staged_goldens(ctx, conn)
        p = t.push_plan
        pushed = store.frame(sa.select(p).where(p.c.run_id == ctx.run_id, p.c.status == "written"), conn)

        # 1. pulled records, with the golden id merge gave them (or the one they had)
        link_of = dict(zip(links["system"] + "\x1f" + links["local_id"], links["golden_id"]))
        staged_key = staged["system"] + "\x1f" + staged["local_id"]
        previous = pd.concat([store.xref_rows(entity, system=system, local_ids=group["local_id"], conn=conn)
                              for system, group in staged.groupby("system")], ignore_index=True) \
            if len(staged) else pd.DataFrame(columns=["system", "local_id", "golden_id"])
        had = dict(zip(previous["system"] + "\x1f" + previous["local_id"], previous["golden_id"]))
        staged = staged.assign(golden_id=staged_key.map(link_of).astype(object).fillna(staged_key.map(had).astype(object)),
                               pushed=False)
        # a deleted record never seen before has no golden record: nothing to remember
        staged = staged[staged["golden_id"].notna()]
        _upsert_xref(store, conn, entity, staged[["system", "local_id", "golden_id", "record", "record_hash",
                                                   "modified_at", "deleted", "pushed"]], now)

        # 2. records that did not change but moved to another golden record
        moved = links[~(links["system"] + "\x1f" + links["local_id"]).isin(set(staged_key))]
        if len(moved):
            x = t.xref
            conn.execute(x.update().where(x.c.entity == entity, x.c.system == sa.bindparam("_s"),
                                          x.c.local_id == sa.bindparam("_l")).values(golden_id=sa.bindparam("_g"),
                                                                                     updated_at=now),
                         [{"_s": s, "_l": lid, "_g": g}
                          for s, lid, g in zip(moved["system"], moved["local_id"], moved["golden_id"])])

        # 3. what the load wrote, as read back from each system
        written = pd.DataFrame({
            "system": pushed["system"], "local_id": pushed["result_local_id"], "golden_id": pushed["golden_id"],
            "record": pushed["result_record"], "record_hash": pushed["result_hash"], "modified_at": None,
            "deleted": False, "pushed": True})
        written = written[written["record"].notna()]
        _upsert_xref(store, conn, entity, written, now)

        # 4. match keys of every touched record
        touched = pd.concat([staged[["system", "local_id", "record", "deleted"]],
                             written[["system", "local_id", "record", "deleted"]]], ignore_index=True)
        touched = touched.drop_duplicates(["system", "local_id"], keep="last")
        _refresh_match_keys(store, conn, ctx, touched)

        # 5. golden records
        status = goldens["status"].map({"new": "active", "changed": "active", "unchanged": "active",
                                        "merged": "merged", "retired": "retired"})
        rows = [{"entity": entity, "golden_id": gid, "record": rec, "record_hash": h, "sources": src, "status": st,
                 "merged_into": into, "created_at": now, "updated_at": now}
                for gid, rec, h, src, st, into in zip(goldens["golden_id"], goldens["record"], goldens["record_hash"],
                                                      goldens["sources"], status, goldens["merged_into"])]
        # a golden record merged away or retired keeps its last values
        store.upsert(conn, t.golden, [r for r in rows if r["record"] is not None], keep=("created_at",))
        store.upsert(conn, t.golden, [{k: r[k] for k in ("entity", "golden_id", "status", "merged_into",
                                                        "created_at", "updated_at")}
                                      for r in rows if r["record"] is None], keep=("created_at",))

        # 6. watermarks: the largest cursor each system's extract saw
        w = t.watermark
        for system, figures in zip(*_extract_figures(store, ctx, conn)):
            if figures.get("cursor") is None:
                continue
            conn.execute(w.delete().where(w.c.flow == ctx.flow.name, w.c.system == system))
            conn.execute(w.insert().values(flow=ctx.flow.name, system=system, cursor=figures["cursor"],
                                           run_id=ctx.run_id, updated_at=now))

        # 7. quarantine: a held record that now came through is resolved
        q = t.quarantine
        for system, group in staged.groupby("system"):
            ids = group["local_id"].tolist()
            for start in range(0, len(ids), 900):
                conn.execute(q.update().where(q.c.flow == ctx.flow.name, q.c.system == system, q.c.status == "held",
                                              q.c.stage.in_(["map", "validate"]),
                                              q.c.local_id.in_(ids[start:start + 900])).values(
                    status="resolved", updated_at=now, note="came through in run " + ctx.run_id))

        # 8. the run
        store.save_step(conn, ctx.run_id, "commit", "", {"goldens_written": len(rows), "xrefs_written":
                                                          len(staged) + len(written)})
        figures = run_figures_in(store, ctx, conn)
        conn.execute(t.runs.update().where(t.runs.c.run_id == ctx.run_id).values(
            status="succeeded", finished_at=now, figures=json.dumps(figures)))
        store._discard_staged(conn, ctx.run_id)
    return figures


def _extract_figures(store, ctx: RunContext, conn):
    s = t.run_step
    rows = store.frame(sa.select(s.c.system, s.c.figures).where(s.c.run_id == ctx.run_id, s.c.step == "extract"), conn)
    return rows["system"].tolist(), [json.loads(f) for f in rows["figures"]]


def run_figures_in(store, ctx: RunContext, conn) -> dict:
    s = t.run_step
    steps = store.frame(sa.select(s).where(s.c.run_id == ctx.run_id), conn)
    steps["figures"] = steps["figures"].map(json.loads)
    return _figures_from_steps(ctx, steps)


def _figures_from_steps(ctx: RunContext, steps: pd.DataFrame) -> dict:
    per_system: dict = {system: {} for system in ctx.systems}
    goldens: dict = {}
    for step, system, figures in zip(steps["step"], steps["system"], steps["figures"]):
        if step in ("extract", "load"):
            per_system.setdefault(system, {}).update({k: v for k, v in figures.items() if k not in ("cursor", "since")})
        elif step == "validate":
            for name, count in figures.items():
                per_system.setdefault(name, {})["invalid"] = count
        elif step == "merge":
            goldens.update(figures)
    for figures in per_system.values():
        figures["quarantined"] = (figures.get("quarantined", 0) + figures.pop("invalid", 0)
                                  + figures.get("rejected", 0))
    return {"systems": per_system, "goldens": goldens}
