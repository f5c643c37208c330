"""commit: apply a run's staged results to the lasting tables, in one transaction.

Cross-references of pulled and created records (and their history), pushed hashes, golden
records, match keys, the pairs for the steward's review, the decisions the merge applied, the
watermarks and the run's figures are written together, after the load. Until this step
succeeds nothing lasting has changed in the hub store, so a crash before it repeats the run's
work on the next try; the writes that already reached the systems are recognised then (their
content equals the golden record, and created records carry their golden id).
"""

from __future__ import annotations

import json

import pandas as pd
import sqlalchemy as sa

from synchub import stewardship
from synchub.matching.features import prepare
from synchub.matching.incremental import fingerprint, record_keys
from synchub.pipeline.context import RunContext
from synchub.pipeline.extract import staged_records
from synchub.pipeline.merge import staged_decisions, staged_goldens, staged_links, staged_reviews
from synchub.records import from_json_lines
from synchub.store import schema as t
from synchub.store.hub_store import IN_CHUNK, utcnow

REINDEX_CHUNK = 50_000


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


def _record_history(store, conn, ctx: RunContext, writes: pd.DataFrame, now) -> int:
    """Close the history row of each record whose golden id changes, and open its new one."""
    writes = writes.drop_duplicates(["system", "local_id"], keep="last")
    frames = [store.xref_rows(ctx.entity, system=system, local_ids=group["local_id"], conn=conn)
              for system, group in writes.groupby("system")]
    before = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["system", "local_id",
                                                                                     "golden_id"])
    had = dict(zip(before["system"] + "\x1f" + before["local_id"], before["golden_id"]))
    old = (writes["system"] + "\x1f" + writes["local_id"]).map(had)
    moved = writes[old.to_numpy() != writes["golden_id"].to_numpy()]
    if moved.empty:
        return 0
    h = t.xref_history
    for system, group in moved[old[moved.index].notna()].groupby("system"):
        ids = group["local_id"].tolist()
        for start in range(0, len(ids), IN_CHUNK):
            conn.execute(h.update().where(h.c.entity == ctx.entity, h.c.system == system, h.c.valid_to.is_(None),
                                          h.c.local_id.in_(ids[start:start + IN_CHUNK])).values(valid_to=now))
    store.insert(conn, h, [{"entity": ctx.entity, "system": s, "local_id": lid, "golden_id": g, "valid_from": now,
                            "valid_to": None, "run_id": ctx.run_id}
                           for s, lid, g in zip(moved["system"], moved["local_id"], moved["golden_id"])])
    return len(moved)


def _key_rows(ctx: RunContext, rows: pd.DataFrame) -> list[dict]:
    """match_key rows of live records (columns system, local_id, record): exact and blocking keys."""
    spec = ctx.flow.rules.match
    records = from_json_lines(rows["record"].reset_index(drop=True), ctx.flow.entity.field_names)
    features = prepare(records, spec, f"match rules of flow {ctx.flow.name}")
    keys = record_keys(records, features, spec)
    systems, local_ids = rows["system"].to_numpy(), rows["local_id"].to_numpy()
    return [{"entity": ctx.entity, "system": systems[p], "local_id": local_ids[p], "key_field": f, "key_value": v}
            for p, f, v in zip(keys["position"], keys["key_field"], keys["key_value"])]


def _refresh_match_keys(store, conn, ctx: RunContext, rows: pd.DataFrame) -> None:
    """Match keys of the touched records: removed, then written again for the live ones."""
    k = t.match_key
    for system, group in rows.groupby("system"):
        ids = group["local_id"].tolist()
        for start in range(0, len(ids), IN_CHUNK):
            conn.execute(k.delete().where(k.c.entity == ctx.entity, k.c.system == system,
                                          k.c.local_id.in_(ids[start:start + IN_CHUNK])))
    live = rows[~rows["deleted"].astype(bool)]
    if not live.empty:
        store.insert(conn, k, _key_rows(ctx, live))


