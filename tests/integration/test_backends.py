"""The customers flow end to end with every system on a real database server.

CRM on PostgreSQL, ERP on MariaDB (PyMySQL), SCM on MariaDB through ODBC (pyodbc), and the hub
store on PostgreSQL: each a fresh database made for the test and dropped after it. The systems
are pointed there the way an operator does it, with ``AIRFLOW_CONN_<ID>`` environment variables.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
import sqlalchemy as sa

from connectors.connection import resolve_url
from synchub.config import Project
from synchub.pipeline import run_flow
from synchub.store import HubStore
from synchub.store import schema as t
from tests import factories
from tests.connectors.backends import odbc_url
from tests.services import mariadb_database, postgres_database

pytestmark = pytest.mark.integration

SYSTEMS = ("crm", "erp", "scm")
XINGCHEN_TAX = "91110000MA01ABCD1M"
GOLDEN_NAMES = {"北京星辰科技有限公司", "Acme Ltd", "Müller & Söhne GmbH", "Globex GmbH", "Initech Logistics"}


@dataclass
class Deployment:
    """Three systems and a hub store on database servers, and the project pointed at them."""

    urls: dict[str, str]
    store_url: str

    def run(self) -> dict:
        store = HubStore(self.store_url)
        try:
            return run_flow(Project.load(), "customers", store)
        finally:
            store.dispose()

    def rows(self, system: str) -> list[dict]:
        return factories.rows(self.urls[system], system)

    def live(self, system: str) -> list[dict]:
        """The system's customers that are not deleted, in its own terms."""
        alive = {"crm": lambda r: not r["IsDeleted"], "erp": lambda r: r["LOEVM"] != "X",
                 "scm": lambda r: r["active"] == 1}[system]
        return [row for row in self.rows(system) if alive(row)]

    def store_frame(self, query) -> list[dict]:
        store = HubStore(self.store_url)
        try:
            return store.frame(query).to_dict("records")
        finally:
            store.dispose()


@pytest.fixture
def deployment(tmp_path, monkeypatch) -> Iterator[Deployment]:
    with contextlib.ExitStack() as stack:
        urls = {"crm": stack.enter_context(postgres_database()),
                "erp": stack.enter_context(mariadb_database()),
                "scm": odbc_url(stack.enter_context(mariadb_database()))}
        store_url = stack.enter_context(postgres_database())
        monkeypatch.setenv("SYNCHUB_VAR", str(tmp_path / "var"))
        monkeypatch.delenv("SYNCHUB_MAPPINGS", raising=False)
        for system, url in urls.items():
            monkeypatch.setenv(f"AIRFLOW_CONN_SYNCHUB_{system.upper()}", url)
        monkeypatch.setenv("SYNCHUB_STORE_URL", store_url)
        factories.create_systems(urls)
        store = HubStore(store_url)
        store.migrate()
        store.dispose()
        yield Deployment(urls=urls, store_url=store_url)


def plant_customers(deployment: Deployment) -> None:
    """Five companies; three of them known to several systems under slightly different forms."""
    urls = deployment.urls
    factories.insert(urls["crm"], "crm",
                     factories.crm_account(Name="北京星辰科技有限公司", Tax_Id__c=XINGCHEN_TAX, BillingCountry="China",
                                           BillingCity="北京", CurrencyIsoCode="CNY", Email__c="ops@xingchen.cn"),
                     factories.crm_account(Name="Acme Ltd", Email__c="info@acme.co.uk"),
                     factories.crm_account(Name="Müller & Söhne GmbH", Email__c="kontakt@mueller-soehne.de",
                                           BillingCountry="Germany", BillingCity="München", CurrencyIsoCode="EUR"))
    factories.insert(urls["erp"], "erp",
                     # the same tax id as the CRM's Xingchen, written with a dash
                     factories.erp_customer(NAME1="北京星辰科技有限公司", STCD1="91110000-MA01ABCD1M", LAND1="CN",
                                            ORT01="北京", WAERS="CNY", KLIMK=1000000),
                     factories.erp_customer(NAME1="Globex GmbH", STCD1="DE123456788", LAND1="DE", ORT01="Berlin",
                                            PSTLZ="10115", WAERS="EUR"))
    scm = []
    for values in [
        # the CRM's Acme by e-mail (in capitals), and Xingchen by tax id under a full-width short name
        dict(consignee_name="Acme Ltd.", contact_email="INFO@acme.co.uk"),
        dict(consignee_name="星辰（北京）", country_code="CHN", city="北京", tax_no=XINGCHEN_TAX),
        dict(consignee_name="Initech Logistics", country_code="GBR", contact_email="ap@initech.example"),
    ]:
        row = factories.scm_consignee(**values)
        del row["consignee_id"]  # the SCM's own sequence numbers its consignees
        scm.append(row)
    factories.insert(urls["scm"], "scm", *scm)


def tax_ids(deployment: Deployment, system: str) -> list[str]:
    column = {"crm": "Tax_Id__c", "erp": "STCD1", "scm": "tax_no"}[system]
    return [re.sub(r"[\s\-]", "", row[column]).upper() for row in deployment.live(system) if row[column]]


def emails(deployment: Deployment, system: str) -> list[str]:
    column = {"crm": "Email__c", "erp": "SMTP_ADDR", "scm": "contact_email"}[system]
    return [row[column].lower() for row in deployment.live(system) if row[column]]


def counts(figures: dict, name: str) -> dict[str, int]:
    return {system: figures["systems"][system][name] for system in SYSTEMS}


