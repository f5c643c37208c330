"""Mutator of the demo systems: what a day of business does to the customer master data.

``mutate()`` changes, adds and soft-deletes a small share of the customer records of each
system and stamps every touched row with the current time, so that an incremental run of
SyncHub has something to pick up by cursor. Added records are partly new copies of companies
that another system already has (cross-system duplicates keep arriving), partly brand-new
companies; the truth grows accordingly.

It works on whatever is in the databases: records that SyncHub wrote (with their external
ids set) can be changed or deleted like any other, and their external id is never touched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
from sqlalchemy import bindparam, create_engine, func, select, update

from synchub.demo.arrays import obj_array, subset
from synchub.demo.companies import credit_limits, make_companies
from synchub.demo.crm_style import salesforce_ids
from synchub.demo.erp_style import kunnr, split_name35
from synchub.demo.generator import RENDERERS, TRUTH_COLUMNS
from synchub.demo.phones import AREA_CODES, PHONE_STYLES, parse_phone
from synchub.demo.schemas import crm_account, erp_kna1, scm_consignee
from synchub.demo.spellings import has_cjk, tweak_names
from synchub.demo.vocabulary import (
    CN_ROADS,
    COUNTRIES,
    CRM_COUNTRY_NAME,
    CRM_COUNTRY_VARIANTS,
    CURRENCY,
    DE_STREETS,
    FR_STREETS,
    GB_STREETS,
    ISO3,
    JP_TOWNS,
    SEED_NOW,
    SYSTEMS,
    US_STREETS,
)
from synchub.demo.writer import check_urls, insert_rows, sync_sequence

__all__ = ["mutate"]

IN_CHUNK = 1000
"""Keys per ``WHERE key IN (...)``: below every database's parameter limit."""


@dataclass(frozen=True)
class _Customers:
    """Where a system keeps its customers and how it marks a change and a deletion."""

    table: object
    key: str
    name: tuple[str, ...]
    phone: str
    street: str
    cursor: str
    deleted: str
    deleted_value: object
    columns: tuple[str, ...]
    phone_style: str


_NATIVE = {
    "crm": _Customers(
        crm_account, "Id", ("Name",), "Phone", "BillingStreet", "LastModifiedDate", "IsDeleted", True,
        ("Id", "Name", "BillingStreet", "BillingCity", "BillingPostalCode", "BillingCountry", "Phone",
         "Email__c", "Tax_Id__c", "CurrencyIsoCode", "Credit_Limit__c", "Industry", "LastModifiedDate",
         "IsDeleted"),
        "intl",
    ),
    "erp": _Customers(
        erp_kna1, "KUNNR", ("NAME1", "NAME2"), "TELF1", "STRAS", "CHANGED_TS", "LOEVM", "X",
        ("KUNNR", "NAME1", "NAME2", "STRAS", "ORT01", "PSTLZ", "LAND1", "TELF1", "SMTP_ADDR", "STCD1",
         "WAERS", "KLIMK", "CHANGED_TS", "LOEVM"),
        "erp",
    ),
    "scm": _Customers(
        scm_consignee, "consignee_id", ("consignee_name",), "contact_phone", "addr_line1", "updated_at",
        "active", 0,
        ("consignee_id", "consignee_name", "addr_line1", "city", "zip", "country_code", "contact_phone",
         "contact_email", "tax_no", "updated_at", "active"),
        "scm",
    ),
}

# Every spelling of a country the CRM may hold, upper-cased, to its ISO alpha-2 code.
_CRM_COUNTRY = {
    v.upper(): iso
    for iso in COUNTRIES
    for v in (CRM_COUNTRY_NAME[iso], *CRM_COUNTRY_VARIANTS[iso], iso, ISO3[iso])
}
_ISO3_TO_2 = {v: k for k, v in ISO3.items()}


def _read_keys(engine, system: str) -> tuple[np.ndarray, np.ndarray]:
    """(keys, live) of every customer row, sorted by key in Python order, so that the choice
    of records does not depend on the database's collation. Only two columns: reading whole
    rows of a million customers through the type processors takes far longer."""
    spec = _NATIVE[system]
    t = spec.table
    with engine.connect() as conn:
        rows = conn.execute(select(t.c[spec.key], t.c[spec.deleted])).all()
    rows.sort(key=lambda r: r[0])
    keys = obj_array([r[0] for r in rows])
    return keys, _live(system, obj_array([r[1] for r in rows]))


