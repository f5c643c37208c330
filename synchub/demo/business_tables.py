"""The rest of each system besides its customers and products: stock, orders, open items,
contacts, opportunities and deliveries, a few hundred rows each.

Kept simple: they exist so that later flows (items, orders) have something to read, and they
refer to the customer records that :func:`synchub.demo.generator.seed` wrote.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from sqlalchemy import Table

from synchub.demo.arrays import datetime_list, decimal_text, pick
from synchub.demo.crm_style import salesforce_ids
from synchub.demo.erp_style import erp_date, erp_timestamp
from synchub.demo.schemas import (
    crm_contact,
    crm_opportunity,
    erp_bsid,
    erp_vbak,
    scm_delivery,
    scm_stock,
)
from synchub.demo.spellings import ascii_slug
from synchub.demo.vocabulary import (
    CONTACT_FIRST_NAMES,
    CONTACT_LAST_NAMES,
    OPPORTUNITY_STAGES,
    PRODUCT_ADJECTIVES,
    PRODUCT_NOUNS,
    SEED_NOW,
)
from synchub.demo.writer import bulk_engine, insert_rows, sync_sequence


_NOW = np.datetime64(SEED_NOW, "s")
_N_PRODUCTS = 120


def _past(rng: np.random.Generator, k: int, days: int = 720) -> np.ndarray:
    """``k`` instants within ``days`` before :data:`SEED_NOW`."""
    return _NOW - rng.integers(3600, days * 86400, size=k).astype("timedelta64[s]")


def _product_names(rng: np.random.Generator) -> list[str]:
    """Product words the opportunities are named after."""
    adjectives = pick(rng, PRODUCT_ADJECTIVES, _N_PRODUCTS)
    nouns = pick(rng, PRODUCT_NOUNS, _N_PRODUCTS)
    models = decimal_text(rng.integers(10, 999, size=_N_PRODUCTS))
    return [f"{a} {b} {m}" for a, b, m in zip(adjectives, nouns, models)]


def _erp_rows(rng: np.random.Generator, kna1: Sequence[str]) -> list[tuple[Table, dict]]:
    """Sales orders (VBAK) and open items (BSID) of the ERP's customers."""
    k_orders = min(300, len(kna1))
    cust = [kna1[i] for i in rng.integers(0, max(len(kna1), 1), size=k_orders)]
    aud = _past(rng, k_orders, 365)
    vbak = {
        "VBELN": [f"{12000 + i:010d}" for i in range(k_orders)],
        "KUNNR": cust,
        "AUDAT": erp_date(aud).tolist(),
        "NETWR": np.round(rng.uniform(100, 250000, size=k_orders), 2).tolist(),
        "WAERK": pick(rng, ["EUR", "USD", "CNY"], k_orders, [0.5, 0.3, 0.2]).tolist(),
        "CHANGED_TS": erp_timestamp(aud).tolist(),
    }
    k_items = min(300, len(kna1))
    bld = _past(rng, k_items, 120)
    bsid = {
        "BELNR": [f"{1400000000 + i:010d}" for i in range(k_items)],
        "KUNNR": [kna1[i] for i in rng.integers(0, max(len(kna1), 1), size=k_items)],
        "BLDAT": erp_date(bld).tolist(),
        "ZFBDT": erp_date(bld + rng.choice([30, 45, 60, 90], size=k_items).astype("timedelta64[D]")).tolist(),
        "WRBTR": np.round(rng.uniform(50, 80000, size=k_items), 2).tolist(),
        "WAERS": pick(rng, ["EUR", "USD", "CNY"], k_items, [0.5, 0.3, 0.2]).tolist(),
        "CHANGED_TS": erp_timestamp(bld).tolist(),
    }
    return [(erp_vbak, vbak), (erp_bsid, bsid)]


