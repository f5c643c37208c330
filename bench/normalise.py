"""How fast the normalisers are: seconds per million values, printed (a benchmark, not a test).

    .venv/bin/python bench/normalise.py [--rows 1000000] [--repeat 3]

Builds demo customer records of the three systems (synchub.demo: names, addresses, postcodes,
phones, e-mails and tax ids as the CRM, ERP and SCM write them, with their mess), then times
each normaliser on the columns (best of ``--repeat`` runs, CPU time of this process).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from synchub.demo.arrays import subset
from synchub.demo.companies import make_companies
from synchub.demo.generator import RENDERERS
from synchub.matching import normalise as n

_COLUMNS = {  # per system: (name, street, postcode, phone, email, tax id) columns
    "crm": ("Name", "BillingStreet", "BillingPostalCode", "Phone", "Email__c", "Tax_Id__c"),
    "erp": ("NAME1", "STRAS", "PSTLZ", "TELF1", "SMTP_ADDR", "STCD1"),
    "scm": ("consignee_name", "addr_line1", "zip", "contact_phone", "contact_email", "tax_no"),
}


def records(rows: int, seed: int = 7) -> pd.DataFrame:
    """About ``rows`` customer records of the demo systems (name, street, postcode, phone, email,
    tax_id, country)."""
    rng = np.random.default_rng(seed)
    companies = make_companies(rng, max(1, rows * 10 // 24))
    frames = []
    for system, columns in _COLUMNS.items():
        keep = np.flatnonzero(rng.random(len(companies["name"])) < 0.8)
        part = subset(companies, keep)
        data = RENDERERS[system](part, rng, part["created"], part["created"], rng.random(len(keep)) < 0.02)
        frame = pd.DataFrame({k: data[c] for k, c in zip(("name", "street", "postcode", "phone", "email", "tax_id"),
                                                          columns)}, dtype=object)
        frame["country"] = part["country"]
        frames.append(frame)
    return pd.concat(frames, ignore_index=True).iloc[:rows].astype(object)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = records(args.rows)
    per_million = 1_000_000 / len(data)
    normalised_emails = n.emails(data["email"])
    cores = n.company_names(data["name"], data["country"])["core"]
    jobs = {
        "company_names": lambda: n.company_names(data["name"], data["country"]),
        "fold_text (names)": lambda: n.fold_text(data["name"]),
        "addresses": lambda: n.addresses(data["street"], data["country"]),
        "postcodes": lambda: n.postcodes(data["postcode"], data["country"]),
        "phones_e164": lambda: n.phones_e164(data["phone"], data["country"]),
        "emails": lambda: n.emails(data["email"]),
        "email_domains": lambda: n.email_domains(normalised_emails),
        "tax_ids": lambda: n.tax_ids(data["tax_id"], data["country"]),
        "countries": lambda: n.countries(data["country"]),
        "name_sounds": lambda: n.name_sounds(cores, data["country"]),
        "company_roles": lambda: n.company_roles(data["name"]),
    }
    n.company_names(pd.Series(["warm up"]))  # loads the vocabularies once
    print(f"{len(data):,} records; seconds per million values, best of {args.repeat}")
    total = 0.0
    for name, job in jobs.items():
        best = min(_timed(job) for _ in range(args.repeat)) * per_million
        total += best if name != "fold_text (names)" else 0.0  # part of company_names
        print(f"{name:20s} {best:6.2f} s   ({data[_source(name)].nunique():,} distinct)")
    print(f"{'all fields':20s} {total:6.2f} s")


def _source(job: str) -> str:
    return {"company_names": "name", "fold_text (names)": "name", "addresses": "street", "postcodes": "postcode",
            "phones_e164": "phone", "emails": "email", "email_domains": "email", "tax_ids": "tax_id",
            "countries": "country", "name_sounds": "name", "company_roles": "name"}[job]


def _timed(job) -> float:
    start = time.process_time()
    job()
    return time.process_time() - start


if __name__ == "__main__":
    main()
