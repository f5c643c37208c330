"""Seeded generator of the demo data: real-world companies, written into the CRM, the ERP and
the SCM in each system's own style and with the mess that real master data has.

The generator knows the truth that SyncHub has to find out: which records of the three systems
are the same company. ``seed()`` returns it as a table (``system``, ``local_id``, ``true_id``)
so that matching can be scored.

Design notes:

- Everything is drawn from ``numpy.random.Generator`` streams spawned from one ``SeedSequence``,
  one stream per concern (companies, presence, each system, ...), so that the same seed gives
  the same databases and changing how one system is rendered does not reshuffle the others.
- A company is first generated in a canonical form (:mod:`~synchub.demo.companies`, a record of
  arrays, see :mod:`~synchub.demo.arrays`). The renderers of :data:`RENDERERS`
  (:mod:`~synchub.demo.crm_style`, :mod:`~synchub.demo.erp_style`,
  :mod:`~synchub.demo.scm_style`) turn canonical companies into rows of one system;
  ``mutate`` reuses them for added records. Writing (:mod:`~synchub.demo.writer`) is the slow
  part.
- All seeded change timestamps lie before :data:`SEED_NOW` (2026-01-01), so that whatever
  SyncHub or ``mutate`` writes later is newer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from synchub.demo.arrays import subset
from synchub.demo.business_tables import fill_business_tables
from synchub.demo.companies import make_companies
from synchub.demo.crm_style import render_crm, salesforce_ids
from synchub.demo.erp_style import kunnr, render_erp
from synchub.demo.product_tables import default_product_count, seed_products
from synchub.demo.schemas import crm_account, erp_kna1, scm_consignee
from synchub.demo.scm_style import render_scm
from synchub.demo.vocabulary import SEED_NOW, SYSTEMS
from synchub.demo.writer import bulk_engine, check_urls, insert_rows, reset, sync_sequence

__all__ = [
    "RENDERERS",
    "DemoTruth",
    "SEED_NOW",
    "SYSTEMS",
    "TRUTH_COLUMNS",
    "read_truth",
    "reset",
    "seed",
    "seed_systems",
    "write_truth",
]

TRUTH_COLUMNS = ["system", "local_id", "true_id"]
"""Columns of the ground truth: which real-world company (``true_id``) each record is."""

RENDERERS = {"crm": render_crm, "erp": render_erp, "scm": render_scm}
"""How each system writes canonical companies:
``RENDERERS[system](companies, rng, created, modified, tweak)`` gives its customer rows."""


def _record_times(rng: np.random.Generator, company_created: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(created, last modified) of a system record of a company, both before SEED_NOW."""
    now = np.datetime64(SEED_NOW, "s")
    age = (now - company_created).astype(np.int64)
    created = company_created + (rng.random(len(age)) * age * 0.5).astype("timedelta64[s]")
    left = (now - created).astype(np.int64)
    modified = created + (rng.random(len(age)) * (left - 1)).astype("timedelta64[s]")
    return created, modified


@dataclass(frozen=True)
class DemoTruth:
    """The ground truth of a seeded demo: which records are one company, which one product (both
    with the columns of :data:`TRUTH_COLUMNS`; product true ids are "P000001", ...)."""

    customers: pd.DataFrame
    products: pd.DataFrame


def seed(urls: Mapping[str, str], customers: int = 1000, seed: int = 42, products: int | None = None) -> pd.DataFrame:
    """:func:`seed_systems`, returning the customers' ground truth only."""
    return seed_systems(urls, customers=customers, seed=seed, products=products).customers


