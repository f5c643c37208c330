"""Tests of the canonical demo companies."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from synchub.demo.companies import COMPANY_FIELDS, make_companies, true_id_str
from synchub.demo.vocabulary import COUNTRIES, SEED_NOW
from synchub.tax_ids import is_valid_tax_id, is_valid_uscc


def test_generated_companies_have_unique_valid_tax_ids_and_emails():
    comp = make_companies(np.random.default_rng(3), 20000)
    assert pd.Series(comp["tax_id"]).is_unique
    assert pd.Series(comp["email"]).is_unique
    cn = comp["tax_id"][comp["country"] == "CN"]
    assert len(cn) > 5000
    assert all(is_valid_uscc(t) for t in cn)
    assert all(is_valid_tax_id(t, c) for t, c in zip(comp["tax_id"], comp["country"]))
    de = comp["tax_id"][comp["country"] == "DE"]
    assert all(re.fullmatch(r"DE\d{9}", t) for t in de)
    assert all(re.fullmatch(r"\d{2}-\d{7}", t) for t in comp["tax_id"][comp["country"] == "US"])
    assert all(re.fullmatch(r"\d{13}", t) for t in comp["tax_id"][comp["country"] == "JP"])
    # Namesakes exist but are rare.
    per_country = [pd.Series(comp["name"][comp["country"] == c]).duplicated().mean() for c in COUNTRIES]
    assert max(per_country) < 0.01
    shares = Counter(comp["country"])
    assert 0.37 < shares["CN"] / 20000 < 0.43


def test_companies_are_numbered_have_every_field_and_predate_the_seed_instant():
    comp = make_companies(np.random.default_rng(1), 50, first_number=7)
    assert set(comp) == set(COMPANY_FIELDS)
    assert all(len(v) == 50 for v in comp.values())
    assert comp["true_id"][0] == true_id_str(7) == "C000007"
    assert (comp["created"] < np.datetime64(SEED_NOW, "s")).all()
    assert comp["credit_limit"].dtype == np.int64 and (comp["credit_limit"] > 0).all()
