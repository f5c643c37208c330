"""Comparisons: the level of each pair, best first, 'else' last, -1 where a side is missing."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from synchub.config.match_models import ComparisonSpec
from synchub.matching.comparisons import MISSING, Feature, compile_comparison

CASES = json.loads((Path(__file__).parent / "comparison_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_cases(case):
    spec = ComparisonSpec(name="c", feature="f", **case["spec"])
    left, right = zip(*case["in"])
    feature = Feature.of(pd.Series(list(left) + list(right), dtype=object))
    n = len(left)
    a, b = np.arange(n), np.arange(n, 2 * n)
    levels = compile_comparison(spec).levels(feature, a, b)
    names = spec.level_names
    assert [names[level] if level != MISSING else "missing" for level in levels] == case["out"]


def test_level_names_follow_the_thresholds():
    assert ComparisonSpec(name="n", type="jaro_winkler", feature="n", thresholds=[0.9, 0.8]).level_names == [
        "exact", ">=0.9", ">=0.8", "else"]
    assert ComparisonSpec(name="n", type="levenshtein", feature="n", thresholds=[1, 2],
                          exact_first=False).level_names == ["<=1", "<=2", "else"]


@pytest.mark.parametrize("bad, message", [
    ({"type": "exact", "thresholds": [0.9]}, "exact takes no thresholds"),
    ({"type": "jaro_winkler"}, "needs 'thresholds'"),
    ({"type": "jaro_winkler", "thresholds": [0.8, 0.9]}, "highest first"),
    ({"type": "levenshtein", "thresholds": [2, 1]}, "lowest first"),
    ({"type": "exact", "m": [0.9]}, "needs 2 probabilities"),
])
def test_bad_specs_say_what_to_fix(bad, message):
    with pytest.raises(ValueError, match=message):
        ComparisonSpec(name="c", feature="f", **bad)
