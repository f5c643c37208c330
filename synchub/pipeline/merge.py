"""match/merge: staged changes joined with the golden records they touch.

Incremental: only the golden records a change can affect are rebuilt: the ones the changed
records belonged to, the ones sharing a match key with a changed record, and the ones a record
names as its golden hint (records SyncHub created carry their golden id). Their members are
clustered again by the exact keys and their present membership, golden ids are kept stable (a cluster keeps the id most of
its members had), and survivorship gives each cluster its values. Membership is sticky: a record
stays with its golden record and records SyncHub created stay with the golden record they were
created for; keys only ever add merges. The result is staged under the run id; ``commit``
applies it.
"""

from __future__ import annotations

import uuid

import pandas as pd
import sqlalchemy as sa

from synchub import canonical as c
from synchub.matching.exact import clusters
from synchub.pipeline.context import RunContext
from synchub.pipeline.extract import staged_records
from synchub.records import content_hashes, from_json_lines, json_lines
from synchub.store import schema as t
from synchub.survivorship import survive


MEMBERSHIP = "_membership"


def _expand(rows: pd.DataFrame, fields: list[str]) -> pd.DataFrame:
    """Hub-store rows (system, local_id, record, modified_at, ...) with their fields as columns."""
    records = from_json_lines(rows["record"].reset_index(drop=True), fields)
    trace = pd.DataFrame({c.SYSTEM: rows["system"].to_numpy(), c.LOCAL_ID: rows["local_id"].to_numpy(),
                          c.MODIFIED_AT: rows["modified_at"].to_numpy()})
    return pd.concat([trace, records], axis=1)


def assign_golden_ids(members: pd.DataFrame, existing_live: set[str]) -> tuple[pd.Series, dict[str, str]]:
    """A golden id per cluster, kept stable from run to run.

    ``members`` has ``cluster`` and ``previous`` (the golden id a member had, or None). A cluster
    takes the previous id most of its members share (the larger cluster wins an id two clusters
    claim, as when a golden record splits); a cluster with none gets a new id. Returns the id per
    cluster and, for each previous id no cluster kept, the id that absorbed most of its members.
    """
    sizes = members.groupby("cluster").size()
    claims = (members.dropna(subset=["previous"]).groupby(["cluster", "previous"]).size()
              .rename("votes").reset_index())
    claims["size"] = claims["cluster"].map(sizes)
    claims = claims.sort_values(["size", "votes", "previous"], ascending=[False, False, True])
    chosen: dict = {}
    taken: set[str] = set()
    for cluster, previous in zip(claims["cluster"], claims["previous"]):
        if cluster not in chosen and previous not in taken and previous in existing_live:
            chosen[cluster] = previous
            taken.add(previous)
    for cluster in sizes.index:
        if cluster not in chosen:
            chosen[cluster] = str(uuid.uuid4())
    ids = pd.Series(chosen).reindex(sizes.index)
    absorbed: dict[str, str] = {}
    lost = claims[~claims["previous"].isin(taken)]
    for previous, group in lost.groupby("previous"):
        absorbed[previous] = ids[group.sort_values("votes", ascending=False)["cluster"].iloc[0]]
    return ids, absorbed


