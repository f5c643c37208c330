"""city / cities against their golden cases (city_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from synchub.matching.normalise import cities, city

CASES = yaml.safe_load(Path(__file__).with_name("city_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda case: repr(case["in"]))
def test_city_golden_case(case):
    assert city(case["in"]) == case["out"]


def test_cities_as_a_column_as_city_does_each_value():
    values = pd.Series([c["in"] for c in CASES] * 2, index=range(50, 50 + 2 * len(CASES)), dtype=object)
    out = cities(values)
    assert out.index.equals(values.index)
    assert out.tolist() == [c["out"] for c in CASES] * 2
