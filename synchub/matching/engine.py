"""The matching engine: features, candidate pairs, levels, weights, and clusters.

``score`` finds and scores the candidate pairs of a set of records; ``cluster`` turns scored
pairs into entities (connected components of the pairs at or above the merge band, honouring a
steward's forced merges and splits); ``match`` does both. Pure functions on DataFrames and
arrays: no store, no network.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from scipy.sparse.csgraph import connected_components

from synchub.config.match_models import MatchSpec
from synchub.matching.blocking import candidate_pairs
from synchub.matching.comparisons import MISSING, Comparison, Feature, compile_comparison
from synchub.matching.exact import clusters as exact_clusters
from synchub.matching.features import prepare
from synchub.matching.fellegi_sunter import Model, estimate, probability

log = logging.getLogger(__name__)

TYPO_EDITS = 2
"""Two ids without check digits this many edits apart may be one id with a typo (a transposition
is two); further apart they are two ids."""

RANDOM_PAIRS = 2_000_000
"""Random pairs for estimating u: enough for rare levels to show (an exact name is ~1e-5)."""


@dataclass
class ScoredPairs:
    """Candidate pairs (positions ``a < b``) with their levels, weight and match probability."""

    a: np.ndarray
    b: np.ndarray
    levels: np.ndarray
    weight: np.ndarray
    probability: np.ndarray
    model: Model
    figures: dict = field(default_factory=dict)
    eligible: np.ndarray | None = None
    """Per pair: whether it has the evidence ``bands.merge_needs_any`` asks for (None: all have)."""

    def mergeable(self, spec: MatchSpec) -> np.ndarray:
        """Pairs at or above the merge band that may merge automatically."""
        merge = self.probability >= spec.bands.merge
        return merge if self.eligible is None else merge & self.eligible

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame({"a": self.a, "b": self.b, "weight": self.weight, "probability": self.probability})


@dataclass
class MatchResult:
    features: pd.DataFrame
    pairs: ScoredPairs
    labels: np.ndarray
    review: pd.DataFrame
    figures: dict


def _levels(comparisons: list[Comparison], features: dict[str, Feature], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    levels = np.empty((len(a), len(comparisons)), dtype=np.int8)
    for j, comparison in enumerate(comparisons):
        levels[:, j] = comparison.levels(features, a, b)
    return levels


def _random_pairs(n: int, count: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = rng.integers(0, n, count)
    b = rng.integers(0, n, count)
    keep = a != b
    return np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])


def _exact_levels(spec) -> list[tuple[int, str]]:
    """(level, feature) of each level that means one feature's equal values: the exact level of
    a one-feature comparison; a ``levels`` level with one condition of equality."""
    if spec.type == "levels":
        return [(k, level.all[0].feature) for k, level in enumerate(spec.levels)
                if len(level.all) == 1 and level.all[0].similar is None]
    return [(0, spec.feature)] if spec.type == "exact" or spec.exact_first else []


def _term_frequency_adjust(weight: np.ndarray, levels: np.ndarray, comparisons: list[Comparison],
                           features: dict[str, Feature], model: Model, a: np.ndarray) -> None:
    """For exact levels marked ``term_frequency``: ``u`` is the shared value's own frequency (a
    phone or an e-mail domain many records share is weaker evidence than one two records share)."""
    for j, comparison in enumerate(comparisons):
        if not comparison.spec.term_frequency:
            continue
        lw = model.comparisons[j]
        for level, name in _exact_levels(comparison.spec):
            codes = features[name].codes
            present = codes >= 0
            at = levels[:, j] == level
            if not present.any() or not at.any():
                continue
            frequency = np.bincount(codes[present]) / present.sum()
            u_tf = np.clip(frequency[codes[a[at]]], 1e-9, 1)
            # replace the average u of the level by the value's own
            weight[at] += np.log2(np.clip(lw.u[level], 1e-9, 1)) - np.log2(u_tf)


def _all_pairs(n: int, restrict_to: np.ndarray | None) -> float:
    """The pairs blocking chose the candidates from: all pairs of the records, or, restricted,
    those with at least one ``restrict_to`` record (a bool per record)."""
    if restrict_to is None:
        return n * (n - 1) / 2
    k = int(np.count_nonzero(restrict_to))
    return k * (k - 1) / 2 + k * (n - k)


def _base(feature: str) -> str:
    return feature.split(".", 1)[0]


def _sessions(spec: MatchSpec, comparisons: list[Comparison], found_by: np.ndarray):
    """An EM session per blocking rule: its pairs, and the comparisons of the fields it did not block on."""
    out = []
    for bit, rule in enumerate(spec.blocking):
        blocked_on = {_base(part.feature) for part in rule.keys}
        trained = [j for j, c in enumerate(comparisons) if not {_base(f) for f in c.spec.features} & blocked_on]
        out.append((rule.name, (found_by & np.uint32(1 << bit)) != 0, trained))
    return out


def score(features: pd.DataFrame, spec: MatchSpec, *, restrict_to: np.ndarray | None = None,
          model: Model | None = None, seed: int = 0) -> ScoredPairs:
    """Candidate pairs of ``features`` with their levels and weights.

    ``restrict_to`` keeps pairs with at least one such record (incremental matching); ``model``
    overrides the rules' weights (a model estimated before).
    """
    started = time.perf_counter()
    comparisons = [compile_comparison(c) for c in spec.comparisons]
    # every feature factorised once: blocking keys and comparisons share the codes
    needed = {f for c in comparisons for f in c.spec.features} | {p.feature for r in spec.blocking for p in r.keys}
    coded = {name: Feature.of(features[name]) for name in sorted(needed)}
    # a block too large to pair whole is windowed over its records in the order of the first
    # comparison's values (sorted neighbourhood: similar names sit next to each other)
    first = next((c.spec.features[0] for c in comparisons), None)
    sort_by = coded[first].sort_rank() if first else None
    pairs = candidate_pairs(features, spec.blocking, sort_by=sort_by, restrict_to=restrict_to, coded=coded)
    blocked = time.perf_counter()
    levels = _levels(comparisons, coded, pairs.a, pairs.b)
    compared = time.perf_counter()
    figures = {"records": len(features), "candidate_pairs": int(len(pairs.a)), "pairs_per_rule": pairs.per_rule,
               "windowed_blocks": pairs.windowed_blocks}
    if model is None:
        model = Model.declared(spec.comparisons, spec.prior)
        if spec.weights == "estimate" and len(pairs.a) >= spec.min_pairs_to_estimate:
            ra, rb = _random_pairs(len(features), min(RANDOM_PAIRS, max(len(features) * 2, 10_000)), seed)
            model = estimate(model, levels, _levels(comparisons, coded, ra, rb),
                             sessions=_sessions(spec, comparisons, pairs.found_by),
                             total_pairs=_all_pairs(len(features), restrict_to))
            figures["weights"] = "estimated"
        else:
            figures["weights"] = "declared"
    weight = model.weights(levels)
    _term_frequency_adjust(weight, levels, comparisons, coded, model, pairs.a)
    eligible = _eligible(spec, levels)
    done = time.perf_counter()
    figures["seconds"] = {"blocking": round(blocked - started, 2), "comparing": round(compared - blocked, 2),
                          "weights": round(done - compared, 2)}
    return ScoredPairs(pairs.a, pairs.b, levels, weight, probability(weight), model, figures, eligible)


def _eligible(spec: MatchSpec, levels: np.ndarray) -> np.ndarray | None:
    needs = spec.bands.merge_needs_any
    if not needs:
        return None
    position = {c.name: j for j, c in enumerate(spec.comparisons)}
    names = {c.name: c.level_names for c in spec.comparisons}

    def holds(evidence) -> np.ndarray:
        column = levels[:, position[evidence.comparison]]
        found = (column != MISSING) & (column <= names[evidence.comparison].index(evidence.at_least))
        if evidence.together_with_any:
            also = np.zeros(len(levels), dtype=bool)
            for other in evidence.together_with_any:
                also |= holds(other)
            found &= also
        for other in evidence.unless_disagree:
            found &= levels[:, position[other]] != len(names[other]) - 1
        return found

    out = np.zeros(len(levels), dtype=bool)
    for evidence in needs:
        out |= holds(evidence)
    return out


def cluster(n: int, pairs: ScoredPairs, spec: MatchSpec, *, exact: np.ndarray | None = None,
            must_link: tuple[np.ndarray, np.ndarray] | None = None,
            cannot_link: tuple[np.ndarray, np.ndarray] | None = None,
            conflicts: "ConflictValues | None" = None) -> np.ndarray:
    """A cluster label per record: components of the pairs at or above the merge band.

    ``exact``: labels from exact keys, joined in as merges; ``must_link`` pairs are merged
    whatever their score; ``cannot_link`` pairs are never in one cluster: their edge is dropped,
    and a component that still holds both is cut by growing it again from its strongest edges
    without the union that would join them. ``conflicts``: records whose values of a conflicts
    feature clash (two tax ids) are never in one cluster either, cut the same way.
    """
    merge = pairs.mergeable(spec)
    a, b, w = pairs.a[merge], pairs.b[merge], pairs.weight[merge]
    if exact is not None:
        # each record linked to the first record of its exact-key cluster
        first = pd.Series(np.arange(n)).groupby(exact).transform("min").to_numpy()
        linked = first != np.arange(n)
        a = np.concatenate((a, first[linked]))
        b = np.concatenate((b, np.arange(n)[linked]))
        w = np.concatenate((w, np.full(int(linked.sum()), np.inf)))
    if must_link is not None and len(must_link[0]):
        a = np.concatenate((a, must_link[0]))
        b = np.concatenate((b, must_link[1]))
        w = np.concatenate((w, np.full(len(must_link[0]), np.inf)))
    forbidden = set()
    if cannot_link is not None and len(cannot_link[0]):
        forbidden = {(min(x, y), max(x, y)) for x, y in zip(cannot_link[0].tolist(), cannot_link[1].tolist())}
        keep = np.array([(min(x, y), max(x, y)) not in forbidden for x, y in zip(a.tolist(), b.tolist())], dtype=bool)
        a, b, w = a[keep], b[keep], w[keep]
    labels = components(n, a, b)
    torn = conflicts.torn(labels) if conflicts is not None else set()
    if forbidden or torn:
        labels = _cut(labels, a, b, w, forbidden, conflicts, torn)
    return labels


def components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected components of the graph with edges ``a - b`` (scipy, linear)."""
    if not len(a):
        return np.arange(n)
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return labels


