"""Work once per distinct value, then spread the results back over the rows.

Master data repeats itself (one city, legal form or postcode thousands of times, one company in
three systems), so the normalisers compute on the distinct values of a column. A value that is
missing (None, NaN, NA) or not text-like has no distinct entry: its row gets None.
"""

from __future__ import annotations

import math
from itertools import repeat
from numbers import Integral, Real

import numpy as np
import pandas as pd


def as_series(values) -> pd.Series:
    """``values`` as a Series (a list or an array gets a default index)."""
    return values if isinstance(values, pd.Series) else pd.Series(values, dtype=object)


def as_text(value) -> str | None:
    """A value as text: a string as it is, an integral number as its digits, anything else None."""
    # Spreadsheets and ERP exports hand over numbers: a postcode 10115, a phone 8613812345678.
    if isinstance(value, str):
        return value
    if isinstance(value, bool | np.bool_):
        return None
    if isinstance(value, Integral):
        return str(int(value))
    if isinstance(value, Real) and math.isfinite(value) and float(value).is_integer():
        return str(int(value))
    return None


def distinct_texts(values: pd.Series) -> tuple[np.ndarray, list[str | None]]:
    """(codes, texts): per row the position of its value in ``texts`` (-1 where missing), and
    the distinct values as text (None where a value is not text-like, e.g. a date)."""
    codes, uniques = pd.factorize(values.to_numpy(dtype=object))
    return codes, [v if type(v) is str else as_text(v) for v in uniques.tolist()]


def texts_of(values: pd.Series) -> np.ndarray:
    """Per row its value as text (see :func:`distinct_texts`), None where missing; for columns
    whose values hardly repeat (phone numbers), where finding the distinct ones costs more
    than it saves."""
    out = values.to_numpy(dtype=object).copy()
    out[pd.isna(out)] = None
    is_text = np.fromiter(map(isinstance, out, repeat(str)), dtype=bool, count=len(out))
    other = np.flatnonzero(~is_text & (out != None))  # noqa: E711
    out[other] = [as_text(v) for v in out[other].tolist()] if len(other) else []
    return out


def spread(codes: np.ndarray, results) -> np.ndarray:
    """Per row, the result of its distinct value (``results[code]``), None where the code is -1."""
    column = np.empty(len(results) + 1, dtype=object)
    column[:-1] = results
    column[-1] = None  # code -1 picks the last entry
    return column[codes]
