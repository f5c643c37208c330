"""The mapping engine on each demo system's real mapping: native rows in, canonical rows out, and back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pandas as pd
import pytest

from synchub import canonical as c
from synchub.config import Project
from synchub.config.project import DEFAULT_MAPPINGS
from synchub.mapping.engine import Mapper
from tests import factories as f


@pytest.fixture(scope="module")
def project():
    return Project.load(DEFAULT_MAPPINGS)


def mapper(project, system):
    flow = project.flow("customers")
    return Mapper(flow.mappings[system], flow.entity, project.lookups)


def test_erp_row_to_canonical(project):
    native = pd.DataFrame([f.erp_customer(KUNNR="0000100007", NAME1="北京星辰科技有限公司", NAME2="（海淀分公司）",
                                          LAND1="cn", STCD1="9111 0108 MA01ABCD1X", KLIMK=Decimal("800000"),
                                          SMTP_ADDR=" Info@XingChen.CN ", CHANGED_TS=Decimal("20250102030405"))])
    result = mapper(project, "erp").to_canonical(native)
    assert result.rejected.empty
    row = result.rows.iloc[0]
    assert row["name"] == "北京星辰科技有限公司 (海淀分公司)"
    assert (row["country"], row["tax_id"], row["email"]) == ("CN", "91110108MA01ABCD1X", "info@xingchen.cn")
    assert (row["credit_limit"], row["customer_since"]) == ("800000.00", "2024-01-15")
    assert (row[c.SYSTEM], row[c.LOCAL_ID], row[c.MODIFIED_AT]) == ("erp", "0000100007", "2025-01-02T03:04:05")
    assert not row[c.DELETED]


def test_deleted_flags(project):
    erp = mapper(project, "erp").to_canonical(pd.DataFrame([f.erp_customer(LOEVM="X"), f.erp_customer()]))
    assert erp.rows[c.DELETED].tolist() == [True, False]
    scm = mapper(project, "scm").to_canonical(pd.DataFrame([f.scm_consignee(active=0)]))
    assert scm.rows[c.DELETED].tolist() == [True]


def test_a_bad_row_is_set_apart_with_every_reason(project):
    native = pd.DataFrame([f.erp_customer(KUNNR="1", ERDAT="2024-13-01", KLIMK="much"), f.erp_customer(KUNNR="2")])
    result = mapper(project, "erp").to_canonical(native)
    assert result.rows[c.LOCAL_ID].tolist() == ["2"]
    reason = result.rejected["reason"].iloc[0]
    assert "fields.credit_limit (KLIMK): 'much' is not a number" in reason
    assert "fields.customer_since (ERDAT): cannot read '2024-13-01' as a date with format %Y%m%d" in reason
    assert result.rejected["payload"].iloc[0]["native"]["KLIMK"] == "much"


def test_golden_back_to_erp_splits_a_long_name_over_name1_and_name2(project):
    golden = pd.DataFrame([{"name": "Internationale Handelsgesellschaft für Maschinenbau mbH", "country": "DE",
                            "customer_since": "2024-01-31", "credit_limit": "1000.00", "tax_id": None}])
    native, reasons = mapper(project, "erp").to_native(golden)
    assert reasons.empty
    row = native.iloc[0]
    assert row["NAME1"] == "Internationale Handelsgesellschaft"  # cut at the last space that fits
    assert row["NAME2"] == "für Maschinenbau mbH"
    assert row["ERDAT"] == "20240131" and row["LAND1"] == "DE"


def test_golden_back_to_scm_and_crm_translates_codes(project):
    golden = pd.DataFrame([{"name": "Acme", "country": "GB"}, {"name": "Nowhere", "country": "XX"}])
    native, reasons = mapper(project, "scm").to_native(golden)
    assert native["country_code"].tolist()[0] == "GBR"
    assert list(reasons.index) == [1] and "no native value for 'XX'" in reasons[1]
    crm, _ = mapper(project, "crm").to_native(golden.iloc[:1])
    assert crm["BillingCountry"].tolist() == ["United Kingdom"]
    assert "CreatedDate" not in crm  # customer_since is read-only in the CRM (push: false)


@pytest.mark.parametrize("system", ["crm", "erp", "scm"])
def test_reverse_then_forward_is_stable(project, system):
    """What we push maps back to itself, so our own write is never seen as a change."""
    m = mapper(project, system)
    golden = pd.DataFrame([{"name": "北京星辰科技有限公司", "tax_id": "91110108MA01ABCD1X", "email": "info@x.cn",
                            "phone": "+86 10 6543 2100", "street": "中关村大街1号", "city": "北京", "postcode": "100080",
                            "country": "CN", "currency": "CNY", "credit_limit": "800000.00",
                            "customer_since": "2020-05-17"}])
    native, _ = m.to_native(golden)
    again = m.canonical_fields(native, fields=m.push_fields)
    assert again.iloc[0].to_dict() == golden[m.push_fields].iloc[0].to_dict()


def test_native_columns_cover_key_cursor_flags_and_fields(project):
    cols = mapper(project, "crm").native_columns
    assert cols[:2] == ["Id", "LastModifiedDate"]
    assert {"IsDeleted", "SyncHub_Id__c", "Name", "BillingCountry"} <= set(cols)
    assert dt  # keep the import for readers of the fixtures


def test_a_const_field_and_a_split_field(project, tmp_path):
    from synchub.config.models import SystemMappingFile
    from synchub.config.project import SystemMapping
    from synchub.config.yaml_source import YamlDocument

    spec = SystemMappingFile.model_validate({
        "entity": "customer",
        "source": {"table": "t", "key": "id", "cursor": "v", "cursor_format": "number"},
        "fields": {"name": {"from": "label"}, "country": {"const": "DE"},
                   "city": {"from": "place", "transforms": [{"type": "split", "sep": " ", "index": -1}]}},
    })
    m = Mapper(SystemMapping("wms", spec, YamlDocument(tmp_path / "wms.yaml", {})), project.flow("customers").entity, {})
    rows = m.to_canonical(pd.DataFrame([{"id": 7, "v": 3, "label": "Lager Süd", "place": "80331 München"}])).rows
    assert rows.iloc[0][["name", "country", "city", c.LOCAL_ID]].tolist() == ["Lager Süd", "DE", "München", "7"]
    assert rows.iloc[0][c.MODIFIED_AT] is None  # a version number is no time
    assert m.push_fields == []  # no target: never written
