"""match/merge: staged changes matched against the golden records they may touch.

Incremental: only the golden records a change can affect are rebuilt. The probes are the new
and changed records and those a steward decided about since the last run. The candidates are
found through the hub store's ``match_key`` index: the live records sharing a key (a blocking
rule's key, or an exact key) with a probe; a key that too many records share is not looked up
(the rule's ``max_block_size``). The golden records of the probes and of the candidates, and
those a record names as its golden hint (records SyncHub created carry their golden id), are
loaded whole, and their members re-clustered (:func:`synchub.matching.incremental.recluster`):
only the pairs with a probe are scored; membership is sticky (the members of one golden record
stay together, but a record a steward split off); exact keys merge; the steward's must-links and
cannot-links hold. Golden ids are kept stable (a cluster keeps the id most of its members had),
and survivorship gives each cluster its values. The pairs for the steward's review are staged
with the result under the run id; ``commit`` applies them.

So a run costs what changed: the index look-ups, and the members of the golden records found.
When the stored keys were built with other match rules (a new store, or the rules changed), the
run compares its probes with every live record once, and ``commit`` builds the keys again.
"""

from __future__ import annotations

import uuid

import numpy as np
import pandas as pd
import sqlalchemy as sa

from synchub import canonical as c
from synchub import stewardship
from synchub.matching.features import prepare
from synchub.matching.incremental import fingerprint, max_block_sizes, recluster, record_keys
from synchub.pipeline.context import RunContext
from synchub.pipeline.extract import staged_records
from synchub.records import content_hashes, from_json_lines, json_lines
from synchub.store import schema as t
from synchub.survivorship import survive

SEP = "\x1f"


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


def _keys(frame: pd.DataFrame, system: str = "system", local_id: str = "local_id") -> pd.Series:
    return frame[system] + SEP + frame[local_id]


def _xrefs(store, entity: str, records: pd.DataFrame) -> pd.DataFrame:
    """The xref rows of ``records`` (columns system, local_id)."""
    frames = [store.xref_rows(entity, system=system, local_ids=group["local_id"])
              for system, group in records.groupby("system")]
    return pd.concat(frames, ignore_index=True) if frames else store.xref_rows(entity, local_ids=[])


def _decided_records(decisions: pd.DataFrame) -> pd.DataFrame:
    """The records named by decisions (both sides of a pair)."""
    sides = [decisions[["system_a", "local_a"]].set_axis(["system", "local_id"], axis=1),
             decisions[["system_b", "local_b"]].set_axis(["system", "local_id"], axis=1)]
    return pd.concat(sides, ignore_index=True).dropna().drop_duplicates(ignore_index=True)


def _positions(pairs: list, position: dict) -> tuple[np.ndarray, np.ndarray]:
    """Positions of record pairs whose records are both loaded."""
    kept = [(position[a], position[b]) for a, b in pairs if a in position and b in position]
    a = np.array([x for x, _ in kept], dtype=np.int64)
    b = np.array([y for _, y in kept], dtype=np.int64)
    return a, b


def _features(records: pd.DataFrame, spec, where: str) -> pd.DataFrame:
    """The match features of records (none for no records: some normalisers refuse an empty column)."""
    if records.empty:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in spec.features()})
    return prepare(records, spec, where)


def _candidates(store, entity: str, spec, probes: pd.DataFrame, features: pd.DataFrame) -> tuple[set[str], dict]:
    """Golden records with a live record sharing a key with a probe, and figures.

    When the stored keys were built with other rules (or there are none yet), every active
    golden record is a candidate, once: commit builds the keys again.
    """
    if store.match_fingerprint(entity) != fingerprint(spec):
        return set(store.active_golden_ids(entity)), {"indexed": False, "keys_too_common": 0}
    keys = record_keys(probes, features, spec)[["key_field", "key_value"]].drop_duplicates()
    found, too_common = store.records_sharing_keys(entity, keys, max_block_sizes(spec))
    return set(found["golden_id"]), {"indexed": True, "keys_too_common": too_common}


