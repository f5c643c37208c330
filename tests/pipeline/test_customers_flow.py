"""The customers flow end to end on small demo systems (SQLite files; hub store SQLite or PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from synchub.errors import ConfigError
from synchub.pipeline import load, open_run, run_steps
from tests import factories as f
from tests.pipeline.agreement import disagreements

LATER = dt.datetime(2025, 6, 1, 12, 0, 0)


def seed_acme_and_xingchen(hub) -> None:
    """Acme in all three systems (linked by e-mail and tax id), Xingchen in CRM and ERP, Solo only in SCM."""
    f.insert(hub.urls["crm"], "crm",
             f.crm_account(Id="001A00000000000001", Name="Acme Ltd", Email__c=" Sales@Acme.co.uk"),
             f.crm_account(Id="001A00000000000002", Name="Beijing Xingchen Technology Co., Ltd.",
                           BillingCountry="China", Email__c="info@xingchen-tech.cn", Tax_Id__c="91110108MA01ABCD1E",
                           Phone="+86 10 6543 2100", CurrencyIsoCode="CNY"))
    f.insert(hub.urls["erp"], "erp",
             f.erp_customer(KUNNR="0000100001", NAME1="ACME LIMITED", SMTP_ADDR="sales@acme.co.uk",
                            STCD1="GB123456782"),
             f.erp_customer(KUNNR="0000100002", NAME1="北京星辰科技有限公司", LAND1="CN", STCD1="91110108 MA01ABCD1E",
                            WAERS="CNY", KLIMK=800000))
    f.insert(hub.urls["scm"], "scm",
             f.scm_consignee(consignee_id=1, consignee_name="Ａｃｍｅ Ltd.", tax_no="gb 123456782"),
             f.scm_consignee(consignee_id=2, consignee_name="Solo Trading GmbH", country_code="DEU", city="Berlin",
                             contact_email="ops@solo.de"))


def live(rows: list[dict], system: str) -> list[dict]:
    flag = {"crm": lambda r: not r["IsDeleted"], "erp": lambda r: r["LOEVM"] != "X", "scm": lambda r: r["active"] == 1}
    return [r for r in rows if flag[system](r)]


def writes(figures: dict) -> int:
    return sum(s.get("created", 0) + s.get("updated", 0) for s in figures["systems"].values())


def test_first_run_merges_duplicates_and_every_system_agrees(hub):
    seed_acme_and_xingchen(hub)
    figures = hub.run()
    assert figures["goldens"]["goldens_new"] == 3  # Acme, Xingchen, Solo
    for system in ("crm", "erp", "scm"):
        assert len(live(hub.rows(system), system)) == 3, system
    assert disagreements(hub.project(), hub.store()) == []
    erp = {r["KUNNR"]: r for r in hub.rows("erp")}
    assert erp["0000100002"]["NAME1"] == "北京星辰科技有限公司"  # ERP's name survives (source priority)
    crm = {r["Id"]: r for r in hub.rows("crm")}
    assert crm["001A00000000000002"]["Name"] == "北京星辰科技有限公司"
    assert crm["001A00000000000002"]["Credit_Limit__c"] == 800000  # the ERP owns the credit limit
    created = [r for r in hub.rows("crm") if r["SyncHub_Id__c"]]
    assert [r["Name"] for r in created] == ["Solo Trading GmbH"]
    assert created[0]["BillingCountry"] == "Germany"  # code translated back through the lookup


def test_second_run_writes_nothing(hub):
    seed_acme_and_xingchen(hub)
    hub.run()
    before = {s: hub.rows(s) for s in ("crm", "erp", "scm")}
    figures = hub.run()
    assert writes(figures) == 0
    assert figures["goldens"]["goldens_new"] == 0 and figures["goldens"]["goldens_changed"] == 0
    assert {s: hub.rows(s) for s in ("crm", "erp", "scm")} == before


def test_a_change_flows_to_the_other_systems_and_touches_only_that_record(hub):
    seed_acme_and_xingchen(hub)
    hub.run()
    f.update(hub.urls["crm"], "crm", "Id", "001A00000000000001", Phone="+44 20 7000 1234",
             LastModifiedDate=dt.datetime.now().replace(microsecond=0))
    figures = hub.run()
    assert figures["systems"]["crm"]["changed"] == 1
    assert figures["systems"]["erp"]["updated"] == 1 and figures["systems"]["scm"]["updated"] == 1
    assert writes(figures) == 2
    assert [r["TELF1"] for r in hub.rows("erp") if r["KUNNR"] == "0000100001"] == ["+44 20 7000 1234"]
    assert disagreements(hub.project(), hub.store()) == []
    assert writes(hub.run()) == 0


def test_a_field_owned_elsewhere_is_set_back_by_its_owner(hub):
    seed_acme_and_xingchen(hub)
    hub.run()
    f.update(hub.urls["crm"], "crm", "Id", "001A00000000000002", Credit_Limit__c=5,
             LastModifiedDate=dt.datetime.now().replace(microsecond=0))
    figures = hub.run()
    assert figures["systems"]["crm"]["updated"] == 1
    assert [r["Credit_Limit__c"] for r in hub.rows("crm") if r["Id"] == "001A00000000000002"] == [800000]
    assert writes(hub.run()) == 0


def test_a_record_deleted_in_one_system_is_not_created_there_again(hub):
    seed_acme_and_xingchen(hub)
    hub.run()
    f.update(hub.urls["scm"], "scm", "consignee_id", 1, active=0,
             updated_at=dt.datetime.now().replace(microsecond=0))
    figures = hub.run()
    assert figures["systems"]["scm"]["deleted"] == 1
    assert figures["systems"]["scm"]["created"] == 0
    assert len(live(hub.rows("scm"), "scm")) == 2
    assert len(live(hub.rows("crm"), "crm")) == 3  # the other systems keep the customer
    assert writes(hub.run()) == 0


def test_a_crash_between_load_and_commit_is_repaired_by_the_next_run(hub):
    seed_acme_and_xingchen(hub)
    project, store = hub.project(), hub.store()
    ctx = open_run(project, "customers", store)
    run_steps(ctx, stop_before="commit")
    ctx.close()  # the process dies here: no commit
    written = {s: hub.rows(s) for s in ("crm", "erp", "scm")}
    assert all(len(live(written[s], s)) == 3 for s in written)

    with pytest.raises(Exception, match="still marked running"):
        hub.run()
    figures = hub.run(takeover=True)
    assert figures["systems"]["crm"]["created"] == 0  # recognised by the golden id it carries
    for system in ("crm", "erp", "scm"):
        assert len(live(hub.rows(system), system)) == 3, system
    assert disagreements(project, store) == []
    assert writes(hub.run()) == 0


def test_a_crash_between_load_and_commit_loses_no_change(hub):
    seed_acme_and_xingchen(hub)
    hub.run()
    f.update(hub.urls["erp"], "erp", "KUNNR", "0000100001", KLIMK=123456, CHANGED_TS=20990101000000)
    project, store = hub.project(), hub.store()
    ctx = open_run(project, "customers", store)
    run_steps(ctx, stop_before="load")
    load(ctx, "crm")  # the crash comes after CRM was written, before SCM
    ctx.close()
    hub.run(takeover=True)
    assert [r["Credit_Limit__c"] for r in hub.rows("crm") if r["Id"] == "001A00000000000001"] == [123456]
    assert disagreements(project, store) == []
    assert writes(hub.run()) == 0


def test_an_unmappable_row_is_quarantined_and_the_rest_goes_through(hub):
    seed_acme_and_xingchen(hub)
    f.insert(hub.urls["erp"], "erp",
             f.erp_customer(KUNNR="0000100003", NAME1="Bad Date Co", ERDAT="20231345", STCD1="GB000000195"),
             f.erp_customer(KUNNR="0000100004", NAME1="Bad Number Co", STCD1="GB000000293"))
    f.execute(hub.urls["erp"], "UPDATE \"KNA1\" SET \"KLIMK\" = 'lots' WHERE \"KUNNR\" = '0000100004'")  # SQLite lets text in
    figures = hub.run()
    assert figures["systems"]["erp"]["quarantined"] == 2
    held = hub.store().quarantine("customers")
    reasons = dict(zip(held["local_id"], held["reason"]))
    assert "cannot read '20231345' as a date with format %Y%m%d" in reasons["0000100003"]
    assert "'lots' is not a number" in reasons["0000100004"]
    assert "fields.credit_limit (KLIMK)" in reasons["0000100004"]
    assert len(live(hub.rows("crm"), "crm")) == 3  # the good rows went through; the held ones were not copied
    assert writes(hub.run()) == 0 and len(hub.store().quarantine("customers")) == 2  # held once, not twice

    f.update(hub.urls["erp"], "erp", "KUNNR", "0000100003", ERDAT="20231231", CHANGED_TS=20990101000000)
    hub.run()
    held = hub.store().quarantine("customers", status=None)
    assert dict(zip(held["local_id"], held["status"])) == {"0000100003": "resolved", "0000100004": "held"}
    assert "Bad Date Co" in [r["Name"] for r in hub.rows("crm")]


def test_a_row_failing_validation_is_quarantined(hub):
    f.insert(hub.urls["crm"], "crm", f.crm_account(Name="Nowhere Ltd", BillingCountry=None, Email__c="a@b.io"),
             f.crm_account(Name="Bad Mail Ltd", Email__c="not-an-address"))
    figures = hub.run()
    assert figures["systems"]["crm"]["quarantined"] == 2
    reasons = sorted(hub.store().quarantine("customers")["reason"])
    assert reasons[0].startswith("country=None: fails expect_column_values_to_not_be_null")
    assert reasons[1].startswith("email='not-an-address': fails expect_column_values_to_match_regex(regex=")


@pytest.fixture
def own_mappings(hub, tmp_path, monkeypatch):
    """A copy of mappings/ the test may break."""
    from synchub.config.project import DEFAULT_MAPPINGS

    folder = tmp_path / "mappings"
    shutil.copytree(DEFAULT_MAPPINGS, folder)
    monkeypatch.setenv("SYNCHUB_MAPPINGS", str(folder))
    return folder


def _nothing_written(hub, before) -> None:
    assert {s: hub.rows(s) for s in ("crm", "erp", "scm")} == before
    store = hub.store()
    assert store.last_runs() == []


def test_an_unknown_column_stops_the_run_before_anything_is_read_or_written(hub, own_mappings):
    seed_acme_and_xingchen(hub)
    before = {s: hub.rows(s) for s in ("crm", "erp", "scm")}
    path = own_mappings / "erp" / "customers.yaml"
    path.write_text(path.read_text().replace("from: KLIMK", "from: KREDITLIMIT"))
    with pytest.raises(ConfigError) as error:
        hub.run()
    message = str(error.value)
    assert f"{path}:" in message and "fields.credit_limit.from" in message
    assert "unknown column 'KREDITLIMIT' in erp table 'KNA1'; columns are KUNNR, NAME1" in message
    _nothing_written(hub, before)


def test_a_bad_transform_is_reported_with_file_line_and_key(hub, own_mappings):
    seed_acme_and_xingchen(hub)
    before = {s: hub.rows(s) for s in ("crm", "erp", "scm")}
    path = own_mappings / "crm" / "customers.yaml"
    text = path.read_text()
    path.write_text(text.replace("transforms: [nfkc, trim, {type: case, to: lower}]",
                                 "transforms: [nfkc, trim, {type: case, to: shouting}]", 1))
    line = text.splitlines().index("  email:") + 3  # 'transforms:' is two lines below 'email:'
    with pytest.raises(ConfigError) as error:
        hub.run()
    assert f"{path}:{line}: fields.email.transforms.2" in str(error.value)
    assert "shouting" in str(error.value)
    _nothing_written(hub, before)


def test_a_yaml_syntax_error_is_reported_with_file_and_line(hub, own_mappings):
    seed_acme_and_xingchen(hub)
    before = {s: hub.rows(s) for s in ("crm", "erp", "scm")}
    path = own_mappings / "scm" / "customers.yaml"
    path.write_text(path.read_text().replace("  table: consignee\n  key: consignee_id\n  cursor",
                                             "  table: [consignee\n  key: consignee_id\n  cursor", 1))
    with pytest.raises(ConfigError) as error:
        hub.run()
    assert f"{path}:" in str(error.value) and "YAML syntax error" in str(error.value)
    _nothing_written(hub, before)
