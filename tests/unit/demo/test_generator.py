"""Tests of the demo data generator and mutator, on temporary SQLite files."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import String, create_engine, select, update

from synchub.demo import generator as gen
from synchub.demo import mutate, read_truth, reset, seed, uscc_check_char, write_truth
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

CUSTOMERS = 2000
CUSTOMER_TABLES = {"crm": crm_account, "erp": erp_kna1, "scm": scm_consignee}
KEYS = {"crm": "Id", "erp": "KUNNR", "scm": "consignee_id"}


def make_urls(folder) -> dict[str, str]:
    return {s: f"sqlite:///{folder / s}.db" for s in gen.SYSTEMS}


def rows(url: str, table) -> list[tuple]:
    """Every row of a table, sorted, for comparing whole databases."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            out = [tuple(r) for r in conn.execute(select(table)).all()]
    finally:
        engine.dispose()
    return sorted(out, key=repr)


def frame(url: str, table) -> pd.DataFrame:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            result = conn.execute(select(table))
            return pd.DataFrame(result.all(), columns=list(result.keys()), dtype=object)
    finally:
        engine.dispose()


def dump(urls: dict[str, str]) -> dict[str, list[tuple]]:
    return {t.name: rows(urls[s], t) for s, md in METADATA.items() for t in md.sorted_tables}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeded")
    urls = make_urls(folder)
    truth = seed(urls, customers=CUSTOMERS, seed=42)
    return urls, truth


# ------------------------------------------------------------------ check characters


def test_uscc_check_char_of_a_known_valid_code():
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert gen.uscc_is_valid("91350100M000100Y43")
    assert not gen.uscc_is_valid("91350100M000100Y44")


def test_uscc_check_char_rejects_bad_input():
    with pytest.raises(ValueError):
        uscc_check_char("9135")
    with pytest.raises(ValueError):
        uscc_check_char("91350100M000100I4")  # I is not in the charset


def test_generated_companies_have_unique_valid_tax_ids_and_emails():
    comp = gen.make_companies(np.random.default_rng(3), 20000)
    assert pd.Series(comp["tax_id"]).is_unique
    assert pd.Series(comp["email"]).is_unique
    cn = comp["tax_id"][comp["country"] == "CN"]
    assert len(cn) > 5000
    assert all(gen.uscc_is_valid(t) for t in cn)
    de = comp["tax_id"][comp["country"] == "DE"]
    assert all(re.fullmatch(r"DE\d{9}", t) for t in de)
    assert all(re.fullmatch(r"\d{2}-\d{7}", t) for t in comp["tax_id"][comp["country"] == "US"])
    assert all(re.fullmatch(r"\d{13}", t) for t in comp["tax_id"][comp["country"] == "JP"])
    # Namesakes exist but are rare.
    per_country = [pd.Series(comp["name"][comp["country"] == c]).duplicated().mean() for c in gen.COUNTRIES]
    assert max(per_country) < 0.01
    shares = Counter(comp["country"])
    assert 0.37 < shares["CN"] / 20000 < 0.43


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
    allowed = set(gen.CRM_COUNTRY_NAME.values()) | {v for vs in gen.CRM_COUNTRY_VARIANTS.values() for v in vs}
    assert set(df["BillingCountry"].str.strip()) <= allowed
    assert (df["BillingCountry"].str.strip().isin(gen.CRM_COUNTRY_NAME.values())).mean() > 0.85
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
        assert (df[col] < gen.SEED_NOW).all()
        assert all(t.microsecond == 0 for t in df[col])
    assert (df["CreatedDate"] <= df["LastModifiedDate"]).all()


