"""The steward's review queue and decisions: what decisions ask of clustering (newest wins), and
`synchub review list | accept | reject | split | merge` as a steward uses them, each applied by
the next run of the flow."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from synchub import stewardship
from synchub.cli import main
from synchub.errors import ConfigError
from tests import factories as f

T = dt.datetime(2026, 3, 1, 12, 0, 0)


def decision(id_: int, kind: str, a: str, b: str | None = None, minutes: int = 0, golden_id: str | None = None):
    system_a, local_a = a.split(":")
    system_b, local_b = b.split(":") if b else (None, None)
    return {"id": id_, "decision": kind, "system_a": system_a, "local_a": local_a, "system_b": system_b,
            "local_b": local_b, "golden_id": golden_id, "decided_at": T + dt.timedelta(minutes=minutes)}


def constraints(*rows, members=None):
    must, cannot, free = stewardship.constraints(pd.DataFrame(list(rows)), members or {})
    return sorted(must), sorted(cannot), free


def test_a_pair_takes_its_newest_decision():
    must, cannot, _ = constraints(decision(1, "cannot_link", "crm:1", "erp:1"),
                                  decision(2, "must_link", "erp:1", "crm:1", minutes=5))
    assert must == [(("crm", "1"), ("erp", "1"))] and cannot == []


def test_a_split_cancels_older_must_links_and_keeps_its_record_from_the_members_of_the_time():
    must, cannot, free = constraints(decision(1, "must_link", "crm:1", "erp:1"),
                                     decision(2, "split", "crm:1", minutes=5, golden_id="g1"),
                                     members={2: [("erp", "1"), ("scm", "7")]})
    assert must == []
    assert cannot == [(("crm", "1"), ("erp", "1")), (("crm", "1"), ("scm", "7"))]
    assert free == {("crm", "1"): "g1"}


def test_a_must_link_after_a_split_brings_the_record_back():
    must, cannot, free = constraints(decision(1, "split", "crm:1", golden_id="g1"),
                                     decision(2, "must_link", "crm:1", "erp:1", minutes=5),
                                     members={1: [("erp", "1")]})
    assert must == [(("crm", "1"), ("erp", "1"))] and cannot == [] and free == {}


def test_a_record_is_named_system_colon_local_id():
    assert stewardship.parse_record("erp:0000100001") == ("erp", "0000100001")
    assert stewardship.parse_record("crm:a:b") == ("crm", "a:b")
    with pytest.raises(ConfigError, match="SYSTEM:LOCAL_ID"):
        stewardship.parse_record("0000100001")


def test_the_decider_is_synchub_user_or_the_login(monkeypatch):
    monkeypatch.setenv("SYNCHUB_USER", "steward.jane")
    assert stewardship.actor() == "steward.jane"
    monkeypatch.delenv("SYNCHUB_USER")
    assert stewardship.actor()


# ------------------------------------------------------------------ through the CLI, with runs
def seed_lookalikes(hub) -> None:
    """Two pairs that look alike without proof: one name spelled two ways at one address, but no
    tax id, e-mail or phone in common. Each pair goes to review instead of merging."""
    fabrikam = dict(BillingStreet="10 Harbour Way", BillingPostalCode="SE1 7PB", Email__c=None)
    contoso = dict(BillingStreet="5 Park Row", BillingCity="Leeds", BillingPostalCode="LS1 5JL", Email__c=None)
    f.insert(hub.urls["crm"], "crm", f.crm_account(Id="001R00000000000001", Name="Fabrikam Ltd", **fabrikam),
             f.crm_account(Id="001R00000000000002", Name="Contoso Ltd", **contoso))
    f.insert(hub.urls["erp"], "erp",
             f.erp_customer(KUNNR="0000400001", NAME1="Fabrikan Ltd", STRAS="10 Harbour Way", PSTLZ="SE1 7PB",
                            STCD1=None),
             f.erp_customer(KUNNR="0000400002", NAME1="Contosso Ltd", STRAS="5 Park Row", ORT01="Leeds",
                            PSTLZ="LS1 5JL", STCD1=None))


def golden_of(hub, record: str) -> str:
    system, local_id = record.split(":")
    xref = hub.store().xref_rows("customer", system=system, local_ids=[local_id])
    return xref["golden_id"].iloc[0]


def listed(capsys) -> list[str]:
    return [line for line in capsys.readouterr().out.splitlines() if line.startswith("#")]


def review_id(lines: list[str], record: str) -> int:
    return int(next(line for line in lines if record in line).split()[0].lstrip("#"))


def test_review_list_accept_and_reject_take_effect_at_the_next_run_and_hold(hub, capsys, monkeypatch):
    monkeypatch.setenv("SYNCHUB_USER", "steward.jane")
    seed_lookalikes(hub)
    hub.run()
    assert golden_of(hub, "crm:001R00000000000001") != golden_of(hub, "erp:0000400001")
    assert main(["review", "list", "--flow", "customers"]) == 0
    lines = listed(capsys)
    assert len(lines) == 2
    fabrikam, contoso = review_id(lines, "crm:001R00000000000001"), review_id(lines, "crm:001R00000000000002")
    assert "Fabrikam Ltd" in lines[0] + lines[1] and "Fabrikan Ltd" in lines[0] + lines[1]

    assert main(["review", "accept", str(fabrikam), "--reason", "same company, moved"]) == 0
    assert main(["review", "reject", str(contoso), "--reason", "Contosso is the tenant next door"]) == 0
    assert main(["review", "accept", str(contoso)]) == 1  # decided already
    capsys.readouterr()
    assert golden_of(hub, "crm:001R00000000000001") != golden_of(hub, "erp:0000400001")  # not before the run
    hub.run()
    assert golden_of(hub, "crm:001R00000000000001") == golden_of(hub, "erp:0000400001")
    assert golden_of(hub, "crm:001R00000000000002") != golden_of(hub, "erp:0000400002")
    assert main(["review", "list"]) == 0
    assert listed(capsys) == []  # the rejected pair is not asked again
    assert main(["review", "list", "--all"]) == 0
    decided = listed(capsys)
    assert any(f"#{fabrikam} accepted" in line and "by steward.jane: same company, moved" in line for line in decided)

    # both decisions hold when the records change again
    f.update(hub.urls["erp"], "erp", "KUNNR", "0000400002", TELF1="0113 496 0000", CHANGED_TS=20990101000000)
    f.update(hub.urls["erp"], "erp", "KUNNR", "0000400001", TELF1="020 7946 1234", CHANGED_TS=20990101000000)
    hub.run()
    hub.run()
    assert golden_of(hub, "crm:001R00000000000001") == golden_of(hub, "erp:0000400001")
    assert golden_of(hub, "crm:001R00000000000002") != golden_of(hub, "erp:0000400002")
    assert main(["review", "list"]) == 0
    assert listed(capsys) == []


def test_split_and_merge_need_a_flow_a_reason_and_known_records(hub, capsys):
    seed_lookalikes(hub)
    hub.run()
    assert main(["review", "split", "crm:001R00000000000001", "--reason", "x"]) == 2
    assert "needs --flow" in capsys.readouterr().err
    assert main(["review", "merge", "--flow", "customers", "crm:001R00000000000001", "erp:0000400001"]) == 2
    assert "needs a reason" in capsys.readouterr().err
    assert main(["review", "merge", "--flow", "customers", "crm:001R00000000000001", "erp:nope", "--reason", "x"]) == 1
    assert "no live customer record erp:nope" in capsys.readouterr().err
    assert main(["review", "split", "--flow", "customers", "scm:404", "--reason", "x"]) == 1
    assert "no live customer record scm:404" in capsys.readouterr().err
    assert main(["review", "accept", "abc"]) == 2
    assert "takes review ids" in capsys.readouterr().err
