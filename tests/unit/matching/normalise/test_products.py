"""gtin / gtins and sku / skus against their golden cases (product_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from synchub.matching.normalise import gtin, gtin_check_digit, gtins, sku, skus

CASES = yaml.safe_load(Path(__file__).with_name("product_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["gtin"], ids=lambda case: repr(case["in"]))
def test_gtin_golden_case(case):
    assert gtin(case["in"]) == (case["gtin"], case["valid"])


def test_gtins_as_a_column():
    cases = CASES["gtin"]
    values = pd.Series([c["in"] for c in cases], index=range(5, 5 + len(cases)), dtype=object)
    out = gtins(values)
    assert list(out.columns) == ["gtin", "valid"]
    assert out.index.equals(values.index)
    assert str(out["valid"].dtype) == "boolean"
    assert out["gtin"].tolist() == [c["gtin"] for c in cases]
    assert [None if pd.isna(v) else bool(v) for v in out["valid"]] == [c["valid"] for c in cases]


def test_the_check_digit_is_gs1_mod_10():
    assert gtin_check_digit("400638133393") == 1
    assert gtin_check_digit("03600029145") == 2
    assert gtin_check_digit("1061414100041") == 5


@pytest.mark.parametrize("case", CASES["sku"], ids=lambda case: f"{case['in']!r}-{case.get('vendor_prefixes')}")
def test_sku_golden_case(case):
    assert sku(case["in"], case.get("vendor_prefixes", ())) == case["out"]


def test_skus_as_a_column():
    cases = [c for c in CASES["sku"] if "vendor_prefixes" not in c]
    values = pd.Series([c["in"] for c in cases] * 2, index=range(7, 7 + 2 * len(cases)), dtype=object)
    out = skus(values)
    assert out.index.equals(values.index)
    assert out.tolist() == [c["out"] for c in cases] * 2
    assert skus(pd.Series(["acme-hx-04213", "HX4213"]), ["ACME"]).tolist() == ["HX4213", "HX4213"]