def _cut(labels: np.ndarray, a: np.ndarray, b: np.ndarray, w: np.ndarray, forbidden: set,
         conflicts: "ConflictValues | None" = None, torn: set | None = None) -> np.ndarray:
    """Rebuild each component that holds a cannot-link pair or clashing values, strongest edges
    first, refusing any union that would bring a forbidden pair or two clashing values together
    (only those components: usually a few). A group keeps the set of its values of each
    conflicts feature, all alike; a union is refused when a value of one clashes with one of the
    other, so each step costs the product of two small sets, not of two groups."""
    bad = {labels[x] for x, y in forbidden if labels[x] == labels[y]} | (torn or set())
    if not bad:
        return labels
    labels = labels.copy()
    bad_list = list(bad)
    in_bad = np.isin(labels[a], bad_list)
    order = np.argsort(-w[in_bad], kind="stable")
    ea, eb = a[in_bad][order].tolist(), b[in_bad][order].tolist()
    nodes = np.flatnonzero(np.isin(labels, bad_list)).tolist()
    parent = {x: x for x in nodes}
    members = {x: {x} for x in nodes}
    enemies: dict[int, set] = {x: set() for x in nodes}
    for x, y in forbidden:
        if x in enemies and y in enemies:
            enemies[x].add(y)
            enemies[y].add(x)
    values = conflicts.values_of(nodes) if conflicts is not None else {}

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in zip(ea, eb):
        rx, ry = root(x), root(y)
        if rx == ry:
            continue
        if any(e in members[ry] for m in members[rx] for e in enemies[m]):
            continue
        vx, vy = values.get(rx), values.get(ry)
        if vx and vy and conflicts.clash(vx, vy):
            continue
        if len(members[rx]) < len(members[ry]):
            rx, ry = ry, rx
            vx, vy = vy, vx
        parent[ry] = rx
        members[rx] |= members.pop(ry)
        if vy:
            values[rx] = conflicts.union(vx, vy) if vx else vy
            values.pop(ry, None)
    next_label = labels.max() + 1
    for group in members.values():
        for x in group:
            labels[x] = next_label
        next_label += 1
    return labels


