"""Small, readable native rows for the demo systems, and a project pointed at temporary files.

Each row is a company of its own unless a test says otherwise: its phone number and house number
come from a counter, so two rows built with the defaults share no phone and no street address
(matching reads a shared phone and address as strong evidence of one company)."""

from __future__ import annotations

import datetime as dt
import itertools

import sqlalchemy as sa

from synchub.demo import schemas
from synchub.tax_ids import gb_vat_check_number

T0 = dt.datetime(2025, 1, 1, 9, 0, 0)
_ids = itertools.count(1)


def crm_account(**values) -> dict:
    n = next(_ids)
    row = {"Id": f"001{n:015d}", "Name": "Acme Ltd", "Type": "Customer", "Industry": None,
           "BillingStreet": f"{n} Main Street", "BillingCity": "London", "BillingPostalCode": "EC1A 1BB",
           "BillingCountry": "United Kingdom", "Phone": f"+44 20 7946 {n % 10000:04d}",
           "Email__c": f"info{n}@example.com",
           "Tax_Id__c": None, "CurrencyIsoCode": "GBP", "Credit_Limit__c": None, "CreatedDate": T0,
           "LastModifiedDate": T0, "IsDeleted": False, "SyncHub_Id__c": None}
    row.update(values)
    return row


def gb_vat(n: int) -> str:
    """A UK VAT number with a valid check number (the validate step checks it)."""
    body = f"{n % 10_000_000:07d}"
    return f"GB{body}{gb_vat_check_number([int(c) for c in body]):02d}"


def erp_customer(**values) -> dict:
    n = next(_ids)
    row = {"KUNNR": f"{100000 + n:010d}", "NAME1": "ACME LIMITED", "NAME2": None, "STRAS": f"{n} Main St",
           "ORT01": "London", "PSTLZ": "EC1A 1BB", "LAND1": "GB", "TELF1": f"020 7946 {n % 10000:04d}",
           "SMTP_ADDR": None, "STCD1": gb_vat(n), "WAERS": "GBP", "KLIMK": 50000, "ERDAT": "20240115",
           "CHANGED_TS": 20250101090000, "LOEVM": "", "ZZSYNCHUB": None}
    row.update(values)
    return row


def scm_consignee(**values) -> dict:
    n = next(_ids)
    row = {"consignee_id": n, "consignee_name": "Acme Ltd.", "addr_line1": f"{n} Main Street", "city": "London",
           "zip": "EC1A 1BB", "country_code": "GBR", "contact_phone": f"0044-20-7946{n % 10000:04d}",
           "contact_email": None, "tax_no": None, "updated_at": T0, "active": 1, "ext_ref": None}
    row.update(values)
    return row


TABLES = {"crm": schemas.crm_account, "erp": schemas.erp_kna1, "scm": schemas.scm_consignee}


def create_systems(urls: dict[str, str]) -> None:
    for system, url in urls.items():
        engine = sa.create_engine(url)
        schemas.METADATA[system].drop_all(engine)
        schemas.METADATA[system].create_all(engine)
        engine.dispose()


def insert(url: str, system: str, *rows: dict) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(TABLES[system].insert(), list(rows))
    engine.dispose()


def rows(url: str, system: str) -> list[dict]:
    engine = sa.create_engine(url)
    table = TABLES[system]
    with engine.connect() as conn:
        result = [dict(r) for r in conn.execute(sa.select(table).order_by(*table.primary_key.columns)).mappings()]
    engine.dispose()
    return result


def update(url: str, system: str, key: str, key_value, **values) -> None:
    engine = sa.create_engine(url)
    table = TABLES[system]
    with engine.begin() as conn:
        conn.execute(table.update().where(table.c[key] == key_value).values(**values))
    engine.dispose()


def execute(url: str, statement: str) -> None:
    """Raw SQL, for mess the typed tables would refuse."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(statement))
    engine.dispose()
