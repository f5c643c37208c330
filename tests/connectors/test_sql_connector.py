"""The SQL connector against real databases: SQLite, PostgreSQL, MariaDB (PyMySQL) and MariaDB
through ODBC (pyodbc), each test on a fresh database holding the demo systems' native tables.

The connector is used directly, as the pipeline uses it: specs like those in ``mappings/``,
native values as the load step passes them (text for numbers, None for missing).
"""

from __future__ import annotations

import datetime as dt
import re
import types
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd
import pytest
import sqlalchemy as sa

from connectors.sql import connector as sql_connector
from connectors.sql.connector import SqlConnector
from synchub.config.models import DeletedFlag, NewKey, SourceSpec, SystemSpec, TargetSpec
from synchub.demo import schemas
from synchub.errors import SourceSystemError
from tests import factories
from tests.connectors.backends import backend_params, fresh_database, unreachable_url

T0 = factories.T0
TS14 = "%Y%m%d%H%M%S"

CRM_SOURCE = SourceSpec(table="Account", key="Id", cursor="LastModifiedDate",
                        deleted=DeletedFlag(column="IsDeleted", equals=True), golden_id_column="SyncHub_Id__c")
CRM_TARGET = TargetSpec(table="Account", key="Id", new_key=NewKey(type="random_id", prefix="001", length=18),
                        on_write={"LastModifiedDate": "now"},
                        on_create={"CreatedDate": "now", "IsDeleted": False, "Type": "Customer"})
ERP_SOURCE = SourceSpec(table="KNA1", key="KUNNR", cursor="CHANGED_TS", cursor_format="yyyymmddhhmmss",
                        deleted=DeletedFlag(column="LOEVM", equals="X"), golden_id_column="ZZSYNCHUB")
ERP_TARGET = TargetSpec(table="KNA1", key="KUNNR", new_key=NewKey(type="max_plus_one", length=10),
                        on_write={"CHANGED_TS": "now_ts14"}, on_create={"LOEVM": ""})
SCM_SOURCE = SourceSpec(table="consignee", key="consignee_id", cursor="updated_at",
                        deleted=DeletedFlag(column="active", equals=0), golden_id_column="ext_ref")
SCM_TARGET = TargetSpec(table="consignee", key="consignee_id", new_key=NewKey(type="database"),
                        on_write={"updated_at": "now"}, on_create={"active": 1})

# A 35-character Chinese name: exactly fills VARCHAR(35), which counts characters, not bytes.
NAME_35 = "北京星辰科技有限公司（北京）上海星辰国际贸易有限公司深圳分公司第一营业"
UNICODE_NAMES = ["北京星辰科技有限公司", "星辰科技（北京）有限公司", "上海　浦东　发展有限公司", "𠮷野家（中国）餐饮有限公司"]

# What each database says when it refuses a row.
TOO_LONG = {"postgresql": r"value too long for type character varying\(\d+\)",
            "mariadb": r"Data too long for column '{column}'",
            "mariadb-odbc": r"Data too long for column '{column}'"}
NOT_NULL = {"sqlite": r"NOT NULL constraint failed: {table}\.{column}",
            "postgresql": r'null value in column "{column}" of relation "{table}" violates not-null constraint',
            "mariadb": r"Column '{column}' cannot be null",
            "mariadb-odbc": r"Column '{column}' cannot be null"}
BAD_DATETIME = {"sqlite": r"SQLite DateTime type only accepts Python datetime",
                "postgresql": r'invalid input syntax for type timestamp: "not a date"',
                "mariadb": r"Incorrect datetime value: 'not a date'",
                "mariadb-odbc": r"Incorrect datetime value: 'not a date'"}
BAD_NUMBER = {"sqlite": r"could not convert string to float: 'a lot'",
              "postgresql": r'invalid input syntax for type numeric: "a lot"',
              "mariadb": r"Incorrect decimal value: 'a lot'",
              "mariadb-odbc": r"Incorrect decimal value: 'a lot'"}


@dataclass
class Backend:
    name: str
    url: str

    @property
    def enforces_lengths(self) -> bool:
        """SQLite stores text of any length in a VARCHAR(n); the others refuse it (MariaDB: strict mode)."""
        return self.name != "sqlite"