class ConflictValues:
    """Each record's values of the ``conflicts`` features, and when two clash: two ids that check
    digits verified, or two ids without them more than :data:`TYPO_EDITS` edits apart (a typo in
    an EIN is no second company, an altogether other id is); other features: any two values."""

    def __init__(self, features: pd.DataFrame, spec: MatchSpec):
        self.codes, self.uniques, self.verified = [], [], []
        for feature in spec.conflicts:
            codes, uniques = pd.factorize(features[feature].to_numpy(dtype=object))
            self.codes.append(codes)
            self.uniques.append(uniques.astype(object))
            checked = f"{feature}.check_digits"
            self.verified.append(features[checked].notna().to_numpy() if checked in features else None)
        self._far: dict[tuple[int, int, int], bool] = {}

    def torn(self, labels: np.ndarray) -> set:
        """Components with two different values of a conflicts feature (maybe clashing)."""
        out: set = set()
        for codes in self.codes:
            present = codes >= 0
            frame = pd.DataFrame({"c": labels[present], "v": codes[present]})
            distinct = frame.groupby("c")["v"].nunique()
            out |= set(distinct.index[distinct > 1].tolist())
        return out

    def values_of(self, nodes: list[int]) -> dict[int, tuple[frozenset, ...]]:
        """Per record with any value: per feature its set of (code, verified)."""
        out = {}
        for x in nodes:
            sets = tuple(frozenset() if codes[x] < 0 else
                         frozenset({(int(codes[x]), bool(verified is not None and verified[x]))})
                         for codes, verified in zip(self.codes, self.verified))
            if any(sets):
                out[x] = sets
        return out

    def clash(self, left: tuple[frozenset, ...], right: tuple[frozenset, ...]) -> bool:
        for k, (xs, ys) in enumerate(zip(left, right)):
            for x, x_checked in xs:
                for y, y_checked in ys:
                    if x != y and (self.verified[k] is None or (x_checked and y_checked) or self._apart(k, x, y)):
                        return True
        return False

    @staticmethod
    def union(left: tuple[frozenset, ...], right: tuple[frozenset, ...]) -> tuple[frozenset, ...]:
        return tuple(x | y for x, y in zip(left, right))

    def _apart(self, k: int, x: int, y: int) -> bool:
        key = (k, min(x, y), max(x, y))
        if key not in self._far:
            self._far[key] = Levenshtein.distance(str(self.uniques[k][x]), str(self.uniques[k][y])) > TYPO_EDITS
        return self._far[key]