def _read_rows(engine, system: str, keys: list) -> dict[str, np.ndarray]:
    """The customer rows with the given keys, as a record of arrays in the order of ``keys``."""
    spec = _NATIVE[system]
    t = spec.table
    found: dict = {}
    with engine.connect() as conn:
        for start in range(0, len(keys), IN_CHUNK):
            # numpy integers (from pandas) are not bindable by every driver
            chunk = [k.item() if isinstance(k, np.generic) else k for k in keys[start : start + IN_CHUNK]]
            stmt = select(*(t.c[c] for c in spec.columns)).where(t.c[spec.key].in_(chunk))
            for r in conn.execute(stmt):
                found[r[0]] = r
    ordered = [found[k] for k in keys]
    return {c: obj_array([r[i] for r in ordered]) for i, c in enumerate(spec.columns)}


def _clean(s) -> str | None:
    """A value as a clerk copying it would read it: NFKC (full-width to ASCII), single spaces."""
    if s is None:
        return None
    s = " ".join(unicodedata.normalize("NFKC", str(s)).split())
    return s or None


def _countries(system: str, data: Mapping[str, np.ndarray]) -> np.ndarray:
    """ISO alpha-2 country of every row, None where it cannot be told."""
    if system == "crm":
        return obj_array([_CRM_COUNTRY.get((v or "").strip().upper()) for v in data["BillingCountry"]])
    if system == "erp":
        codes = [(v or "").strip().upper() for v in data["LAND1"]]
        return obj_array([c if c in CURRENCY else None for c in codes])
    return obj_array([_ISO3_TO_2.get((v or "").strip().upper()) for v in data["country_code"]])


def _live(system: str, flags: np.ndarray) -> np.ndarray:
    """Which rows are not soft-deleted, from their deletion flags."""
    if system == "crm":
        return np.array([not bool(v) for v in flags], dtype=bool)
    if system == "erp":
        return np.array([(v or "").strip().upper() != "X" for v in flags], dtype=bool)
    return np.array([v is None or int(v) != 0 for v in flags], dtype=bool)


def _as_int(v) -> int | None:
    return None if v is None else int(v)


def _canonical(system: str, d: Mapping[str, np.ndarray], true_ids) -> dict[str, np.ndarray]:
    """Canonical companies read back from records of a system, to be copied into another."""
    n = len(true_ids)
    country = _countries(system, d)
    if system == "crm":
        name, street, city, post = d["Name"], d["BillingStreet"], d["BillingCity"], d["BillingPostalCode"]
        phone, email, tax = d["Phone"], d["Email__c"], d["Tax_Id__c"]
        currency, credit, industry = d["CurrencyIsoCode"], d["Credit_Limit__c"], d["Industry"]
    elif system == "erp":
        name = obj_array([a if not b else f"{a} {b}" for a, b in zip(d["NAME1"], d["NAME2"])])
        street, city, post = d["STRAS"], d["ORT01"], d["PSTLZ"]
        phone, email, tax = d["TELF1"], d["SMTP_ADDR"], d["STCD1"]
        currency, credit, industry = d["WAERS"], d["KLIMK"], np.full(n, None, dtype=object)
    else:
        name, street, city, post = d["consignee_name"], d["addr_line1"], d["city"], d["zip"]
        phone, email, tax = d["contact_phone"], d["contact_email"], d["tax_no"]
        currency = obj_array([CURRENCY.get(c) for c in country])
        credit, industry = np.full(n, None, dtype=object), np.full(n, None, dtype=object)
    parsed = [parse_phone(p, c) for p, c in zip(phone, country)]
    cleaned_name = obj_array([_clean(x) for x in name])
    cleaned_street = obj_array([_clean(x) for x in street])
    cleaned_city = obj_array([_clean(x) for x in city])
    return {
        "true_id": obj_array(list(true_ids)),
        "country": country,
        "name": cleaned_name,
        "name_en": cleaned_name,
        "street": cleaned_street,
        "street_en": cleaned_street,
        "city": cleaned_city,
        "city_en": cleaned_city,
        "postcode": obj_array([_clean(x) for x in post]),
        "area": obj_array([p[0] if p else None for p in parsed]),
        "sub": obj_array([p[1] if p else None for p in parsed]),
        "email": obj_array([None if not e or not e.strip() else e.strip().lower() for e in email]),
        "tax_id": obj_array([None if not t else re.sub(r"\s", "", t).upper() or None for t in tax]),
        "currency": obj_array(
            [(c or "").strip().upper() or CURRENCY.get(k) for c, k in zip(currency, country)]
        ),
        "credit_limit": obj_array([_as_int(c) for c in credit]),
        "industry": industry,
        "created": np.full(n, np.datetime64(SEED_NOW, "s")),
    }


