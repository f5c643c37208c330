"""The rest of each system besides its customers: products, stock, orders, open items, contacts,
opportunities and deliveries, a few hundred rows each.

Kept simple: they exist so that later flows (items, orders) have something to read, and they
refer to the customer records that :func:`synchub.demo.generator.seed` wrote.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Table

from synchub.demo.arrays import datetime_list, decimal_text, digit_strings, pick
from synchub.demo.crm_style import salesforce_ids
from synchub.demo.erp_style import erp_date, erp_timestamp
from synchub.demo.schemas import (
    crm_contact,
    crm_opportunity,
    erp_bsid,
    erp_mara,
    erp_vbak,
    scm_delivery,
    scm_item,
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


def _ean13(rng: np.random.Generator, n: int) -> list[str]:
    """EAN-13 codes (GS1 prefix 400-440, Germany) with a valid check digit."""
    d = rng.integers(0, 10, size=(n, 12))
    d[:, 0], d[:, 1] = 4, rng.integers(0, 4, size=n)
    check = (10 - (d * np.tile([1, 3], 6)).sum(axis=1) % 10) % 10
    return digit_strings(np.concatenate([d, check[:, None]], axis=1)).tolist()


_NOW = np.datetime64(SEED_NOW, "s")
_N_PRODUCTS = 120


def _past(rng: np.random.Generator, k: int, days: int = 720) -> np.ndarray:
    """``k`` instants within ``days`` before :data:`SEED_NOW`."""
    return _NOW - rng.integers(3600, days * 86400, size=k).astype("timedelta64[s]")


@dataclass(frozen=True)
class _Products:
    """The products both the ERP (materials) and the SCM (items) carry, most in both."""

    desc: list[str]
    gtin: list[str]
    price: np.ndarray
    in_erp: np.ndarray
    in_scm: np.ndarray


def _products(rng: np.random.Generator) -> _Products:
    n_prod = _N_PRODUCTS
    adjectives = pick(rng, PRODUCT_ADJECTIVES, n_prod)
    nouns = pick(rng, PRODUCT_NOUNS, n_prod)
    models = decimal_text(rng.integers(10, 999, size=n_prod))
    desc = [f"{a} {b} {m}" for a, b, m in zip(adjectives, nouns, models)]
    gtin = _ean13(rng, n_prod)
    price = np.round(rng.uniform(2, 2500, size=n_prod), 2)
    in_erp = rng.random(n_prod) < 0.92
    in_scm = rng.random(n_prod) < 0.90
    in_scm[~in_erp] = True
    return _Products(desc, gtin, price, in_erp, in_scm)


def _erp_rows(rng: np.random.Generator, products: _Products, kna1: Sequence[str]) -> list[tuple[Table, dict]]:
    """Materials (MARA), sales orders (VBAK) and open items (BSID) of the ERP's customers."""
    desc, gtin, price = products.desc, products.gtin, products.price
    ie = np.flatnonzero(products.in_erp)
    mara = {
        "MATNR": [f"{100000 + i:018d}" for i in ie],
        "MAKTX": [desc[i].upper()[:40] for i in ie],
        "EAN11": [gtin[i] for i in ie],
        "MEINS": pick(rng, ["ST", "KAR", "KG", "M"], len(ie), [0.7, 0.15, 0.1, 0.05]).tolist(),
        "NETPR": [float(price[i]) for i in ie],
        "WAERS": ["EUR"] * len(ie),
        "CHANGED_TS": erp_timestamp(_past(rng, len(ie))).tolist(),
    }
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
    return [(erp_mara, mara), (erp_vbak, vbak), (erp_bsid, bsid)]


def _scm_rows(rng: np.random.Generator, products: _Products, consignees: Sequence[int]) -> list[tuple[Table, dict]]:
    """Items, stock per warehouse and deliveries to the SCM's consignees."""
    desc, gtin = products.desc, products.gtin
    isc = np.flatnonzero(products.in_scm)
    item_ids = list(range(1, len(isc) + 1))
    item = {
        "item_id": item_ids,
        "sku": [f"SKU-{70000 + i}" for i in isc],
        # Some SCM users store the GTIN-14 form with a leading zero.
        "gtin": [("0" + gtin[i]) if rng.random() < 0.3 else gtin[i] for i in isc],
        "description": [desc[i] for i in isc],
        "uom": pick(rng, ["EA", "BOX", "KG"], len(isc), [0.7, 0.2, 0.1]).tolist(),
        "pack_size": rng.choice([1, 1, 1, 6, 12, 24], size=len(isc)).tolist(),
        "weight_kg": np.round(rng.uniform(0.05, 80, size=len(isc)), 3).tolist(),
        "updated_at": datetime_list(_past(rng, len(isc))),
    }
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
    return [(scm_item, item), (scm_stock, stock), (scm_delivery, delivery)]


def _crm_rows(rng: np.random.Generator, products: _Products, crm_ids: Sequence[str]) -> list[tuple[Table, dict]]:
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
            f"{d} - {q} units" for d, q in zip(pick(rng, products.desc, k_opp), rng.integers(10, 5000, size=k_opp))
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
    urls: Mapping[str, str], systems: Sequence[str], rng: np.random.Generator, local_ids: Mapping[str, list]
) -> None:
    """Write products, stock, orders, open items, contacts, opportunities and deliveries into the
    ``systems`` (those named in ``urls``), referring to the customer ``local_ids`` of each system.

    ERP materials and SCM items share GTINs for most products. The draws come from ``rng`` in a
    fixed order: the products, then the rows of the ERP, the SCM and the CRM where named (so,
    unlike the customers, these rows of one system depend on which others are seeded).
    """
    products = _products(rng)
    if "erp" in systems:
        _write(urls["erp"], _erp_rows(rng, products, local_ids["erp"]))
    if "scm" in systems:
        _write(
            urls["scm"],
            _scm_rows(rng, products, local_ids["scm"]),
            sequences=[(scm_item, "item_id"), (scm_delivery, "delivery_id")],
        )
    if "crm" in systems and local_ids["crm"]:
        _write(urls["crm"], _crm_rows(rng, products, local_ids["crm"]))