def test_the_systems_are_reached_through_their_connection_variables(deployment):
    project = Project.load()
    assert {name: resolve_url(name, project.systems[name]) for name in SYSTEMS} == deployment.urls


def test_customers_flow_across_postgresql_mariadb_and_odbc(deployment):
    plant_customers(deployment)

    first = deployment.run()

    assert counts(first, "pulled") == {"crm": 3, "erp": 2, "scm": 3}
    assert counts(first, "rejected") == {"crm": 0, "erp": 0, "scm": 0}
    assert counts(first, "quarantined") == {"crm": 0, "erp": 0, "scm": 0}
    assert first["goldens"]["goldens_new"] == 5
    # what each system lacked was created there (the planted duplicates were not created again)
    assert counts(first, "created") == {"crm": 2, "erp": 3, "scm": 2}
    for system in SYSTEMS:
        live = deployment.live(system)
        assert len(live) == 5, (system, live)
        name_column = {"crm": "Name", "erp": "NAME1", "scm": "consignee_name"}[system]
        assert {row[name_column] for row in live} == GOLDEN_NAMES, system  # the golden names, Chinese included
        assert tax_ids(deployment, system).count(XINGCHEN_TAX) == 1, system
        assert emails(deployment, system).count("info@acme.co.uk") == 1, system

    # the hub store: five golden customers, each linked to one record in every system
    goldens = deployment.store_frame(sa.select(t.golden.c.golden_id, t.golden.c.status))
    assert len(goldens) == 5 and {g["status"] for g in goldens} == {"active"}
    xrefs = deployment.store_frame(sa.select(t.xref.c.system, t.xref.c.local_id, t.xref.c.golden_id,
                                             t.xref.c.deleted_at))
    assert len(xrefs) == 15 and all(x["deleted_at"] is None for x in xrefs)
    for golden in goldens:
        assert sorted(x["system"] for x in xrefs if x["golden_id"] == golden["golden_id"]) == list(SYSTEMS)
    # a record the hub created carries its golden id; the xref points at that very record
    for system, key, golden_column in [("crm", "Id", "SyncHub_Id__c"), ("erp", "KUNNR", "ZZSYNCHUB"),
                                       ("scm", "consignee_id", "ext_ref")]:
        rows = {str(row[key]): row for row in deployment.rows(system)}
        mine = [x for x in xrefs if x["system"] == system]
        assert {x["local_id"] for x in mine} == set(rows)
        created = {x["local_id"]: x["golden_id"] for x in mine if rows[x["local_id"]][golden_column]}
        assert len(created) == first["systems"][system]["created"]
        assert all(rows[local_id][golden_column] == golden_id for local_id, golden_id in created.items())
    watermarks = {w["system"]: w["cursor"] for w in deployment.store_frame(sa.select(t.watermark))}
    assert re.fullmatch(r"\d{14}", watermarks["erp"]), watermarks  # CHANGED_TS: a 14-digit number
    assert dt.datetime.fromisoformat(watermarks["crm"]) and dt.datetime.fromisoformat(watermarks["scm"])

    held = {system: deployment.rows(system) for system in SYSTEMS}
    second = deployment.run()

    assert counts(second, "created") == {"crm": 0, "erp": 0, "scm": 0}
    assert counts(second, "updated") == {"crm": 0, "erp": 0, "scm": 0}
    assert counts(second, "rejected") == {"crm": 0, "erp": 0, "scm": 0}
    assert counts(second, "quarantined") == {"crm": 0, "erp": 0, "scm": 0}
    assert {system: deployment.rows(system) for system in SYSTEMS} == held  # nothing was written


def test_changes_after_the_watermarks_reach_the_other_systems(deployment):
    plant_customers(deployment)
    deployment.run()
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    acme = next(r for r in deployment.live("crm") if r["Name"] == "Acme Ltd")
    globex = next(r for r in deployment.live("erp") if r["NAME1"] == "Globex GmbH")
    # the CRM owns phone numbers, the ERP credit limits; each changes one, stamped now
    factories.update(deployment.urls["crm"], "crm", "Id", acme["Id"], Phone="+44 20 7000 0001", LastModifiedDate=now)
    factories.update(deployment.urls["erp"], "erp", "KUNNR", globex["KUNNR"], KLIMK=Decimal("75000.00"),
                     CHANGED_TS=int(now.strftime("%Y%m%d%H%M%S")))

    third = deployment.run()

    assert counts(third, "changed") == {"crm": 1, "erp": 1, "scm": 0}
    assert counts(third, "created") == {"crm": 0, "erp": 0, "scm": 0}
    assert counts(third, "updated") == {"crm": 1, "erp": 1, "scm": 1}
    assert counts(third, "rejected") == {"crm": 0, "erp": 0, "scm": 0}
    assert next(r for r in deployment.live("erp") if r["NAME1"] == "Acme Ltd")["TELF1"] == "+44 20 7000 0001"
    assert next(r for r in deployment.live("scm")
                if r["consignee_name"] == "Acme Ltd")["contact_phone"] == "+44 20 7000 0001"
    assert next(r for r in deployment.live("crm") if r["Name"] == "Globex GmbH")["Credit_Limit__c"] == Decimal("75000.00")

    fourth = deployment.run()
    assert counts(fourth, "updated") == {"crm": 0, "erp": 0, "scm": 0}
    assert counts(fourth, "created") == {"crm": 0, "erp": 0, "scm": 0}