@pytest.fixture(params=backend_params())
def backend(request, tmp_path) -> Iterator[Backend]:
    """A fresh database of one backend with the native tables of all three demo systems."""
    with fresh_database(request.param, tmp_path) as url:
        engine = sa.create_engine(url)
        try:
            for metadata in schemas.METADATA.values():
                metadata.create_all(engine)
        finally:
            engine.dispose()
        yield Backend(request.param, url)


@pytest.fixture
def connect(backend):
    """``connect(system)``: a SqlConnector on the backend's database, closed after the test."""
    opened: list[SqlConnector] = []

    def open_connector(system: str = "crm", url: str | None = None) -> SqlConnector:
        connector = SqlConnector(system, SystemSpec(type="sql", connection=f"synchub_{system}"), url or backend.url)
        opened.append(connector)
        return connector

    yield open_connector
    for connector in opened:
        connector.close()


@pytest.fixture
def no_retry(monkeypatch):
    """Fail the test if the connector backs off and retries, as it does only for operational errors."""
    def sleep(seconds):
        raise AssertionError(f"the connector retried (sleep {seconds}) instead of rejecting the row")

    monkeypatch.setattr(sql_connector, "time", types.SimpleNamespace(sleep=sleep))


# ---------------------------------------------------------------------------------------- helpers
def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def native_frame(records: list[dict], rows: list[int] | None = None) -> pd.DataFrame:
    """Rows to write, shaped as the load step shapes them: object columns, None for missing, ``row``."""
    frame = pd.DataFrame.from_records(records)
    frame = frame.astype(object).where(frame.notna(), None)
    return frame.assign(row=rows if rows is not None else list(range(len(records))))


def held(url: str, system: str) -> list[dict]:
    """What the database holds, read with a plain SQLAlchemy select (not through the connector)."""
    return factories.rows(url, system)


def by(rows: list[dict], column: str) -> dict:
    return {row[column]: row for row in rows}


def as_datetime(value) -> dt.datetime:
    return pd.Timestamp(value).to_pydatetime()


def assert_between(value, before: dt.datetime, after: dt.datetime) -> None:
    """A 'now' constant: the connector's clock is UTC, to the second."""
    assert before.replace(microsecond=0) <= as_datetime(value) <= after, (value, before, after)


def assert_ts14_between(value, before: dt.datetime, after: dt.datetime) -> None:
    assert int(before.strftime(TS14)) <= int(value) <= int(after.strftime(TS14)), (value, before, after)


def messages(result) -> dict[int, str]:
    return dict(zip(result.rejected["row"].tolist(), result.rejected["error"].tolist()))


def consignee(**values) -> dict:
    """An SCM consignee row whose id the database assigns (as the SCM itself would)."""
    row = factories.scm_consignee(**values)
    if "consignee_id" not in values:
        del row["consignee_id"]
    return row


# ---------------------------------------------------------------------------------------- columns
def test_columns_are_the_native_names_in_table_order(backend, connect):
    for system, table in [("crm", "Account"), ("erp", "KNA1"), ("scm", "consignee")]:
        expected = [column.name for column in schemas.METADATA[system].tables[table].columns]
        assert connect(system).columns(table) == expected
    assert {"Id", "LastModifiedDate", "SyncHub_Id__c", "Email__c"} <= set(connect("crm").columns("Account"))


def test_columns_of_a_missing_table_is_a_source_system_error(backend, connect):
    with pytest.raises(SourceSystemError, match="no table 'NoSuchTable'"):
        connect("crm").columns("NoSuchTable")