def _rebuild_match_keys(store, conn, ctx: RunContext, now) -> None:
    """Every live record's keys built again with the present rules (once after they changed)."""
    k, x, i = t.match_key, t.xref, t.match_index
    conn.execute(k.delete().where(k.c.entity == ctx.entity))
    after = ("", "")
    while True:  # in chunks, by key (no cursor held open while writing)
        rows = store.frame(sa.select(x.c.system, x.c.local_id, x.c.record).where(
            x.c.entity == ctx.entity, x.c.deleted_at.is_(None), sa.tuple_(x.c.system, x.c.local_id) > after)
            .order_by(x.c.system, x.c.local_id).limit(REINDEX_CHUNK), conn)
        if rows.empty:
            break
        store.insert(conn, k, _key_rows(ctx, rows))
        after = (rows["system"].iloc[-1], rows["local_id"].iloc[-1])
    conn.execute(i.delete().where(i.c.entity == ctx.entity))
    conn.execute(i.insert().values(entity=ctx.entity, fingerprint=fingerprint(ctx.flow.rules.match),
                                   run_id=ctx.run_id, built_at=now))


def _open_reviews(store, conn, ctx: RunContext, now) -> int:
    """The merge's pairs for review join the queue (a pair already open there is not added twice)."""
    staged = staged_reviews(ctx, conn)
    staged = staged[~stewardship.already_open(store, ctx.entity, staged, conn).to_numpy()]
    rows = [{"entity": ctx.entity, "flow": ctx.flow.name, "system_a": sa_, "local_a": la, "system_b": sb,
             "local_b": lb, "golden_a": ga, "golden_b": gb, "probability": p, "status": "open",
             "run_id": ctx.run_id, "created_at": now}
            for sa_, la, sb, lb, ga, gb, p in zip(staged["system_a"], staged["local_a"], staged["system_b"],
                                                  staged["local_b"], staged["golden_a"], staged["golden_b"],
                                                  staged["probability"])]
    store.insert(conn, t.match_review, rows)
    return len(rows)


def _mark_decisions_applied(conn, ctx: RunContext) -> int:
    ids = staged_decisions(ctx, conn)
    d = t.match_decision
    for start in range(0, len(ids), IN_CHUNK):
        conn.execute(d.update().where(d.c.id.in_(ids[start:start + IN_CHUNK]), d.c.applied_run_id.is_(None))
                     .values(applied_run_id=ctx.run_id))
    return len(ids)


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
        written = pd.DataFrame({
            "system": pushed["system"], "local_id": pushed["result_local_id"], "golden_id": pushed["golden_id"],
            "record": pushed["result_record"], "record_hash": pushed["result_hash"], "modified_at": None,
            "deleted": False, "pushed": True})
        written = written[written["record"].notna()]
        moved = links[~(links["system"] + "\x1f" + links["local_id"]).isin(set(staged_key))]
        history = _record_history(store, conn, ctx, pd.concat(
            [frame[["system", "local_id", "golden_id"]] for frame in (staged, moved, written)], ignore_index=True),
            now)
        _upsert_xref(store, conn, entity, staged[["system", "local_id", "golden_id", "record", "record_hash",
                                                   "modified_at", "deleted", "pushed"]], now)

        # 2. records that did not change but moved to another golden record
        if len(moved):
            x = t.xref
            conn.execute(x.update().where(x.c.entity == entity, x.c.system == sa.bindparam("_s"),
                                          x.c.local_id == sa.bindparam("_l")).values(golden_id=sa.bindparam("_g"),
                                                                                     updated_at=now),
                         [{"_s": s, "_l": lid, "_g": g}
                          for s, lid, g in zip(moved["system"], moved["local_id"], moved["golden_id"])])

        # 3. what the load wrote, as read back from each system
        _upsert_xref(store, conn, entity, written, now)

        # 4. match keys of every touched record
        touched = pd.concat([staged[["system", "local_id", "record", "deleted"]],
                             written[["system", "local_id", "record", "deleted"]]], ignore_index=True)
        touched = touched.drop_duplicates(["system", "local_id"], keep="last")
        if store.match_fingerprint(entity, conn) == fingerprint(ctx.flow.rules.match):
            _refresh_match_keys(store, conn, ctx, touched)
        else:  # the rules changed (or the store is new): every record's keys, once
            _rebuild_match_keys(store, conn, ctx, now)

        # the steward's review queue, and the decisions this run applied
        reviews_opened = _open_reviews(store, conn, ctx, now)
        decisions_applied = _mark_decisions_applied(conn, ctx)

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
                                                          len(staged) + len(written), "xrefs_moved": history,
                                                          "reviews_opened": reviews_opened,
                                                          "decisions_applied": decisions_applied})
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
