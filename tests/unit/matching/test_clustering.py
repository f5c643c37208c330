"""Clustering: components at the merge band, forced merges and splits that hold."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from synchub.config.match_models import MatchSpec
from synchub.matching.engine import ConflictValues, ScoredPairs, _eligible, cluster, conflicting_pairs, review_pairs
from synchub.matching.features import prepare
from synchub.matching.fellegi_sunter import Model

SPEC = MatchSpec(bands={"merge": 0.9, "review": 0.5})


def scored(edges: list[tuple[int, int, float]]) -> ScoredPairs:
    a, b, p = (np.array(x) for x in zip(*edges))
    weight = np.log2(p / (1 - p))
    return ScoredPairs(a, b, np.zeros((len(a), 0), np.int8), weight, p, Model([], 0.5))


def groups(labels) -> list[list[int]]:
    out: dict = {}
    for i, label in enumerate(labels):
        out.setdefault(label, []).append(i)
    return sorted(out.values())


def test_pairs_above_the_merge_band_join_transitively_and_the_review_band_goes_to_review():
    pairs = scored([(0, 1, 0.99), (1, 2, 0.95), (3, 4, 0.7), (4, 5, 0.1)])
    labels = cluster(6, pairs, SPEC)
    assert groups(labels) == [[0, 1, 2], [3], [4], [5]]
    review = review_pairs(pairs, labels, SPEC)
    assert list(zip(review["a"], review["b"])) == [(3, 4)]


def test_a_forced_merge_joins_and_a_split_holds_even_through_a_chain():
    pairs = scored([(0, 1, 0.99), (1, 2, 0.97), (2, 3, 0.999), (4, 5, 0.2)])
    assert groups(cluster(6, pairs, SPEC, must_link=(np.array([4]), np.array([5])))) == [[0, 1, 2, 3], [4, 5]]
    # 0 and 3 must stay apart: the weakest link between them (1-2) is the one left out
    labels = cluster(6, pairs, SPEC, cannot_link=(np.array([0]), np.array([3])))
    assert groups(labels) == [[0, 1], [2, 3], [4], [5]]


def test_exact_key_clusters_merge_whatever_the_score():
    pairs = scored([(0, 1, 0.1)])
    assert groups(cluster(3, pairs, SPEC, exact=np.array([0, 2, 0]))) == [[0, 2], [1]]


def test_verified_ids_conflict_and_unverified_ones_only_when_further_apart_than_a_typo():
    spec = MatchSpec(fields={"tax_id": {"normalise": "tax_id", "country": "country"}}, conflicts=["tax_id"])
    records = pd.DataFrame({
        # two valid USCCs; an EIN and the same EIN with a typo (no check digit tells); a BR
        # number with and without the branch of its certificate; another BR number
        "tax_id": ["91110108MA0123456G", "91440307739444590W", "82-6420611", "82-6420616", "BR 17986684",
                   "17986684-000", "55501234"],
        "country": ["CN", "CN", "US", "US", "HK", "HK", "HK"]})
    features = prepare(records, spec)
    assert features["tax_id.check_digits"].tolist()[2:] == [None] * 5
    # the USCCs and the EIN with its typo in one cluster, the BR numbers in another
    a, b = conflicting_pairs(features, np.array([0, 0, 1, 1, 2, 2, 2]), spec)
    pairs = {frozenset(p) for p in zip(a.tolist(), b.tolist())}
    assert frozenset({0, 1}) in pairs  # two verified ids
    assert frozenset({2, 3}) not in pairs  # one edit apart: maybe a typo
    assert frozenset({4, 5}) not in pairs  # one id, two spellings
    assert pairs == {frozenset({0, 1}), frozenset({4, 6}), frozenset({5, 6})}  # BRs far apart: two companies


def test_clashing_values_are_cut_apart_in_one_pass_however_long_the_chain():
    spec = MatchSpec(fields={"tax_id": {"normalise": "tax_id", "country": "country"}}, conflicts=["tax_id"],
                     bands={"merge": 0.9, "review": 0.5})
    # a chain 0 - 1 - ... - 5 with ids at its ends only; its weakest link is 3-4
    pairs = scored([(0, 1, 0.99), (1, 2, 0.99), (2, 3, 0.98), (3, 4, 0.91), (4, 5, 0.99)])

    def labels_with(first, last, country):
        records = pd.DataFrame({"tax_id": [first, None, None, None, None, last],
                                "country": [country, None, None, None, None, country]})
        features = prepare(records, spec)
        return groups(cluster(6, pairs, spec, conflicts=ConflictValues(features, spec)))

    everyone = [[0, 1, 2, 3, 4, 5]]
    cut = [[0, 1, 2, 3], [4, 5]]
    assert labels_with("91110108MA0123456G", "91440307739444590W", "CN") == cut  # two verified USCCs
    assert labels_with("82-6420611", "82-6420616", "US") == everyone  # an EIN and its typo
    assert labels_with("82-6420611", "55-1234567", "US") == cut  # two EINs far apart
    assert labels_with("82-6420611", "82-6420611", "US") == everyone


def test_tax_ids_without_a_country_column_are_prepared_and_never_verified():
    spec = MatchSpec(fields={"tax_id": {"normalise": "tax_id"}}, conflicts=["tax_id"])
    features = prepare(pd.DataFrame({"tax_id": ["DE136695976", None]}), spec)
    assert features["tax_id"].tolist() == ["DE136695976", None]
    assert features["tax_id.check_digits"].tolist() == [None, None]


def test_a_holding_the_group_and_a_company_of_it_conflict():
    spec = MatchSpec(fields={"name": {"normalise": "company_name"}}, conflicts=["name.role"])
    records = pd.DataFrame({"name": ["Acme Holdings Inc", "Acme Group Ltd", "Acme Inc", "ACME INC.",
                                     "星辰集团有限公司", "星辰科技有限公司"]})
    features = prepare(records, spec)
    assert features["name.role"].tolist() == ["holding", "group", "none", "none", "group", "none"]
    labels = np.array([0, 0, 0, 0, 1, 1])
    a, b = conflicting_pairs(features, labels, spec)
    pairs = {frozenset(p) for p in zip(a.tolist(), b.tolist())}
    # each record against the first record of every other role in its cluster; never 2 with 3
    assert pairs == {frozenset({0, 1}), frozenset({0, 2}), frozenset({1, 2}), frozenset({1, 3}),
                     frozenset({0, 3}), frozenset({4, 5})}


def test_merge_evidence_together_with_another_and_taken_away_by_a_disagreement():
    spec = MatchSpec.model_validate({
        "fields": {"name": {}, "city": {}, "email": {"normalise": "email"}},
        "blocking": [{"name": "name", "keys": [{"feature": "name"}]}],
        "comparisons": [
            {"name": "name", "type": "ratio", "feature": "name", "thresholds": [0.9]},
            {"name": "city", "type": "exact", "feature": "city"},
            {"name": "email", "type": "levels", "levels": [
                {"name": "address", "all": [{"feature": "email"}]},
                {"name": "company_domain", "all": [{"feature": "email.company_domain"}]}]}],
        "bands": {"merge_needs_any": [
            {"comparison": "name", "at_least": ">=0.9", "together_with_any": [
                {"comparison": "city", "at_least": "exact"},
                {"comparison": "email", "at_least": "company_domain", "unless_disagree": ["city"]}]}]},
    })
    # levels per pair: name (exact, >=0.9, else), city (exact, else), email (address, domain, else); -1 missing
    levels = np.array([
        [0, 0, -1],   # one name, one city
        [1, -1, 1],   # a similar name and one company domain, a city missing: eligible
        [1, 1, 1],    # the same, but two cities: namesakes, not eligible
        [0, 1, 0],    # one name, one address, two cities: the address is no evidence here
        [2, 0, 0],    # another name: nothing helps
    ], dtype=np.int8)
    assert _eligible(spec, levels).tolist() == [True, True, False, False, False]


def test_unless_disagree_names_a_comparison():
    with pytest.raises(ValueError, match="unless_disagree.0: unknown comparison 'town'"):
        MatchSpec.model_validate({
            "fields": {"name": {}},
            "blocking": [{"name": "name", "keys": [{"feature": "name"}]}],
            "comparisons": [{"name": "name", "type": "exact", "feature": "name"}],
            "bands": {"merge_needs_any": [{"comparison": "name", "at_least": "exact", "unless_disagree": ["town"]}]},
        })
