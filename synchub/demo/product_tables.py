"""The products of the demo systems: seeding the ERP item master, the SCM items and the CRM price
book from one catalogue, with their ground truth, and what a day of business does to them.

Each product is in the ERP with probability ~0.9, the SCM ~0.85 and the CRM ~0.6 (always in
one); so most are planted duplicates across two or three systems, each written in its own style
(:mod:`~synchub.demo.product_styles`). The truth is a table like the customers' (``system``,
``local_id``, ``true_id``; ``true_id`` "P000001", ...), kept in its own file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
from sqlalchemy import bindparam, create_engine, func, select, update

from synchub.demo.arrays import obj_array, subset
from synchub.demo.catalogue import make_products
from synchub.demo.crm_style import salesforce_ids
from synchub.demo.product_styles import render_crm_products, render_erp_items, render_scm_items
from synchub.demo.schemas import crm_product, erp_mara, scm_item
from synchub.demo.vocabulary import ERP_UNITS, SEED_NOW, SYSTEMS
from synchub.demo.writer import bulk_engine, check_urls, insert_rows, sync_sequence

__all__ = ["PRODUCT_TRUTH_COLUMNS", "default_product_count", "mutate_products", "seed_products"]

PRODUCT_TRUTH_COLUMNS = ["system", "local_id", "true_id"]
PRESENCE = np.array([0.60, 0.90, 0.85])
"""Share of the products each system carries: CRM, ERP, SCM."""
IN_CHUNK = 1000

_NOW = np.datetime64(SEED_NOW, "s")


def default_product_count(customers: int) -> int:
    """Products of a demo with ``customers`` companies: one for every five, at least 50."""
    return max(50, customers // 5)


def _times(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(created, last modified) of product records, within two years before SEED_NOW."""
    created = _NOW - rng.integers(86400, 720 * 86400, size=n).astype("timedelta64[s]")
    left = (_NOW - created).astype(np.int64)
    modified = created + (rng.random(n) * (left - 1)).astype("timedelta64[s]")
    return created, modified


def _with_gtin(true_ids, gtins) -> set[str]:
    """The products of these rows whose GTIN is written and valid."""
    from synchub.matching.normalise.products import gtins as read_gtins

    valid = read_gtins(pd.Series(list(gtins), dtype=object))["valid"].fillna(False).to_numpy(dtype=bool)
    return set(np.asarray(true_ids, dtype=object)[valid])


def seed_products(urls: Mapping[str, str], rng: np.random.Generator, n: int) -> tuple[pd.DataFrame, list[int]]:
    """Write ``n`` products into the product tables of the systems named in ``urls`` (already
    reset). Returns the product truth and the SCM's item ids. The draws of each system come from
    ``rng`` in a fixed order whichever systems are named, so a system's data does not depend on
    the others."""
    systems = check_urls(urls)
    prod = make_products(rng, n)
    p = rng.random((n, 3)) < PRESENCE
    p[~p.any(axis=1), 1] = True
    truth_parts, item_ids = [], []
    with_gtin: set[str] = set()  # products the ERP or the CRM holds with a GTIN
    for j, system in enumerate(SYSTEMS):
        rows = np.flatnonzero(p[:, j])
        rows = rows[rng.permutation(len(rows))]
        sub = subset(prod, rows)
        created, modified = _times(rng, len(rows))
        if system == "crm":
            ids = salesforce_ids(rng, len(rows), prefix="01t")
            by_id = np.argsort(np.array(ids))
            ids, sub = [ids[i] for i in by_id], subset(sub, by_id)
            data = {"Id": ids, **render_crm_products(sub, rng, created[by_id], modified[by_id])}
            table = crm_product
            with_gtin |= _with_gtin(sub["true_id"], data["GTIN__c"])
        elif system == "erp":
            data = render_erp_items(sub, rng, modified)
            ids, table = data["MATNR"], erp_mara
            with_gtin |= _with_gtin(sub["true_id"], data["EAN11"])
        else:
            ids = list(range(1, len(rows) + 1))
            allowed = np.array([i in with_gtin for i in sub["true_id"]], dtype=bool)
            data, table = render_scm_items(sub, rng, modified, ids, allowed), scm_item
            item_ids = ids
        if system not in systems:
            continue
        engine = bulk_engine(urls[system])
        try:
            with engine.begin() as conn:
                insert_rows(conn, table, data)
                if system == "scm":
                    sync_sequence(conn, table, "item_id")
        finally:
            engine.dispose()
        truth_parts.append(pd.DataFrame({"system": system, "local_id": [str(i) for i in ids],
                                         "true_id": sub["true_id"]}))
    truth = pd.concat(truth_parts, ignore_index=True) if truth_parts else pd.DataFrame(columns=PRODUCT_TRUTH_COLUMNS)
    return truth.astype(str)[PRODUCT_TRUTH_COLUMNS], item_ids if "scm" in systems else []


# ------------------------------------------------------------------ mutate