# ---------------------------------------------------------------------------------------- extract
def test_extract_datetime_cursor_all_rows_in_chunks_ordered_by_cursor(backend, connect):
    hours = [5, 1, 3, 0, 3, 2, 4]  # two rows share a cursor value: the key breaks the tie
    rows = [factories.crm_account(LastModifiedDate=T0 + dt.timedelta(hours=h), Name=f"Account {i}")
            for i, h in enumerate(hours)]
    factories.insert(backend.url, "crm", *reversed(rows))
    columns = ["Id", "Name", "LastModifiedDate"]

    chunks = list(connect("crm").extract(CRM_SOURCE, columns, None, 3))

    assert [len(chunk) for chunk in chunks] == [3, 3, 1]
    assert all(list(chunk.columns) == columns for chunk in chunks)
    got = pd.concat(chunks, ignore_index=True)
    expected = sorted(rows, key=lambda r: (r["LastModifiedDate"], r["Id"]))
    assert got["Id"].tolist() == [r["Id"] for r in expected]
    assert got["Name"].tolist() == [r["Name"] for r in expected]
    assert [as_datetime(v) for v in got["LastModifiedDate"]] == [r["LastModifiedDate"] for r in expected]


def test_extract_since_a_datetime_watermark_returns_rows_at_or_after_it(backend, connect):
    rows = [factories.crm_account(LastModifiedDate=T0 + dt.timedelta(hours=h, seconds=s))
            for h, s in [(0, 0), (1, 30), (2, 0), (2, 0), (3, 59), (4, 1)]]
    factories.insert(backend.url, "crm", *rows)
    crm = connect("crm")
    chunks = list(crm.extract(CRM_SOURCE, ["Id", "LastModifiedDate"], None, 3))
    watermark = crm.cursor_text(chunks[0]["LastModifiedDate"])
    assert watermark == "2025-01-01T11:00:00"  # largest of the first chunk, ISO 8601

    since = pd.concat(crm.extract(CRM_SOURCE, ["Id", "LastModifiedDate"], watermark, 2), ignore_index=True)

    expected = sorted((r for r in rows if r["LastModifiedDate"] >= dt.datetime(2025, 1, 1, 11)),
                      key=lambda r: (r["LastModifiedDate"], r["Id"]))
    assert since["Id"].tolist() == [r["Id"] for r in expected]  # both rows of 11:00 included (>=)
    last = crm.cursor_text(since["LastModifiedDate"])
    assert last == "2025-01-01T13:00:01"
    assert pd.concat(crm.extract(CRM_SOURCE, ["Id"], last, 10))["Id"].tolist() == [rows[-1]["Id"]]


def test_extract_since_a_14_digit_numeric_watermark_returns_rows_at_or_after_it(backend, connect):
    stamps = [20250103120000, 20250101090000, 20250102000000, 20250101090000, 20251231235959, 20250102000001]
    rows = [factories.erp_customer(CHANGED_TS=ts) for ts in stamps]
    factories.insert(backend.url, "erp", *rows)
    erp = connect("erp")
    columns = ["KUNNR", "NAME1", "CHANGED_TS"]

    chunks = list(erp.extract(ERP_SOURCE, columns, None, 2))
    assert [len(chunk) for chunk in chunks] == [2, 2, 2]
    got = pd.concat(chunks, ignore_index=True)
    expected = sorted(rows, key=lambda r: (r["CHANGED_TS"], r["KUNNR"]))
    assert got["KUNNR"].tolist() == [r["KUNNR"] for r in expected]
    assert [int(v) for v in got["CHANGED_TS"]] == sorted(stamps)

    watermark = erp.cursor_text(chunks[1]["CHANGED_TS"])
    assert watermark == "20250102000001"  # 14 digits: no exponent, no decimal point

    since = pd.concat(erp.extract(ERP_SOURCE, columns, watermark, 2), ignore_index=True)
    assert [int(v) for v in since["CHANGED_TS"]] == [20250102000001, 20250103120000, 20251231235959]
    assert erp.cursor_text(since["CHANGED_TS"]) == "20251231235959"
    assert list(erp.extract(ERP_SOURCE, columns, "20260101000000", 2)) == []


