"""Blocking: the candidate pairs, records that share every part of some rule's key.

Each rule's key is built per record (vectorised string work on the features), records are
grouped by it, and every pair inside a group becomes a candidate. A group larger than the rule's
``max_block_size`` (a very common key, such as one city) is not paired whole, which would cost its
square: its records are sorted by the rule's sort feature and each is paired with the next
``max_block_size - 1`` only (a sorted-neighbourhood window), so cost stays linear.

Pairs are ``(a, b)`` positions with ``a < b``, unique over all rules.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from synchub.config.match_models import BlockingRule, KeyPartSpec


@dataclass(frozen=True)
class CandidatePairs:
    """Candidate pairs and how many each rule found (before the union)."""

    a: np.ndarray
    b: np.ndarray
    found_by: np.ndarray
    """Per pair, a bit per rule (in the order of the rules) that found it."""
    per_rule: dict[str, int]
    windowed_blocks: dict[str, int]


def _take(text: pd.Series, part: KeyPartSpec) -> pd.Series:
    """The key part of each (distinct, present) text."""
    s = text.astype("str")
    if part.take == "value":
        return s
    if part.take == "first_token":
        return s.str.split(" ", n=1).str[0]
    if part.take == "last_token":
        return s.str.rsplit(" ", n=1).str[-1]
    if part.take == "sorted_tokens":
        return s.map(lambda v: " ".join(sorted(set(v.split()))))
    if part.take == "prefix":
        return s.str.slice(0, part.length)
    if part.take == "suffix":
        return s.str.slice(-part.length)
    digits = s.str.replace(r"\D+", "", regex=True)  # digits_suffix
    return digits.where(digits.str.len() >= part.length).str.slice(-part.length)


def key_part_codes(features: pd.DataFrame, part: KeyPartSpec, coded: dict | None = None) -> np.ndarray:
    """One key part per record as an integer code (-1 where missing or empty). The string work
    runs on the distinct values only: master data repeats itself (cities, postcodes, names).
    ``coded`` holds features already factorised (:class:`~synchub.matching.comparisons.Feature`)."""
    if coded is not None and part.feature in coded:
        codes, uniques = coded[part.feature].codes, coded[part.feature].uniques
    else:
        codes, uniques = pd.factorize(features[part.feature].to_numpy(dtype=object), use_na_sentinel=True)
    if part.take == "value":
        return codes.astype(np.int64)
    if not len(uniques):
        return codes.astype(np.int64)
    taken = _take(pd.Series(uniques, dtype=object), part).astype(object)
    taken = taken.where(taken.notna() & (taken != ""), None)
    part_codes, _ = pd.factorize(taken, use_na_sentinel=True)
    lookup = np.append(part_codes, -1).astype(np.int64)  # code -1 (missing) picks the last entry
    return lookup[codes]


def key_part(features: pd.DataFrame, part: KeyPartSpec) -> pd.Series:
    """One key part per record as text (None where the feature is missing or yields nothing)."""
    values = features[part.feature].astype(object)
    present = values.notna()
    out = np.full(len(values), None, dtype=object)
    if present.any():
        taken = _take(values[present], part).astype(object)
        out[present.to_numpy()] = taken.where(taken.notna() & (taken != ""), None).to_numpy(dtype=object)
    return pd.Series(out, index=features.index, dtype=object)


def rule_keys(features: pd.DataFrame, rule: BlockingRule, coded: dict | None = None) -> np.ndarray:
    """The rule's key as an integer code per record (-1: some part missing)."""
    codes = None
    for part in rule.keys:
        part_codes = key_part_codes(features, part, coded)
        if codes is None:
            codes = part_codes
        else:
            missing = (codes < 0) | (part_codes < 0)
            combined = codes * (int(part_codes.max(initial=0)) + 1) + part_codes
            codes = np.where(missing, -1, pd.factorize(combined)[0]).astype(np.int64)
    return codes