def _concat(parts: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    parts = [p for p in parts if len(p["name"])]
    if not parts:
        return {}
    return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}


# ------------------------------------------------------------------ changes to one field


def _sub_len(iso: str, area: str) -> int:
    return {"CN": 8, "JP": 9 - len(area), "DE": min(7, 10 - len(area)), "FR": 8, "GB": 10 - len(area), "US": 7}[iso]


def _new_phone(old: str | None, iso: str | None, style: str, rng: np.random.Generator) -> str | None:
    """The same phone with a new line number (last four digits), or a fresh one if none."""
    if old and sum(ch.isdigit() for ch in old) >= 6:
        chars = list(old)
        pos = [i for i, ch in enumerate(chars) if ch.isdigit()][-4:]
        new = old
        while new == old:
            for i in pos:
                chars[i] = str(rng.integers(0, 10))
            new = "".join(chars)
        return new
    if iso not in AREA_CODES:
        return None
    area = AREA_CODES[iso][rng.integers(0, len(AREA_CODES[iso]))]
    sub = str(rng.integers(2, 10)) + "".join(str(x) for x in rng.integers(0, 10, size=_sub_len(iso, area) - 1))
    return PHONE_STYLES[style][iso](area, sub)


def _new_street(old: str | None, iso: str | None, rng: np.random.Generator) -> str | None:
    """Another address in the same city: new road and house number (Chinese districts kept)."""
    no = int(rng.integers(1, 300))
    cjk = old is not None and has_cjk(old)
    if iso == "CN":
        road_cn, road_en = CN_ROADS[rng.integers(0, len(CN_ROADS))]
        if cjk or old is None:
            m = re.match(r"^\s*(.*?(?:区|镇|湖|园区))", old or "")
            new = f"{m.group(1) if m else ''}{road_cn}{no}号"
        else:
            rest = old.split(",", 1)[1] if "," in old else ""
            new = f"No. {no} {road_en}" + (f",{rest}" if rest else "")
    elif iso == "JP":
        town_jp, town_en = JP_TOWNS[rng.integers(0, len(JP_TOWNS))]
        c, b, g = rng.integers(1, 6), rng.integers(1, 31), rng.integers(1, 21)
        new = f"{town_jp}{c}-{b}-{g}" if cjk or old is None else f"{c}-{b}-{g} {town_en}"
    elif iso == "DE":
        new = f"{DE_STREETS[rng.integers(0, len(DE_STREETS))].replace('_', ' ')} {no}"
    elif iso == "FR":
        new = f"{no} {FR_STREETS[rng.integers(0, len(FR_STREETS))]}"
    elif iso == "GB":
        new = f"{no} {GB_STREETS[rng.integers(0, len(GB_STREETS))].replace('_', ' ')}"
    elif iso == "US":
        street = US_STREETS[rng.integers(0, len(US_STREETS))].replace("_", " ")
        new = f"{no * 10 + int(rng.integers(0, 10))} {street}"
    else:
        return None
    if old and old.isupper():  # the ERP keeps some addresses in capitals
        new = new.upper()
    return new if new != old else new + " " + str(no)


def _new_credit(old, currency: str | None, rng: np.random.Generator) -> int:
    if old is None or int(old) <= 0:
        return int(credit_limits(rng, obj_array([currency or "EUR"]))[0])
    factor = rng.choice([0.5, 0.75, 1.25, 1.5, 2.0])
    new = int(round(int(old) * factor / 1000.0) * 1000)
    return new if new != int(old) else int(old) + 1000


# ------------------------------------------------------------------ timestamps


def _stamp(engine, system: str) -> datetime:
    """Now (naive UTC, whole seconds), or one second past the newest cursor if the clock lags.

    A cursor that went backwards would hide the change from an incremental run.
    """
    spec = _NATIVE[system]
    with engine.connect() as conn:
        newest = conn.execute(select(func.max(spec.table.c[spec.cursor]))).scalar()
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    if newest is not None and system == "erp":
        try:
            newest = datetime.strptime(str(int(newest)), "%Y%m%d%H%M%S")
        except ValueError:  # a broken timestamp is no reason to stop
            newest = None
    if newest is not None and newest >= now:
        return newest.replace(microsecond=0) + timedelta(seconds=1)
    return now


def _cursor_value(system: str, stamp: datetime):
    return int(stamp.strftime("%Y%m%d%H%M%S")) if system == "erp" else stamp


# ------------------------------------------------------------------ writes


