"""Product identifiers for comparison: GTINs as GTIN-14 with their GS1 check digit, SKUs in one
spelling.

GTIN (:func:`gtin`, :func:`gtins`): NFKC (full-width digits), without spaces, dashes and dots,
then zero-padded to 14 digits, the form GS1 recommends for storing every GTIN: a GTIN-8, a
UPC-A (GTIN-12), an EAN-13 and a GTIN-14 of one trade item are one string ("4006381333931",
"04006381333931", "4006381333931 " -> "04006381333931"; UPC-A "036000291452" ->
"00036000291452"). Nine to eleven digits are taken as a GTIN-12 or -13 whose leading zeros a
spreadsheet dropped. ``valid``: the GS1 mod-10 check digit holds (and the code is not all
zeros); anything with letters, or of fewer than 8 or more than 14 digits, is not valid and is
kept cleaned as it was, so that a check can show it.

SKU (:func:`sku`, :func:`skus`): NFKC, upper case, a vendor prefix dropped (one of
``vendor_prefixes`` followed by a separator: "ACME-HX-04213" -> "HX-04213"), every separator
(space, ``- _ . / \\ : #``) dropped, and the leading zeros of each run of digits ("HX-04213",
"hx 4213", "HX_004213" -> "HX4213"): systems pad article numbers to their own width.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series, distinct_texts, spread
from synchub.matching.normalise.text import prepare_many

COLUMNS = ("gtin", "valid")
GTIN_LENGTH = 14
_GTIN_DROP = str.maketrans("", "", " \t-.\u00a0")
_SKU_SEPARATORS = re.compile(r"[\s\-_./\\:#]+")
_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")
# GS1 weights over the 13 digits before the check digit of a GTIN-14: 3, 1, 3, ... from the left
_WEIGHTS = np.tile([3, 1], 7)[:13]


def gtin_check_digit(body: str) -> int:
    """The GS1 check digit of the digits before it (any length up to 13)."""
    digits = np.frombuffer(body.zfill(13).encode("ascii"), dtype=np.uint8) - ord("0")
    return int((10 - int((digits * _WEIGHTS).sum()) % 10) % 10)


def _gtin(text: str) -> tuple[str | None, bool | None]:
    code = text.translate(_GTIN_DROP)
    if not code:
        return None, None
    if not (code.isascii() and code.isdigit() and 8 <= len(code) <= GTIN_LENGTH):
        return code, False
    code = code.zfill(GTIN_LENGTH)
    return code, code.strip("0") != "" and gtin_check_digit(code[:-1]) == int(code[-1])


def gtin(value) -> tuple[str | None, bool | None]:
    """(GTIN-14, check digit holds) of one value (see the module doc); (None, None) when missing.

    >>> gtin("4006381333931"), gtin("036000291452"), gtin("4006381333932")
    (('04006381333931', True), ('00036000291452', True), ('04006381333932', False))
    """
    text = distinct_texts(as_series([value]))[1]
    if not text or text[0] is None:
        return None, None
    return _gtin(prepare_many(text)[0] or "")


def gtins(values) -> pd.DataFrame:
    """Per value its GTIN-14 (``gtin``; the cleaned text where it is no GTIN) and whether its
    check digit holds (``valid``: True, False, or NA where there is none). Same index as
    ``values``."""
    series = as_series(values)
    codes, texts = distinct_texts(series)
    results = [(None, None) if t is None else _gtin(t) for t in prepare_many(texts)]
    valid = spread(codes, [v for _, v in results])
    return pd.DataFrame({
        "gtin": pd.Series(spread(codes, [g for g, _ in results]), index=series.index, dtype=object),
        "valid": pd.Series(pd.array(valid, dtype="boolean"), index=series.index),
    }, index=series.index, columns=list(COLUMNS))


def _vendor_pattern(vendor_prefixes: Iterable[str]) -> re.Pattern | None:
    prefixes = sorted({p.strip().upper() for p in vendor_prefixes if p and p.strip()}, key=len, reverse=True)
    if not prefixes:
        return None
    return re.compile("^(?:" + "|".join(map(re.escape, prefixes)) + r")[\s\-_./\\:#]+(?=\S)")


def _sku(text: str, vendor: re.Pattern | None) -> str | None:
    code = text.upper().strip()
    if vendor is not None:
        code = vendor.sub("", code, count=1)
    # zeros first: a separator ends a number ("A-10-020" -> "A1020", not "A10020")
    code = _SKU_SEPARATORS.sub("", _LEADING_ZEROS.sub("", code))
    return code or None


def sku(value, vendor_prefixes: Iterable[str] = ()) -> str | None:
    """One SKU for comparison (see the module doc), or None.

    >>> sku("HX-04213"), sku("hx 4213"), sku("ACME/HX-004213", ["ACME"])
    ('HX4213', 'HX4213', 'HX4213')
    """
    text = distinct_texts(as_series([value]))[1]
    if not text or text[0] is None:
        return None
    prepared = prepare_many(text)[0]
    return None if prepared is None else _sku(prepared, _vendor_pattern(vendor_prefixes))


def skus(values, vendor_prefixes: Iterable[str] = ()) -> pd.Series:
    """Each SKU for comparison (see the module doc), None where there is none. Same index as
    ``values``."""
    series = as_series(values)
    codes, texts = distinct_texts(series)
    vendor = _vendor_pattern(vendor_prefixes)
    out = [None if t is None else _sku(t, vendor) for t in prepare_many(texts)]
    return pd.Series(spread(codes, out), index=series.index, dtype=object)