def test_extract_streams_many_rows_and_can_be_abandoned_midway(backend, connect):
    factories.insert(backend.url, "scm", *[consignee(consignee_name=f"Consignee {i:03d}",
                                                     updated_at=T0 + dt.timedelta(minutes=i % 7))
                                           for i in range(250)])
    scm = connect("scm")
    chunks = list(scm.extract(SCM_SOURCE, ["consignee_id", "consignee_name", "updated_at"], None, 100))
    assert [len(chunk) for chunk in chunks] == [100, 100, 50]
    got = pd.concat(chunks, ignore_index=True)
    assert got["consignee_id"].is_unique and len(got) == 250
    ordered = got.assign(updated_at=got["updated_at"].map(as_datetime))
    assert ordered.equals(ordered.sort_values(["updated_at", "consignee_id"]))

    # A reader that stops early (an error while a chunk is processed) leaves no open cursor
    # behind, and the connector goes on working.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reader = scm.extract(SCM_SOURCE, ["consignee_id"], None, 100)
        assert len(next(reader)) == 100
        reader.close()
    assert [str(w.message) for w in caught] == []
    assert sum(len(chunk) for chunk in scm.extract(SCM_SOURCE, ["consignee_id"], None, 100)) == 250


def test_cursor_text(backend, connect):
    crm = connect("crm")
    assert crm.cursor_text(pd.Series([None, None], dtype=object)) is None
    assert crm.cursor_text(pd.Series([], dtype=object)) is None
    assert crm.cursor_text(pd.Series([T0, T0 + dt.timedelta(seconds=1), None])) == "2025-01-01T09:00:01"
    assert crm.cursor_text(pd.Series([Decimal("20250101090000"), Decimal("2.0250102E+13")])) == "20250102000000"
    assert crm.cursor_text(pd.Series([3, 12, 7])) == "12"


# ---------------------------------------------------------------------------------------- unicode
def test_unicode_survives_write_and_read(backend, connect):
    crm, erp, scm = connect("crm"), connect("erp"), connect("scm")
    # written by another program, read by the connector
    factories.insert(backend.url, "crm", factories.crm_account(Name=UNICODE_NAMES[0], BillingCity="北京"))
    factories.insert(backend.url, "erp", factories.erp_customer(NAME1=NAME_35, ORT01="北京"))
    factories.insert(backend.url, "scm", consignee(consignee_name=UNICODE_NAMES[1], city="北京"))
    assert pd.concat(crm.extract(CRM_SOURCE, ["Name", "BillingCity"], None, 10)).values.tolist() == [
        [UNICODE_NAMES[0], "北京"]]
    assert pd.concat(erp.extract(ERP_SOURCE, ["NAME1", "ORT01"], None, 10)).values.tolist() == [[NAME_35, "北京"]]
    assert pd.concat(scm.extract(SCM_SOURCE, ["consignee_name", "city"], None, 10)).values.tolist() == [
        [UNICODE_NAMES[1], "北京"]]

    # written by the connector (creates, then updates), read back by the connector and directly
    golden = [f"golden-unicode-{i}" for i in range(len(UNICODE_NAMES))]
    for connector, target, source, column in [(crm, CRM_TARGET, CRM_SOURCE, "Name"),
                                              (erp, ERP_TARGET, ERP_SOURCE, "NAME1"),
                                              (scm, SCM_TARGET, SCM_SOURCE, "consignee_name")]:
        names = UNICODE_NAMES
        created = connector.write(target, source, native_frame(
            [{column: name, source.golden_id_column: g} for name, g in zip(names, golden)]), create=True, batch_size=10)
        assert created.rejected.empty, created.rejected
        back = connector.read_keys(source, [source.golden_id_column, column], golden, by=source.golden_id_column)
        assert dict(zip(back[source.golden_id_column], back[column])) == dict(zip(golden, names))

        renamed = [f"{name}（更新）" for name in names[:-1]] + [NAME_35 if column == "NAME1" else names[-1] + "　新"]
        updated = connector.write(target, source, native_frame(
            [{target.key: key, column: name} for key, name in zip(created.written["local_id"], renamed)]),
            create=False, batch_size=2)
        assert updated.rejected.empty, updated.rejected
        back = connector.read_keys(source, [target.key, column], created.written["local_id"].tolist())
        assert dict(zip(back[target.key].astype(str), back[column])) == dict(zip(created.written["local_id"], renamed))
    assert NAME_35 in {row["NAME1"] for row in held(backend.url, "erp")}
    assert "𠮷野家（中国）餐饮有限公司　新" in {row["Name"] for row in held(backend.url, "crm")}