_TABLE = {"crm": crm_product, "erp": erp_mara, "scm": scm_item}
_KEY = {"crm": "Id", "erp": "MATNR", "scm": "item_id"}
_CURSOR = {"crm": "LastModifiedDate", "erp": "CHANGED_TS", "scm": "updated_at"}
_DELETED = {"crm": ("IsDeleted", True), "erp": ("LVORM", "X"), "scm": ("active", 0)}
_MATNR = re.compile(r"^([A-Z]{2})-?0*(\d+)$")
_ERP_UNIT = {v: k for k, v in ERP_UNITS.items()}


def _live(system: str, flag) -> bool:
    if system == "crm":
        return not bool(flag)
    if system == "erp":
        return (flag or "").strip().upper() != "X"
    return flag is None or int(flag) != 0


def _stamp(conn, system: str) -> datetime:
    """Now (naive UTC, whole seconds), or one second past the newest cursor if the clock lags."""
    newest = conn.execute(select(func.max(_TABLE[system].c[_CURSOR[system]]))).scalar()
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    if newest is not None and system == "erp":
        newest = datetime.strptime(str(int(newest)), "%Y%m%d%H%M%S")
    if newest is not None and newest >= now:
        return newest.replace(microsecond=0) + timedelta(seconds=1)
    return now


def _cursor(system: str, stamp: datetime):
    return int(stamp.strftime("%Y%m%d%H%M%S")) if system == "erp" else stamp


def _erp_products(conn, matnrs: Sequence[str], true_ids: Sequence[str]) -> dict[str, np.ndarray]:
    """Canonical products read back from item-master rows, to be copied into another system."""
    from synchub.matching.normalise.products import gtin

    t = erp_mara
    rows = {r.MATNR: r for r in conn.execute(select(t).where(t.c.MATNR.in_(list(matnrs))))}
    out: dict[str, list] = {k: [] for k in ("true_id", "sku_letters", "sku_number", "gtin", "gtin_kind", "name",
                                            "name_zh", "brand", "unit", "pack_size", "weight_kg", "price",
                                            "currency")}
    for key, true_id in zip(matnrs, true_ids):
        r = rows[key]
        m = _MATNR.match(r.MATNR)
        if m is None:
            continue
        code, valid = gtin(r.EAN11)
        out["true_id"].append(true_id)
        out["sku_letters"].append(m.group(1))
        out["sku_number"].append(int(m.group(2)))
        out["gtin"].append(code if valid else None)
        out["gtin_kind"].append(None if not valid else "upca" if code.startswith("00") else "ean13")
        out["name"].append(r.MAKTX)
        out["name_zh"].append(None)
        out["brand"].append(r.ZZBRAND)
        out["unit"].append(_ERP_UNIT.get(r.MEINS, "EA"))
        out["pack_size"].append(1)
        out["weight_kg"].append(None if r.BRGEW is None else float(r.BRGEW))
        out["price"].append(None if r.NETPR is None else float(r.NETPR))
        out["currency"].append(r.WAERS)
    return {k: obj_array(v) for k, v in out.items()}


def _concat(parts: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    parts = [p for p in parts if p and len(p["true_id"])]
    return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]} if parts else {}


def _change(system: str, row, rng: np.random.Generator) -> dict:
    """The new value of one field of a changed row: a price or name (ERP, CRM), a weight or pack
    size (SCM)."""
    u = rng.random()
    factor = float(rng.choice([0.8, 0.9, 1.1, 1.25]))
    if system == "erp":
        return {"NETPR": round(float(row.NETPR or 10) * factor, 2)} if u < 0.7 else {"MAKTX": (row.MAKTX + " V2")[:40]}
    if system == "scm":
        if u < 0.6:
            return {"weight_kg": round(float(row.weight_kg or 1) * factor, 3)}
        return {"pack_size": int(rng.choice([6, 12, 24, 48])) if (row.pack_size or 1) == 1 else 1}
    return {"UnitPrice": round(float(row.UnitPrice or 10) * factor, 2)} if u < 0.5 else {"Name": row.Name + " Pro"}


def _changes(system: str, rows: list, rng: np.random.Generator) -> dict[str, list]:
    """Per changed column, the value of every row (its old one where another column changed)."""
    changes = [_change(system, r, rng) for r in rows]
    columns = sorted({c for change in changes for c in change})
    return {c: [change.get(c, getattr(r, c)) for change, r in zip(changes, rows)] for c in columns}


