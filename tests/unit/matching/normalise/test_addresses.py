"""address / addresses against their golden cases (address_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from synchub.matching.normalise import address, addresses, numbers

CASES = yaml.safe_load(Path(__file__).with_name("address_cases.yaml").read_text(encoding="utf-8"))
FIELDS = ("text", "house_number", "numbers", "tokens")


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['in']!r}-{case.get('country')}")
def test_address_golden_case(case):
    assert address(case["in"], case.get("country")) == tuple(case[k] for k in FIELDS)


def test_addresses_as_a_column():
    values = pd.Series([c["in"] for c in CASES] * 2, index=range(4, 4 + 2 * len(CASES)), dtype=object)
    countries = pd.Series([c.get("country") for c in CASES] * 2, index=values.index, dtype=object)
    out = addresses(values, countries)
    assert list(out.columns) == list(FIELDS)
    assert out.index.equals(values.index)
    assert out.values.tolist() == [[c[k] for k in FIELDS] for c in CASES] * 2


def test_st_is_saint_only_in_french_speaking_countries():
    out = addresses(pd.Series(["3 rue St Honore", "3 rue St Honore"]), pd.Series(["FR", "GB"]))
    assert out["text"].tolist() == ["3 rue saint honore", "3 rue street honore"]


def test_the_numbers_of_company_names():
    names = pd.Series(["wing on printing 6", "westra supplies no 2", "room 12a 3f", "acme", None], index=[3, 4, 5, 6, 7])
    out = numbers(names)
    assert out.index.equals(names.index)
    assert out.tolist() == ["6", "2", "12 3", None, None]