def _update_many(conn, system: str, keys: list, values: Mapping[str, list], stamp) -> None:
    """One executemany UPDATE: set ``values`` (per row) and the cursor (same for all rows)."""
    if not keys:
        return
    spec = _NATIVE[system]
    t = spec.table
    stmt = (
        update(t)
        .where(t.c[spec.key] == bindparam("b_key"))
        .values({c: bindparam(f"b_{c}") for c in values} | {spec.cursor: _cursor_value(system, stamp)})
    )
    params = [{"b_key": k, **{f"b_{c}": v[i] for c, v in values.items()}} for i, k in enumerate(keys)]
    conn.execute(stmt, params)


def _soft_delete(conn, system: str, keys: list, stamp) -> None:
    """Set-based UPDATE of the deletion flag and the cursor, in chunks of keys."""
    spec = _NATIVE[system]
    t = spec.table
    for start in range(0, len(keys), IN_CHUNK):
        chunk = keys[start : start + IN_CHUNK]
        conn.execute(
            update(t)
            .where(t.c[spec.key].in_(chunk))
            .values({spec.deleted: spec.deleted_value, spec.cursor: _cursor_value(system, stamp)})
        )


def _new_keys(system: str, keys: np.ndarray, n: int, rng: np.random.Generator) -> list:
    if system == "crm":
        return salesforce_ids(rng, n, taken=set(keys))
    if system == "erp":
        numeric = [int(k) for k in keys if k is not None and str(k).strip().isdigit()]
        start = max(numeric, default=100000) + 1
        return kunnr(range(start, start + n))
    start = max((int(k) for k in keys), default=0) + 1
    return list(range(start, start + n))


# ------------------------------------------------------------------ public API


def mutate(
    urls: Mapping[str, str], truth: pd.DataFrame, fraction: float = 0.03, seed: int = 7
) -> tuple[pd.DataFrame, dict[str, dict[str, int]]]:
    """Change, add and soft-delete about `fraction` of customer records in each system.
    Returns (new truth including added records, {system: {"changed": n, "added": n, "deleted": n}}).

    Of the live records of a system, ``round(fraction * live)`` are affected: ~60% changed
    (name spelling, phone line number, street, and in the ERP the credit limit), ~25% added
    (half new copies of companies another system already has, half brand-new companies) and
    ~15% soft-deleted (CRM ``IsDeleted``, ERP ``LOEVM = 'X'``, SCM ``active = 0``). Every touched
    row gets the current UTC time (whole seconds) as its cursor (``LastModifiedDate``,
    ``CHANGED_TS`` as YYYYMMDDhhmmss, ``updated_at``). External-id fields are never written.
    The choice of records and the new values depend only on ``seed`` and the database content.
    """
    systems = check_urls(urls)
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(f"fraction must be between 0 and 1, got {fraction}")
    truth = truth[TRUTH_COLUMNS].astype(str).reset_index(drop=True)
    engines = {s: create_engine(urls[s]) for s in systems}
    try:
        index = {s: _read_keys(engines[s], s) for s in systems}
        numbers = truth["true_id"].str.slice(1).astype(int)
        next_true = int(numbers.max()) + 1 if len(numbers) else 1
        source = _live_records(truth, systems, index)
        stats: dict[str, dict[str, int]] = {}
        added_truth = []
        for s in systems:
            rng = np.random.default_rng([seed, SYSTEMS.index(s)])
            result = _mutate_system(engines, s, index, truth, source, fraction, rng, next_true)
            stats[s], new_truth, next_true = result
            added_truth.append(new_truth)
    finally:
        for e in engines.values():
            e.dispose()
    new = pd.concat([truth, *added_truth], ignore_index=True).astype(str)
    return new[TRUTH_COLUMNS], stats


def _live_records(truth: pd.DataFrame, systems: list[str], index) -> pd.DataFrame:
    """One live record per known company: true_id, system, key (first system in SYSTEMS order,
    then the first in truth order)."""
    parts = []
    for s in systems:
        keys, live = index[s]
        have = pd.DataFrame({"local_id": [str(k) for k in keys[live]], "key": keys[live]})
        mine = truth.loc[truth["system"] == s, ["system", "local_id", "true_id"]]
        parts.append(mine.merge(have, on="local_id", how="inner"))
    if not parts:
        return pd.DataFrame(columns=["true_id", "system", "key"])
    allrec = pd.concat(parts, ignore_index=True)
    allrec["order"] = allrec["system"].map(SYSTEMS.index)
    # A stable sort on one small integer: sorting two million string keys would cost seconds.
    allrec = allrec.sort_values("order", kind="stable")
    return allrec.drop_duplicates("true_id")[["true_id", "system", "key"]].reset_index(drop=True)