# ---------------------------------------------------------------------------------------- creating
def test_create_random_id_keys_with_prefix_and_length(backend, connect):
    crm = connect("crm")
    records = [{"Name": f"Created {i}", "Email__c": f"c{i}@example.com", "Credit_Limit__c": "1250.50",
                "SyncHub_Id__c": f"golden-crm-{i}"} for i in range(5)]
    before = utcnow()
    result = crm.write(CRM_TARGET, CRM_SOURCE, native_frame(records, rows=[10, 11, 12, 13, 14]), create=True,
                       batch_size=2)
    after = utcnow()

    assert result.rejected.empty
    assert result.written["row"].tolist() == [10, 11, 12, 13, 14]
    ids = result.written["local_id"].tolist()
    assert len(set(ids)) == 5
    assert all(re.fullmatch(r"001[0-9A-Za-z]{15}", i) for i in ids), ids
    rows = by(held(backend.url, "crm"), "Id")
    assert set(rows) == set(ids)
    for i, local_id in enumerate(ids):
        row = rows[local_id]
        assert (row["Name"], row["SyncHub_Id__c"], row["Credit_Limit__c"]) == (
            f"Created {i}", f"golden-crm-{i}", Decimal("1250.50"))
        assert row["Type"] == "Customer"  # on_create constant
        assert row["IsDeleted"] in (False, 0)  # MariaDB has no boolean type: TINYINT 0
        assert_between(row["CreatedDate"], before, after)  # on_create 'now'
        assert_between(row["LastModifiedDate"], before, after)  # on_write 'now'


def test_create_max_plus_one_keys_zero_padded(backend, connect):
    erp = connect("erp")
    first = erp.write(ERP_TARGET, ERP_SOURCE, native_frame([{"NAME1": "First", "ZZSYNCHUB": "golden-erp-0"}]),
                      create=True, batch_size=10)
    assert first.written.values.tolist() == [[0, "0000000001"]]  # an empty table starts at 1

    factories.insert(backend.url, "erp", factories.erp_customer(KUNNR="0000100041", LOEVM="X"),
                     factories.erp_customer(KUNNR="0000000007"))
    records = [{"NAME1": f"Kunde {i}", "KLIMK": "50000.00", "ZZSYNCHUB": f"golden-erp-{i}"} for i in range(1, 6)]
    before = utcnow()
    result = erp.write(ERP_TARGET, ERP_SOURCE, native_frame(records, rows=[5, 4, 3, 2, 1]), create=True,
                       batch_size=2)
    after = utcnow()

    assert result.rejected.empty
    assert result.written.values.tolist() == [[5, "0000100042"], [4, "0000100043"], [3, "0000100044"],
                                              [2, "0000100045"], [1, "0000100046"]]
    rows = by(held(backend.url, "erp"), "KUNNR")
    for i, kunnr in enumerate(["0000100042", "0000100043", "0000100044", "0000100045", "0000100046"], start=1):
        row = rows[kunnr]
        assert (row["NAME1"], row["ZZSYNCHUB"], row["KLIMK"], row["LOEVM"]) == (
            f"Kunde {i}", f"golden-erp-{i}", Decimal("50000.00"), "")  # LOEVM: on_create constant ''
        assert_ts14_between(row["CHANGED_TS"], before, after)  # on_write 'now_ts14'
    assert rows["0000100041"]["LOEVM"] == "X"


