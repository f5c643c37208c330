"""The tax id checks of :mod:`synchub.tax_ids` over whole columns at once, with numpy.

A data-quality run checks a million ids; one Python call per id costs seconds. Here the ids of
one length become a matrix of bytes (one row per id, one column per character), characters are
valued with a lookup table, and the check digits are computed for all rows together: the
digit checks are the very functions of :mod:`synchub.tax_ids`, whose arithmetic is elementwise
and so runs on one array per position. Each ``are_valid_*`` answers, per value, exactly what the
``is_valid_*`` of the same name answers (the tests compare both on many random valid and
corrupted ids): a value that is not a string, or not of a length the standard allows, is not
valid; nothing is left undecided.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat

import numpy as np

from synchub.tax_ids import (
    EIN_PREFIXES,
    GB_VAT_WEIGHTS,
    TAX_ID_COUNTRIES,
    USCC_CHARSET,
    USCC_WEIGHTS,
    fr_vat_key,
    jp_corporate_number_check_digit,
    luhn_check_digit,
    mod_11_10_check_digit,
)

__all__ = [
    "are_valid_de_vat",
    "are_valid_fr_vat",
    "are_valid_gb_vat",
    "are_valid_jp_corporate_number",
    "are_valid_tax_ids",
    "are_valid_us_ein",
    "are_valid_uscc",
]

# Lookup tables indexed by byte (a non-ASCII character is encoded as "?", which no id contains).
_DIGIT = np.full(128, -1, dtype=np.int32)
_DIGIT[np.frombuffer(b"0123456789", dtype=np.uint8)] = np.arange(10)
_USCC_VALUE = np.full(128, -1, dtype=np.int32)
_USCC_VALUE[np.frombuffer(USCC_CHARSET.encode(), dtype=np.uint8)] = np.arange(len(USCC_CHARSET))
_EIN_PREFIX = np.zeros(100, dtype=bool)
_EIN_PREFIX[sorted(EIN_PREFIXES)] = True


def _texts(values) -> tuple[np.ndarray, np.ndarray]:
    """``values`` as an object array, and the length of each (-1 where it is not a string)."""
    values = np.asarray(values, dtype=object).ravel()
    lengths = np.full(len(values), -1, dtype=np.int64)
    is_text = np.fromiter(map(isinstance, values, repeat(str)), dtype=bool, count=len(values))
    lengths[is_text] = np.fromiter(map(len, values[is_text]), dtype=np.int64, count=int(is_text.sum()))
    return values, lengths


def _bytes(values: np.ndarray, rows: np.ndarray, width: int) -> np.ndarray:
    """The strings ``values[rows]``, each ``width`` characters long, as a (rows, width) byte matrix."""
    joined = "".join(values[rows].tolist()).encode("ascii", errors="replace")  # one byte per character
    return np.frombuffer(joined, dtype=np.uint8).reshape(len(rows), width)


def _starts(matrix: np.ndarray, prefix: str) -> np.ndarray:
    return (matrix[:, :len(prefix)] == np.frombuffer(prefix.encode(), dtype=np.uint8)).all(axis=1)


def _columns(digits: np.ndarray) -> list[np.ndarray]:
    """A digit matrix as one array per position: what the check-digit functions take."""
    return list(digits.T.astype(np.int64))


def are_valid_uscc(values) -> np.ndarray:
    """Per value, :func:`synchub.tax_ids.is_valid_uscc` (GB 32100-2015 check character)."""
    values, lengths = _texts(values)
    ok = np.zeros(len(values), dtype=bool)
    rows = np.flatnonzero(lengths == 18)
    if len(rows):
        value = _USCC_VALUE[_bytes(values, rows, 18)]
        total = value[:, :17].astype(np.int64) @ np.array(USCC_WEIGHTS, dtype=np.int64)
        ok[rows] = ((value >= 0).all(axis=1) & (value[:, 2:8] < 10).all(axis=1)
                    & (value[:, 17] == (31 - total % 31) % 31))
    return ok


def are_valid_de_vat(values) -> np.ndarray:
    """Per value, :func:`synchub.tax_ids.is_valid_de_vat` (ISO/IEC 7064 MOD 11,10)."""
    values, lengths = _texts(values)
    ok = np.zeros(len(values), dtype=bool)
    rows = np.flatnonzero(lengths == 11)
    if len(rows):
        text = _bytes(values, rows, 11)
        digits = _DIGIT[text[:, 2:]]
        ok[rows] = (_starts(text, "DE") & (digits >= 0).all(axis=1) & (digits[:, 0] != 0)
                    & (mod_11_10_check_digit(_columns(digits[:, :8])) == digits[:, 8]))
    return ok


def are_valid_fr_vat(values) -> np.ndarray:
    """Per value, :func:`synchub.tax_ids.is_valid_fr_vat` (key and Luhn-valid SIREN, or Monaco)."""
    values, lengths = _texts(values)
    ok = np.zeros(len(values), dtype=bool)
    rows = np.flatnonzero(lengths == 13)
    if len(rows):
        text = _bytes(values, rows, 13)
        digits = _DIGIT[text[:, 2:]]
        key, siren = digits[:, :2].astype(np.int64), digits[:, 2:].astype(np.int64)
        monaco = (siren[:, :3] == 0).all(axis=1)
        luhn = luhn_check_digit(_columns(siren[:, :8])) == siren[:, 8]
        siren_number = siren @ (10 ** np.arange(8, -1, -1, dtype=np.int64))
        ok[rows] = (_starts(text, "FR") & (digits >= 0).all(axis=1) & (monaco | luhn)
                    & (key[:, 0] * 10 + key[:, 1] == fr_vat_key(siren_number)))
    return ok


def are_valid_gb_vat(values) -> np.ndarray:
    """Per value, :func:`synchub.tax_ids.is_valid_gb_vat` (mod 97 or 9755; GD and HA numbers)."""
    values, lengths = _texts(values)
    ok = np.zeros(len(values), dtype=bool)
    rows = np.flatnonzero(lengths == 7)  # "GBGD" / "GBHA" and 3 digits
    if len(rows):
        text = _bytes(values, rows, 7)
        digits = _DIGIT[text[:, 4:]]
        number = digits.astype(np.int64) @ np.array([100, 10, 1])
        government, health = _starts(text, "GBGD"), _starts(text, "GBHA")
        ok[rows] = ((government | health) & (digits >= 0).all(axis=1) & ((number < 500) == government))
    for width in (11, 14):  # "GB" and 9 digits, or 12 for a branch trader
        rows = np.flatnonzero(lengths == width)
        if not len(rows):
            continue
        text = _bytes(values, rows, width)
        digits = _DIGIT[text[:, 2:]].astype(np.int64)
        remainder = (digits[:, :7] @ np.array(GB_VAT_WEIGHTS) + digits[:, 7] * 10 + digits[:, 8]) % 97
        ok[rows] = (_starts(text, "GB") & (digits >= 0).all(axis=1)
                    & ((remainder == 0) | ((remainder == 42) & (digits[:, 0] != 0))))
    return ok


def are_valid_jp_corporate_number(values) -> np.ndarray:
    """Per value, :func:`synchub.tax_ids.is_valid_jp_corporate_number` (mod 9, written first)."""
    values, lengths = _texts(values)
    ok = np.zeros(len(values), dtype=bool)
    rows = np.flatnonzero(lengths == 13)
    if len(rows):
        digits = _DIGIT[_bytes(values, rows, 13)]
        ok[rows] = (digits >= 0).all(axis=1) & (jp_corporate_number_check_digit(_columns(digits[:, 1:]))
                                                == digits[:, 0])
    return ok


def are_valid_us_ein(values) -> np.ndarray:
    """Per value, :func:`synchub.tax_ids.is_valid_us_ein` ("12-3456789" or 9 digits, IRS prefix)."""
    values, lengths = _texts(values)
    ok = np.zeros(len(values), dtype=bool)
    for width in (9, 10):
        rows = np.flatnonzero(lengths == width)
        if not len(rows):
            continue
        text = _bytes(values, rows, width)
        hyphen = np.ones(len(rows), dtype=bool)
        if width == 10:
            hyphen = text[:, 2] == ord("-")
            text = np.delete(text, 2, axis=1)
        digits = _DIGIT[text]
        ok[rows] = hyphen & (digits >= 0).all(axis=1) & _EIN_PREFIX[np.clip(digits[:, 0] * 10 + digits[:, 1], 0, 99)]
    return ok


_ARRAY_CHECKS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "CN": are_valid_uscc,
    "DE": are_valid_de_vat,
    "FR": are_valid_fr_vat,
    "GB": are_valid_gb_vat,
    "JP": are_valid_jp_corporate_number,
    "US": are_valid_us_ein,
}


def are_valid_tax_ids(values, country: str) -> np.ndarray:
    """Per value, :func:`synchub.tax_ids.is_valid_tax_id` for one ``country`` (a boolean array).

    A country without a check is a ``ValueError``, as for the scalar function.

    >>> are_valid_tax_ids(["DE136695976", "DE136695978", None], "DE").tolist()
    [True, False, False]
    """
    try:
        check = _ARRAY_CHECKS[country]
    except (KeyError, TypeError):
        raise ValueError(
            f"no tax id check for country {country!r}; checks exist for {sorted(TAX_ID_COUNTRIES)}"
        ) from None
    return check(values)
