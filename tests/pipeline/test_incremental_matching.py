"""Incremental matching in the customers flow: changed records against the golden records they
may join, golden ids that stay, a steward's split and forced merge that hold run after run, and
a record that comes to resemble another golden record (merged or reviewed, as the rules say)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
import sqlalchemy as sa

from synchub.cli import main
from synchub.store import schema as t
from tests import factories as f
from tests.pipeline.agreement import disagreements
from tests.pipeline.test_customers_flow import seed_acme_and_xingchen

ACME = ("crm:001A00000000000001", "erp:0000100001", "scm:1")


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def goldens(hub) -> dict[str, str]:
    """system:local_id -> golden id, for every live record the hub knows."""
    xref = hub.store().xref_rows("customer")
    xref = xref[xref["deleted_at"].isna()]
    return {f"{s}:{lid}": g for s, lid, g in zip(xref["system"], xref["local_id"], xref["golden_id"])}


def active_goldens(hub) -> set[str]:
    g = t.golden
    rows = hub.store().frame(sa.select(g.c.golden_id).where(g.c.status == "active"))
    return set(rows["golden_id"])


def open_reviews(hub):
    from synchub import stewardship

    return stewardship.reviews(hub.store(), "customers")


def writes(figures: dict) -> int:
    return sum(s.get("created", 0) + s.get("updated", 0) for s in figures["systems"].values())


def test_golden_ids_stay_when_records_change_and_a_new_duplicate_joins(hub):
    seed_acme_and_xingchen(hub)
    hub.run()
    before = goldens(hub)
    assert len({before[r] for r in ACME}) == 1
    f.update(hub.urls["crm"], "crm", "Id", "001A00000000000002", Phone="+86 10 6543 9999", LastModifiedDate=now())
    f.insert(hub.urls["erp"], "erp", f.erp_customer(KUNNR="0000100009", NAME1="Acme Ltd.", SMTP_ADDR="sales@acme.co.uk",
                                                    STCD1=None, CHANGED_TS=20990101000000))
    figures = hub.run()
    assert figures["goldens"]["goldens_new"] == 0
    after = goldens(hub)
    assert {k: after[k] for k in before} == before  # nobody moved
    assert after["erp:0000100009"] == before["erp:0000100001"]  # the new duplicate joined Acme
    assert len(active_goldens(hub)) == 3
    assert writes(hub.run()) == 0 and goldens(hub) == after
    assert disagreements(hub.project(), hub.store()) == []


def test_the_match_keys_of_each_record_are_kept_for_the_next_run(hub):
    seed_acme_and_xingchen(hub)
    hub.run()
    k = t.match_key
    keys = hub.store().frame(sa.select(k).where(k.c.system == "erp", k.c.local_id == "0000100001"))
    fields = set(keys["key_field"])
    assert {"tax_id", "block:tax_id", "block:email", "block:name", "block:postcode_number"} <= fields
    assert dict(zip(keys["key_field"], keys["key_value"]))["block:tax_id"] == "GB123456782"
    # a second run that changes nothing reads no candidates at all
    figures = hub.run()
    assert figures["goldens"]["records"] == 0


def test_a_split_holds_in_the_next_runs_even_when_the_record_changes(hub, capsys):
    seed_acme_and_xingchen(hub)
    hub.run()
    acme = goldens(hub)[ACME[0]]
    assert main(["review", "split", "--flow", "customers", "scm:1", "--reason", "another Acme, a client's"]) == 0
    assert "leaves golden record" in capsys.readouterr().out
    assert goldens(hub)["scm:1"] == acme  # nothing changes before the next run
    hub.run()
    after = goldens(hub)
    assert after[ACME[0]] == after[ACME[1]] == acme  # the golden record keeps its id
    split_off = after["scm:1"]
    assert split_off != acme and split_off in active_goldens(hub)
    hub.run()  # the copies created for the split-off record come back and stay with it
    f.update(hub.urls["scm"], "scm", "consignee_id", 1, contact_phone="0044-20-70001111", updated_at=now())
    hub.run()
    hub.run()
    after = goldens(hub)
    assert after["scm:1"] == split_off and after[ACME[0]] == after[ACME[1]] == acme
    members = [r for r, g in after.items() if g == split_off]
    assert sorted(r.split(":")[0] for r in members) == ["crm", "erp", "scm"]  # its own copies, one per system
    assert open_reviews(hub).empty  # told apart: nothing to ask about
    assert disagreements(hub.project(), hub.store()) == []


def test_a_forced_merge_holds_in_the_next_runs(hub, capsys):
    f.insert(hub.urls["crm"], "crm", f.crm_account(Id="001M00000000000001", Name="Northwind Traders Ltd",
                                                   Email__c="orders@northwind.example"))
    f.insert(hub.urls["erp"], "erp", f.erp_customer(KUNNR="0000200001", NAME1="NWT Holdings plc", ORT01="Leeds",
                                                    PSTLZ="LS1 4AP"))
    hub.run()
    before = goldens(hub)
    assert before["crm:001M00000000000001"] != before["erp:0000200001"]
    assert main(["review", "merge", "--flow", "customers", "crm:001M00000000000001", "erp:0000200001",
                 "--reason", "NWT Holdings is Northwind's legal name"]) == 0
    capsys.readouterr()
    hub.run()
    after = goldens(hub)
    assert after["crm:001M00000000000001"] == after["erp:0000200001"]
    assert after["crm:001M00000000000001"] in {before["crm:001M00000000000001"], before["erp:0000200001"]}
    f.update(hub.urls["erp"], "erp", "KUNNR", "0000200001", NAME1="NWT HOLDINGS PLC", CHANGED_TS=20990101000000)
    hub.run()
    hub.run()
    again = goldens(hub)
    assert again["crm:001M00000000000001"] == again["erp:0000200001"] == after["erp:0000200001"]
    assert disagreements(hub.project(), hub.store()) == []


@pytest.fixture
def rules(hub, tmp_path, monkeypatch):
    """A copy of mappings/ whose match rules the test may change."""
    from synchub.config.project import DEFAULT_MAPPINGS

    folder = tmp_path / "mappings"
    shutil.copytree(DEFAULT_MAPPINGS, folder)
    monkeypatch.setenv("SYNCHUB_MAPPINGS", str(folder))
    return folder / "entities" / "customers.yaml"


def seed_two_companies(hub) -> None:
    """Fabrikam (in the CRM) and Northwind (in the ERP): both in London, nothing else in common."""
    f.insert(hub.urls["crm"], "crm", f.crm_account(Id="001F00000000000001", Name="Fabrikam Ltd", BillingStreet=None,
                                                   BillingPostalCode=None, Phone=None, Email__c=None))
    f.insert(hub.urls["erp"], "erp", f.erp_customer(KUNNR="0000300001", NAME1="Northwind Ltd", STRAS=None, PSTLZ=None,
                                                    TELF1=None, STCD1=None))


@pytest.mark.parametrize("on_changed_match", ["merge", "review"])
def test_a_record_renamed_to_match_another_golden_record_is_merged_or_reviewed_as_the_rules_say(
        hub, rules, on_changed_match):
    rules.write_text(rules.read_text().replace("on_changed_match: review", f"on_changed_match: {on_changed_match}"))
    seed_two_companies(hub)
    hub.run()
    before = goldens(hub)
    fabrikam, northwind = before["crm:001F00000000000001"], before["erp:0000300001"]
    assert fabrikam != northwind and open_reviews(hub).empty
    f.update(hub.urls["erp"], "erp", "KUNNR", "0000300001", NAME1="Fabrikam Ltd", CHANGED_TS=20990101000000)
    figures = hub.run()
    after = goldens(hub)
    if on_changed_match == "merge":
        assert after["erp:0000300001"] == after["crm:001F00000000000001"]
        assert after["crm:001F00000000000001"] in {fabrikam, northwind}
        assert figures["goldens"]["goldens_merged"] == 1 and open_reviews(hub).empty
    else:
        assert after["erp:0000300001"] == northwind and after["crm:001F00000000000001"] == fabrikam
        queue = open_reviews(hub)
        assert len(queue) == 1
        assert {queue["golden_a"].iloc[0], queue["golden_b"].iloc[0]} == {fabrikam, northwind}
        assert queue["probability"].iloc[0] >= 0.95
        # the pair stays in the queue once, however often its records change
        f.update(hub.urls["erp"], "erp", "KUNNR", "0000300001", KLIMK=75000, CHANGED_TS=20990102000000)
        hub.run()
        assert len(open_reviews(hub)) == 1
    assert disagreements(hub.project(), hub.store()) == []


def test_the_history_of_cross_references_keeps_each_golden_id_a_record_had(hub, rules):
    rules.write_text(rules.read_text().replace("on_changed_match: review", "on_changed_match: merge"))
    seed_two_companies(hub)
    hub.run()
    before = goldens(hub)
    f.update(hub.urls["erp"], "erp", "KUNNR", "0000300001", NAME1="Fabrikam Ltd", CHANGED_TS=20990101000000)
    hub.run()
    after = goldens(hub)
    h = t.xref_history
    history = hub.store().frame(sa.select(h).order_by(h.c.id))
    moved = [key for key in before if after[key] != before[key]]
    assert moved
    for key in moved:
        system, local_id = key.split(":", 1)
        rows = history[(history["system"] == system) & (history["local_id"] == local_id)]
        assert rows["golden_id"].tolist() == [before[key], after[key]]
        assert rows["valid_to"].iloc[0] == rows["valid_from"].iloc[1] and rows["valid_to"].isna().iloc[1]
    unmoved = history.groupby(["system", "local_id"]).size()
    assert (unmoved <= 2).all()