def test_create_database_keys_read_back_through_the_golden_id_column(backend, connect):
    factories.insert(backend.url, "scm", consignee(consignee_name="Existing A"), consignee(consignee_name="Existing B"))
    existing = {row["consignee_id"] for row in held(backend.url, "scm")}
    scm = connect("scm")
    records = [{"consignee_name": f"New {i}", "country_code": "CHN", "ext_ref": f"golden-scm-{i}"} for i in range(5)]
    before = utcnow()
    result = scm.write(SCM_TARGET, SCM_SOURCE, native_frame(records, rows=[7, 8, 9, 10, 11]), create=True,
                       batch_size=2)
    after = utcnow()

    assert result.rejected.empty
    assert result.written["row"].tolist() == [7, 8, 9, 10, 11]
    assert all(local_id.isdigit() for local_id in result.written["local_id"])
    rows = by(held(backend.url, "scm"), "ext_ref")
    for i, local_id in enumerate(result.written["local_id"]):
        row = rows[f"golden-scm-{i}"]
        assert str(row["consignee_id"]) == local_id  # each position got the id of its own record
        assert row["consignee_id"] not in existing
        assert (row["consignee_name"], row["active"]) == (f"New {i}", 1)  # active: on_create constant
        assert_between(row["updated_at"], before, after)
    assert len(held(backend.url, "scm")) == 7


# ---------------------------------------------------------------------------------------- updating
def test_update_by_key_crm(backend, connect):
    a = factories.crm_account(Type="Prospect", Phone="+44 1")
    b = factories.crm_account(Type="Partner", Phone="+44 2")
    factories.insert(backend.url, "crm", a, b)
    before = utcnow()
    result = connect("crm").write(CRM_TARGET, CRM_SOURCE, native_frame(
        [{"Id": a["Id"], "Name": "Acme Holdings", "Phone": "+44 20 0000 0000", "Credit_Limit__c": "99.90"}],
        rows=[3]), create=False, batch_size=10)
    after = utcnow()

    assert result.written.values.tolist() == [[3, a["Id"]]] and result.rejected.empty
    rows = by(held(backend.url, "crm"), "Id")
    row = rows[a["Id"]]
    assert (row["Name"], row["Phone"], row["Credit_Limit__c"]) == ("Acme Holdings", "+44 20 0000 0000",
                                                                  Decimal("99.90"))
    assert_between(row["LastModifiedDate"], before, after)  # on_write
    assert (row["Type"], as_datetime(row["CreatedDate"])) == ("Prospect", T0)  # on_create not applied
    untouched = rows[b["Id"]]
    assert (untouched["Name"], untouched["Phone"], as_datetime(untouched["LastModifiedDate"])) == (
        b["Name"], "+44 2", T0)


def test_update_by_key_erp(backend, connect):
    a = factories.erp_customer(LOEVM="X", CHANGED_TS=20250101090000)
    b = factories.erp_customer(CHANGED_TS=20250101090000)
    factories.insert(backend.url, "erp", a, b)
    before = utcnow()
    result = connect("erp").write(ERP_TARGET, ERP_SOURCE, native_frame(
        [{"KUNNR": a["KUNNR"], "NAME1": "Neu A", "KLIMK": "1234.50"},
         {"KUNNR": b["KUNNR"], "NAME1": "Neu B", "KLIMK": None}]), create=False, batch_size=10)
    after = utcnow()

    assert result.written.values.tolist() == [[0, a["KUNNR"]], [1, b["KUNNR"]]] and result.rejected.empty
    rows = by(held(backend.url, "erp"), "KUNNR")
    assert (rows[a["KUNNR"]]["NAME1"], rows[a["KUNNR"]]["KLIMK"]) == ("Neu A", Decimal("1234.50"))
    assert (rows[b["KUNNR"]]["NAME1"], rows[b["KUNNR"]]["KLIMK"]) == ("Neu B", None)
    for row in rows.values():
        assert_ts14_between(row["CHANGED_TS"], before, after)
    assert rows[a["KUNNR"]]["LOEVM"] == "X"  # on_create LOEVM '' is not applied to updates


def test_update_by_key_scm_with_text_keys(backend, connect):
    factories.insert(backend.url, "scm", consignee(consignee_id=5, consignee_name="Old"),
                     consignee(consignee_id=6, consignee_name="Other"))
    before = utcnow()
    result = connect("scm").write(SCM_TARGET, SCM_SOURCE, native_frame(
        [{"consignee_id": "5", "consignee_name": "Renamed", "zip": "100020"}]), create=False, batch_size=10)
    after = utcnow()

    assert result.written.values.tolist() == [[0, "5"]] and result.rejected.empty
    rows = by(held(backend.url, "scm"), "consignee_id")
    assert (rows[5]["consignee_name"], rows[5]["zip"], rows[5]["active"]) == ("Renamed", "100020", 1)
    assert_between(rows[5]["updated_at"], before, after)
    assert (rows[6]["consignee_name"], as_datetime(rows[6]["updated_at"])) == ("Other", T0)