def _steward_constraints(store, entity: str, records: pd.DataFrame, anchor: np.ndarray):
    """The steward's decisions about these records as must-link and cannot-link positions, and
    which records leave their golden record (split off, and still in it)."""
    decisions = stewardship.touching(store, entity, pd.DataFrame({"system": records[c.SYSTEM],
                                                                  "local_id": records[c.LOCAL_ID]}))
    splits = decisions[decisions["decision"] == "split"]
    must, cannot, split_off = stewardship.constraints(decisions,
                                                      stewardship.members_when_split(store, entity, splits))
    position = {(s, lid): i for i, (s, lid) in enumerate(zip(records[c.SYSTEM], records[c.LOCAL_ID]))}
    free = np.array([g is not None and split_off.get((s, lid)) == g
                     for s, lid, g in zip(records[c.SYSTEM], records[c.LOCAL_ID], anchor)], dtype=bool)
    return _positions(must, position), _positions(cannot, position), free


def merge(ctx: RunContext) -> dict:
    """Stage the golden records a run's changes (and a steward's new decisions) affect; returns figures."""
    store, entity = ctx.store, ctx.entity
    spec = ctx.flow.rules.match
    fields = ctx.flow.entity.field_names
    where = f"match rules of flow {ctx.flow.name}"
    staged = staged_records(ctx)
    decided = stewardship.pending(store, entity)
    figures = {"records": 0, "goldens_new": 0, "goldens_changed": 0, "goldens_unchanged": 0,
               "goldens_merged": 0, "goldens_retired": 0, "review_pairs": 0, "decisions_applied": 0}
    with store.begin() as conn:
        for table in (t.staged_golden, t.staged_link, t.staged_review, t.staged_decision):
            conn.execute(table.delete().where(table.c.run_id == ctx.run_id))
    if staged.empty and decided.empty:
        with store.begin() as conn:
            store.save_step(conn, ctx.run_id, "merge", "", figures)
        return figures

    # previous state of the staged records
    previous = _xrefs(store, entity, staged)
    staged_keys = _keys(staged)
    prev_golden = dict(zip(_keys(previous), previous["golden_id"]))

    # the probes: changed records, and the records of decisions no run has applied yet
    live = staged[~staged["deleted"].astype(bool)]
    named = _decided_records(decided)
    named = _xrefs(store, entity, named[~_keys(named).isin(set(staged_keys))])
    named = named[named["deleted_at"].isna()]
    probes = pd.concat([_expand(live, fields), _expand(named, fields)], ignore_index=True)
    probe_features = _features(probes, spec, where)
    affected = set(staged_keys.map(prev_golden).dropna()) | set(named["golden_id"])
    candidates, matching = _candidates(store, entity, spec, probes, probe_features)
    affected |= candidates
    hints = live["golden_hint"].dropna()
    existing_goldens = store.goldens(entity, affected | set(hints))
    live_goldens = set(existing_goldens.loc[existing_goldens["status"] == "active", "golden_id"])
    affected |= set(hints) & live_goldens

    # the members of the affected golden records that are no probe take part as they are
    members = store.xref_rows(entity, golden_ids=affected)
    members = members[members["deleted_at"].isna()]
    member_keys = _keys(members)
    unchanged = members[~member_keys.isin(set(_keys(probes, c.SYSTEM, c.LOCAL_ID)) | set(staged_keys))]
    others = _expand(unchanged, fields)
    records = pd.concat([probes, others], ignore_index=True)
    features = pd.concat([probe_features, _features(others, spec, where)], ignore_index=True)
    record_key = records[c.SYSTEM] + SEP + records[c.LOCAL_ID]
    records["previous"] = record_key.map({**prev_golden, **dict(zip(member_keys, members["golden_id"]))}).astype(object)
    records["xref_golden"] = records["previous"]
    # a record we created joins the golden record whose id it carries
    hint_of = dict(zip(_keys(live), live["golden_hint"]))
    record_hint = record_key.map(hint_of).astype(object)
    adopted = records["previous"].isna() & record_hint.isin(live_goldens)
    records.loc[adopted, "previous"] = record_hint[adopted]

    anchor = records["previous"].to_numpy(dtype=object)
    must_link, cannot_link, free = _steward_constraints(store, entity, records, anchor)
    result = recluster(records, features, spec, probe=np.arange(len(records)) < len(probes), anchor=anchor,
                       free=free, must_link=must_link, cannot_link=cannot_link)
    records["cluster"] = result.labels

    # a record split off claims no id: its golden record keeps its id, the record gets a new one
    claims = records[["cluster", "previous"]].copy()
    claims.loc[free, "previous"] = None
    golden_ids, absorbed = assign_golden_ids(claims, live_goldens)
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
    review_rows = _review_rows(ctx, records, result.review)
    # deleted records keep their last golden id in the xref, for history
    with store.begin() as conn:
        store.insert(conn, t.staged_golden, golden_rows)
        store.insert(conn, t.staged_link, link_rows)
        store.insert(conn, t.staged_review, review_rows)
        store.insert(conn, t.staged_decision, [{"run_id": ctx.run_id, "decision_id": int(i)} for i in decided["id"]])
        figures.update(
            records=len(records),
            goldens_new=int((status == "new").sum()),
            goldens_changed=int((status == "changed").sum()),
            goldens_unchanged=int((status == "unchanged").sum()),
            goldens_merged=sum(1 for r in golden_rows if r["status"] == "merged"),
            goldens_retired=sum(1 for r in golden_rows if r["status"] == "retired"),
            review_pairs=len(review_rows),
            decisions_applied=len(decided),
            matching={"probes": len(probes), **matching, **result.figures},
        )
        store.save_step(conn, ctx.run_id, "merge", "", figures)
    return figures