def test_erp_conventions(seeded):
    urls, _ = seeded
    df = frame(urls["erp"], erp_kna1)
    assert sorted(df["KUNNR"]) == [f"{100001 + i:010d}" for i in range(len(df))]
    assert set(df["LAND1"]) <= set(gen.COUNTRIES)
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
    assert set(df["country_code"]) <= set(gen.ISO3.values())
    assert (df["active"] == 1).all() and df["ext_ref"].isna().all()
    assert 0.35 < df["tax_no"].isna().mean() < 0.45
    assert df["consignee_name"].str.contains("（").any()  # bracketed city, full-width
    assert df["consignee_name"].str.contains(r"[\uff21-\uff3a\uff10-\uff19]").any()  # full-width letters/digits
    assert df["contact_phone"].dropna().str.startswith("0086-").any()
    assert df["contact_phone"].dropna().str.startswith("+49 ").any()
    assert (df["updated_at"] < gen.SEED_NOW).all()


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
    assert all(gen.uscc_is_valid(t) for t in erp_cn + scm_cn)
    assert any(t != t.upper() or " " in t for t in scm["tax_no"].dropna())  # messed, yet valid
    crm_cn = normalised(crm.loc[crm["Tax_Id__c"].fillna("").str.len() >= 18, "Tax_Id__c"])
    invalid = sum(not gen.uscc_is_valid(t) for t in crm_cn)
    assert invalid / len(crm_cn) < 0.05  # the CRM's typos, nowhere else


def test_other_tables_are_filled_and_consistent(seeded):
    urls, _ = seeded
    kunnr = set(frame(urls["erp"], erp_kna1)["KUNNR"])
    assert 50 < len(frame(urls["erp"], erp_mara)) < 200
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
    gtins = set(frame(urls["erp"], erp_mara)["EAN11"])
    assert len(gtins & {g.lstrip("0") if len(g) == 14 else g for g in items["gtin"]}) > 50


def test_truth_file_round_trip_keeps_leading_zeros(tmp_path, seeded):
    _, truth = seeded
    path = tmp_path / "truth.csv"
    write_truth(truth, path)
    back = read_truth(path)
    assert back.equals(truth)
    assert back.loc[back["system"] == "erp", "local_id"].str.startswith("00001").all()


def test_split_name35_keeps_the_full_name_recoverable():
    name = "Guangzhou Xingchen Information Technology Group Co., Ltd."
    n1, n2 = gen.split_name35(name)
    assert len(n1) <= 35 and len(n2) <= 35
    assert f"{n1} {n2}" == name
    assert gen.split_name35("Short GmbH") == ("Short GmbH", None)


def test_phone_styles_parse_back():
    for style in gen.PHONE_STYLES:
        for iso, area, sub in (("CN", "10", "65432100"), ("DE", "30", "1234567"), ("JP", "52", "1234567"),
                               ("US", "212", "5550123"), ("GB", "161", "4960123"), ("FR", "1", "23456789")):
            phone = gen.PHONE_STYLES[style][iso](area, sub)
            assert gen.parse_phone(phone, iso) == (area, sub), (style, phone)


# ------------------------------------------------------------------ mutate


def snapshot(urls):
    return {s: frame(urls[s], t).set_index(KEYS[s]) for s, t in CUSTOMER_TABLES.items()}


@pytest.fixture
def fresh(tmp_path):
    urls = make_urls(tmp_path)
    truth = seed(urls, customers=CUSTOMERS, seed=11)
    return urls, truth