def seed_systems(urls: Mapping[str, str], customers: int = 1000, seed: int = 42,
                 products: int | None = None) -> DemoTruth:
    """reset() then fill the three systems. Returns the ground truth: for customers one row per
    customer record written, columns system, local_id (str), true_id (str, the real-world company
    the record is); for products the same per product record (ERP item master, SCM item, CRM price
    book; :mod:`~synchub.demo.product_tables`), ``products`` of them (default: one per five
    companies, at least 50).

    Each company is in the ERP with probability ~0.85, the CRM ~0.8 and the SCM ~0.6 (always
    at least one); ~2% of companies have a second record in one system (an in-system
    duplicate, spelled differently). Records are written in a shuffled order, so local ids say
    nothing about which records belong together. Only systems named in ``urls`` are written;
    the customers of each are the same whichever others are named. The products come from a
    stream of their own, so adding them left the customer data of every seed as it was.
    """
    systems = check_urls(urls)
    if customers < 1:
        raise ValueError(f"customers must be at least 1, got {customers}")
    # spawn() numbers its children: the first six are the streams the demo had before products
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(7)]
    r_comp, r_pres, r_crm, r_erp, r_scm, r_other, r_products = streams
    comp = make_companies(r_comp, customers)

    p = r_pres.random((customers, 3)) < np.array([0.80, 0.85, 0.60])  # crm, erp, scm
    p[~p.any(axis=1), 1] = True  # a customer nobody has is no customer: give it to the ERP
    # In-system duplicates: ~2% of companies, in one of the systems that has them.
    dup_company = np.flatnonzero(r_pres.random(customers) < 0.02)
    dup_system = np.empty(len(dup_company), dtype=np.int64)
    for k, i in enumerate(dup_company):
        have = np.flatnonzero(p[i])
        dup_system[k] = have[r_pres.integers(0, len(have))]

    reset(urls)
    truth_parts = []
    local_ids: dict[str, list] = {}
    sys_rng = {"crm": r_crm, "erp": r_erp, "scm": r_scm}
    for j, system in enumerate(SYSTEMS):
        rng = sys_rng[system]
        base = np.flatnonzero(p[:, j])
        extra = dup_company[dup_system == j]
        rows = np.concatenate([base, extra])
        tweak = np.concatenate([np.zeros(len(base), bool), np.ones(len(extra), bool)])
        order = rng.permutation(len(rows))
        rows, tweak = rows[order], tweak[order]
        sub = subset(comp, rows)
        created, modified = _record_times(rng, sub["created"])
        data = RENDERERS[system](sub, rng, created, modified, tweak)
        if system == "crm":
            ids = salesforce_ids(rng, len(rows))
            # Insert in key order: the ids are random, so this keeps the records shuffled,
            # and the primary-key index grows at its end instead of everywhere.
            by_id = np.argsort(np.array(ids))
            ids = [ids[i] for i in by_id]
            data = {c: [v[i] for i in by_id] for c, v in data.items()}
            sub = subset(sub, by_id)
        elif system == "erp":
            ids = kunnr(np.arange(100001, 100001 + len(rows)))
        else:
            ids = list(range(1, len(rows) + 1))
        local_ids[system] = ids
        if system not in systems:
            continue
        key = {"crm": "Id", "erp": "KUNNR", "scm": "consignee_id"}[system]
        table = {"crm": crm_account, "erp": erp_kna1, "scm": scm_consignee}[system]
        engine = bulk_engine(urls[system])
        try:
            with engine.begin() as conn:
                insert_rows(conn, table, {key: ids, **data})
                if system == "scm":
                    sync_sequence(conn, table, "consignee_id")
        finally:
            engine.dispose()
        truth_parts.append(
            pd.DataFrame({"system": system, "local_id": [str(i) for i in ids], "true_id": sub["true_id"]})
        )
    n_products = default_product_count(customers) if products is None else products
    product_truth, item_ids = seed_products(urls, r_products, n_products)
    fill_business_tables(urls, systems, r_other, local_ids, item_ids)
    truth = pd.concat(truth_parts, ignore_index=True) if truth_parts else pd.DataFrame(columns=TRUTH_COLUMNS)
    return DemoTruth(truth.astype(str)[TRUTH_COLUMNS], product_truth)


def write_truth(truth: pd.DataFrame, path: str | Path) -> None:
    """Write the ground truth as UTF-8 CSV (columns system, local_id, true_id)."""
    truth[TRUTH_COLUMNS].to_csv(path, index=False, encoding="utf-8")


def read_truth(path: str | Path) -> pd.DataFrame:
    """Read a ground truth written by :func:`write_truth`; every column is a string.

    Local ids keep their leading zeros ("0000100001").
    """
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in TRUTH_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: not a truth file, columns {missing} are missing")
    return df[TRUTH_COLUMNS]
