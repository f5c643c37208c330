"""Incremental matching: new and changed records against the golden records they may join.

A flow does not match its whole table every run. It keeps, for every live record, the text of
each of its keys (one per blocking rule, and its exact keys) in the hub store; a run looks up
the records sharing a key with its changed ones, loads their golden records' members, and
re-clusters only those. This module is the pure part of that, on DataFrames and arrays:

- :func:`record_keys`: the keys of each record, in the form the hub store keeps them;
- :func:`recluster`: score the pairs that involve a changed record, then cluster with the
  present membership kept (members of one golden record stay together), the exact keys, and a
  steward's must-link and cannot-link pairs; returns the labels and the pairs for review.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from synchub.config.match_models import BlockingRule, MatchSpec
from synchub.config.project import BLOCK_KEY_PREFIX
from synchub.matching.blocking import key_part
from synchub.matching.engine import ScoredPairs, cluster, conflicting_pairs, review_pairs, score
from synchub.matching.exact import clusters as exact_clusters
from synchub.matching.fellegi_sunter import Model

BLOCK_PREFIX = BLOCK_KEY_PREFIX
"""``match_key.key_field`` of a blocking key: ``block:<rule name>`` (an exact key uses its field)."""

KEY_PART_SEPARATOR = "\x1f"

KEY_VALUE_LENGTH = 255
"""Longest key text the hub store keeps as it is (``match_key.key_value``)."""


def block_field(rule: BlockingRule) -> str:
    return BLOCK_PREFIX + rule.name


def stored_key(text: str) -> str:
    """A key as the hub store keeps it: itself when it fits, else its start and a digest of the
    whole, so that equal keys stay equal and different keys stay apart whatever their length."""
    if len(text) <= KEY_VALUE_LENGTH:
        return text
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    return text[:KEY_VALUE_LENGTH - len(digest) - 1] + "#" + digest


def fingerprint(spec: MatchSpec) -> str:
    """What the stored keys depend on (fields, blocking rules, exact keys); a change means the
    keys of every record must be built again."""
    text = spec.model_dump_json(include={"fields", "blocking", "exact_keys"})
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def block_keys(features: pd.DataFrame, rule: BlockingRule) -> pd.Series:
    """The key text of one rule per record (None where a part is missing), as blocking forms it."""
    key = None
    for part in rule.keys:
        values = key_part(features, part).astype(object)
        if key is None:
            key = values
            continue
        both = (key.notna() & values.notna()).to_numpy()
        joined = pd.Series(None, index=features.index, dtype=object)
        joined[both] = key[both] + KEY_PART_SEPARATOR + values[both]
        key = joined
    return key.astype(object).where(key.notna(), None)


def exact_key_values(records: pd.DataFrame, features: pd.DataFrame, spec: MatchSpec) -> pd.DataFrame:
    """The value of each exact key per record: the field's feature when the rules prepare it (a
    tax id only when valid, as :func:`synchub.matching.engine.exact_labels` takes it), else the
    canonical value."""
    out = {}
    for key in spec.exact_keys:
        name = key.field
        if f"{name}.valid" in features:
            values = features[name].where(features[f"{name}.valid"].notna(), None)
        elif name in features:
            values = features[name]
        else:
            values = records[name]
        values = values.astype(object)
        out[name] = values.where(values.notna(), None).to_numpy()
    return pd.DataFrame(out, index=range(len(records)), columns=[k.field for k in spec.exact_keys])


def exact_labels(records: pd.DataFrame, features: pd.DataFrame, spec: MatchSpec) -> np.ndarray | None:
    """Clusters of the exact keys (None without any)."""
    if not spec.exact_keys:
        return None
    values = exact_key_values(records, features, spec)
    return exact_clusters(values, list(values.columns))


def record_keys(records: pd.DataFrame, features: pd.DataFrame, spec: MatchSpec) -> pd.DataFrame:
    """Every key of every record: ``position`` (row of ``records``), ``key_field`` and
    ``key_value`` (in the stored form of :func:`stored_key`)."""
    frames = []
    for rule in spec.blocking:
        keys = block_keys(features, rule)
        present = keys.notna().to_numpy()
        frames.append(pd.DataFrame({"position": np.flatnonzero(present), "key_field": block_field(rule),
                                    "key_value": keys.to_numpy()[present]}))
    exact = exact_key_values(records, features, spec)
    for name in exact.columns:
        values = exact[name].to_numpy()
        present = pd.notna(values)
        frames.append(pd.DataFrame({"position": np.flatnonzero(present), "key_field": name,
                                    "key_value": values[present]}))
    if not frames:
        return pd.DataFrame({"position": pd.Series(dtype=np.int64), "key_field": pd.Series(dtype=object),
                             "key_value": pd.Series(dtype=object)})
    out = pd.concat(frames, ignore_index=True)
    values = out["key_value"].astype(str)
    long = (values.str.len() > KEY_VALUE_LENGTH).to_numpy()
    if long.any():
        values[long] = [stored_key(v) for v in values[long]]
    out["key_value"] = values.astype(object)
    return out


def max_block_sizes(spec: MatchSpec) -> dict[str, int]:
    """Per key field, how many records may share one key before the key is too common to look
    up (a blocking rule's ``max_block_size``; exact keys have no limit)."""
    return {block_field(rule): rule.max_block_size for rule in spec.blocking}


@dataclass
class Reclustered:
    """Labels of the records, the pairs a steward should review, and figures."""

    labels: np.ndarray
    review: pd.DataFrame  # a, b (positions, a < b), probability
    figures: dict = field(default_factory=dict)


def _subset(pairs: ScoredPairs, keep: np.ndarray) -> ScoredPairs:
    return ScoredPairs(pairs.a[keep], pairs.b[keep], pairs.levels[keep], pairs.weight[keep], pairs.probability[keep],
                       pairs.model, pairs.figures, None if pairs.eligible is None else pairs.eligible[keep])


def _no_pairs(spec: MatchSpec) -> ScoredPairs:
    empty = np.array([], dtype=np.int64)
    return ScoredPairs(empty, empty, np.zeros((0, len(spec.comparisons)), np.int8), np.array([], dtype=float),
                       np.array([], dtype=float), Model.declared(spec.comparisons, spec.prior),
                       {"candidate_pairs": 0})


def sticky_links(anchor: np.ndarray, free: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Must-link pairs that keep each golden record's members together: every member (but the
    ``free`` ones) with the first member of its golden record (``anchor``: golden id or None)."""
    positions = np.flatnonzero(pd.notna(anchor) & ~free)
    if not len(positions):
        empty = np.array([], dtype=np.int64)
        return empty, empty
    groups = pd.Series(positions).groupby(pd.Series(anchor[positions]).to_numpy())
    first = groups.transform("min").to_numpy()
    linked = first != positions
    return first[linked], positions[linked]


EXACT_WEIGHT = 1e9
"""The weight of an exact-key link: above any scored pair, below a must-link (infinite)."""


def _with_exact_edges(pairs: ScoredPairs, exact: np.ndarray | None) -> ScoredPairs:
    """The pairs and, as pairs of their own, each record linked to the first record of its
    exact-key cluster. Ranked below the must-links: when a cannot-link forces a cut, membership
    and a steward's must-links hold first (a record created for a golden record stays with it
    even when it shares a tax id with the record a steward split off)."""
    if exact is None:
        return pairs
    n = len(exact)
    first = pd.Series(np.arange(n)).groupby(exact).transform("min").to_numpy()
    linked = np.flatnonzero(first != np.arange(n))
    if not len(linked):
        return pairs
    k = len(linked)
    eligible = None if pairs.eligible is None else np.concatenate((pairs.eligible, np.ones(k, dtype=bool)))
    return ScoredPairs(np.concatenate((pairs.a, first[linked])), np.concatenate((pairs.b, linked)),
                       np.concatenate((pairs.levels, np.zeros((k, pairs.levels.shape[1]), np.int8))),
                       np.concatenate((pairs.weight, np.full(k, EXACT_WEIGHT))),
                       np.concatenate((pairs.probability, np.ones(k))), pairs.model, pairs.figures, eligible)


def _new_conflicts(features: pd.DataFrame, labels: np.ndarray, spec: MatchSpec, anchor: np.ndarray,
                   must_link: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs a ``conflicts`` feature keeps apart (two different tax ids), but never two members
    of one golden record already, nor a pair a steward linked: a golden record is not split
    automatically, and a steward's must-link outranks the rules."""
    if not spec.conflicts:
        empty = np.array([], dtype=np.int64)
        return empty, empty
    a, b = conflicting_pairs(features, labels, spec)
    anchored = pd.notna(anchor)
    together = anchored[a] & anchored[b] & (anchor[a] == anchor[b])
    linked = _pair_set(*must_link)
    keep = ~together & np.array([(min(x, y), max(x, y)) not in linked for x, y in zip(a.tolist(), b.tolist())],
                                dtype=bool)
    return a[keep].astype(np.int64), b[keep].astype(np.int64)


