"""Fellegi-Sunter: EM finds m and the share of matches from unlabelled pairs; u from random pairs."""

from __future__ import annotations

import numpy as np

from synchub.config.match_models import ComparisonSpec
from synchub.matching.fellegi_sunter import Model, _patterns, estimate, probability

SPECS = [ComparisonSpec(name="name", type="jaro_winkler", feature="name", thresholds=[0.9]),
         ComparisonSpec(name="phone", type="exact", feature="phone"),
         ComparisonSpec(name="email", type="exact", feature="email")]
M = [np.array([0.7, 0.2, 0.1]), np.array([0.8, 0.2]), np.array([0.9, 0.1])]
U = [np.array([0.01, 0.04, 0.95]), np.array([0.02, 0.98]), np.array([0.001, 0.999])]


def draw(rng, n: int, probabilities: list[np.ndarray], missing: float = 0.2) -> np.ndarray:
    levels = np.column_stack([rng.choice(len(p), size=n, p=p) for p in probabilities]).astype(np.int8)
    levels[rng.random(levels.shape) < missing] = -1
    return levels


def test_em_recovers_m_and_the_share_of_matches_without_labels():
    rng = np.random.default_rng(7)
    matches, non_matches = draw(rng, 30_000, M), draw(rng, 70_000, U)
    candidates = np.concatenate((matches, non_matches))
    random_pairs = draw(rng, 200_000, U)
    model = estimate(Model.declared(SPECS, prior=0.01), candidates, random_pairs)
    assert abs(model.prior - 0.3) < 0.02
    for estimated, true in zip(model.comparisons, M):
        assert np.abs(estimated.m - true).max() < 0.03
    for estimated, true in zip(model.comparisons, U):
        assert np.abs(estimated.u - true).max() < 0.005
    p = probability(model.weights(candidates))
    truth = np.r_[np.ones(len(matches), bool), np.zeros(len(non_matches), bool)]
    accuracy = ((p >= 0.5) == truth).mean()
    assert accuracy > 0.97


def test_a_missing_side_adds_no_weight_and_agreement_adds_more_than_disagreement():
    model = Model.declared(SPECS, prior=0.5)
    levels = np.array([[-1, -1, -1], [0, 0, 0], [2, 1, 1]], dtype=np.int8)
    weights = model.weights(levels)
    assert weights[0] == 0.0
    assert weights[1] > 0 > weights[2]


def test_patterns_are_the_distinct_rows_with_their_counts():
    levels = np.array([[0, -1], [0, -1], [1, 0], [-1, 2]], dtype=np.int8)
    rows, counts = _patterns(levels)
    assert {tuple(r): c for r, c in zip(rows.tolist(), counts.tolist())} == {(0, -1): 2, (1, 0): 1, (-1, 2): 1}


def test_with_all_pairs_the_prior_is_the_share_of_matches_among_them_not_among_blocked_candidates():
    # Blocking found the 3,000 matches and 7,000 non-matches that share a name more often than
    # random pairs do (they were blocked on it). Among all 10^7 pairs of the records the matches
    # are 3e-4; a prior taken among the candidates (where the blocked non-matches look like
    # matches) makes most of those non-matches merge.
    rng = np.random.default_rng(11)
    blocked = [np.array([0.3, 0.5, 0.2]), U[1], U[2]]
    matches, non_matches = draw(rng, 3_000, M, missing=0.1), draw(rng, 7_000, blocked, missing=0.1)
    candidates = np.concatenate((matches, non_matches))
    truth = np.r_[np.ones(len(matches), bool), np.zeros(len(non_matches), bool)]
    random_pairs = draw(rng, 400_000, U, missing=0.1)
    among_all = estimate(Model.declared(SPECS, prior=0.01), candidates, random_pairs, total_pairs=1e7)
    among_candidates = estimate(Model.declared(SPECS, prior=0.01), candidates, random_pairs)
    assert among_all.estimated["prior_among"] == "all pairs"
    assert 1e-4 < among_all.prior < 6e-4  # the scale of 3e-4 (m, from EM on these candidates, is rough)
    assert among_candidates.prior > 0.2

    def false_merges(model):
        return int(((probability(model.weights(candidates)) >= 0.95) & ~truth).sum())

    assert false_merges(among_all) < 0.2 * false_merges(among_candidates)