def _review_rows(ctx: RunContext, records: pd.DataFrame, review: pd.DataFrame) -> list[dict]:
    """Staged rows of the pairs for review, each pair in one order, none already in the queue."""
    if review.empty:
        return []
    ka = list(zip(records[c.SYSTEM].to_numpy()[review["a"]], records[c.LOCAL_ID].to_numpy()[review["a"]]))
    kb = list(zip(records[c.SYSTEM].to_numpy()[review["b"]], records[c.LOCAL_ID].to_numpy()[review["b"]]))
    golden = records["golden_id"].to_numpy()
    rows = []
    for (a, b), ga, gb, p in zip(zip(ka, kb), golden[review["a"]], golden[review["b"]], review["probability"]):
        (first, second), (g1, g2) = ((a, b), (ga, gb)) if a <= b else ((b, a), (gb, ga))
        rows.append({"run_id": ctx.run_id, "system_a": first[0], "local_a": first[1], "system_b": second[0],
                     "local_b": second[1], "golden_a": g1, "golden_b": g2, "probability": round(float(p), 6)})
    frame = pd.DataFrame(rows)
    queued = stewardship.already_open(ctx.store, ctx.entity, frame)
    return [row for row, queued_already in zip(rows, queued) if not queued_already]


def staged_goldens(ctx: RunContext, conn: sa.Connection | None = None) -> pd.DataFrame:
    g = t.staged_golden
    return ctx.store.frame(sa.select(g).where(g.c.run_id == ctx.run_id), conn)


def staged_links(ctx: RunContext, conn: sa.Connection | None = None) -> pd.DataFrame:
    link = t.staged_link
    return ctx.store.frame(sa.select(link).where(link.c.run_id == ctx.run_id), conn)


def staged_reviews(ctx: RunContext, conn: sa.Connection | None = None) -> pd.DataFrame:
    r = t.staged_review
    return ctx.store.frame(sa.select(r).where(r.c.run_id == ctx.run_id), conn)


def staged_decisions(ctx: RunContext, conn: sa.Connection | None = None) -> list[int]:
    d = t.staged_decision
    return ctx.store.frame(sa.select(d.c.decision_id).where(d.c.run_id == ctx.run_id), conn)["decision_id"].tolist()
