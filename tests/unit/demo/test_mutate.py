"""Tests of the demo mutator: what a day of business does to the seeded systems."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, update

from synchub.demo import mutate, seed
from synchub.demo.schemas import crm_account, erp_kna1, scm_consignee
from synchub.demo.vocabulary import SYSTEMS
from tests.unit.demo.sqlite_files import frame, make_urls

CUSTOMERS = 2000
CUSTOMER_TABLES = {"crm": crm_account, "erp": erp_kna1, "scm": scm_consignee}
KEYS = {"crm": "Id", "erp": "KUNNR", "scm": "consignee_id"}


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
    for system in SYSTEMS:
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
