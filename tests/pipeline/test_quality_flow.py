"""The customers flow with its GX suite: rows that fail are held with their reasons, the rest is
pushed, nothing is lost; a replay after the source is fixed brings them in once; the steward
gets one e-mail per run with something new, through a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import email
import json
import shutil
import socket
from email import policy

import pytest

from synchub.store import schema as t
from tests import factories as f

GOOD_CN = "91110108MA01ABCD1E"
TYPO_CN = "91110108MA01ABCD2E"  # one character off: the check character no longer fits


@pytest.fixture
def smtp(monkeypatch):
    """An aiosmtpd server on 127.0.0.1 that keeps every message, and the connection pointing at it."""
    from aiosmtpd.controller import Controller

    class Keep:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content,
                                                                              policy=policy.default)))
            return "250 OK"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = Keep()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_DEFAULT", json.dumps({
        "conn_type": "smtp", "host": "127.0.0.1", "port": port,
        "extra": {"disable_ssl": True, "disable_tls": True, "from_email": "synchub@example.com"}}))
    monkeypatch.setenv("SYNCHUB_AIRFLOW_URL", "http://airflow.example.com")
    yield handler
    controller.stop()


@pytest.fixture
def stewarded(hub, tmp_path, monkeypatch):
    """mappings/ with a data steward for the customers flow."""
    from synchub.config.project import DEFAULT_MAPPINGS

    folder = tmp_path / "mappings"
    shutil.copytree(DEFAULT_MAPPINGS, folder)
    flows = folder / "flows.yaml"
    flows.write_text(flows.read_text().replace(
        "    rules: entities/customers.yaml\n",
        "    rules: entities/customers.yaml\n    quality_alerts: {to: [steward@example.com], cc: [lead@example.com]}\n",
        1))
    monkeypatch.setenv("SYNCHUB_MAPPINGS", str(folder))
    return folder


def seed(hub):
    f.insert(hub.urls["crm"], "crm",
             f.crm_account(Id="001Q00000000000001", Name="Good One Ltd", Email__c="a@good.co.uk"),
             f.crm_account(Id="001Q00000000000002", Name="Xingchen Ltd", BillingCountry="China", Tax_Id__c=TYPO_CN,
                           Phone="+86 10 6543 2100", CurrencyIsoCode="CNY", Email__c="x@xingchen.cn"),
             f.crm_account(Id="001Q00000000000003", Name="Bad Mail Ltd", Email__c="not-an-address"),
             f.crm_account(Id="001Q00000000000004", Name="Good Two Ltd", Email__c="b@good.co.uk"))


def held(hub):
    return hub.store().quarantine("customers")


def test_failing_rows_are_held_with_reasons_and_nothing_is_lost_and_a_replay_brings_them_in_once(hub, stewarded,
                                                                                                 smtp):
    seed(hub)
    figures = hub.run()
    crm = figures["systems"]["crm"]
    assert crm["quarantined"] == 2
    rows = held(hub).set_index("local_id")
    assert "fails expect_column_values_to_be_valid_uscc" in rows.loc["001Q00000000000002", "reason"]
    assert TYPO_CN in rows.loc["001Q00000000000002", "reason"]
    failed = json.loads(rows.loc["001Q00000000000003", "payload"])["failed"]
    assert failed[0]["expectation"] == "expect_column_values_to_match_regex"
    assert failed[0]["kwargs"]["regex"] and failed[0]["values"] == {"email": "not-an-address"}
    # nothing lost: pulled = pushed on + quarantined + unchanged
    passed = hub.store().count(t.xref, t.xref.c.system == "crm", t.xref.c.pushed_at.is_(None))
    assert crm["pulled"] == passed + crm["quarantined"] + crm["unchanged"] == 4
    names = [r["NAME1"] for r in hub.rows("erp")]
    assert "Good One Ltd" in names and "Good Two Ltd" in names and "Xingchen Ltd" not in names

    # one e-mail, with both parts, the failed expectations and sample rows
    assert len(smtp.messages) == 1
    recipients, message = smtp.messages[0]
    assert sorted(recipients) == ["lead@example.com", "steward@example.com"]
    assert message["Subject"] == "[SyncHub] customers: 2 new quarantined rows (crm 2)"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for part in (text, html):
        assert "expect_column_values_to_be_valid_uscc" in part and "expect_column_values_to_match_regex" in part
        assert "001Q00000000000002" in part and "not-an-address" in part
        assert f"http://airflow.example.com/dags/customers/runs/{figures['run_id']}" in part
        assert "http://airflow.example.com/plugin/sync-monitor" in part
    assert figures["alert"]["status"] == "sent"

    # the same held rows raise no new e-mail
    again = hub.run()
    assert again["alert"]["status"] == "quiet" and len(smtp.messages) == 1
    assert len(held(hub)) == 2

    # the source is fixed without touching its change cursor: only a replay sees it
    f.update(hub.urls["crm"], "crm", "Id", "001Q00000000000002", Tax_Id__c=GOOD_CN)
    f.update(hub.urls["crm"], "crm", "Id", "001Q00000000000003", Email__c="ops@badmail.co.uk")
    from synchub.quarantine import replay

    result = replay(hub.project(), hub.store(), "customers")
    assert result["replayed"] == 2 and result["still_held"] == 0
    assert held(hub).empty
    statuses = hub.store().quarantine("customers", None)["status"].tolist()
    assert statuses == ["replayed", "replayed"]
    for system in ("erp", "scm"):
        names = [r.get("NAME1") or r.get("consignee_name") for r in hub.rows(system)]
        assert names.count("Xingchen Ltd") == 1 and names.count("Bad Mail Ltd") == 1, system
    # a second replay finds nothing to do and creates nothing twice
    assert replay(hub.project(), hub.store(), "customers")["replayed"] == 0
    assert sum(s.get("created", 0) + s.get("updated", 0) for s in hub.run()["systems"].values()) == 0
    assert len([r for r in hub.rows("erp") if r["NAME1"] == "Xingchen Ltd"]) == 1


def test_a_critical_batch_expectation_stops_that_systems_batch_and_keeps_its_rows(hub, tmp_path, monkeypatch):
    quality = tmp_path / "quality"
    quality.mkdir()
    (quality / "customer.yaml").write_text(
        "meta: {synchub: {batch_checks_from_rows: 2}}\n"
        "expectations:\n"
        "  - type: expect_column_proportion_of_non_null_values_to_be_between\n"
        "    kwargs: {column: email, min_value: 0.9}\n"
        "    severity: critical\n")
    monkeypatch.setenv("SYNCHUB_QUALITY", str(quality))
    f.insert(hub.urls["crm"], "crm", *[f.crm_account(Name=f"No Mail {i}", Email__c=None) for i in range(3)])
    f.insert(hub.urls["erp"], "erp", f.erp_customer(NAME1="Mailed GmbH", SMTP_ADDR="a@mailed.de"),
             f.erp_customer(NAME1="Mailed Two GmbH", SMTP_ADDR="b@mailed.de"))
    hub.run()
    judged = hub.store().last_runs("customers", 1)[0]["figures"]["quality"]  # the run's figures, as stored
    assert judged["crm"]["stopped"] and not judged["erp"]["stopped"]
    assert judged["crm"]["failed"][0]["expectation"] == "expect_column_proportion_of_non_null_values_to_be_between"
    assert not [r for r in hub.rows("erp") if r["NAME1"].startswith("No Mail")]  # crm's batch did not go on
    assert len([r for r in hub.rows("crm") if r["Name"].startswith("Mailed")]) == 2  # erp's did
    assert hub.store().watermark("customers", "crm") is None  # crm is read again next time

    (quality / "customer.yaml").write_text("expectations: []\n")  # the steward relaxes the suite
    again = hub.run()
    assert again["systems"]["crm"]["pulled"] == 5  # the 3 stopped rows again, and the 2 records it created
    assert len([r for r in hub.rows("erp") if r["NAME1"].startswith("No Mail")]) == 3


def test_a_failure_to_send_is_an_error_in_the_run_figures_and_the_rows_are_alerted_later(hub, stewarded,
                                                                                        monkeypatch, caplog):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("AIRFLOW_CONN_SMTP_DEFAULT", json.dumps({
        "conn_type": "smtp", "host": "127.0.0.1", "port": port, "extra": {"disable_ssl": True, "disable_tls": True}}))
    seed(hub)
    figures = hub.run()
    assert figures["alert"]["status"] == "failed" and "Connection refused" in figures["alert"]["error"]
    assert "could not be sent" in caplog.text
    stored = hub.store().last_runs("customers", 1)[0]["figures"]
    assert stored["alert"]["status"] == "failed"
    assert held(hub)["alerted_at"].isna().all()  # so the next run tries again
    assert hub.run()["alert"]["status"] == "failed"


def test_the_quarantine_commands_list_show_export_and_discard_with_a_reason(hub, tmp_path, capsys):
    from synchub.cli import main

    seed(hub)
    hub.run()
    assert main(["quarantine", "list", "--flow", "customers"]) == 0
    listing = capsys.readouterr().out
    assert listing.count("\n") == 2 and "expect_column_values_to_be_valid_uscc" in listing
    first = int(listing.split()[0].lstrip("#"))
    assert main(["quarantine", "show", str(first)]) == 0
    assert "canonical:" in capsys.readouterr().out
    out = tmp_path / "held.csv"
    assert main(["quarantine", "export", "--flow", "customers", "-o", str(out)]) == 0
    assert out.read_text().count("\n") == 3 and "failed_expectations" in out.read_text()
    assert main(["quarantine", "discard", str(first)]) == 1  # no reason: refused
    assert "needs a reason" in capsys.readouterr().err
    assert main(["quarantine", "discard", str(first), "--reason", "test company, never real"]) == 0
    closed = hub.store().quarantine("customers", None).set_index("id").loc[first]
    assert closed["status"] == "discarded" and "never real" in closed["note"] and closed["closed_by"]
    assert len(hub.store().quarantine("customers")) == 1