# ---------------------------------------------------------------------------------------- refused rows
def test_a_create_batch_rejects_only_the_rows_the_database_refuses(backend, connect, no_retry):
    records = [{"NAME1": "Good one", "ZZSYNCHUB": "g-0"},
               {"NAME1": "X" * 36, "ZZSYNCHUB": "g-1"},  # NAME1 is VARCHAR(35)
               {"NAME1": None, "ZZSYNCHUB": "g-2"},  # NAME1 is NOT NULL
               {"NAME1": "Good two", "ZZSYNCHUB": "g-3"}]
    result = connect("erp").write(ERP_TARGET, ERP_SOURCE, native_frame(records), create=True, batch_size=10)

    refused = messages(result)
    expected_refused = {1, 2} if backend.enforces_lengths else {2}
    assert set(refused) == expected_refused
    assert re.search(NOT_NULL[backend.name].format(table="KNA1", column="NAME1"), refused[2]), refused[2]
    if backend.enforces_lengths:
        assert re.search(TOO_LONG[backend.name].format(column="NAME1"), refused[1]), refused[1]
    assert set(result.written["row"]) == {0, 1, 2, 3} - expected_refused
    rows = by(held(backend.url, "erp"), "ZZSYNCHUB")
    assert set(rows) == {f"g-{i}" for i in {0, 1, 2, 3} - expected_refused}
    assert dict(zip(result.written["row"], result.written["local_id"])) == {
        int(g[2:]): row["KUNNR"] for g, row in rows.items()}


def test_an_update_batch_rejects_only_the_rows_the_database_refuses(backend, connect, no_retry):
    accounts = [factories.crm_account(Name=f"Account {i}") for i in range(4)]
    factories.insert(backend.url, "crm", *accounts)
    records = [{"Id": accounts[0]["Id"], "Name": "Renamed 0", "Phone": "1"},
               {"Id": accounts[1]["Id"], "Name": None, "Phone": "2"},  # Name is NOT NULL
               {"Id": accounts[2]["Id"], "Name": "Renamed 2", "Phone": "3" * 41},  # Phone is VARCHAR(40)
               {"Id": accounts[3]["Id"], "Name": "Renamed 3", "Phone": "4"}]
    result = connect("crm").write(CRM_TARGET, CRM_SOURCE, native_frame(records), create=False, batch_size=10)

    refused = messages(result)
    expected_refused = {1, 2} if backend.enforces_lengths else {1}
    assert set(refused) == expected_refused
    assert re.search(NOT_NULL[backend.name].format(table="Account", column="Name"), refused[1]), refused[1]
    if backend.enforces_lengths:
        assert re.search(TOO_LONG[backend.name].format(column="Phone"), refused[2]), refused[2]
    rows = by(held(backend.url, "crm"), "Id")
    for i, account in enumerate(accounts):
        expected_name = account["Name"] if i in expected_refused else f"Renamed {i}"
        assert rows[account["Id"]]["Name"] == expected_name