def test_mutate_touches_the_requested_fraction_and_bumps_cursors(fresh):
    urls, truth = fresh
    # Records SyncHub already linked: their external id must survive any change.
    engine = create_engine(urls["crm"])
    with engine.begin() as conn:
        conn.execute(update(crm_account).values(SyncHub_Id__c="hub-" + crm_account.c.Id))
    engine.dispose()
    before = snapshot(urls)
    started = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    new_truth, stats = mutate(urls, truth, fraction=0.05, seed=7)
    after = snapshot(urls)

    assert set(stats) == {"crm", "erp", "scm"}
    for system, st in stats.items():
        live = len(before[system])
        touched = st["changed"] + st["added"] + st["deleted"]
        assert touched == round(0.05 * live)
        assert abs(st["changed"] - 0.6 * touched) <= 1
        assert abs(st["added"] - 0.25 * touched) <= 1
        assert st["deleted"] > 0

        old, new = before[system], after[system]
        assert len(new) == len(old) + st["added"]
        cursor = {"crm": "LastModifiedDate", "erp": "CHANGED_TS", "scm": "updated_at"}[system]
        if system == "erp":
            recent = (new[cursor].astype(int) >= int(started.strftime("%Y%m%d%H%M%S"))).astype(bool)
        else:
            recent = (new[cursor] >= started).astype(bool)
        assert recent.sum() == touched
        # everything not touched is exactly as before
        untouched = new.index[~recent.to_numpy()]
        assert new.loc[untouched].equals(old.loc[untouched])
        flag, value = {"crm": ("IsDeleted", True), "erp": ("LOEVM", "X"), "scm": ("active", 0)}[system]
        assert (new[flag] == value).sum() == st["deleted"]
        # a changed record differs in a data column, not only in its cursor
        changed = [k for k in old.index if recent.get(k, False) and new.loc[k, flag] != value]
        assert len(changed) == st["changed"]
        data_cols = [c for c in old.columns if c != cursor]
        assert all(not old.loc[k, data_cols].equals(new.loc[k, data_cols]) for k in changed)
        # added records are in the new truth
        added = {str(k) for k in new.index.difference(old.index)}
        in_truth = set(new_truth.loc[new_truth["system"] == system, "local_id"])
        assert added <= in_truth

    hub = after["crm"].loc[before["crm"].index, "SyncHub_Id__c"]
    assert (hub == "hub-" + hub.index.to_series()).all()
    assert after["crm"]["SyncHub_Id__c"].drop(before["crm"].index).isna().all()
    assert len(new_truth) == len(truth) + sum(st["added"] for st in stats.values())
    assert new_truth.iloc[: len(truth)].equals(truth)


def test_mutate_adds_cross_system_copies_and_new_companies(fresh):
    urls, truth = fresh
    new_truth, stats = mutate(urls, truth, fraction=0.10, seed=3)
    added = new_truth.iloc[len(truth):]
    known = set(truth["true_id"])
    for system in gen.SYSTEMS:
        mine = added[added["system"] == system]
        copies = mine["true_id"].isin(known)
        assert copies.sum() >= 1 and (~copies).sum() >= 1
        # a copy is of a company this system did not have yet
        had = set(truth.loc[truth["system"] == system, "true_id"])
        assert not set(mine.loc[copies, "true_id"]) & had
    new_ids = added.loc[~added["true_id"].isin(known), "true_id"]
    assert new_ids.is_unique
    assert new_ids.str.slice(1).astype(int).min() > truth["true_id"].str.slice(1).astype(int).max()


def test_mutate_is_deterministic_for_seed_and_content(tmp_path):
    results = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        urls = make_urls(folder)
        truth = seed(urls, customers=500, seed=2)
        new_truth, stats = mutate(urls, truth, fraction=0.05, seed=9)
        wall_clock = {"CreatedDate", "LastModifiedDate", "CHANGED_TS", "ERDAT", "updated_at"}
        content = {
            s: frame(urls[s], t)
            .drop(columns=[c.name for c in t.columns if c.name in wall_clock])
            .sort_values(KEYS[s])
            .reset_index(drop=True)
            for s, t in CUSTOMER_TABLES.items()
        }
        results.append((new_truth, stats, content))
    (t1, s1, c1), (t2, s2, c2) = results
    assert t1.equals(t2) and s1 == s2
    for s in c1:
        assert c1[s].equals(c2[s])


def test_mutate_twice_keeps_cursors_increasing(fresh):
    urls, truth = fresh
    truth, _ = mutate(urls, truth, fraction=0.02, seed=1)
    first = frame(urls["crm"], crm_account)["LastModifiedDate"].max()
    truth, stats = mutate(urls, truth, fraction=0.02, seed=2)
    second = frame(urls["crm"], crm_account)["LastModifiedDate"].max()
    assert second > first
    assert second - datetime.now(timezone.utc).replace(tzinfo=None) < timedelta(minutes=1)
    assert sum(stats["crm"].values()) > 0