def _pairs_in_groups(order: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair inside each group (groups are runs of ``order``)."""
    # for the record at rank r of a group of size s: pairs with ranks r+1 .. s-1
    rank = np.arange(len(order)) - np.repeat(starts, sizes)
    group_size = np.repeat(sizes, sizes)
    partners = group_size - rank - 1
    left = np.repeat(np.arange(len(order)), partners)
    step = np.arange(len(left)) - np.repeat(np.cumsum(partners) - partners, partners) + 1
    return order[left], order[left + step]


def _pairs_in_windows(order: np.ndarray, starts: np.ndarray, sizes: np.ndarray, window: int):
    """Each record with the next ``window - 1`` of its group (groups are runs of ``order``)."""
    rank = np.arange(len(order)) - np.repeat(starts, sizes)
    group_size = np.repeat(sizes, sizes)
    partners = np.minimum(group_size - rank - 1, window - 1)
    left = np.repeat(np.arange(len(order)), partners)
    step = np.arange(len(left)) - np.repeat(np.cumsum(partners) - partners, partners) + 1
    return order[left], order[left + step]


def rule_pairs(keys: np.ndarray, rule: BlockingRule, sort_by: np.ndarray | None) -> tuple[np.ndarray, np.ndarray, int]:
    """Candidate pairs of one rule, and how many blocks were too large to pair whole."""
    present = np.flatnonzero(keys >= 0)
    if sort_by is None:
        order = present[np.argsort(keys[present], kind="stable")]
    else:
        order = present[np.lexsort((sort_by[present], keys[present]))]
    sorted_keys = keys[order]
    boundaries = np.flatnonzero(np.diff(sorted_keys)) + 1
    starts = np.concatenate(([0], boundaries)) if len(order) else np.array([], dtype=np.int64)
    sizes = np.diff(np.concatenate((starts, [len(order)]))) if len(order) else np.array([], dtype=np.int64)
    big = sizes > rule.max_block_size
    in_big = np.repeat(big, sizes)
    small_order, small_starts, small_sizes = _runs(order[~in_big], sizes[~big])
    a1, b1 = _pairs_in_groups(small_order, small_starts, small_sizes)
    big_order, big_starts, big_sizes = _runs(order[in_big], sizes[big])
    a2, b2 = _pairs_in_windows(big_order, big_starts, big_sizes, rule.max_block_size)
    a, b = np.concatenate((a1, a2)), np.concatenate((b1, b2))
    return np.minimum(a, b), np.maximum(a, b), int(big.sum())


def _runs(order: np.ndarray, sizes: np.ndarray):
    starts = np.cumsum(sizes) - sizes
    return order, starts.astype(np.int64), sizes.astype(np.int64)


def candidate_pairs(features: pd.DataFrame, rules: list[BlockingRule], sort_by: np.ndarray | None = None,
                    restrict_to: np.ndarray | None = None, coded: dict | None = None) -> CandidatePairs:
    """The union of every rule's pairs.

    ``sort_by`` (an integer per record, e.g. the codes of the name) orders the records inside a
    windowed block; ``restrict_to`` (a bool per record) keeps only pairs with at least one such
    record (incremental matching: the new and changed ones).
    """
    if len(rules) > 32:
        raise ValueError("at most 32 blocking rules")
    n = len(features)
    found, per_rule, windowed = [], {}, {}
    for rule in rules:
        a, b, big = rule_pairs(rule_keys(features, rule, coded), rule, sort_by)
        if restrict_to is not None:
            keep = restrict_to[a] | restrict_to[b]
            a, b = a[keep], b[keep]
        per_rule[rule.name] = len(a)
        windowed[rule.name] = big
        found.append(sorted_unique(a.astype(np.int64) * n + b))
    if not found:
        empty = np.array([], dtype=np.int64)
        return CandidatePairs(empty, empty, np.array([], dtype=np.uint32), per_rule, windowed)
    union = sorted_unique(np.concatenate(found))
    found_by = np.zeros(len(union), dtype=np.uint32)
    for bit, codes in enumerate(found):
        found_by[np.searchsorted(union, codes)] |= np.uint32(1 << bit)
    return CandidatePairs(union // n, union % n, found_by, per_rule, windowed)


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (a sort and a comparison: cheaper than ``np.unique`` here)."""
    if not len(values):
        return values
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))]
