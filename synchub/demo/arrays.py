"""The record of arrays, the in-memory form of demo data, and vectorised building of its values.

A set of records (companies, or the rows of one system) is a ``dict`` of equal-length 1-D numpy
object arrays, ``None`` where a value is missing. String columns are built by indexing word
tables and concatenating object arrays, so that a million rows take seconds; the functions here
are the building blocks of that: drawing from a table, numbers as text, digits as strings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np


def obj_array(values: Sequence) -> np.ndarray:
    """A 1-D numpy object array of ``values`` (strings stay Python strings)."""
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def subset(comp: Mapping[str, np.ndarray], idx) -> dict[str, np.ndarray]:
    """The rows ``idx`` of a record of arrays."""
    return {k: v[idx] for k, v in comp.items()}


def pick(rng: np.random.Generator, values: Sequence | np.ndarray, n: int, p=None) -> np.ndarray:
    """``n`` values drawn from ``values`` (with optional weights) as an object array."""
    arr = values if isinstance(values, np.ndarray) else obj_array(values)
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return arr[rng.choice(len(arr), size=n, p=p)]


def decimal_text(values: np.ndarray, width: int = 0) -> np.ndarray:
    """Integers as an object array of decimal strings, zero-padded to ``width``."""
    s = np.asarray(values).astype(np.int64).astype(str)
    if width:
        s = np.strings.zfill(s, width)
    return obj_array(s.tolist())


def column(rows: Sequence, col: int) -> np.ndarray:
    """Column ``col`` of a table of tuples (a word list of the vocabulary) as an object array."""
    return obj_array([r[col] for r in rows])


def digit_strings(d: np.ndarray) -> np.ndarray:
    """Rows of digit values (n, k) as an object array of k-character strings."""
    n, k = d.shape
    raw = (d.astype(np.uint8) + ord("0")).view(f"S{k}").ravel()
    return obj_array(raw.astype(str).tolist())


def probabilities(w: Sequence[float]) -> np.ndarray:
    """Weights scaled to sum to 1, for ``Generator.choice(p=...)``."""
    a = np.asarray(w, dtype=float)
    return a / a.sum()


def datetime_list(ts: np.ndarray) -> list:
    """Timestamps as a list of ``datetime`` at whole seconds, as database drivers take them."""
    return np.asarray(ts, dtype="datetime64[s]").tolist()
