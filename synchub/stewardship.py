"""The data steward's say in matching: the review queue and the decisions that outlive runs.

A run's merge sends the pairs it is unsure of (match probability in the review band, or a
changed record that now resembles another golden record when the rules say ``on_changed_match:
review``) to ``match_review``. A steward accepts or rejects them, splits a record off its golden
record, or forces two records together; each such act is a row of ``match_decision``:

- ``must_link`` (accepting a review, or a forced merge): the two records are one entity;
- ``cannot_link`` (rejecting a review): they are never in one golden record;
- ``split``: the record leaves its golden record; it is applied as cannot-links against the
  members that golden record had when the steward decided (``xref_history``).

Decisions take effect on the next run of the flow, whose merge re-clusters the golden records
they touch (the decisions no run has applied yet bring their records in as if they had changed),
and they hold in every later run: whenever a record is re-clustered its decisions come along.
When decisions about one record disagree, the newest wins: a split undoes the record's earlier
must-links, a must-link made after a split brings the record back.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Iterable
from typing import Literal, get_args

import pandas as pd
import sqlalchemy as sa

from synchub.errors import ConfigError, RunError
from synchub.store import schema as t
from synchub.store.hub_store import IN_CHUNK, HubStore, utcnow

ReviewStatus = Literal["open", "accepted", "rejected"]
REVIEW_STATUSES: frozenset[str] = frozenset(get_args(ReviewStatus))

DecisionKind = Literal["must_link", "cannot_link", "split"]
DECISIONS: frozenset[str] = frozenset(get_args(DecisionKind))

RecordKey = tuple[str, str]
"""(system, local id) of one record."""


def actor() -> str:
    """Who decides: ``$SYNCHUB_USER``, else the login name."""
    if os.environ.get("SYNCHUB_USER"):
        return os.environ["SYNCHUB_USER"]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in some containers
        return "unknown"


def parse_record(text: str) -> RecordKey:
    """``crm:001A...`` -> (``crm``, ``001A...``)."""
    system, sep, local_id = text.partition(":")
    if not sep or not system or not local_id:
        raise ConfigError(f"{text!r}: name a record as SYSTEM:LOCAL_ID, e.g. erp:0000100001")
    return system, local_id


def ordered(a: RecordKey, b: RecordKey) -> tuple[RecordKey, RecordKey]:
    """A pair of records in one fixed order, so a pair is stored and found one way only."""
    return (a, b) if a <= b else (b, a)


# ------------------------------------------------------------------ the review queue
def reviews(store: HubStore, flow: str | None = None, status: str | None = "open",
            ids: Iterable[int] | None = None) -> pd.DataFrame:
    """Rows of the review queue, oldest first."""
    r = t.match_review
    query = sa.select(r).order_by(r.c.id)
    if flow:
        query = query.where(r.c.flow == flow)
    if status:
        query = query.where(r.c.status == status)
    if ids is not None:
        query = query.where(r.c.id.in_(list(ids)))
    return store.frame(query)


def already_open(store: HubStore, entity: str, pairs: pd.DataFrame, conn: sa.Connection | None = None) -> pd.Series:
    """Which of ``pairs`` (system_a, local_a, system_b, local_b, golden_a, golden_b) are in the
    queue already: an open review of the same two records, or of the same two golden records."""
    if pairs.empty:
        return pd.Series(False, index=pairs.index, dtype=bool)
    r = t.match_review
    columns = [r.c.system_a, r.c.local_a, r.c.system_b, r.c.local_b, r.c.golden_a, r.c.golden_b]
    goldens = set(pairs["golden_a"]) | set(pairs["golden_b"])
    found = [store.frame_in(lambda chunk: sa.select(*columns).where(r.c.entity == entity, r.c.status == "open",
                                                                    r.c.golden_a.in_(chunk)), goldens, conn),
             store.frame_in(lambda chunk: sa.select(*columns).where(r.c.entity == entity, r.c.status == "open",
                                                                    r.c.golden_b.in_(chunk)), goldens, conn)]
    for system, group in pairs.groupby("system_a"):
        found.append(store.frame_in(lambda chunk: sa.select(*columns).where(
            r.c.entity == entity, r.c.status == "open", r.c.system_a == system, r.c.local_a.in_(chunk)),
            group["local_a"], conn))
    rows = pd.concat(found, ignore_index=True)
    records = set(zip(rows["system_a"], rows["local_a"], rows["system_b"], rows["local_b"]))
    golden_pairs = {frozenset(p) for p in zip(rows["golden_a"], rows["golden_b"])}
    return pd.Series([(sa_, la, sb, lb) in records or frozenset((ga, gb)) in golden_pairs
                      for sa_, la, sb, lb, ga, gb in zip(pairs["system_a"], pairs["local_a"], pairs["system_b"],
                                                         pairs["local_b"], pairs["golden_a"], pairs["golden_b"])],
                     index=pairs.index, dtype=bool)


def decide(store: HubStore, ids: list[int], accept: bool, reason: str | None = None,
           by: str | None = None) -> dict[str, list[int]]:
    """Accept (the records are one entity) or reject (they are not) open reviews.

    Returns the ids decided and the ids that were not open (unknown, or decided before).
    """
    ids = list(dict.fromkeys(ids))
    by = by or actor()
    now = utcnow()
    r, d = t.match_review, t.match_decision
    done, skipped = [], []
    with store.begin() as conn:
        rows = store.frame(sa.select(r).where(r.c.id.in_(ids)), conn).set_index("id")
        for review_id in ids:
            if review_id not in rows.index or rows.loc[review_id, "status"] != "open":
                skipped.append(review_id)
                continue
            row = rows.loc[review_id]
            conn.execute(r.update().where(r.c.id == review_id).values(
                status="accepted" if accept else "rejected", decided_at=now, decided_by=by, reason=reason))
            conn.execute(d.insert().values(
                entity=row["entity"], system_a=row["system_a"], local_a=row["local_a"], system_b=row["system_b"],
                local_b=row["local_b"], decision="must_link" if accept else "cannot_link", review_id=review_id,
                decided_by=by, reason=reason, decided_at=now))
            done.append(review_id)
    return {"decided": done, "not_open": skipped}


# ------------------------------------------------------------------ decisions without a review
def _golden_of(store: HubStore, entity: str, record: RecordKey, conn: sa.Connection) -> str:
    x = t.xref
    golden_id = conn.execute(sa.select(x.c.golden_id).where(
        x.c.entity == entity, x.c.system == record[0], x.c.local_id == record[1], x.c.deleted_at.is_(None))).scalar()
    if golden_id is None:
        raise RunError(f"no live {entity} record {record[0]}:{record[1]} in the hub store (see the xref of a run "
                       f"of the flow)")
    return golden_id


def split(store: HubStore, entity: str, record: RecordKey, reason: str, by: str | None = None) -> dict:
    """Take a record out of its golden record (at the next run of the flow, and for good)."""
    x = t.xref
    with store.begin() as conn:
        golden_id = _golden_of(store, entity, record, conn)
        others = conn.execute(sa.select(sa.func.count()).select_from(x).where(
            x.c.entity == entity, x.c.golden_id == golden_id, x.c.deleted_at.is_(None),
            sa.not_(sa.and_(x.c.system == record[0], x.c.local_id == record[1])))).scalar()
        if not others:
            raise RunError(f"{record[0]}:{record[1]} is the only live record of golden record {golden_id}: "
                           f"nothing to split it from")
        decision_id = conn.execute(t.match_decision.insert().values(
            entity=entity, system_a=record[0], local_a=record[1], decision="split", golden_id=golden_id,
            decided_by=by or actor(), reason=reason, decided_at=utcnow())).inserted_primary_key[0]
    return {"decision_id": decision_id, "golden_id": golden_id, "other_members": int(others)}


def force_merge(store: HubStore, entity: str, a: RecordKey, b: RecordKey, reason: str,
                by: str | None = None) -> dict:
    """Put two records in one golden record (at the next run of the flow, and for good)."""
    if a == b:
        raise ConfigError(f"{a[0]}:{a[1]} twice: a merge needs two records")
    a, b = ordered(a, b)
    with store.begin() as conn:
        golden_a, golden_b = _golden_of(store, entity, a, conn), _golden_of(store, entity, b, conn)
        decision_id = conn.execute(t.match_decision.insert().values(
            entity=entity, system_a=a[0], local_a=a[1], system_b=b[0], local_b=b[1], decision="must_link",
            decided_by=by or actor(), reason=reason, decided_at=utcnow())).inserted_primary_key[0]
    return {"decision_id": decision_id, "golden_a": golden_a, "golden_b": golden_b}


# ------------------------------------------------------------------ what a run's merge reads
def pending(store: HubStore, entity: str, conn: sa.Connection | None = None) -> pd.DataFrame:
    """Decisions no run has applied yet (made since the last run)."""
    d = t.match_decision
    return store.frame(sa.select(d).where(d.c.entity == entity, d.c.applied_run_id.is_(None)).order_by(d.c.id), conn)


def touching(store: HubStore, entity: str, records: pd.DataFrame, conn: sa.Connection | None = None) -> pd.DataFrame:
    """Every decision about any of ``records`` (columns system, local_id)."""
    d = t.match_decision
    frames = []
    for system, group in records.groupby("system"):
        ids = list(dict.fromkeys(group["local_id"]))
        for start in range(0, len(ids), IN_CHUNK):
            chunk = ids[start:start + IN_CHUNK]
            frames.append(store.frame(sa.select(d).where(d.c.entity == entity, sa.or_(
                sa.and_(d.c.system_a == system, d.c.local_a.in_(chunk)),
                sa.and_(d.c.system_b == system, d.c.local_b.in_(chunk)))), conn))
    if not frames:
        return store.frame(sa.select(d).where(sa.false()), conn)
    return pd.concat(frames, ignore_index=True).drop_duplicates("id").sort_values("id", ignore_index=True)


def members_when_split(store: HubStore, entity: str, splits: pd.DataFrame,
                       conn: sa.Connection | None = None) -> dict[int, list[RecordKey]]:
    """For each split decision: the other members its golden record had when it was decided."""
    h = t.xref_history
    out = {}
    for decision_id, system, local_id, golden_id, at in zip(splits["id"], splits["system_a"], splits["local_a"],
                                                             splits["golden_id"], splits["decided_at"]):
        rows = store.frame(sa.select(h.c.system, h.c.local_id).where(
            h.c.entity == entity, h.c.golden_id == golden_id, h.c.valid_from <= at,
            sa.or_(h.c.valid_to.is_(None), h.c.valid_to > at)), conn)
        out[int(decision_id)] = [(s, lid) for s, lid in zip(rows["system"], rows["local_id"])
                                 if (s, lid) != (system, local_id)]
    return out


def constraints(decisions: pd.DataFrame, split_members: dict[int, list[RecordKey]]):
    """What the decisions ask of clustering, the newest decision winning where they disagree.

    Returns (must-link pairs, cannot-link pairs, split records with the golden record each
    leaves). A pair's newest must-link or cannot-link is the one that counts; a split cancels
    the record's older must-links and becomes cannot-links against the members of its golden
    record at the time, unless a newer must-link brought the record back.
    """
    decisions = decisions.sort_values(["decided_at", "id"], kind="stable")
    pair_decision: dict[tuple[RecordKey, RecordKey], tuple[str, object]] = {}
    last_split: dict[RecordKey, tuple[object, int, str]] = {}
    last_link: dict[RecordKey, object] = {}
    for row in decisions.itertuples(index=False):
        a = (row.system_a, row.local_a)
        if row.decision == "split":
            last_split[a] = (row.decided_at, int(row.id), row.golden_id)
            continue
        b = (row.system_b, row.local_b)
        pair_decision[ordered(a, b)] = (row.decision, row.decided_at)
        if row.decision == "must_link":
            last_link[a] = last_link[b] = row.decided_at
    must, cannot = [], []
    for (a, b), (kind, at) in pair_decision.items():
        if kind == "cannot_link":
            cannot.append((a, b))
        elif not any(r in last_split and last_split[r][0] > at for r in (a, b)):
            must.append((a, b))
    free: dict[RecordKey, str] = {}
    for record, (at, decision_id, golden_id) in last_split.items():
        if record in last_link and last_link[record] > at:
            continue  # merged back by a later decision
        free[record] = golden_id
        cannot.extend(ordered(record, other) for other in split_members.get(decision_id, []))
    return must, cannot, free


# ------------------------------------------------------------------ for people
def _labels(store: HubStore, entity: str, records: set[RecordKey]) -> dict[RecordKey, str]:
    """A short label per record (its name, city and country as the hub holds them)."""
    frames = [store.xref_rows(entity, system=system, local_ids=[lid for s, lid in records if s == system])
              for system in {s for s, _ in records}]
    out = {}
    for frame in frames:
        for system, local_id, record in zip(frame["system"], frame["local_id"], frame["record"]):
            values = json.loads(record) if record else {}
            out[(system, local_id)] = ", ".join(str(values[k]) for k in ("name", "city", "country") if values.get(k))
    return out


def describe(store: HubStore, rows: pd.DataFrame) -> list[str]:
    """One line per review for ``synchub review list``."""
    lines = []
    for entity, group in rows.groupby("entity", sort=False):
        records = set(zip(group["system_a"], group["local_a"])) | set(zip(group["system_b"], group["local_b"]))
        label = _labels(store, entity, records)
        for row in group.itertuples(index=False):
            a, b = (row.system_a, row.local_a), (row.system_b, row.local_b)
            line = (f"#{row.id} {row.status} p={row.probability:.3f} {row.flow}: "
                    f"{a[0]}:{a[1]} [{label.get(a, '?')}] (golden {row.golden_a[:8]})  <->  "
                    f"{b[0]}:{b[1]} [{label.get(b, '?')}] (golden {row.golden_b[:8]})")
            if row.status != "open":
                line += f"  {row.status} by {row.decided_by}" + (f": {row.reason}" if row.reason else "")
            lines.append(line)
    return lines
