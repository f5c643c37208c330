"""Tests of seeding the demo systems, on temporary SQLite files: determinism, the truth, and
each system's conventions and mess."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from sqlalchemy import String

import synchub.demo
from synchub import tax_ids
from synchub.demo import read_truth, reset, seed, write_truth
from synchub.demo.schemas import (
    METADATA,
    crm_account,
    crm_contact,
    crm_opportunity,
    erp_bsid,
    erp_kna1,
    erp_mara,
    erp_vbak,
    scm_consignee,
    scm_delivery,
    scm_item,
    scm_stock,
)
from synchub.demo.product_tables import default_product_count
from synchub.demo.vocabulary import COUNTRIES, CRM_COUNTRY_NAME, CRM_COUNTRY_VARIANTS, ISO3, SEED_NOW
from synchub.matching.normalise import gtins
from synchub.tax_ids import is_valid_uscc
from tests.unit.demo.sqlite_files import dump, frame, make_urls, rows

CUSTOMERS = 2000
CUSTOMER_TABLES = {"crm": crm_account, "erp": erp_kna1, "scm": scm_consignee}
KEYS = {"crm": "Id", "erp": "KUNNR", "scm": "consignee_id"}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeded")
    urls = make_urls(folder)
    truth = seed(urls, customers=CUSTOMERS, seed=42)
    return urls, truth


def test_package_exports_the_public_api():
    assert set(synchub.demo.__all__) == {"DemoTruth", "mutate", "mutate_products", "read_truth", "reset", "seed",
                                         "seed_systems", "uscc_check_char", "write_truth"}
    assert synchub.demo.uscc_check_char is tax_ids.uscc_check_char


# ------------------------------------------------------------------ determinism


def test_same_seed_gives_identical_contents_and_another_seed_does_not(tmp_path):
    a, b, c = (make_urls(tmp_path / x) for x in "abc")
    for folder in "abc":
        (tmp_path / folder).mkdir()
    truth_a = seed(a, customers=300, seed=5)
    truth_b = seed(b, customers=300, seed=5)
    truth_c = seed(c, customers=300, seed=6)
    assert truth_a.equals(truth_b)
    assert dump(a) == dump(b)
    assert not truth_a.equals(truth_c)
    assert dump(a)["Account"] != dump(c)["Account"]


def test_seeding_only_some_systems_writes_the_same_data_for_them(tmp_path, seeded):
    urls, truth = seeded
    only_erp = {"erp": f"sqlite:///{tmp_path / 'erp.db'}"}
    truth_erp = seed(only_erp, customers=CUSTOMERS, seed=42)
    assert set(truth_erp["system"]) == {"erp"}
    assert truth_erp.equals(truth[truth["system"] == "erp"].reset_index(drop=True))
    assert rows(only_erp["erp"], erp_kna1) == rows(urls["erp"], erp_kna1)


def test_unknown_system_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="unknown demo system"):
        reset({"crm": f"sqlite:///{tmp_path / 'x.db'}", "hr": "sqlite://"})


# ------------------------------------------------------------------ shape of the data


def test_truth_covers_every_record_once(seeded):
    urls, truth = seeded
    assert list(truth.columns) == ["system", "local_id", "true_id"]
    assert not truth.duplicated(["system", "local_id"]).any()
    for system, table in CUSTOMER_TABLES.items():
        keys = {str(k) for k in frame(urls[system], table)[KEYS[system]]}
        assert keys == set(truth.loc[truth["system"] == system, "local_id"])
    assert truth["true_id"].str.fullmatch(r"C\d{6}").all()


def test_presence_rates_and_every_company_somewhere(seeded):
    _, truth = seeded
    companies = truth["true_id"].nunique()
    assert companies == CUSTOMERS
    share = truth.drop_duplicates(["system", "true_id"]).groupby("system").size() / CUSTOMERS
    assert 0.76 < share["crm"] < 0.84
    assert 0.82 < share["erp"] < 0.90
    assert 0.56 < share["scm"] < 0.64


def test_planted_in_system_duplicates_exist_and_are_spelled_differently(seeded):
    urls, truth = seeded
    per = truth.groupby(["system", "true_id"]).size()
    dups = per[per > 1]
    assert 0.01 * CUSTOMERS < len(dups) < 0.035 * CUSTOMERS
    assert set(dups.index.get_level_values("system")) == {"crm", "erp", "scm"}
    names = {
        "crm": frame(urls["crm"], crm_account).set_index("Id")["Name"],
        "erp": frame(urls["erp"], erp_kna1).set_index("KUNNR")["NAME1"],
        "scm": frame(urls["scm"], scm_consignee)
        .assign(k=lambda d: d["consignee_id"].astype(str))
        .set_index("k")["consignee_name"],
    }
    differ = 0
    for system, true_id in dups.index:
        local = truth.loc[(truth["system"] == system) & (truth["true_id"] == true_id), "local_id"]
        differ += len({names[system][x] for x in local}) > 1
    assert differ >= 0.9 * len(dups)


def test_crm_conventions(seeded):
    urls, _ = seeded
    df = frame(urls["crm"], crm_account)
    allowed = set(CRM_COUNTRY_NAME.values()) | {v for vs in CRM_COUNTRY_VARIANTS.values() for v in vs}
    assert set(df["BillingCountry"].str.strip()) <= allowed
    assert (df["BillingCountry"].str.strip().isin(CRM_COUNTRY_NAME.values())).mean() > 0.85
    assert df["Id"].str.fullmatch(r"0015g000[0-9A-Za-z]{10}").all()
    assert df["Id"].str.upper().is_unique  # safe under a case-insensitive collation
    assert set(df["Type"]) == {"Customer", "Prospect", "Partner"}
    assert 0.25 < df["Tax_Id__c"].isna().mean() < 0.35
    assert df["Credit_Limit__c"].isna().mean() > 0.5
    assert (df["IsDeleted"] == False).all()  # noqa: E712
    assert df["SyncHub_Id__c"].isna().all()
    assert (df["Name"].str.strip() != "").all()
    assert df["Name"].str.contains(r"[\u4e00-\u9fff]").any()  # Chinese names
    assert df["Name"].str.contains("Co., Ltd.", regex=False).any()  # and English ones for Chinese companies
    assert df["Phone"].dropna().str.startswith("+86 ").any()
    assert df["Phone"].dropna().str.fullmatch(r"\(0\d+\) \d+").any()
    emails = df["Email__c"].dropna()
    assert (emails != emails.str.strip().str.lower()).any()
    for col in ("CreatedDate", "LastModifiedDate"):
        assert (df[col] < SEED_NOW).all()
        assert all(t.microsecond == 0 for t in df[col])
    assert (df["CreatedDate"] <= df["LastModifiedDate"]).all()


def test_erp_conventions(seeded):
    urls, _ = seeded
    df = frame(urls["erp"], erp_kna1)
    assert sorted(df["KUNNR"]) == [f"{100001 + i:010d}" for i in range(len(df))]
    assert set(df["LAND1"]) <= set(COUNTRIES)
    assert df["KLIMK"].notna().all()
    assert 0.20 < df["SMTP_ADDR"].isna().mean() < 0.30
    assert 0.85 < df["STCD1"].notna().mean() < 0.95
    assert (df["LOEVM"] == "").all() and df["ZZSYNCHUB"].isna().all()
    assert df["TELF1"].dropna().str.fullmatch(r"010-\d{8}").any()
    assert (df["NAME2"].notna()).any()
    assert df["NAME1"].str.len().max() <= 35
    assert df["NAME1"].str.fullmatch(r"[^a-z]*[A-Z]{4,}[^a-z]*").any()  # some names in capitals
    ts = df["CHANGED_TS"].astype(int)
    assert (ts < 20260101000000).all() and (ts > 20100101000000).all()
    assert (df["ERDAT"].str.len() == 8).all()
    valid = pd.to_datetime(df["ERDAT"], format="%Y%m%d", errors="coerce")
    bad = valid.isna().mean()
    assert 0 < bad < 0.01  # a few malformed dates, for quarantine
    ok = valid.notna()
    assert (df.loc[ok, "ERDAT"].astype(int) <= ts[ok] // 1_000_000).all()


def test_scm_conventions(seeded):
    urls, _ = seeded
    df = frame(urls["scm"], scm_consignee)
    assert sorted(df["consignee_id"]) == list(range(1, len(df) + 1))
    assert set(df["country_code"]) <= set(ISO3.values())
    assert (df["active"] == 1).all() and df["ext_ref"].isna().all()
    assert 0.35 < df["tax_no"].isna().mean() < 0.45
    assert df["consignee_name"].str.contains("（").any()  # bracketed city, full-width
    assert df["consignee_name"].str.contains(r"[\uff21-\uff3a\uff10-\uff19]").any()  # full-width letters/digits
    assert df["contact_phone"].dropna().str.startswith("0086-").any()
    assert df["contact_phone"].dropna().str.startswith("+49 ").any()
    assert (df["updated_at"] < SEED_NOW).all()


def test_every_string_fits_its_column(seeded):
    """PostgreSQL and MariaDB reject values longer than the column; SQLite would not notice."""
    urls, _ = seeded
    for system, md in METADATA.items():
        for table in md.sorted_tables:
            df = frame(urls[system], table)
            for col in table.columns:
                if isinstance(col.type, String) and col.type.length and len(df):
                    longest = df[col.name].dropna().map(len).max()
                    assert pd.isna(longest) or longest <= col.type.length, (table.name, col.name, longest)


def test_chinese_tax_ids_are_valid_unless_deliberately_mistyped(seeded):
    urls, _ = seeded
    erp = frame(urls["erp"], erp_kna1)
    scm = frame(urls["scm"], scm_consignee)
    crm = frame(urls["crm"], crm_account)

    def normalised(series: pd.Series) -> list[str]:
        return [re.sub(r"\s", "", v).upper() for v in series.dropna()]

    erp_cn = normalised(erp.loc[erp["LAND1"] == "CN", "STCD1"])
    scm_cn = normalised(scm.loc[scm["country_code"] == "CHN", "tax_no"])
    assert len(erp_cn) > 300 and len(scm_cn) > 200
    assert all(is_valid_uscc(t) for t in erp_cn + scm_cn)
    assert any(t != t.upper() or " " in t for t in scm["tax_no"].dropna())  # messed, yet valid
    crm_cn = normalised(crm.loc[crm["Tax_Id__c"].fillna("").str.len() >= 18, "Tax_Id__c"])
    invalid = sum(not is_valid_uscc(t) for t in crm_cn)
    assert invalid / len(crm_cn) < 0.05  # the CRM's typos, nowhere else


def test_other_tables_are_filled_and_consistent(seeded):
    urls, _ = seeded
    kunnr = set(frame(urls["erp"], erp_kna1)["KUNNR"])
    products = default_product_count(CUSTOMERS)
    assert 0.85 * products < len(frame(urls["erp"], erp_mara)) < 0.95 * products
    assert set(frame(urls["erp"], erp_vbak)["KUNNR"]) <= kunnr
    assert set(frame(urls["erp"], erp_bsid)["KUNNR"]) <= kunnr
    items = frame(urls["scm"], scm_item)
    stock = frame(urls["scm"], scm_stock)
    assert set(stock["item_id"]) <= set(items["item_id"]) and len(stock) >= len(items)
    consignees = set(frame(urls["scm"], scm_consignee)["consignee_id"])
    assert set(frame(urls["scm"], scm_delivery)["consignee_id"]) <= consignees
    accounts = set(frame(urls["crm"], crm_account)["Id"])
    assert set(frame(urls["crm"], crm_contact)["AccountId"]) <= accounts
    assert set(frame(urls["crm"], crm_opportunity)["AccountId"]) <= accounts
    erp_gtins = set(gtins(frame(urls["erp"], erp_mara)["EAN11"])["gtin"].dropna())
    assert len(erp_gtins & set(gtins(items["gtin"])["gtin"].dropna())) > 0.5 * products


def test_truth_file_round_trip_keeps_leading_zeros(tmp_path, seeded):
    _, truth = seeded
    path = tmp_path / "truth.csv"
    write_truth(truth, path)
    back = read_truth(path)
    assert back.equals(truth)
    assert back.loc[back["system"] == "erp", "local_id"].str.startswith("00001").all()
