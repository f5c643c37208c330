"""synchub.matching.incremental: stored keys, and re-clustering with membership, exact keys and a
steward's links (on features built by hand, so no normaliser is involved).

(It tests a module of synchub/matching/; it sits here because tests/unit/matching/ belongs to the
matching engine's owner.)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from synchub.config.match_models import MatchSpec
from synchub.config.project import BLOCK_KEY_PREFIX, KEY_FIELD_LENGTH
from synchub.matching.incremental import (
    BLOCK_PREFIX,
    KEY_VALUE_LENGTH,
    block_keys,
    fingerprint,
    record_keys,
    recluster,
    sticky_links,
    stored_key,
)
from synchub.store import schema as t

RULES = {
    "exact_keys": [{"field": "tax_id"}],
    "fields": {"name": {"normalise": "none"}, "city": {"normalise": "none"}, "tax_id": {"normalise": "none"}},
    "blocking": [{"name": "city", "keys": [{"feature": "city"}]},
                 {"name": "city_name", "keys": [{"feature": "city"}, {"feature": "name", "take": "prefix",
                                                                       "length": 3}]}],
    "comparisons": [{"name": "name", "type": "exact", "feature": "name", "m": [0.9, 0.1], "u": [0.0001, 0.9999]},
                    {"name": "city", "type": "exact", "feature": "city", "m": [0.9, 0.1], "u": [0.05, 0.95]}],
    "weights": "declared",
    "bands": {"merge": 0.9, "review": 0.3},
    "on_changed_match": "review",
}
SPEC = MatchSpec.model_validate(RULES)


def spec(**changes) -> MatchSpec:
    return MatchSpec.model_validate({**RULES, **changes})


def frame(*rows: tuple) -> pd.DataFrame:
    """Records (and their features, the same here): name, city, tax_id."""
    return pd.DataFrame(rows, columns=["name", "city", "tax_id"], dtype=object)


def groups(labels) -> list[list[int]]:
    out: dict = {}
    for i, label in enumerate(labels):
        out.setdefault(label, []).append(i)
    return sorted(out.values())


def pairs(*edges: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([a for a, _ in edges], dtype=np.int64), np.array([b for _, b in edges], dtype=np.int64)


def test_the_names_and_lengths_agree_with_the_hub_store():
    assert BLOCK_PREFIX == BLOCK_KEY_PREFIX
    assert t.match_key.c.key_field.type.length == KEY_FIELD_LENGTH
    assert t.match_key.c.key_value.type.length == KEY_VALUE_LENGTH


def test_a_key_too_long_for_the_store_is_cut_with_a_digest_so_equal_keys_stay_equal():
    long_a, long_b = "x" * 300, "x" * 299 + "y"
    assert stored_key("acme") == "acme"
    assert len(stored_key(long_a)) == KEY_VALUE_LENGTH
    assert stored_key(long_a) == stored_key("x" * 300) != stored_key(long_b)


def test_record_keys_join_the_parts_of_a_rule_and_skip_records_missing_one():
    records = frame(("acme", "london", "GB1"), ("acme", None, None), ("zeta", "leeds", None))
    keys = record_keys(records, records, SPEC)
    by_record = {p: dict(zip(g["key_field"], g["key_value"])) for p, g in keys.groupby("position")}
    assert by_record[0] == {"block:city": "london", "block:city_name": "london\x1facm", "tax_id": "GB1"}
    assert 1 not in by_record  # no city, no tax id: no key
    assert by_record[2] == {"block:city": "leeds", "block:city_name": "leeds\x1fzet"}
    assert block_keys(records, SPEC.blocking[1]).tolist() == ["london\x1facm", None, "leeds\x1fzet"]


def test_the_fingerprint_follows_what_the_keys_depend_on():
    assert fingerprint(SPEC) == fingerprint(spec(bands={"merge": 0.99, "review": 0.5}))
    assert fingerprint(SPEC) != fingerprint(spec(blocking=RULES["blocking"][:1]))


def test_sticky_links_tie_each_member_to_the_first_of_its_golden_record_but_the_free_ones():
    anchor = np.array(["g1", None, "g1", "g2", "g1", "g2"], dtype=object)
    free = np.array([False, False, False, False, True, False])
    a, b = sticky_links(anchor, free)
    assert sorted(zip(a.tolist(), b.tolist())) == [(0, 2), (3, 5)]


def test_only_pairs_with_a_probe_are_scored_and_membership_holds():
    # 0 and 1 are one golden record although their names differ; 2 is new and matches 1
    records = frame(("acme", "london", None), ("acme co", "london", None), ("acme co", "london", None),
                    ("zeta", "london", None))
    result = recluster(records, records, SPEC, probe=np.array([False, False, True, False]),
                       anchor=np.array(["g1", "g1", None, "g2"], dtype=object))
    assert groups(result.labels) == [[0, 1, 2], [3]]
    assert result.figures["candidate_pairs"] == 3  # 2 with each of the others; not 0-1, 0-3, 1-3


def test_a_changed_record_that_now_matches_another_golden_record_goes_to_review_or_merges():
    records = frame(("acme", "london", None), ("acme", "london", None))
    anchor = np.array(["g1", "g2"], dtype=object)
    probe = np.array([True, False])
    reviewed = recluster(records, records, SPEC, probe=probe, anchor=anchor)
    assert groups(reviewed.labels) == [[0], [1]]
    assert list(zip(reviewed.review["a"], reviewed.review["b"])) == [(0, 1)]
    merged = recluster(records, records, spec(on_changed_match="merge"), probe=probe, anchor=anchor)
    assert groups(merged.labels) == [[0, 1]] and merged.review.empty


def test_exact_keys_merge_and_a_cannot_link_splits_a_record_off_its_golden_record():
    records = frame(("acme", "london", "GB1"), ("acme ltd", "leeds", "GB1"), ("other", "york", "GB1"))
    anchor = np.array([None, None, None], dtype=object)
    probe = np.ones(3, dtype=bool)
    assert groups(recluster(records, records, SPEC, probe=probe, anchor=anchor).labels) == [[0, 1, 2]]
    anchor = np.array(["g1", "g1", "g1"], dtype=object)
    free = np.array([False, False, True])
    result = recluster(records, records, SPEC, probe=probe, anchor=anchor, free=free, cannot_link=pairs((2, 0), (2, 1)))
    assert groups(result.labels) == [[0, 1], [2]]


def test_membership_outranks_an_exact_key_when_a_cut_is_needed():
    # 0 was split off from 1; 2 is a copy made for 0's golden record and shares 1's tax id
    records = frame(("acme", "london", "GB1"), ("acme", "london", "GB1"), ("acme", "london", "GB1"))
    anchor = np.array(["g0", "g1", "g0"], dtype=object)
    result = recluster(records, records, SPEC, probe=np.ones(3, dtype=bool), anchor=anchor,
                       cannot_link=pairs((0, 1)))
    assert groups(result.labels) == [[0, 2], [1]]
    assert result.review.empty  # the steward told these two golden records apart


def test_a_forced_merge_joins_records_with_nothing_in_common():
    records = frame(("acme", "london", None), ("zeta", "york", None))
    result = recluster(records, records, SPEC, probe=np.ones(2, dtype=bool), anchor=np.array(["g1", "g2"], dtype=object),
                       must_link=pairs((0, 1)))
    assert groups(result.labels) == [[0, 1]]


def test_review_pairs_come_once_per_two_clusters_the_likeliest_first():
    records = frame(("acme", "london", None), ("acme", "london", None), ("acme", "london", None))
    result = recluster(records, records, spec(bands={"merge": 0.999999, "review": 0.3}), probe=np.array([True, False, False]),
                       anchor=np.array([None, "g1", "g1"], dtype=object))
    assert len(result.review) == 1 and result.review["probability"].iloc[0] < 0.999999


def test_a_conflict_keeps_a_new_record_out_but_does_not_split_a_golden_record():
    # 0 and 1 are one golden record with two tax ids; 2, new, has a third one and matches both
    records = frame(("acme", "london", "T1"), ("acme", "london", "T2"), ("acme", "london", "T3"))
    rules = spec(conflicts=["tax_id"], on_changed_match="merge")
    result = recluster(records, records, rules, probe=np.array([False, False, True]),
                       anchor=np.array(["g1", "g1", None], dtype=object))
    assert groups(result.labels) == [[0, 1], [2]]
    assert groups(recluster(records, records, spec(on_changed_match="merge"), probe=np.array([False, False, True]),
                            anchor=np.array(["g1", "g1", None], dtype=object)).labels) == [[0, 1, 2]]