def _mutate_system(engines, s, index, truth, source, fraction, rng, next_true):
    """Plan and write the changes of one system; returns (stats, added truth, next true number)."""
    spec = _NATIVE[s]
    engine = engines[s]
    keys, live = index[s]
    live_rows = np.flatnonzero(live)
    k = int(round(fraction * len(live_rows)))
    n_changed = int(round(0.60 * k))
    n_added = int(round(0.25 * k))
    n_deleted = k - n_changed - n_added
    picked = live_rows[rng.choice(len(live_rows), size=n_changed + n_deleted, replace=False)]
    changed, deleted = np.sort(picked[:n_changed]), np.sort(picked[n_changed:])
    d = _read_rows(engine, s, list(keys[changed]))
    country = _countries(s, d)
    stamp = _stamp(engine, s)

    # --- changes: one kind per record
    p = [0.35, 0.2, 0.2, 0.25] if s == "erp" else [0.45, 0.3, 0.25, 0.0]
    kinds = rng.choice(["name", "phone", "street", "credit"], size=len(changed), p=p)
    plan: dict[str, tuple[list, dict[str, list]]] = {}

    def add(kind: str, key, values: dict) -> None:
        entry = plan.setdefault(kind, ([], {c: [] for c in values}))
        entry[0].append(key)
        for c, v in values.items():
            entry[1][c].append(v)

    for i, kind in enumerate(kinds):
        iso, key = country[i], d[spec.key][i]
        if kind == "phone":
            new = _new_phone(d[spec.phone][i], iso, spec.phone_style, rng)
            if new is not None:
                add("phone", key, {spec.phone: new[:30] if s == "erp" else new})
                continue
        elif kind == "street":
            new = _new_street(d[spec.street][i], iso, rng)
            if new is not None:
                add("street", key, {spec.street: new[:60]})
                continue
        elif kind == "credit":
            add("credit", key, {"KLIMK": _new_credit(d["KLIMK"][i], d["WAERS"][i], rng)})
            continue
        # a name tweak, also where a phone or street could not be changed
        if s == "erp":
            full = d["NAME1"][i] if not d["NAME2"][i] else f"{d['NAME1'][i]} {d['NAME2'][i]}"
            n1, n2 = split_name35(tweak_names(obj_array([full]), rng)[0])
            add("name", key, {"NAME1": n1, "NAME2": n2})
        else:
            width = 255 if s == "crm" else 200
            add("name", key, {spec.name[0]: tweak_names(obj_array([d[spec.name[0]][i]]), rng)[0][:width]})

    # --- additions: copies of companies other systems have, and brand-new companies
    mine = set(truth.loc[truth["system"] == s, "true_id"])
    others = source[(source["system"] != s) & ~source["true_id"].isin(mine)]
    n_copy = min((n_added + 1) // 2, len(others))
    chosen = others.iloc[np.sort(rng.choice(len(others), size=n_copy, replace=False))] if n_copy else others.iloc[:0]
    copies = []
    for src in SYSTEMS:
        part = chosen[chosen["system"] == src]
        if len(part):
            copies.append(_canonical(src, _read_rows(engines[src], src, list(part["key"])), part["true_id"]))
    comp = _concat(copies)
    usable = np.array([c is not None for c in comp["country"]], dtype=bool) if comp else np.zeros(0, bool)
    comp = subset(comp, usable) if comp else comp
    n_new = n_added - int(usable.sum())
    fresh = make_companies(rng, n_new, first_number=next_true) if n_new > 0 else None
    next_true += max(n_new, 0)
    comp = _concat([x for x in (comp, fresh) if x])
    m = len(comp["name"]) if comp else 0
    new_keys = _new_keys(s, keys, m, rng)
    rows = None
    if m:
        when = np.full(m, np.datetime64(stamp, "s"))
        rows = RENDERERS[s](comp, rng, when, when)
        if s == "erp":
            rows["CHANGED_TS"] = [_cursor_value(s, stamp)] * m

    with engine.begin() as conn:
        for kkeys, values in plan.values():
            _update_many(conn, s, kkeys, values, stamp)
        _soft_delete(conn, s, list(keys[deleted]), stamp)
        if rows is not None:
            insert_rows(conn, spec.table, {spec.key: new_keys, **rows})
            if s == "scm":
                sync_sequence(conn, spec.table, spec.key)
    n_plan = sum(len(v[0]) for v in plan.values())
    stats = {"changed": n_plan, "added": m, "deleted": len(deleted)}
    added = pd.DataFrame(
        {"system": s, "local_id": [str(x) for x in new_keys], "true_id": list(comp["true_id"]) if m else []}
    )
    return stats, added, next_true
