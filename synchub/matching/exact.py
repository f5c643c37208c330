"""Exact-key matching: records sharing a value of any key field are one entity (transitively).

Connected components are found by label propagation with pointer jumping, vectorised with
pandas/numpy: each record starts as its own label; every key group takes the smallest label of
its members; labels then follow their own labels until nothing changes. It converges in a few
rounds for real data (the number of rounds grows with the longest chain of keys, not with rows).
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def clusters(records: pd.DataFrame, key_fields: list[str]) -> np.ndarray:
    """A cluster label per row (position of the row's smallest-labelled fellow)."""
    n = len(records)
    labels = np.arange(n)
    keys = []
    for field in key_fields:
        if field not in records:
            continue
        values = records[field].to_numpy(dtype=object)
        present = pd.notna(values)
        if present.any():
            codes = pd.factorize(pd.Series(values[present]))[0]
            keys.append((np.flatnonzero(present), codes))
    if not keys:
        return labels
    while True:
        before = labels.copy()
        for positions, codes in keys:
            smallest = pd.Series(labels[positions]).groupby(codes).transform("min").to_numpy()
            # a record takes the smallest label of any group it is in; its old label follows it
            np.minimum.at(labels, labels[positions], smallest)
            np.minimum.at(labels, positions, smallest)
        while True:  # pointer jumping: a label points at a row whose label may be smaller still
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
        if np.array_equal(labels, before):
            return labels