def merge(ctx: RunContext) -> dict:
    """Stage the golden records a run's changes affect; returns figures."""
    store, entity = ctx.store, ctx.entity
    fields = ctx.flow.entity.field_names
    key_fields = [k.field for k in ctx.flow.rules.match.exact_keys]
    staged = staged_records(ctx)
    figures = {"records": 0, "goldens_new": 0, "goldens_changed": 0, "goldens_unchanged": 0,
               "goldens_merged": 0, "goldens_retired": 0}
    with store.begin() as conn:
        for table in (t.staged_golden, t.staged_link):
            conn.execute(table.delete().where(table.c.run_id == ctx.run_id))
    if staged.empty:
        with store.begin() as conn:
            store.save_step(conn, ctx.run_id, "merge", "", figures)
        return figures

    # previous state of the staged records
    previous = pd.concat([store.xref_rows(entity, system=system, local_ids=group["local_id"])
                          for system, group in staged.groupby("system")], ignore_index=True)
    staged_keys = staged["system"] + "\x1f" + staged["local_id"]
    prev_golden = dict(zip(previous["system"] + "\x1f" + previous["local_id"], previous["golden_id"]))

    live = staged[~staged["deleted"].astype(bool)]
    changed = _expand(live, fields)
    affected = {g for g in staged_keys.map(prev_golden).dropna()}
    for field in key_fields:
        values = changed[field].dropna().unique().tolist()
        if values:
            affected |= set(store.goldens_by_key(entity, field, values)["golden_id"])
    hints = live["golden_hint"].dropna()
    existing_goldens = store.goldens(entity, affected | set(hints))
    live_goldens = set(existing_goldens.loc[existing_goldens["status"] == "active", "golden_id"])
    affected |= set(hints) & live_goldens

    # the members of the affected golden records that did not change stay as they are
    members = store.xref_rows(entity, golden_ids=affected)
    members = members[members["deleted_at"].isna()]
    member_keys = members["system"] + "\x1f" + members["local_id"]
    unchanged = members[~member_keys.isin(set(staged_keys))]
    records = pd.concat([changed, _expand(unchanged, fields)], ignore_index=True)
    records["previous"] = (records[c.SYSTEM] + "\x1f" + records[c.LOCAL_ID]).map(
        {**prev_golden, **dict(zip(member_keys, members["golden_id"]))}).astype(object)
    records["xref_golden"] = records["previous"]
    # Membership is sticky: a record stays with its golden record, and a record we created joins
    # the golden record whose id it carries. Keys only add merges; splitting is a steward's call.
    hint_of = dict(zip(live["system"] + "\x1f" + live["local_id"], live["golden_hint"]))
    record_hint = (records[c.SYSTEM] + "\x1f" + records[c.LOCAL_ID]).map(hint_of).astype(object)
    adopted = records["previous"].isna() & record_hint.isin(live_goldens)
    records.loc[adopted, "previous"] = record_hint[adopted]
    records[MEMBERSHIP] = records["previous"]
    records["cluster"] = clusters(records, key_fields + [MEMBERSHIP])

    golden_ids, absorbed = assign_golden_ids(records[["cluster", "previous"]], live_goldens)
    records["golden_id"] = records["cluster"].map(golden_ids)
    values, sources = survive(records, fields, ctx.flow.rules.survivorship, ctx.systems)
    values.index = values.index.map(golden_ids)
    sources.index = sources.index.map(golden_ids)
    new_hash = content_hashes(values, fields)
    old_hash = dict(zip(existing_goldens["golden_id"], existing_goldens["record_hash"]))
    status = pd.Series(
        ["new" if g not in old_hash else ("unchanged" if old_hash[g] == h else "changed")
         for g, h in new_hash.items()], index=new_hash.index)

    golden_rows = [
        {"run_id": ctx.run_id, "golden_id": g, "record": r, "record_hash": h, "sources": s, "status": st,
         "merged_into": None}
        for g, r, h, s, st in zip(values.index, json_lines(values, fields), new_hash, json_lines(sources, fields),
                                  status)]
    kept = set(values.index)
    for gone in sorted(affected - kept):
        golden_rows.append({"run_id": ctx.run_id, "golden_id": gone, "record": None, "record_hash": None,
                            "sources": None, "status": "merged" if gone in absorbed else "retired",
                            "merged_into": absorbed.get(gone)})
    moved = records[records["golden_id"] != records["xref_golden"]]
    link_rows = [{"run_id": ctx.run_id, "system": s, "local_id": l, "golden_id": g}
                 for s, l, g in zip(moved[c.SYSTEM], moved[c.LOCAL_ID], moved["golden_id"])]
    # deleted records keep their last golden id in the xref, for history
    with store.begin() as conn:
        store.insert(conn, t.staged_golden, golden_rows)
        store.insert(conn, t.staged_link, link_rows)
        figures.update(
            records=len(records),
            goldens_new=int((status == "new").sum()),
            goldens_changed=int((status == "changed").sum()),
            goldens_unchanged=int((status == "unchanged").sum()),
            goldens_merged=sum(1 for r in golden_rows if r["status"] == "merged"),
            goldens_retired=sum(1 for r in golden_rows if r["status"] == "retired"),
        )
        store.save_step(conn, ctx.run_id, "merge", "", figures)
    return figures


def staged_goldens(ctx: RunContext, conn: sa.Connection | None = None) -> pd.DataFrame:
    g = t.staged_golden
    return ctx.store.frame(sa.select(g).where(g.c.run_id == ctx.run_id), conn)


def staged_links(ctx: RunContext, conn: sa.Connection | None = None) -> pd.DataFrame:
    link = t.staged_link
    return ctx.store.frame(sa.select(link).where(link.c.run_id == ctx.run_id), conn)