def _pair_set(a: np.ndarray, b: np.ndarray) -> set[tuple[int, int]]:
    return {(min(x, y), max(x, y)) for x, y in zip(a.tolist(), b.tolist())}


def recluster(records: pd.DataFrame, features: pd.DataFrame, spec: MatchSpec, *, probe: np.ndarray,
              anchor: np.ndarray, free: np.ndarray | None = None,
              must_link: tuple[np.ndarray, np.ndarray] | None = None,
              cannot_link: tuple[np.ndarray, np.ndarray] | None = None) -> Reclustered:
    """Cluster the records of the golden records a run touches.

    ``probe``: the records whose pairs are scored (new and changed ones, and those a steward
    decided about); ``anchor``: each record's present golden id (None for a new record); ``free``:
    records that leave their golden record (a steward's split), so membership does not hold
    them. Membership is sticky: the members of one golden record stay together, as must-links.
    A probe already in a golden record whose pair with a member of another golden record would
    merge (the merge band, with the evidence the bands ask for) merges the two when
    ``spec.on_changed_match`` is ``merge``; with ``review`` the pair goes to the steward instead.
    Exact keys merge; cannot-links hold; ``conflicts`` (two different tax ids) keep new links
    apart but never split a golden record.
    """
    n = len(records)
    free = np.zeros(n, dtype=bool) if free is None else free
    empty = (np.array([], dtype=np.int64), np.array([], dtype=np.int64))
    must_link = must_link or empty
    cannot_link = cannot_link or empty
    if spec.probabilistic and n > 1 and probe.any():
        pairs = score(features, spec, restrict_to=probe)
    else:
        pairs = _no_pairs(spec)
    in_band = pairs.mergeable(spec)
    anchored = pd.notna(anchor)
    across = in_band & anchored[pairs.a] & anchored[pairs.b] & (anchor[pairs.a] != anchor[pairs.b])
    held = across if spec.on_changed_match == "review" else np.zeros(len(pairs.a), dtype=bool)
    sticky = sticky_links(anchor, free)
    links = (np.concatenate((sticky[0], must_link[0])).astype(np.int64),
             np.concatenate((sticky[1], must_link[1])).astype(np.int64))
    edges = _with_exact_edges(_subset(pairs, ~held), exact_labels(records, features, spec))
    labels = cluster(n, edges, spec, must_link=links, cannot_link=cannot_link)
    conflicts = _new_conflicts(features, labels, spec, anchor, must_link)
    if len(conflicts[0]):
        cannot_link = (np.concatenate((cannot_link[0], conflicts[0])).astype(np.int64),
                       np.concatenate((cannot_link[1], conflicts[1])).astype(np.int64))
        labels = cluster(n, edges, spec, must_link=links, cannot_link=cannot_link)

    band = review_pairs(pairs, labels, spec)
    held_apart = held & (labels[pairs.a] != labels[pairs.b])
    review = pd.concat([band[["a", "b", "probability"]],
                        pd.DataFrame({"a": pairs.a[held_apart], "b": pairs.b[held_apart],
                                      "probability": pairs.probability[held_apart]})], ignore_index=True)
    # one pair per two clusters, the likeliest: deciding it decides the others; none between two
    # clusters a steward already told apart (a cannot-link between any of their records)
    lo = np.minimum(labels[review["a"].to_numpy()], labels[review["b"].to_numpy()])
    hi = np.maximum(labels[review["a"].to_numpy()], labels[review["b"].to_numpy()])
    told_apart = _pair_set(labels[cannot_link[0]], labels[cannot_link[1]])
    review = review.assign(lo=lo, hi=hi)
    if told_apart:
        review = review[np.array([(x, y) not in told_apart for x, y in zip(lo.tolist(), hi.tolist())], dtype=bool)]
    review = (review.sort_values("probability", ascending=False, kind="stable")
              .drop_duplicates(["lo", "hi"])[["a", "b", "probability"]].reset_index(drop=True))
    figures = {"candidate_pairs": int(len(pairs.a)), "merge_band_pairs": int(in_band.sum()),
               "across_golden_records": int(across.sum()), "held_for_review": int(held.sum()),
               "review_pairs": int(len(review)), "weights": pairs.figures.get("weights", "declared")}
    return Reclustered(labels, review, figures)
