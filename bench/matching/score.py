"""Pairwise precision, recall and F1 of a clustering against the ground truth.

A pair of records is predicted when both are in one cluster, and true when both belong to one
entity. The counts come from the contingency table of (cluster, entity): the true positives are
the sum of C(n, 2) over its cells, the predicted pairs the sum over clusters, the true pairs the
sum over entities. That is O(records) with hashing, exact integers, and never lists a pair, so
a clustering that lumps everything together costs no more to score than a good one.

    >>> import pandas as pd
    >>> truth = pd.DataFrame({"record_id": list("abcde"), "entity_id": ["E1", "E1", "E1", "E2", "E3"]})
    >>> predicted = pd.DataFrame({"record_id": list("abcd"), "cluster_id": ["C1", "C1", "C2", "C2"]})
    >>> s = pairwise_scores(predicted, truth)     # e is missing: a singleton
    >>> (s.true_positive, s.predicted_pairs, s.true_pairs, s.missing_records)
    (1, 2, 3, 1)
    >>> round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)
    (0.5, 0.333, 0.4)
    >>> fp, fn = sample_errors(predicted, truth)
    >>> fp[["record_id_l", "record_id_r"]].values.tolist(), fn[["record_id_l", "record_id_r"]].values.tolist()
    ([['c', 'd']], [['a', 'c']])

Run ``python bench/matching/score.py`` to check these examples, or with ``--clusters FILE
--truth FILE`` to score a clustering.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class PairScores:
    """Pair counts of a clustering; precision, recall and F1 follow from them."""

    true_positive: int
    predicted_pairs: int
    true_pairs: int
    records: int
    missing_records: int  # in the truth, not in the clustering: scored as singletons
    unknown_records: int  # in the clustering, not in the truth: ignored
    largest_cluster: int

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(sizes: np.ndarray) -> int:
    sizes = sizes.astype(np.int64)
    return int((sizes * (sizes - 1) // 2).sum())


def _aligned(predicted: pd.DataFrame, truth: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Truth rows with integer ``cluster`` and ``entity`` codes (a fresh cluster for each record
    the clustering left out) and ``cluster_id``; and the number of clustered records the truth
    lacks. Record ids are hashed once, as codes shared by both tables."""
    truth_ids = truth["record_id"].astype(str).to_numpy()
    pred_ids = predicted["record_id"].astype(str).to_numpy()
    codes = pd.factorize(np.concatenate([truth_ids, pred_ids]))[0]
    truth_codes, pred_codes = codes[: len(truth_ids)], codes[len(truth_ids):]
    counts = np.bincount(pred_codes, minlength=codes.max(initial=-1) + 1)
    if (counts > 1).any():
        raise ValueError(f"record {pred_ids[counts[pred_codes] > 1][0]!r} is in more than one cluster; "
                         f"a clustering gives each record one cluster_id")
    row_of = np.full(codes.max(initial=-1) + 1, -1)
    row_of[pred_codes] = np.arange(len(pred_codes))
    pred_row = row_of[truth_codes]
    found = pred_row >= 0
    cluster_codes = pd.factorize(predicted["cluster_id"].to_numpy())[0]
    cluster = np.where(found, cluster_codes[pred_row], -1)
    cluster[~found] = cluster_codes.max(initial=-1) + 1 + np.arange(int((~found).sum()))
    cluster_id = np.where(found, predicted["cluster_id"].to_numpy(dtype=object)[pred_row], None)
    entity_id = truth["entity_id"].to_numpy()
    aligned = pd.DataFrame({"record_id": truth_ids, "entity_id": entity_id, "cluster_id": cluster_id,
                            "cluster": cluster, "entity": pd.factorize(entity_id)[0]})
    return aligned, len(pred_ids) - int(found.sum())


def pairwise_scores(predicted: pd.DataFrame, truth: pd.DataFrame) -> PairScores:
    """Scores of ``predicted`` (``record_id, cluster_id``) against ``truth`` (``record_id,
    entity_id``). Record ids are compared as text."""
    m, unknown = _aligned(predicted, truth)
    cluster, entity = m["cluster"].to_numpy(), m["entity"].to_numpy()
    cell = pd.factorize(cluster.astype(np.int64) * (int(entity.max(initial=0)) + 1) + entity)[0]
    cluster_sizes = np.bincount(cluster)
    return PairScores(
        true_positive=_pairs(np.bincount(cell)),
        predicted_pairs=_pairs(cluster_sizes),
        true_pairs=_pairs(np.bincount(entity)),
        records=len(m),
        missing_records=len(m) - (len(predicted) - unknown),
        unknown_records=unknown,
        largest_cluster=int(cluster_sizes.max(initial=0)),
    )


def _pairs_within(rows: pd.DataFrame, group: str) -> pd.DataFrame:
    both = rows.merge(rows, on=group, suffixes=("_l", "_r"))
    return both[both["record_id_l"] < both["record_id_r"]]


def sample_errors(predicted: pd.DataFrame, truth: pd.DataFrame, k: int = 5, max_cluster_size: int = 50,
                  seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Up to ``k`` false-positive and ``k`` false-negative pairs, for a look at what went wrong.

    False positives come from ``k`` random predicted clusters of at most ``max_cluster_size``
    records that hold more than one entity, one pair each; false negatives from ``k`` random
    entities split over clusters. Pairs are only listed within the chosen groups, so a giant
    cluster costs nothing. Columns: ``record_id_l, record_id_r, entity_id_l, entity_id_r,
    cluster_id_l, cluster_id_r``.
    """
    m, _ = _aligned(predicted, truth)
    rng = np.random.default_rng(seed)

    def sample(group: str, other: str, size_cap: int) -> pd.DataFrame:
        per = m.groupby(group)[other].agg(["nunique", "size"])
        wrong = per.index[(per["nunique"] > 1) & (per["size"] <= size_cap)].to_numpy()
        chosen = rng.choice(wrong, size=min(k, len(wrong)), replace=False) if len(wrong) else wrong
        pairs = _pairs_within(m[m[group].isin(chosen)], group)
        pairs = pairs[pairs[f"{other}_l"] != pairs[f"{other}_r"]].groupby(group).head(1)
        cols = ["record_id_l", "record_id_r", "entity_id_l", "entity_id_r", "cluster_id_l", "cluster_id_r"]
        return pairs[cols].reset_index(drop=True)

    return sample("cluster", "entity_id", max_cluster_size), sample("entity", "cluster", max_cluster_size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pairwise precision, recall and F1 of a clustering.")
    parser.add_argument("--clusters", help="CSV with record_id,cluster_id (without it: run the self-check)")
    parser.add_argument("--truth", help="CSV with record_id,entity_id")
    args = parser.parse_args(argv)
    if not args.clusters:
        import doctest

        failed, tried = doctest.testmod(verbose=False)
        print(f"{tried - failed} passed, {failed} failed")
        return 1 if failed else 0
    s = pairwise_scores(pd.read_csv(args.clusters, dtype=str), pd.read_csv(args.truth, dtype=str))
    print(f"precision {s.precision:.4f}  recall {s.recall:.4f}  F1 {s.f1:.4f}  "
          f"({s.true_positive:,} of {s.predicted_pairs:,} predicted pairs true; {s.true_pairs:,} true pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
