"""Tests of the demo products: the item master, the SCM items and the CRM price book, their
planted duplicates and ground truth, and what mutate_products does to them."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from synchub.demo import mutate_products, seed, seed_systems
from synchub.demo.schemas import crm_account, crm_product, erp_kna1, erp_mara, scm_consignee, scm_item
from synchub.matching.normalise import gtins, skus
from tests.unit.demo.sqlite_files import frame, make_urls, rows

PRODUCT_TABLES = {"crm": (crm_product, "Id"), "erp": (erp_mara, "MATNR"), "scm": (scm_item, "item_id")}
CUSTOMER_TABLES = {"crm": crm_account, "erp": erp_kna1, "scm": scm_consignee}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    urls = make_urls(tmp_path_factory.mktemp("products"))
    return urls, seed_systems(urls, customers=200, seed=42, products=300)


def _keys(system: str, table: pd.DataFrame) -> pd.DataFrame:
    """The matching keys of product rows, as the mappings make them."""
    sku, gtin = {"crm": ("ProductCode", "GTIN__c"), "erp": ("MATNR", "EAN11"), "scm": ("sku", "gtin")}[system]
    vendors = ["ACME", "NRD"] if system == "scm" else []
    codes = gtins(table[gtin])
    return pd.DataFrame({"sku_key": skus(table[sku], vendors),
                         "gtin": codes["gtin"].where(codes["valid"].fillna(False).astype(bool), None)})


def test_products_are_planted_in_every_system_with_their_truth(seeded):
    urls, truth = seeded
    products = truth.products
    assert list(products.columns) == ["system", "local_id", "true_id"]
    share = products.groupby("system")["true_id"].nunique() / 300
    assert 0.5 < share["crm"] < 0.7 and 0.85 < share["erp"] < 0.95 and 0.78 < share["scm"] < 0.92
    in_systems = products.groupby("true_id")["system"].nunique()
    assert (in_systems >= 2).mean() > 0.75 and (in_systems == 3).any()
    for system, (table, key) in PRODUCT_TABLES.items():
        local = frame(urls[system], table)[key].astype(str)
        assert set(local) == set(products.loc[products["system"] == system, "local_id"])


def test_each_system_writes_skus_gtins_and_names_its_own_way(seeded):
    urls, _ = seeded
    mara, item, book = (frame(urls[s], PRODUCT_TABLES[s][0]) for s in ("erp", "scm", "crm"))
    assert mara["EAN11"].dropna().str.len().isin([12, 13]).all() and (mara["EAN11"].str.len() == 12).any()
    assert (item["gtin"].dropna().str.len() == 14).any() and (item["gtin"].dropna().str.len() == 13).any()
    assert item["gtin"].isna().any() and book["GTIN__c"].isna().any()
    assert item["sku"].str.startswith(("ACME-", "ACME/", "NRD-", "NRD/")).any()
    assert item["sku"].str.startswith("WH-").any()  # the warehouse's own code
    assert item["sku"].str.contains("[ａ-ｚＡ-Ｚ０-９]").any() and item["description"].str.contains("[Ａ-Ｚ]").any()
    assert book["ProductCode"].str.contains(" ").any() and mara["MATNR"].str.contains(r"-00\d{5}$").any()
    for names in (mara["MAKTX"], item["description"], book["Name"]):
        assert names.str.contains("[\u4e00-\u9fff]").any()
    assert (~gtins(book["GTIN__c"])["valid"].fillna(True)).sum() >= 1  # a mistyped check digit or two


def test_every_planted_duplicate_shares_a_key_and_no_two_products_do(seeded):
    urls, truth = seeded
    keyed = []
    for system, (table, key) in PRODUCT_TABLES.items():
        native = frame(urls[system], table)
        keys = _keys(system, native)
        keys["local_id"] = native[key].astype(str).to_numpy()
        keys["system"] = system
        keyed.append(keys)
    records = pd.concat(keyed, ignore_index=True).merge(truth.products, on=["system", "local_id"])
    for field in ("sku_key", "gtin"):
        owners = records.dropna(subset=[field]).groupby(field)["true_id"].nunique()
        assert (owners == 1).all(), field  # a key never joins two products
    # every record reaches the others of its product through its keys (within the group)
    for true_id, group in records.groupby("true_id"):
        labels = np.arange(len(group))
        for field in ("sku_key", "gtin"):
            values = group[field].to_numpy()
            for value in set(v for v in values if v is not None):
                at = np.flatnonzero(values == value)
                labels[np.isin(labels, labels[at])] = labels[at].min()
        assert len(set(labels)) == 1, true_id


def test_products_change_no_customer_data_and_the_same_seed_gives_the_same_products(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
    a, b, c = (make_urls(tmp_path / name) for name in ("a", "b", "c"))
    seed(a, customers=120, seed=3, products=60)
    seed(b, customers=120, seed=3, products=200)
    seed(c, customers=120, seed=3, products=60)
    for system, table in CUSTOMER_TABLES.items():
        assert rows(a[system], table) == rows(b[system], table)
    for system, (table, _) in PRODUCT_TABLES.items():
        assert rows(a[system], table) == rows(c[system], table)
        assert rows(a[system], table) != rows(b[system], table)


def test_mutate_products_changes_adds_and_deletes_a_few_and_extends_the_truth(tmp_path):
    urls = make_urls(tmp_path)
    truth = seed_systems(urls, customers=100, seed=9, products=400).products
    before = {s: frame(urls[s], t).set_index(k) for s, (t, k) in PRODUCT_TABLES.items()}
    new_truth, stats = mutate_products(urls, truth, fraction=0.05, seed=4)
    for system, (table, key) in PRODUCT_TABLES.items():
        after = frame(urls[system], table).set_index(key)
        done = stats[system]
        live = int(round(0.05 * len(before[system])))
        assert done["changed"] + done["added"] + done["deleted"] == live, system
        assert len(after) == len(before[system]) + done["added"], system
        assert len(new_truth[new_truth["system"] == system]) == len(after), system
    assert new_truth["true_id"].nunique() > truth["true_id"].nunique()  # the ERP got new products
    (tmp_path / "again").mkdir()
    again = make_urls(tmp_path / "again")
    seed_systems(again, customers=100, seed=9, products=400)
    assert mutate_products(again, truth, fraction=0.05, seed=4)[1] == stats
