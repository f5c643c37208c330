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


def distinct_with_country(values, countries) -> tuple[np.ndarray, list[str | None], list[str | None]]:
    """For normalisers whose answer depends on the record's country too (postcodes, tax ids):
    ``(codes, texts, country_of)``, per row the position of its distinct (value, country) pair
    (-1 where the value is missing), and per distinct pair the value as text (None where it is
    not text-like) and the country (ISO alpha-2, upper case, or None)."""
    series = as_series(values)
    value_codes, value_uniques = pd.factorize(series.to_numpy(dtype=object))
    country_values = (np.full(len(series), None, dtype=object) if countries is None
                      else as_series(countries).to_numpy(dtype=object))
    country_codes, country_uniques = pd.factorize(country_values)
    width = len(country_uniques) + 1
    pair = value_codes.astype(np.int64) * width + country_codes + 1
    codes, pairs = pd.factorize(pair[value_codes >= 0])
    row_codes = np.full(len(series), -1, dtype=np.int64)
    row_codes[value_codes >= 0] = codes
    value_of = np.asarray(value_uniques, dtype=object)[np.asarray(pairs) // width]
    names = [c.strip().upper() or None if isinstance(c, str) else None for c in country_uniques.tolist()]
    country_of = [None if k == 0 else names[k - 1] for k in (np.asarray(pairs) % width).tolist()]
    return row_codes, [as_text(v) for v in value_of.tolist()], country_of
