"""Comparisons: the level of each pair, best first, 'else' last, -1 where a side is missing."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from synchub.config.match_models import ComparisonSpec
from synchub.matching.comparisons import MISSING, Feature, compile_comparison
from synchub.matching.engine import _term_frequency_adjust
from synchub.matching.fellegi_sunter import Model

CASES = json.loads((Path(__file__).parent / "comparison_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_cases(case):
    spec = ComparisonSpec(name="c", feature="f", **case["spec"])
    left, right = zip(*case["in"])
    feature = Feature.of(pd.Series(list(left) + list(right), dtype=object))
    n = len(left)
    a, b = np.arange(n), np.arange(n, 2 * n)
    levels = compile_comparison(spec).levels({"f": feature}, a, b)
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


def test_a_levels_comparison_takes_the_first_level_whose_conditions_all_hold():
    spec = ComparisonSpec(name="location", type="levels", levels=[
        {"name": "same_address", "all": [{"feature": "address"}, {"feature": "postcode"}]},
        {"name": "similar_address", "all": [{"feature": "address", "similar": "token_set", "at_least": 0.85},
                                            {"feature": "postcode"}]},
        {"name": "same_postcode", "all": [{"feature": "postcode"}]},
    ])
    assert spec.level_names == ["same_address", "similar_address", "same_postcode", "else"]
    left = {"address": ["88 jianguo road", "88 jianguo road", "1 main street", None, "x", None],
            "postcode": ["100022", "100022", "100022", None, "1", "9"]}
    right = {"address": ["88 jianguo road", "jianguo road 88", "7 high road", "y", "z", None],
             "postcode": ["100022", "100022", "100022", "2", "2", None]}
    coded = {name: Feature.of(pd.Series(left[name] + right[name], dtype=object)) for name in left}
    a, b = np.arange(6), np.arange(6, 12)
    levels = compile_comparison(spec).levels(coded, a, b)
    names = spec.level_names
    assert [names[level] if level != MISSING else "missing" for level in levels] == [
        "same_address", "similar_address", "same_postcode", "missing", "else", "missing"]


def test_across_scripts_is_refused_on_a_levels_comparison():
    with pytest.raises(ValueError, match="levels takes no 'across_scripts'"):
        ComparisonSpec(name="location", type="levels", across_scripts="missing",
                       levels=[{"name": "same", "all": [{"feature": "city"}]}])


def test_across_scripts_only_compares_the_pairs_whose_names_are_in_two_scripts():
    spec = ComparisonSpec(name="sound", type="exact", feature="name.sound", across_scripts="only", scripts_of="name")
    assert spec.features == ["name.sound", "name"]
    left = {"name": ["圣美实业", "圣美实业", "shengmei industrial", "圣美实业", None],
            "name.sound": ["shengmei", "shengmei", "shengmei", "shengmei", "shengmei"]}
    right = {"name": ["shengmei industrial", "胜美实业", "shengmei trading", "shenghua industrial", "shengmei ltd"],
             "name.sound": ["shengmei", "shengmei", "shengmei", "shenghua", "shengmei"]}
    coded = {name: Feature.of(pd.Series(left[name] + right[name], dtype=object)) for name in left}
    a, b = np.arange(5), np.arange(5, 10)
    levels = compile_comparison(spec).levels(coded, a, b)
    names = spec.level_names
    # one script on both sides (or a name missing): no evidence from the sound, the name decides
    assert [names[level] if level != MISSING else "missing" for level in levels] == [
        "exact", "missing", "missing", "else", "missing"]


def test_term_frequency_weighs_a_shared_common_value_less_on_levels_of_one_equal_feature_too():
    spec = ComparisonSpec(name="email", type="levels", term_frequency=True,
                          levels=[{"name": "address", "all": [{"feature": "email"}]},
                                  {"name": "domain", "all": [{"feature": "email.domain"}]}],
                          m=[0.6, 0.3, 0.1], u=[0.001, 0.01, 0.989])
    # a domain six records write (a group's), and one two records write
    domains = ["group.com"] * 6 + ["rare.com"] * 2
    emails = [f"{i}@{d}" for i, d in enumerate(domains)]
    coded = {"email": Feature.of(pd.Series(emails, dtype=object)),
             "email.domain": Feature.of(pd.Series(domains, dtype=object))}
    a, b = np.array([0, 6]), np.array([1, 7])
    comparison = compile_comparison(spec)
    levels = comparison.levels(coded, a, b)[:, None]
    assert levels[:, 0].tolist() == [1, 1]  # both pairs: one domain, two addresses
    model = Model.declared([spec], 0.01)
    weight = model.weights(levels)
    _term_frequency_adjust(weight, levels, [comparison], coded, model, a)
    # u of the level is the domain's own share of records: 6/8 and 2/8
    assert weight[1] - weight[0] == pytest.approx(np.log2(6 / 2))
    assert weight[1] == pytest.approx(model.weights(levels)[1] + np.log2(0.01) - np.log2(2 / 8))


def test_differs_when_disjoint_puts_a_pair_whose_numbers_share_none_at_else():
    spec = ComparisonSpec(name="address", type="token_set", feature="address", thresholds=[0.9, 0.7],
                          differs_when_disjoint="address.numbers")
    assert spec.features == ["address", "address.numbers"]
    pairs = [  # (address, its numbers) of both records, and the level
        (("110 zhenxing south road zhongshan district", "110"), ("59 binjiang road zhongshan district", "59"), "else"),
        (("room 1901 19f 249 chaoyang north road", "19 1901 249"), ("249 chaoyang north road", "249"), ">=0.9"),
        (("12 main street", "12"), ("12 main street", "12"), "exact"),
        (("main street", None), ("12 main street", "12"), ">=0.9"),  # one side without numbers: no say
        (("wing on printing 6", "6"), ("wing on printing 2", "2"), "else"),
    ]
    values = [p[0][0] for p in pairs] + [p[1][0] for p in pairs]
    numbers = [p[0][1] for p in pairs] + [p[1][1] for p in pairs]
    coded = {"address": Feature.of(pd.Series(values, dtype=object)),
             "address.numbers": Feature.of(pd.Series(numbers, dtype=object))}
    n = len(pairs)
    levels = compile_comparison(spec).levels(coded, np.arange(n), np.arange(n, 2 * n))
    assert [spec.level_names[level] for level in levels] == [p[2] for p in pairs]


def test_differs_when_disjoint_is_refused_on_a_levels_comparison():
    with pytest.raises(ValueError, match="levels takes no 'differs_when_disjoint'"):
        ComparisonSpec(name="l", type="levels", levels=[{"name": "x", "all": [{"feature": "a"}]}],
                       differs_when_disjoint="a.numbers")