def test_a_value_that_cannot_be_converted_rejects_only_its_row(backend, connect, no_retry):
    """The connector passes such a value on and the database refuses the row (PyMySQL reports a
    bad datetime as an OperationalError, which must not be retried as a lost connection)."""
    accounts = [factories.crm_account() for _ in range(4)]
    factories.insert(backend.url, "crm", *accounts)
    records = [{"Id": accounts[0]["Id"], "CreatedDate": "2024-02-29T10:00:00", "Credit_Limit__c": "10"},
               {"Id": accounts[1]["Id"], "CreatedDate": "not a date", "Credit_Limit__c": "20"},
               {"Id": accounts[2]["Id"], "CreatedDate": "2024-03-01", "Credit_Limit__c": "a lot"},
               {"Id": accounts[3]["Id"], "CreatedDate": "2024-03-02", "Credit_Limit__c": None}]
    result = connect("crm").write(CRM_TARGET, CRM_SOURCE, native_frame(records), create=False, batch_size=10)

    refused = messages(result)
    assert set(refused) == {1, 2}
    assert re.search(BAD_DATETIME[backend.name], refused[1]), refused[1]
    assert re.search(BAD_NUMBER[backend.name], refused[2]), refused[2]
    assert sorted(result.written["row"]) == [0, 3]
    rows = by(held(backend.url, "crm"), "Id")
    assert (as_datetime(rows[accounts[0]["Id"]]["CreatedDate"]), rows[accounts[0]["Id"]]["Credit_Limit__c"]) == (
        dt.datetime(2024, 2, 29, 10), Decimal("10.00"))
    assert rows[accounts[3]["Id"]]["Credit_Limit__c"] is None


# ---------------------------------------------------------------------------------------- reading back
def test_read_keys_by_key_and_by_another_column(backend, connect):
    accounts = [factories.crm_account(Name=f"Account {i}", SyncHub_Id__c=f"golden-{i}" if i < 3 else None)
                for i in range(5)]
    factories.insert(backend.url, "crm", *accounts)
    crm = connect("crm")

    found = crm.read_keys(CRM_SOURCE, ["Id", "Name"], [accounts[1]["Id"], accounts[4]["Id"], "001NOSUCHRECORD00"])
    assert list(found.columns) == ["Id", "Name"]
    assert sorted(found.values.tolist()) == [[accounts[1]["Id"], "Account 1"], [accounts[4]["Id"], "Account 4"]]

    found = crm.read_keys(CRM_SOURCE, ["Id", "SyncHub_Id__c"], ["golden-2", "golden-0", "golden-9"], by="SyncHub_Id__c")
    assert sorted(found.values.tolist()) == [[accounts[0]["Id"], "golden-0"], [accounts[2]["Id"], "golden-2"]]

    # more keys than one IN list takes (1000)
    many = [f"00X{n:015d}" for n in range(1500)] + [a["Id"] for a in accounts]
    assert sorted(crm.read_keys(CRM_SOURCE, ["Id"], many)["Id"]) == sorted(a["Id"] for a in accounts)

    empty = crm.read_keys(CRM_SOURCE, ["Id", "Name"], [])
    assert empty.empty and list(empty.columns) == ["Id", "Name"]


def test_read_keys_with_integer_and_numeric_text_keys(backend, connect):
    factories.insert(backend.url, "scm", consignee(consignee_id=41, ext_ref="golden-41"),
                     consignee(consignee_id=42, ext_ref=None))
    factories.insert(backend.url, "erp", factories.erp_customer(KUNNR="0000000123", ZZSYNCHUB="golden-erp"))
    scm, erp = connect("scm"), connect("erp")

    found = scm.read_keys(SCM_SOURCE, ["consignee_id", "ext_ref"], ["41", "42", "43"])
    assert sorted(found["consignee_id"].tolist()) == [41, 42]
    found = scm.read_keys(SCM_SOURCE, ["consignee_id"], ["golden-41"], by="ext_ref")
    assert found["consignee_id"].tolist() == [41]
    found = erp.read_keys(ERP_SOURCE, ["KUNNR", "ZZSYNCHUB"], ["golden-erp"], by="ZZSYNCHUB")
    assert found.values.tolist() == [["0000000123", "golden-erp"]]
    assert erp.read_keys(ERP_SOURCE, ["KUNNR"], ["123"]).empty  # keys are text: no numeric match


# ---------------------------------------------------------------------------------------- connection
def test_test_connection(backend, connect, tmp_path):
    ok, message = connect("crm").test_connection()
    assert ok, message
    expected_dialect = "sqlite" if backend.name == "sqlite" else (
        "postgresql" if backend.name == "postgresql" else "mysql")
    assert message == f"connected ({expected_dialect})"

    ok, message = connect("crm", unreachable_url(backend.name, backend.url, tmp_path)).test_connection()
    assert not ok
    assert re.search(r"unable to open database file|Connection refused|Can't connect", message), message
