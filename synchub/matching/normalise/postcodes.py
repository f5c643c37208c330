"""Postcodes for comparison: "SW1A 1AA" = "SW1A1AA", "100-0001" = "〒1000001" = "1000001".

NFKC (full-width digits), upper case, without spaces and dashes (and the Japanese postal mark
〒). Then, for the record's country:

- a country letter in front of a numeric postcode goes ("D-10115" -> "10115", "F-75001"), in the
  countries whose postcodes are digits only;
- US: the ZIP code only, without the ZIP+4 extension ("10001-1234" -> "10001"): systems keep
  one or the other, and the first five digits are the area.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series, distinct_with_country, spread
from synchub.matching.normalise.text import prepare_many

NUMERIC_POSTCODES: frozenset[str] = frozenset(
    "AT BE BG CH CN CY CZ DE DK EE ES FI FR GR HR HU IT JP LI LT LU LV MC NO PL PT RO SE SI SK TW US".split())
"""Countries whose postcodes are digits only (where a letter in front is a country sign)."""

_DROP = str.maketrans("", "", " \t-\u2010\u2011\u2012\u2013\u2014\u2212\u30fc\u3012\u00a0")  # dashes, 〒
_COUNTRY_SIGN = re.compile(r"[A-Z]{1,3}(?=\d+$)")


def _postcode(text: str, country: str | None) -> str | None:
    code = text.upper().translate(_DROP)
    if country in NUMERIC_POSTCODES and code[:1].isalpha():
        code = _COUNTRY_SIGN.sub("", code, count=1)
    if country == "US" and len(code) == 9 and code.isdigit():
        code = code[:5]
    return code or None


def postcode(value: str | None, country: str | None = None) -> str | None:
    """One postcode for comparison (see the module doc), or None.

    >>> postcode("sw1a 1aa"), postcode("〒100-0001", "JP"), postcode("D-10115", "DE"), postcode("10001-1234", "US")
    ('SW1A1AA', '1000001', '10115', '10001')
    """
    if not isinstance(value, str):
        return None
    country = country.strip().upper() or None if isinstance(country, str) else None
    return _postcode(prepare_many([value])[0], country)


def postcodes(values: pd.Series, countries: pd.Series | None = None) -> pd.Series:
    """Each postcode for comparison (see the module doc), None where there is none; ``countries``
    (ISO alpha-2 per row, optional) enables the country rules. Same index as ``values``."""
    series = as_series(values)
    codes, texts, country_of = distinct_with_country(series, countries)
    prepared = prepare_many(texts)
    out = [None if t is None else _postcode(t, c) for t, c in zip(prepared, country_of)]
    return pd.Series(spread(codes, out), index=series.index, dtype=object)
