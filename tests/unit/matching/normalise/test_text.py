"""fold / fold_text against their golden cases (text_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from synchub.matching.normalise import fold, fold_text

CASES = yaml.safe_load(Path(__file__).with_name("text_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda case: repr(case["in"]))
def test_fold_golden_case(case):
    assert fold(case["in"]) == case["out"]


def test_fold_text_folds_a_column_as_fold_folds_each_value():
    values = pd.Series([c["in"] for c in CASES] * 2, index=range(100, 100 + 2 * len(CASES)), dtype=object)
    out = fold_text(values)
    assert out.index.equals(values.index)
    assert out.tolist() == [c["out"] for c in CASES] * 2


def test_fold_text_takes_nan_and_other_types_as_missing():
    out = fold_text(pd.Series([float("nan"), pd.NA, pd.Timestamp("2024-01-01"), 7.0, True], dtype=object))
    assert out.tolist() == [None, None, None, "7", None]


def test_fold_text_of_an_empty_column():
    assert fold_text(pd.Series([], dtype=object)).tolist() == []
