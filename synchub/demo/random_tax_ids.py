"""Vectorised draws of valid company tax ids, one function per country, for the demo companies.

The check characters are those of :mod:`synchub.tax_ids`: the digit checks are called on whole
columns of digits at once (their arithmetic is elementwise), and the USCC is built on the
standard's tables there (charset, weights), so that every id drawn here passes
:func:`synchub.tax_ids.is_valid_tax_id`.
"""

from __future__ import annotations

import numpy as np

from synchub.demo.arrays import digit_strings, obj_array
from synchub.tax_ids import (
    ORG_CODE_WEIGHTS,
    USCC_CHARSET,
    USCC_WEIGHTS,
    fr_vat_key,
    gb_vat_check_number,
    jp_corporate_number_check_digit,
    luhn_check_digit,
    mod_11_10_check_digit,
)

_EIN_PREFIXES = np.array(
    [10, 12] + list(range(20, 28)) + [30, 32] + list(range(33, 49)) + list(range(50, 69))
    + list(range(71, 78)) + list(range(80, 89)) + list(range(90, 96)) + [98, 99]
)
"""The EIN prefixes the demo draws from: most of :data:`synchub.tax_ids.EIN_PREFIXES`."""

_USCC_BYTES = np.frombuffer(USCC_CHARSET.encode(), dtype=np.uint8)


def uscc_codes(rng: np.random.Generator, admin6: np.ndarray) -> np.ndarray:
    """USCCs for companies registered in the given 6-digit divisions, vectorised.

    Layout: registration authority + type ("91": industry and commerce, enterprise; a few
    "92" individual businesses), the division code, the 9-character organisation code with its
    GB 11714 check character, and the GB 32100 check character.
    """
    n = len(admin6)
    charset = _USCC_BYTES
    head = np.where(rng.random(n) < 0.97, "91", "92").astype("U2")
    # Organisation codes issued since 2015 mostly start with "M"; older ones are digits.
    body = rng.integers(0, 10, size=(n, 8))
    letters = rng.random(n) < 0.6
    body[letters, 0] = USCC_CHARSET.index("M")
    mixed = rng.random((n, 8)) < 0.15
    mixed[:, 0] = False
    body = np.where(letters[:, None] & mixed, rng.integers(0, 31, size=(n, 8)), body)
    body_chars = charset[body]
    # GB 11714 values letters by alphabet position, which differs from the USCC index.
    org_val = np.where(body_chars >= ord("A"), body_chars - ord("A") + 10, body_chars - ord("0"))
    c9 = 11 - (org_val * np.array(ORG_CODE_WEIGHTS)).sum(axis=1) % 11
    org_check = np.where(c9 == 11, ord("0"), np.where(c9 == 10, ord("X"), c9 + ord("0")))
    first17 = np.empty((n, 17), dtype=np.uint8)
    first17[:, 0:2] = np.frombuffer("".join(head.tolist()).encode(), dtype=np.uint8).reshape(n, 2)
    first17[:, 2:8] = np.frombuffer("".join(admin6.tolist()).encode(), dtype=np.uint8).reshape(n, 6)
    first17[:, 8:16] = body_chars
    first17[:, 16] = org_check
    lookup = np.zeros(128, dtype=np.int64)
    lookup[charset] = np.arange(31)
    total = (lookup[first17] * np.array(USCC_WEIGHTS)).sum(axis=1)
    check = charset[(31 - total % 31) % 31]
    full = np.concatenate([first17, check[:, None]], axis=1)
    return obj_array(full.view("S18").ravel().astype(str).tolist())


def de_vat_ids(rng: np.random.Generator, n: int) -> np.ndarray:
    """German VAT ids "DE" + 9 digits, the last an ISO 7064 MOD 11,10 check digit."""
    d = rng.integers(0, 10, size=(n, 8))
    d[:, 0] = rng.integers(1, 10, size=n)
    check = mod_11_10_check_digit(list(d.T))
    return "DE" + digit_strings(np.concatenate([d, check[:, None]], axis=1))


def fr_vat_ids(rng: np.random.Generator, n: int) -> np.ndarray:
    """French VAT ids "FR" + 2-digit key + SIREN (9 digits, Luhn-valid)."""
    d = rng.integers(0, 10, size=(n, 8))
    d[:, 0] = rng.integers(3, 9, size=n)
    siren_d = np.concatenate([d, luhn_check_digit(list(d.T))[:, None]], axis=1)
    siren = (siren_d * (10 ** np.arange(8, -1, -1))).sum(axis=1)
    key = fr_vat_key(siren)
    key_d = np.stack([key // 10, key % 10], axis=1)
    return "FR" + digit_strings(np.concatenate([key_d, siren_d], axis=1))


def gb_vat_ids(rng: np.random.Generator, n: int) -> np.ndarray:
    """UK VAT numbers "GB" + 9 digits whose weighted sum is divisible by 97."""
    d = rng.integers(0, 10, size=(n, 7))
    d[:, 0] = rng.integers(1, 10, size=n)
    check = gb_vat_check_number(list(d.T))
    check_d = np.stack([check // 10, check % 10], axis=1)
    return "GB" + digit_strings(np.concatenate([d, check_d], axis=1))


def us_eins(rng: np.random.Generator, n: int) -> np.ndarray:
    """US employer identification numbers "12-3456789" with a valid campus prefix."""
    prefix = rng.choice(_EIN_PREFIXES, size=n)
    rest = rng.integers(0, 10, size=(n, 7))
    p = np.stack([prefix // 10, prefix % 10], axis=1)
    return digit_strings(p) + "-" + digit_strings(rest)


def jp_corporate_numbers(rng: np.random.Generator, n: int) -> np.ndarray:
    """Japanese 13-digit corporate numbers: check digit first, then 12 digits."""
    base = rng.integers(0, 10, size=(n, 12))
    base[:, 0] = rng.integers(1, 9, size=n)
    check = jp_corporate_number_check_digit(list(base.T))
    return digit_strings(np.concatenate([check[:, None], base], axis=1))
