"""tax_id / tax_ids against their golden cases (tax_id_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from synchub.matching.normalise import tax_id, tax_ids

CASES = yaml.safe_load(Path(__file__).with_name("tax_id_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['in']!r}-{case['country']}")
def test_tax_id_golden_case(case):
    assert tax_id(case["in"], case["country"]) == (case["tax_id"], case["valid"])


def test_tax_ids_as_a_column():
    values = pd.Series([c["in"] for c in CASES], index=range(3, 3 + len(CASES)), dtype=object)
    countries = pd.Series([c["country"] for c in CASES], index=values.index, dtype=object)
    out = tax_ids(values, countries)
    assert list(out.columns) == ["tax_id", "valid"]
    assert out.index.equals(values.index)
    assert str(out["valid"].dtype) == "boolean"
    assert out["tax_id"].tolist() == [c["tax_id"] for c in CASES]
    assert [None if pd.isna(v) else bool(v) for v in out["valid"]] == [c["valid"] for c in CASES]


def test_one_id_in_two_countries_is_read_for_each():
    out = tax_ids(pd.Series(["136695976", "136695976"]), pd.Series(["DE", "GB"]))
    assert out["tax_id"].tolist() == ["DE136695976", "GB136695976"]


def test_tax_ids_without_countries():
    out = tax_ids(pd.Series(["de 136 695 976", None], dtype=object), None)
    assert out["tax_id"].tolist() == ["DE136695976", None]
    assert out["valid"].isna().all()
