"""Loading config: the shipped mappings are valid; each broken fixture fails with file, line, key and a fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from connectors.connection import resolve_url
from synchub.config import Project
from synchub.config.json_schema import stale
from synchub.config.models import SystemSpec
from synchub.config.project import DEFAULT_MAPPINGS
from synchub.errors import ConfigError, ConnectionConfigError


def test_shipped_mappings_are_valid():
    project = Project.load(DEFAULT_MAPPINGS)
    assert set(project.flows["customers"].mappings) == {"crm", "erp", "scm"}


def test_committed_json_schemas_match_the_models():
    assert stale(DEFAULT_MAPPINGS / "schema") == []


@pytest.fixture
def mappings(tmp_path) -> Path:
    folder = tmp_path / "mappings"
    shutil.copytree(DEFAULT_MAPPINGS, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BROKEN = [
    # (file, old text, new text, expected fragments of the message)
    ("crm/customers.yaml", "  name:\n    from: Name", "  nmae:\n    from: Name",
     ["fields.nmae: 'nmae' is not a field of the canonical customer", "the required field 'name' is not mapped"]),
    ("crm/customers.yaml", "{type: case, to: upper}", "{type: case, to: UPPER}",
     ["fields.tax_id.transforms.2", "'upper', 'lower' or 'title'"]),
    ("crm/customers.yaml", "transforms: [nfkc, trim, collapse_spaces]", "transforms: [nfkc, trimm]",
     ["fields.name.transforms.1", "'trimm'"]),
    ("crm/customers.yaml", "pattern: '[\\s\\-]'", "pattern: '[\\s\\-'",
     ["fields.tax_id.transforms.1.regex_replace.pattern", "not a valid regular expression"]),
    ("crm/customers.yaml", "table: country_names", "table: countries",
     ["fields.country.transforms.2.table: no lookup table 'countries'", "country_alpha3, country_names"]),
    ("erp/customers.yaml", "    split_width: 35\n", "",
     ["fields.name: read from several columns, so pushing needs 'split_width'"]),
    ("scm/customers.yaml", "  golden_id_column: ext_ref\n", "",
     ["source: creating records needs 'golden_id_column'"]),
    ("systems.yaml", "    type: sql\n    title: CRM", "    type: soap\n    title: CRM",
     ["systems.crm.type: unknown connector type 'soap'; known types are sql"]),
    ("systems.yaml", "default_url: sqlite:///${SYNCHUB_VAR}/demo/crm.db",
     "default_url: postgresql://crm:s3cret@db/crm", ["systems.crm.default_url", "holds a password"]),
    ("flows.yaml", "systems: [crm, erp, scm]", "systems: [crm, erp, wms]", ["flows.customers.systems.2: unknown system 'wms'"]),
    ("entities/customers.yaml", "credit_limit: {rule: owner, system: erp}", "credit_limit: {rule: owner}",
     ["survivorship.credit_limit", "owner needs 'system'"]),
    ("entities/customers.yaml", "  exact_keys:\n    - field: tax_id", "  exact_keys:\n    - field: vat",
     ["match.exact_keys.0.field: 'vat' is not a field"]),
    ("entities/customers.yaml", "    street: {normalise: address, country: country}",
     "    street: {column: address, normalise: address, country: country}",
     ["match.fields.street.column: 'address' is not a field of the canonical customer; fields are name, tax_id"]),
    ("entities/customers.yaml", "    phone: {normalise: phone, country: country}",
     "    phone: {normalise: phone, country: land}",
     ["match.fields.phone.country: 'land' is not a field of the canonical customer"]),
    ("entities/customers.yaml", "    country: {normalise: text}", "    country: {normalise: text}\n    region: {}",
     ["match.fields.region: 'region' is not a field of the canonical customer (name the field it reads with "
      "'column')"]),
    ("crm/customers.yaml", "  key: Id\n  cursor", "  key: Id\n  colour: blue\n  cursor",
     ["source.colour: unknown key"]),
]


@pytest.mark.parametrize("file,old,new,fragments", BROKEN, ids=[b[3][0][:40] for b in BROKEN])
def test_broken_config_names_file_line_and_key(mappings, file, old, new, fragments):
    _edit(mappings / file, old, new)
    with pytest.raises(ConfigError) as error:
        Project.load(mappings)
    message = str(error.value)
    assert f"{mappings / file}:" in message
    for fragment in fragments:
        assert fragment in message


def test_line_numbers_point_at_the_bad_key(mappings):
    path = mappings / "crm" / "customers.yaml"
    _edit(path, "    from: Credit_Limit__c", "    from: Credit_Limit__c\n    push: maybe")
    line = path.read_text().splitlines().index("    push: maybe") + 1
    with pytest.raises(ConfigError, match=rf"customers.yaml:{line}: fields.credit_limit.push"):
        Project.load(mappings)


def test_all_problems_are_reported_together(mappings):
    _edit(mappings / "crm" / "customers.yaml", "table: country_names", "table: nope")
    _edit(mappings / "scm" / "customers.yaml", "table: country_alpha3", "table: nope3")
    with pytest.raises(ConfigError) as error:
        Project.load(mappings)
    assert len(error.value.problems) == 2


def test_connection_resolution_prefers_the_environment(monkeypatch, tmp_path):
    spec = SystemSpec(type="sql", connection="crm_db", default_url="sqlite:///${SYNCHUB_VAR}/crm.db")
    monkeypatch.setenv("SYNCHUB_VAR", str(tmp_path))
    monkeypatch.delenv("AIRFLOW_CONN_CRM_DB", raising=False)
    assert resolve_url("crm", spec) == f"sqlite:///{tmp_path}/crm.db"
    monkeypatch.setenv("AIRFLOW_CONN_CRM_DB", "postgres://u:p@host:5432/crm")
    assert resolve_url("crm", spec) == "postgresql+psycopg://u:p@host:5432/crm"
    monkeypatch.setenv("AIRFLOW_CONN_CRM_DB", '{"conn_type": "mysql", "host": "h", "login": "u", "password": "p@ss", '
                                              '"schema": "erp", "port": 3306}')
    assert resolve_url("crm", spec) == "mysql+pymysql://u:p%40ss@h:3306/erp"
    monkeypatch.delenv("AIRFLOW_CONN_CRM_DB")
    with pytest.raises(ConnectionConfigError, match="AIRFLOW_CONN_CRM_DB"):
        resolve_url("crm", SystemSpec(type="sql", connection="crm_db"))