def _scm_rows(rng: np.random.Generator, item_ids: Sequence[int], consignees: Sequence[int]) -> list[tuple[Table, dict]]:
    """Stock per warehouse of the SCM's items and deliveries to its consignees."""
    stock = {k: [] for k in ("item_id", "warehouse", "on_hand", "reserved", "safety_stock", "updated_at")}
    for iid in item_ids:
        for wh in rng.choice(["SHA-01", "FRA-01", "CHI-01", "TYO-01"], size=rng.integers(1, 4), replace=False):
            on_hand = float(rng.integers(0, 5000))
            stock["item_id"].append(iid)
            stock["warehouse"].append(str(wh))
            stock["on_hand"].append(on_hand)
            stock["reserved"].append(float(rng.integers(0, on_hand + 1)))
            stock["safety_stock"].append(float(rng.choice([0, 50, 100, 250])) if rng.random() < 0.8 else None)
            stock["updated_at"].append(datetime_list(_past(rng, 1, 30))[0])
    k_del = min(300, len(consignees))
    updated = _past(rng, k_del, 200)
    delivery = {
        "delivery_id": list(range(1, k_del + 1)),
        "consignee_id": [consignees[i] for i in rng.integers(0, max(len(consignees), 1), size=k_del)],
        "order_ref": [f"SO-{12000 + i}" for i in rng.integers(0, 300, size=k_del)],
        "status": pick(rng, ["planned", "picked", "shipped", "delivered"], k_del, [0.15, 0.15, 0.2, 0.5]).tolist(),
        "ship_date": datetime_list(updated - rng.integers(0, 5 * 86400, size=k_del).astype("timedelta64[s]")),
        "updated_at": datetime_list(updated),
    }
    return [(scm_stock, stock), (scm_delivery, delivery)]


def _crm_rows(rng: np.random.Generator, products: list[str], crm_ids: Sequence[str]) -> list[tuple[Table, dict]]:
    """Contacts and opportunities of the CRM's accounts."""
    k_con = min(400, len(crm_ids))
    acc = [crm_ids[i] for i in rng.integers(0, len(crm_ids), size=k_con)]
    first = pick(rng, CONTACT_FIRST_NAMES, k_con)
    last = pick(rng, CONTACT_LAST_NAMES, k_con)
    contact = {
        "Id": salesforce_ids(rng, k_con, prefix="003"),
        "AccountId": acc,
        "FirstName": first.tolist(),
        "LastName": last.tolist(),
        "Email": [f"{ascii_slug(f)}.{ascii_slug(la)}@example.com" for f, la in zip(first, last)],
        "Phone": [None] * k_con,
        "LastModifiedDate": datetime_list(_past(rng, k_con)),
        "IsDeleted": [False] * k_con,
    }
    k_opp = min(300, len(crm_ids))
    stage = pick(rng, OPPORTUNITY_STAGES, k_opp)
    opp = {
        "Id": salesforce_ids(rng, k_opp, prefix="006"),
        "AccountId": [crm_ids[i] for i in rng.integers(0, len(crm_ids), size=k_opp)],
        "Name": [
            f"{d} - {q} units" for d, q in zip(pick(rng, products, k_opp), rng.integers(10, 5000, size=k_opp))
        ],
        "StageName": stage.tolist(),
        "Amount": np.round(rng.uniform(1000, 500000, size=k_opp), 2).tolist(),
        "CurrencyIsoCode": pick(rng, ["EUR", "USD", "CNY", "JPY", "GBP"], k_opp).tolist(),
        "CloseDate": datetime_list(_past(rng, k_opp, 365)),
        "LastModifiedDate": datetime_list(_past(rng, k_opp, 60)),
        "IsDeleted": [False] * k_opp,
    }
    return [(crm_contact, contact), (crm_opportunity, opp)]


def _write(url: str, tables: list[tuple[Table, dict]], sequences: Sequence[tuple[Table, str]] = ()) -> None:
    engine = bulk_engine(url)
    try:
        with engine.begin() as conn:
            for table, rows in tables:
                insert_rows(conn, table, rows)
            for table, column in sequences:
                sync_sequence(conn, table, column)
    finally:
        engine.dispose()


def fill_business_tables(
    urls: Mapping[str, str], systems: Sequence[str], rng: np.random.Generator, local_ids: Mapping[str, list],
    item_ids: Sequence[int] = (),
) -> None:
    """Write stock, orders, open items, contacts, opportunities and deliveries into the
    ``systems`` (those named in ``urls``), referring to the customer ``local_ids`` of each system
    and the SCM's ``item_ids`` (:mod:`~synchub.demo.product_tables` writes the products).

    The draws come from ``rng`` in a fixed order: product words for the opportunities, then the
    rows of the ERP, the SCM and the CRM where named (so, unlike the customers, these rows of one
    system depend on which others are seeded).
    """
    products = _product_names(rng)
    if "erp" in systems:
        _write(urls["erp"], _erp_rows(rng, local_ids["erp"]))
    if "scm" in systems:
        _write(
            urls["scm"],
            _scm_rows(rng, item_ids, local_ids["scm"]),
            sequences=[(scm_delivery, "delivery_id")],
        )
    if "crm" in systems and local_ids["crm"]:
        _write(urls["crm"], _crm_rows(rng, products, local_ids["crm"]))
