"""The products flow on the generated demo systems: planted duplicates, owner survivorship,
no echo, and an incremental run after random changes."""

from __future__ import annotations

import pandas as pd
import sqlalchemy as sa

from synchub import demo
from synchub.records import from_json_lines
from synchub.store import schema as t
from tests.pipeline.agreement import disagreements
from tests.pipeline.truth import pair_scores


def _writes(figures: dict) -> int:
    return sum(s.get("created", 0) + s.get("updated", 0) for s in figures["systems"].values())


def _table(url: str, name: str) -> pd.DataFrame:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return pd.read_sql(sa.text(f'SELECT * FROM "{name}"'), conn)
    finally:
        engine.dispose()


def _texts(values: pd.Series, fmt: str) -> list:
    """Native numbers as canonical text (None where missing)."""
    return [None if pd.isna(v) else fmt.format(v) for v in values]


def _goldens(store) -> pd.DataFrame:
    from synchub.canonical import PRODUCT

    rows = store.frame(sa.select(t.golden).where(t.golden.c.entity == "product", t.golden.c.status == "active"))
    return from_json_lines(rows.set_index("golden_id")["record"], PRODUCT.field_names)


def _members(store, system: str) -> pd.Series:
    xref = store.xref_rows("product", system=system)
    return xref.set_index("local_id")["golden_id"]


def test_the_planted_duplicate_products_become_one_golden_product_each_and_owners_win(hub):
    truth = demo.seed_systems(hub.urls).products  # the default demo: 1,000 companies, 200 products, seed 42
    first = hub.run("products")
    store = hub.store()

    # every planted duplicate group is one golden product, and no two products are merged
    scores = pair_scores(truth, store.xref_rows("product"))
    assert scores.records > 0.98 * len(truth)  # a few CRM rows are held: their GTIN's check digit fails
    assert scores.true_pairs > 250
    assert scores.wrong == [] and scores.missed == []
    assert first["goldens"]["goldens_new"] == truth["true_id"].nunique()

    goldens = _goldens(store)
    # the ERP owns the price: every golden product the item master has takes its price from there
    mara = _table(hub.urls["erp"], "MARA").set_index("MATNR")
    erp = _members(store, "erp")
    erp_price = _texts(mara["NETPR"].reindex(erp.index), "{:.2f}")
    assert goldens.loc[erp.to_numpy(), "list_price"].tolist() == erp_price
    # the SCM owns weight and pack size, even where the item master holds an older weight
    items = _table(hub.urls["scm"], "item")
    items.index = items["item_id"].astype(str)
    scm = _members(store, "scm")
    seeded = scm[scm.index.isin(items.index)]
    weights = _texts(items.loc[seeded.index, "weight_kg"], "{:.3f}")
    assert goldens.loc[seeded.to_numpy(), "weight_kg"].tolist() == weights
    packs = _texts(items.loc[seeded.index, "pack_size"], "{:.0f}")
    assert goldens.loc[seeded.to_numpy(), "pack_size"].tolist() == packs
    stale = pd.Series(_texts(mara["BRGEW"].reindex(erp.index), "{:.3f}"), index=erp.index)
    both = erp[erp.isin(set(seeded))]
    assert (stale[both.index].to_numpy() != goldens.loc[both.to_numpy(), "weight_kg"].to_numpy()).sum() > 10

    # the CRM price book now carries the item master's prices, the SCM its SKUs
    crm = _table(hub.urls["crm"], "Product2").set_index("Id")
    linked = _members(store, "crm")
    crm_prices = crm.loc[linked.index.intersection(crm.index), "UnitPrice"]
    assert _texts(crm_prices, "{:.2f}") == goldens.loc[linked[crm_prices.index].to_numpy(), "list_price"].tolist()
    assert crm_prices.notna().sum() > 150
    assert disagreements(hub.project(), store, "products") == []
    store.dispose()

    assert _writes(hub.run("products")) == 0


def test_after_demo_mutate_a_products_run_touches_only_what_changed_and_all_systems_agree(hub):
    truth = demo.seed_systems(hub.urls, customers=300, seed=11, products=150).products
    hub.run("products")
    assert _writes(hub.run("products")) == 0

    truth, changes = demo.mutate_products(hub.urls, truth, fraction=0.08, seed=5)
    figures = hub.run("products")
    for system, done in changes.items():
        seen = figures["systems"][system]
        assert 0 < seen["changed"] <= done["changed"] + done["added"], system
        assert seen["deleted"] == done["deleted"], system
    store = hub.store()
    scores = pair_scores(truth, store.xref_rows("product"))
    assert scores.wrong == [] and scores.missed == []
    assert disagreements(hub.project(), store, "products") == []
    store.dispose()
    assert _writes(hub.run("products")) == 0