def conflicting_pairs(features: pd.DataFrame, labels: np.ndarray, spec: MatchSpec) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of records in one cluster whose values of a ``conflicts`` feature differ: for each
    such cluster, each record against the first record of every other value (enough to cut).
    Where the feature has check digits (``<feature>.check_digits``), two values conflict when
    check digits verified both, or when they are more than :data:`TYPO_EDITS` edits apart: a
    typo in an id without check digits (a US EIN, a HK BR number) is no second company, an
    altogether other id is."""
    out_a, out_b = [], []
    for feature in spec.conflicts:
        column = features[feature]
        verified = None
        if f"{feature}.check_digits" in features:
            verified = features[f"{feature}.check_digits"].notna().to_numpy()
        values = column.to_numpy(dtype=object)
        present = np.flatnonzero(pd.notna(values))
        frame = pd.DataFrame({"row": present, "cluster": labels[present], "value": values[present]})
        distinct = frame.groupby("cluster")["value"].nunique()
        torn = frame[frame["cluster"].isin(distinct.index[distinct > 1])]
        if torn.empty:
            continue
        heads = torn.drop_duplicates(["cluster", "value"])
        both = torn.merge(heads, on="cluster", suffixes=("", "_head"))
        both = both[both["value"] != both["value_head"]]
        if verified is not None:
            # verified on both sides; or, unverified, further apart than a typo (two edits)
            checked = verified[both["row"].to_numpy()] & verified[both["row_head"].to_numpy()]
            far = process.cpdist(both["value"].tolist(), both["value_head"].tolist(), scorer=Levenshtein.distance,
                                 workers=-1) > TYPO_EDITS
            both = both[checked | far]
        out_a.append(both["row"].to_numpy())
        out_b.append(both["row_head"].to_numpy())
    if not out_a:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    return np.concatenate(out_a), np.concatenate(out_b)


def review_pairs(pairs: ScoredPairs, labels: np.ndarray, spec: MatchSpec) -> pd.DataFrame:
    """Pairs in the review band whose records ended up apart: the steward decides them."""
    band = (pairs.probability >= spec.bands.review) & ~pairs.mergeable(spec)
    apart = labels[pairs.a] != labels[pairs.b]
    keep = band & apart
    return pd.DataFrame({"a": pairs.a[keep], "b": pairs.b[keep], "probability": pairs.probability[keep],
                         "weight": pairs.weight[keep]})


def exact_labels(features: pd.DataFrame, spec: MatchSpec) -> np.ndarray | None:
    """Clusters of the exact keys (the tax id's own validity counts when it is prepared)."""
    keys = [k.field for k in spec.exact_keys]
    if not keys:
        return None
    frame = features.reset_index(drop=True)
    for key in keys:
        if f"{key}.valid" in frame:
            frame[key] = frame[key].where(frame[f"{key}.valid"].notna(), None)
    return exact_clusters(frame, keys)


def match(records: pd.DataFrame, spec: MatchSpec, where: str = "match rules") -> MatchResult:
    """Deduplicate ``records``: a cluster label per row (in order), with the pairs and figures."""
    started = time.perf_counter()
    features = prepare(records.reset_index(drop=True), spec, where)
    prepared = time.perf_counter()
    pairs = score(features, spec)
    scored = time.perf_counter()
    exact = exact_labels(features, spec)
    conflicts = ConflictValues(features, spec) if spec.conflicts else None
    labels = cluster(len(features), pairs, spec, exact=exact, conflicts=conflicts)
    review = review_pairs(pairs, labels, spec)
    done = time.perf_counter()
    sizes = np.bincount(labels)
    figures = {**pairs.figures, "clusters": int((sizes > 0).sum()), "largest_cluster": int(sizes.max(initial=0)),
               "merged_pairs": int(pairs.mergeable(spec).sum()), "review_pairs": len(review),
               "seconds": {"prepare": round(prepared - started, 2), **pairs.figures["seconds"],
                           "cluster": round(done - scored, 2)}}
    return MatchResult(features, pairs, labels, review, figures)