def mutate_products(urls: Mapping[str, str], truth: pd.DataFrame, fraction: float = 0.03,
                    seed: int = 7) -> tuple[pd.DataFrame, dict[str, dict[str, int]]]:
    """Change, add and soft-delete about ``fraction`` of the product records of each system, as
    :func:`synchub.demo.mutate` does for customers: ~60% changed (ERP: price or name; SCM: weight
    or pack size; CRM: price or name), ~25% added (copies of item-master products the system
    lacks, else new products in the ERP) and ~15% soft-deleted (``LVORM = 'X'``, ``active = 0``,
    ``IsDeleted``). Returns the new truth and per system {"changed", "added", "deleted"}."""
    systems = check_urls(urls)
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(f"fraction must be between 0 and 1, got {fraction}")
    truth = truth[PRODUCT_TRUTH_COLUMNS].astype(str).reset_index(drop=True)
    numbers = truth["true_id"].str.slice(1).astype(int)
    next_true = int(numbers.max()) + 1 if len(numbers) else 1
    stats = {}
    engines = {s: create_engine(urls[s]) for s in systems}
    try:
        for s in systems:
            rng = np.random.default_rng([seed, 100 + SYSTEMS.index(s)])
            stats[s], new_truth, next_true = _mutate_system(engines, s, truth, fraction, rng, next_true)
            truth = pd.concat([truth, new_truth], ignore_index=True)
    finally:
        for e in engines.values():
            e.dispose()
    return truth.astype(str)[PRODUCT_TRUTH_COLUMNS], stats


def _mutate_system(engines, s: str, truth: pd.DataFrame, fraction: float, rng, next_true: int):
    t, key, (flag, deleted_value) = _TABLE[s], _KEY[s], _DELETED[s]
    with engines[s].connect() as conn:
        rows = sorted(conn.execute(select(t.c[key], t.c[flag])).all(), key=lambda r: r[0])
    keys = [r[0] for r in rows]
    live = [r[0] for r in rows if _live(s, r[1])]
    k = int(round(fraction * len(live)))
    n_changed, n_added = int(round(0.6 * k)), int(round(0.25 * k))
    n_deleted = k - n_changed - n_added
    picked = rng.choice(len(live), size=n_changed + n_deleted, replace=False) if live else np.array([], int)
    changed = sorted(live[i] for i in picked[:n_changed])
    deleted = sorted(live[i] for i in picked[n_changed:])

    # additions: products the item master has and this system lacks, else new ones
    comp: dict[str, np.ndarray] = {}
    copied: list[str] = []
    if s != "erp" and "erp" in engines:
        mine = set(truth.loc[truth["system"] == s, "true_id"])
        erp = truth[(truth["system"] == "erp") & ~truth["true_id"].isin(mine)]
        if len(erp) and n_added:
            chosen = erp.iloc[np.sort(rng.choice(len(erp), size=min(n_added, len(erp)), replace=False))]
            with engines["erp"].connect() as conn:
                comp = _erp_products(conn, list(chosen["local_id"]), list(chosen["true_id"]))
            copied = list(comp["true_id"])
    n_new = n_added - (len(comp["true_id"]) if comp else 0)
    if n_new > 0:
        comp = _concat([comp, make_products(rng, n_new, first_number=next_true)])
        next_true += n_new
    m = len(comp["true_id"]) if comp else 0

    with engines[s].begin() as conn:
        stamp = _stamp(conn, s)
        cursor = _cursor(s, stamp)
        if changed:
            found = list(conn.execute(select(t).where(t.c[key].in_(changed))))
            found.sort(key=lambda r: getattr(r, key))
            values = _changes(s, found, rng)
            stmt = (update(t).where(t.c[key] == bindparam("b_key"))
                    .values({c: bindparam(f"b_{c}") for c in values} | {_CURSOR[s]: cursor}))
            conn.execute(stmt, [{"b_key": getattr(r, key), **{f"b_{c}": v[i] for c, v in values.items()}}
                                for i, r in enumerate(found)])
        for start in range(0, len(deleted), IN_CHUNK):
            conn.execute(update(t).where(t.c[key].in_(deleted[start:start + IN_CHUNK]))
                         .values({flag: deleted_value, _CURSOR[s]: cursor}))
        new_keys: list = []
        if m:
            when = np.full(m, np.datetime64(stamp, "s"))
            if s == "crm":
                new_keys = salesforce_ids(rng, m, prefix="01t", taken=set(keys))
                data = {"Id": new_keys, **render_crm_products(comp, rng, when, when)}
            elif s == "erp":
                data = render_erp_items(comp, rng, when)
                data["CHANGED_TS"] = [cursor] * m
                new_keys = data["MATNR"]
            else:
                start = max((int(x) for x in keys), default=0) + 1
                new_keys = list(range(start, start + m))
                # only copies of item-master products with their GTIN may get the warehouse's own code
                allowed = np.array([g is not None for g in comp["gtin"]]) & np.isin(comp["true_id"], copied)
                data = render_scm_items(comp, rng, when, new_keys, allowed)
            insert_rows(conn, t, data)
            if s == "scm":
                sync_sequence(conn, t, "item_id")
    stats = {"changed": len(changed), "added": m, "deleted": len(deleted)}
    new_truth = pd.DataFrame({"system": s, "local_id": [str(x) for x in new_keys],
                              "true_id": list(comp["true_id"]) if m else []})
    return stats, new_truth, next_true
