"""Comparisons: how one feature of the two records of each candidate pair compares, as a level.

Each comparison is one small class named so that it reads as what it does; ``levels`` takes
the feature of every record (a :class:`Feature`: its text and its factorised codes) and the pairs
(positions ``a`` and ``b``), and returns one ``int8`` level per pair: 0 is the best level, the
last is "else", and :data:`MISSING` means one side has no value (no evidence either way).
Similarities are computed with rapidfuzz on whole arrays (``process.cpdist``, in C++ on every
core), only for pairs whose values differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler, Levenshtein

from synchub.config.match_models import ComparisonSpec

MISSING = -1
CJK, LATIN = 1, 2
"""Scripts of a value (:attr:`Feature.script`)."""
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # kana, Han
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
MAX_TOKENS = 16
"""Tokens of one value an overlap comparison reads (the first ones; an address has a handful)."""


@dataclass(frozen=True)
class Feature:
    """One feature of every record: values (object array, None where missing) and their codes
    (int32, -1 where missing; equal values, equal codes)."""

    values: np.ndarray
    codes: np.ndarray
    uniques: np.ndarray

    @classmethod
    def of(cls, series: pd.Series) -> "Feature":
        values = series.to_numpy(dtype=object)
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        return cls(values=values, codes=codes.astype(np.int32), uniques=np.asarray(uniques, dtype=object))

    @cached_property
    def script(self) -> np.ndarray:
        """Per distinct value, its script: :data:`CJK` (any Chinese or Japanese character),
        :data:`LATIN` (Latin letters, no CJK) or 0 (neither: digits, other scripts)."""
        texts = [v if isinstance(v, str) else "" for v in self.uniques.tolist()]
        cjk = np.fromiter((_CJK.search(v) is not None for v in texts), dtype=bool, count=len(texts))
        latin = np.fromiter((_LATIN.search(v) is not None for v in texts), dtype=bool, count=len(texts))
        return np.where(cjk, CJK, np.where(latin, LATIN, 0)).astype(np.int8)

    @cached_property
    def token_ids(self) -> np.ndarray:
        """Per distinct value, the ids of its space-separated tokens (one id per distinct token
        over all values), padded with -1: distinct values x :data:`MAX_TOKENS`."""
        texts = [v.split(" ") if isinstance(v, str) else [] for v in self.uniques.tolist()]
        width = min(MAX_TOKENS, max((len(t) for t in texts), default=1)) or 1
        flat = [token for t in texts for token in t[:width]]
        ids, _ = pd.factorize(np.array(flat, dtype=object))
        out = np.full((len(texts), width), -1, dtype=np.int32)
        counts = np.fromiter((min(len(t), width) for t in texts), dtype=np.int64, count=len(texts))
        rows = np.repeat(np.arange(len(texts)), counts)
        cols = np.arange(len(flat)) - np.repeat(np.cumsum(counts) - counts, counts)
        out[rows, cols] = ids
        return out

    def sort_rank(self) -> np.ndarray:
        """Per record, the rank of its value in sorted order (missing: -1)."""
        order = np.argsort(self.uniques.astype(str), kind="stable")
        rank = np.empty(len(order) + 1, dtype=np.int64)
        rank[order] = np.arange(len(order))
        rank[-1] = -1
        return rank[self.codes]


class Comparison:
    """Base: the spec, and the shared skeleton (missing, exact, then the graded levels)."""

    def __init__(self, spec: ComparisonSpec):
        self.spec = spec
        self.n_levels = len(spec.level_names)

    def levels(self, coded: dict[str, Feature], a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The level of each pair (``coded``: every feature, factorised)."""
        feature = coded[self.spec.feature]
        ca, cb = feature.codes[a], feature.codes[b]
        out = np.full(len(a), self.n_levels - 1, dtype=np.int8)
        missing = (ca < 0) | (cb < 0)
        same = (ca == cb) & ~missing
        exact_levels = 1 if self.spec.type == "exact" or self.spec.exact_first else 0
        if exact_levels:
            out[same] = 0
        graded = ~missing & ~same if exact_levels else ~missing
        where = np.flatnonzero(graded)
        if len(where) and self.n_levels - 1 > exact_levels:
            out[where] = self._graded(feature, a[where], b[where]) + exact_levels
        if self.spec.differs_when_disjoint:
            apart = coded[self.spec.differs_when_disjoint]
            where = np.flatnonzero(~missing & (out < self.n_levels - 1))
            where = where[(apart.codes[a[where]] >= 0) & (apart.codes[b[where]] >= 0)]
            out[where[token_overlap(apart, a[where], b[where]) == 0]] = self.n_levels - 1
        out[missing] = MISSING
        if self.spec.across_scripts != "compare":
            scripts = coded[self.spec.scripts_of or self.spec.feature]
            sa, sb = scripts.codes[a], scripts.codes[b]
            across = _across_scripts(scripts, sa, sb, (sa < 0) | (sb < 0))
            out[across if self.spec.across_scripts == "missing" else ~across] = MISSING
        return out

    def _graded(self, feature: Feature, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Levels among the thresholds (0 = the first threshold), the last meaning 'else'."""
        raise NotImplementedError


class ExactMatch(Comparison):
    """Equal values, or else."""

    def _graded(self, feature, a, b):  # pragma: no cover - exact has no graded levels
        return np.zeros(len(a), dtype=np.int8)


SCORERS = {"jaro_winkler": (JaroWinkler.normalized_similarity, 1.0), "ratio": (fuzz.ratio, 100.0),
           "token_set": (fuzz.token_set_ratio, 100.0)}
"""Each similarity: rapidfuzz's scorer and the score of identical strings (to bring it to 0-1)."""


class _SimilarityAtThresholds(Comparison):

    def _graded(self, feature, a, b):
        # each distinct pair of values once: duplicated pairs are common after blocking
        ca, cb = feature.codes[a], feature.codes[b]
        key = ca.astype(np.int64) * (int(feature.codes.max()) + 1) + cb
        inverse, unique = pd.factorize(key)
        first = np.empty(len(unique), dtype=np.int64)
        first[inverse[::-1]] = np.arange(len(inverse) - 1, -1, -1)  # the last write is the first occurrence
        left = feature.values[a[first]].tolist()
        right = feature.values[b[first]].tolist()
        # below the lowest threshold every score is 'else': rapidfuzz may stop early there
        scorer, scale = SCORERS[self.spec.type]
        scores = process.cpdist(left, right, scorer=scorer, workers=-1,
                                score_cutoff=min(self.spec.thresholds) * scale).astype(np.float32) / scale
        return _bucket(scores, self.spec.thresholds, descending=True)[inverse]


class JaroWinklerAtThresholds(_SimilarityAtThresholds):
    """Jaro-Winkler similarity at or above each threshold (typos, and more weight to a shared start)."""


class RatioAtThresholds(_SimilarityAtThresholds):
    """Indel similarity (1 - insertions and deletions / total length) at or above each threshold:
    unlike Jaro-Winkler, a shared start does not excuse a different middle ("Arthur King
    Pharmaceuticals" and "Arthur Sullivan Pharmaceuticals" are not alike)."""


class TokenSetAtThresholds(_SimilarityAtThresholds):
    """Token-set similarity at or above each threshold (words reordered, one name inside the other)."""


class LevenshteinAtThresholds(Comparison):
    """Edit distance at or below each threshold (characters)."""

    def _graded(self, feature, a, b):
        left = feature.values[a].tolist()
        right = feature.values[b].tolist()
        distances = process.cpdist(left, right, scorer=Levenshtein.distance, workers=-1)
        return _bucket(distances.astype(np.float64), self.spec.thresholds, descending=False)


class OverlapAtThresholds(Comparison):
    """The share of the shorter value's tokens (split on spaces) that the other value has too
    (overlap coefficient) at or above each threshold. On an address's numbers: "19 1901 249" and
    "249" share all of the shorter's (one address, one of them with its floor and room);
    "17 1708 684" and "19 1901 684" a third (one building, two units); "110" and "59" none."""

    def _graded(self, feature, a, b):
        return _bucket(token_overlap(feature, a, b), self.spec.thresholds, descending=True)


OVERLAP_CHUNK = 1_000_000
"""Pairs per step of :func:`token_overlap` (bounds its temporary arrays)."""


def token_overlap(feature: Feature, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair (both present), the share of the shorter value's tokens the other has too; each
    distinct pair of values once (after blocking, the same two numbers meet again and again)."""
    ca, cb = feature.codes[a], feature.codes[b]
    width = int(feature.codes.max()) + 1
    inverse, unique = pd.factorize(np.minimum(ca, cb).astype(np.int64) * width + np.maximum(ca, cb))
    ua, ub = unique // width, unique % width
    tokens = feature.token_ids
    shares = np.empty(len(unique), dtype=np.float32)
    for start in range(0, len(unique), OVERLAP_CHUNK):
        ta = tokens[ua[start:start + OVERLAP_CHUNK]]
        tb = tokens[ub[start:start + OVERLAP_CHUNK]]
        shared = np.zeros(len(ta), dtype=np.int16)
        for i in range(tokens.shape[1]):  # -1 pads never equal a token id
            shared += (ta[:, i:i + 1] == tb).any(axis=1) & (ta[:, i] >= 0)
        shorter = np.minimum((ta >= 0).sum(axis=1), (tb >= 0).sum(axis=1))
        shares[start:start + len(ta)] = shared / np.maximum(shorter, 1)
    return shares[inverse]


class NumericDistanceAtThresholds(Comparison):
    """Absolute difference of two numbers at or below each threshold."""

    def _graded(self, feature, a, b):
        numbers = pd.to_numeric(pd.Series(feature.values), errors="coerce").to_numpy(dtype=float)
        distance = np.abs(numbers[a] - numbers[b])
        return _bucket(np.where(np.isnan(distance), np.inf, distance), self.spec.thresholds, descending=False)


class DateDistanceAtThresholds(Comparison):
    """Days between two dates at or below each threshold."""

    def _graded(self, feature, a, b):
        dates = pd.to_datetime(pd.Series(feature.values), errors="coerce")
        days = dates.to_numpy(dtype="datetime64[D]").astype("int64").astype(float)
        days[dates.isna().to_numpy()] = np.nan
        distance = np.abs(days[a] - days[b])
        return _bucket(np.where(np.isnan(distance), np.inf, distance), self.spec.thresholds, descending=False)


class FirstLevelThatHolds(Comparison):
    """Levels over several features, each a set of conditions (equal, or similar at least so
    much); a pair takes the first level whose conditions all hold. Missing when, for every
    feature, one side is missing."""

    def levels(self, coded, a, b):
        n = len(a)
        out = np.full(n, self.n_levels - 1, dtype=np.int8)
        undecided = np.ones(n, dtype=bool)
        tests: dict = {}
        for level, spec in enumerate(self.spec.levels):
            holds = undecided.copy()
            for condition in spec.all:
                where = np.flatnonzero(holds)
                if not len(where):
                    break
                holds[where] = self._holds(coded[condition.feature], condition, a[where], b[where], tests)
            out[holds] = level
            undecided &= ~holds
        missing = np.ones(n, dtype=bool)
        for feature in self.spec.features:
            codes = coded[feature].codes
            missing &= (codes[a] < 0) | (codes[b] < 0)
        out[missing] = MISSING
        return out

    @staticmethod
    def _holds(feature: Feature, condition, a, b, cache) -> np.ndarray:
        ca, cb = feature.codes[a], feature.codes[b]
        present = (ca >= 0) & (cb >= 0)
        same = present & (ca == cb)
        if condition.similar is None:
            return same
        result = same.copy()
        where = np.flatnonzero(present & ~same)
        if len(where):
            scorer, scale = SCORERS[condition.similar]
            scores = process.cpdist(feature.values[a[where]].tolist(), feature.values[b[where]].tolist(),
                                    scorer=scorer, workers=-1, score_cutoff=condition.at_least * scale) / scale
            result[where] = scores >= condition.at_least - 1e-9
        return result


def _across_scripts(feature: Feature, ca: np.ndarray, cb: np.ndarray, missing: np.ndarray) -> np.ndarray:
    """Pairs with one value in CJK characters and the other in Latin letters."""
    present = np.flatnonzero(~missing)
    sa, sb = feature.script[ca[present]], feature.script[cb[present]]
    out = np.zeros(len(ca), dtype=bool)
    out[present] = (sa != sb) & (sa > 0) & (sb > 0)
    return out


def _bucket(scores: np.ndarray, thresholds: list[float], descending: bool) -> np.ndarray:
    """The first threshold each score reaches (0-based); len(thresholds) when it reaches none."""
    out = np.full(len(scores), len(thresholds), dtype=np.int8)
    for level in range(len(thresholds) - 1, -1, -1):
        reached = scores >= thresholds[level] - 1e-9 if descending else scores <= thresholds[level] + 1e-9
        out[reached] = level
    return out


COMPARISONS: dict[str, type[Comparison]] = {
    "exact": ExactMatch,
    "jaro_winkler": JaroWinklerAtThresholds,
    "ratio": RatioAtThresholds,
    "token_set": TokenSetAtThresholds,
    "overlap": OverlapAtThresholds,
    "levenshtein": LevenshteinAtThresholds,
    "numeric_distance": NumericDistanceAtThresholds,
    "date_distance": DateDistanceAtThresholds,
    "levels": FirstLevelThatHolds,
}
"""The class of each comparison ``type:``."""


def compile_comparison(spec: ComparisonSpec) -> Comparison:
    return COMPARISONS[spec.type](spec)
