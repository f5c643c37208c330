"""Blocking: every pair inside a block, windows over a block too large to pair whole."""

from __future__ import annotations

import numpy as np
import pandas as pd

from synchub.config.match_models import BlockingRule, KeyPartSpec
from synchub.matching.blocking import candidate_pairs, key_part, rule_pairs


def pairs(result) -> set[tuple[int, int]]:
    return set(zip(result.a.tolist(), result.b.tolist()))


def rule(name: str, *parts: KeyPartSpec, max_block_size: int = 500) -> BlockingRule:
    return BlockingRule(name=name, keys=list(parts), max_block_size=max_block_size)


def test_records_sharing_a_key_pair_up_once_over_all_rules():
    features = pd.DataFrame({"email": ["a@x", "a@x", None, "a@x", "b@y"],
                             "phone": ["+1", None, "+1", "+1", "+2"]})
    found = candidate_pairs(features, [rule("email", KeyPartSpec(feature="email")),
                                       rule("phone", KeyPartSpec(feature="phone"))])
    assert pairs(found) == {(0, 1), (0, 3), (1, 3), (0, 2), (2, 3)}
    assert found.per_rule == {"email": 3, "phone": 3}


def test_a_key_of_several_parts_needs_every_part_present_and_equal():
    features = pd.DataFrame({"country": ["CN", "CN", "DE", None], "name": ["星辰科技", "星辰电子", "星辰科技", "星辰科技"]})
    found = candidate_pairs(features, [rule("start", KeyPartSpec(feature="country"),
                                            KeyPartSpec(feature="name", take="prefix", length=2))])
    assert pairs(found) == {(0, 1)}


def test_key_parts():
    values = pd.DataFrame({"name": ["acme trading co", "zeta", None, "b a b"], "phone": ["+4930123456", "+1", None, "x"]})
    assert key_part(values, KeyPartSpec(feature="name", take="first_token")).tolist() == ["acme", "zeta", None, "b"]
    assert key_part(values, KeyPartSpec(feature="name", take="last_token")).tolist() == ["co", "zeta", None, "b"]
    assert key_part(values, KeyPartSpec(feature="name", take="sorted_tokens")).tolist() == [
        "acme co trading", "zeta", None, "a b"]
    assert key_part(values, KeyPartSpec(feature="name", take="suffix", length=3)).tolist() == [" co", "eta", None, "a b"]
    assert key_part(values, KeyPartSpec(feature="phone", take="digits_suffix", length=4)).tolist() == [
        "3456", None, None, None]


def test_a_block_over_the_limit_is_paired_in_sorted_windows_so_cost_stays_linear():
    n = 1000
    keys = np.zeros(n, dtype=np.int64)
    a, b, big = rule_pairs(keys, rule("city", KeyPartSpec(feature="city"), max_block_size=5), sort_by=np.arange(n)[::-1])
    assert big == 1
    assert len(a) == 4 * (n - 4) + 6  # each record with its next 4 neighbours
    assert (np.abs(a - b) <= 4).all()
    small, _, none_big = rule_pairs(np.array([0, 0, 0, 1, 1, -1]), rule("k", KeyPartSpec(feature="k")), None)
    assert none_big == 0 and len(small) == 3 + 1


def test_restricting_to_changed_records_keeps_only_pairs_that_touch_them():
    features = pd.DataFrame({"email": ["a", "a", "a", "b", "b"]})
    changed = np.array([False, False, True, False, False])
    found = candidate_pairs(features, [rule("email", KeyPartSpec(feature="email"))], restrict_to=changed)
    assert pairs(found) == {(0, 2), (1, 2)}


def test_key_codes_on_distinct_values_agree_with_the_key_texts():
    from synchub.matching.blocking import key_part_codes

    features = pd.DataFrame({"name": ["acme co", "acme ltd", None, "zeta", "", "acme co"]})
    part = KeyPartSpec(feature="name", take="prefix", length=4)
    texts = key_part(features, part)
    codes = key_part_codes(features, part)
    assert texts.tolist() == ["acme", "acme", None, "zeta", None, "acme"]
    assert (codes < 0).tolist() == texts.isna().tolist()
    assert codes[0] == codes[1] == codes[5] != codes[3]
