"""postcode / postcodes against their golden cases (postcode_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from synchub.matching.normalise import postcode, postcodes

CASES = yaml.safe_load(Path(__file__).with_name("postcode_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['in']!r}-{case.get('country')}")
def test_postcode_golden_case(case):
    assert postcode(case["in"] if isinstance(case["in"], str) else None, case.get("country")) == (
        case["out"] if isinstance(case["in"], str) else None)


def test_postcodes_as_a_column():
    values = pd.Series([c["in"] for c in CASES], index=range(9, 9 + len(CASES)), dtype=object)
    countries = pd.Series([c.get("country") for c in CASES], index=values.index, dtype=object)
    out = postcodes(values, countries)
    assert out.index.equals(values.index)
    assert out.tolist() == [c["out"] for c in CASES]
    assert postcodes(values).tolist()[:3] == ["SW1A1AA", "SW1A1AA", "EC1A1BB"]
