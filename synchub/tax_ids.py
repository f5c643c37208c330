"""Check characters of company tax ids, and whether an id is well formed for its country.

One function per standard, so that matching, data-quality checks and the demo generator agree
on what a valid id is:

- CN: unified social credit code (USCC), 18 characters: GB 32100-2015 check character (mod 31);
  the organisation code inside it has its own, GB 11714-1997 (mod 11).
- DE: VAT id (USt-IdNr.), "DE" + 9 digits: ISO/IEC 7064 MOD 11,10.
- FR: VAT number, "FR" + 2-digit key + SIREN: Luhn over the SIREN, key (12 + 3 × SIREN) mod 97.
- GB: VAT registration number, "GB" + 9 digits (+ 3 for a branch): weighted mod 97, or "9755".
- JP: corporate number (法人番号), 13 digits: National Tax Agency mod 9 check digit, written first.
- US: employer identification number (EIN), "12-3456789": no check digit, a valid IRS prefix.

Every ``is_valid_*`` takes an id in its canonical form: upper case, no spaces, with the country
prefix where the id has one ("DE136695976", not "de 136 695 976"). Making that form out of what
users typed is the mapping's job; a value that is not a string is never valid.

The ``*_check_digit`` functions take the digits as a sequence of ints. Their arithmetic is
elementwise, so a sequence of numpy integer arrays (one array per position) works as well:
the demo generator computes the check digits of a million ids at once with these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, get_args

__all__ = [
    "EIN_PREFIXES",
    "GB_VAT_WEIGHTS",
    "ORG_CODE_WEIGHTS",
    "CHECK_DIGIT_COUNTRIES",
    "TAX_ID_COUNTRIES",
    "USCC_CHARSET",
    "USCC_WEIGHTS",
    "TaxIdCountry",
    "fr_vat_key",
    "gb_vat_check_number",
    "is_valid_de_vat",
    "is_valid_fr_vat",
    "is_valid_gb_vat",
    "is_valid_jp_corporate_number",
    "is_valid_org_code",
    "is_valid_siren",
    "is_valid_tax_id",
    "is_valid_us_ein",
    "is_valid_uscc",
    "jp_corporate_number_check_digit",
    "luhn_check_digit",
    "mod_11_10_check_digit",
    "org_code_check_char",
    "uscc_check_char",
]

TaxIdCountry = Literal["CN", "DE", "FR", "GB", "JP", "US"]
"""Countries (ISO 3166-1 alpha-2) whose tax ids :func:`is_valid_tax_id` can check."""
TAX_ID_COUNTRIES: frozenset[str] = frozenset(get_args(TaxIdCountry))
CHECK_DIGIT_COUNTRIES: frozenset[str] = TAX_ID_COUNTRIES - {"US"}
"""Of those, the countries whose ids carry check digits: a US EIN is checked by its prefix only,
so a typo in one is as often another valid EIN."""


def _is_digits(s: str) -> bool:
    # str.isdigit() alone would accept "１" (full-width) and "²".
    return s.isascii() and s.isdigit()


# ================================================================== China

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""Characters of a unified social credit code (GB 32100-2015), in value order: no I, O, S, V, Z."""
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
"""GB 32100-2015 weights of the first 17 characters: 3**i mod 31."""
_USCC_VALUE = {c: i for i, c in enumerate(USCC_CHARSET)}

ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
"""GB 11714-1997 weights of the 8 body characters of an organisation code."""


def uscc_check_char(code17: str) -> str:
    """The check character (18th) of a Chinese unified social credit code.

    Implements GB 32100-2015: each of the first 17 characters is valued by its index in
    :data:`USCC_CHARSET`, weighted with :data:`USCC_WEIGHTS`; the check value is
    ``31 - sum % 31`` with 31 written as ``'0'``. Raises ``ValueError`` for a body that is not
    17 characters of the charset (lower case is read as upper case).

    >>> uscc_check_char("91350100M000100Y4")
    '3'
    """
    if len(code17) != 17:
        raise ValueError(f"a USCC body has 17 characters, got {len(code17)}: {code17!r}")
    try:
        total = sum(_USCC_VALUE[c] * w for c, w in zip(code17.upper(), USCC_WEIGHTS))
    except KeyError as exc:
        raise ValueError(f"{exc.args[0]!r} is not a USCC character in {code17!r}") from None
    return USCC_CHARSET[(31 - total % 31) % 31]


def is_valid_uscc(code: str) -> bool:
    """Whether ``code`` is a well-formed unified social credit code (GB 32100-2015).

    18 characters of :data:`USCC_CHARSET`: registration authority and entity type (positions
    1-2), the 6-digit administrative division code (3-8, GB/T 2260), the organisation code
    (9-17) and the check character (18), which must be :func:`uscc_check_char` of the rest.
    The organisation code's own GB 11714 check is not part of this test, as the standard's
    check character covers the whole code; test it with ``is_valid_org_code(code[8:17])``.

    >>> is_valid_uscc("91350100M000100Y43"), is_valid_uscc("91350100M000100Y44")
    (True, False)
    """
    return (
        isinstance(code, str)
        and len(code) == 18
        and all(c in _USCC_VALUE for c in code)
        and _is_digits(code[2:8])
        and uscc_check_char(code[:17]) == code[17]
    )


def _org_code_value(c: str) -> int:
    # GB 11714 values letters by alphabet position (A=10 ... Z=35), unlike the USCC charset.
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_code_check_char(code8: str) -> str:
    """The check character (9th) of a Chinese organisation code, GB 11714-1997.

    Digits count as themselves and letters A=10 ... Z=35; with :data:`ORG_CODE_WEIGHTS` the
    check value is ``11 - sum % 11``, written ``'X'`` for 10 and ``'0'`` for 11. Raises
    ``ValueError`` for a body that is not 8 ASCII digits or upper-case letters.

    >>> org_code_check_char("M000100Y")
    '4'
    """
    if len(code8) != 8 or not all(c.isascii() and (c.isdigit() or c.isupper()) for c in code8):
        raise ValueError(f"an organisation code body is 8 digits or upper-case letters, got {code8!r}")
    value = 11 - sum(_org_code_value(c) * w for c, w in zip(code8, ORG_CODE_WEIGHTS)) % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def is_valid_org_code(code: str) -> bool:
    """Whether ``code`` is a 9-character organisation code (GB 11714-1997) with the right check
    character, written without the hyphen ("M000100Y4", not "M000100Y-4")."""
    if not isinstance(code, str) or len(code) != 9:
        return False
    try:
        return org_code_check_char(code[:8]) == code[8]
    except ValueError:
        return False


# ================================================================== Germany


def mod_11_10_check_digit(digits: Sequence[int]) -> int:
    """The check digit of ISO/IEC 7064 MOD 11,10 (the hybrid system) for ``digits``.

    Start with P = 10; for each digit, S = (P + digit) mod 10, read 0 as 10, P = 2S mod 11;
    the check digit makes (P + check) mod 10 = 1. Used by the German VAT id.

    >>> mod_11_10_check_digit([1, 3, 6, 6, 9, 5, 9, 7])
    6
    """
    product = 10
    for d in digits:
        s = (d + product) % 10
        s = (s + 9) % 10 + 1  # 0 counts as 10; arithmetic, so that it also works on arrays
        product = 2 * s % 11
    return (11 - product) % 10


def is_valid_de_vat(value: str) -> bool:
    """Whether ``value`` is a German VAT id (USt-IdNr.): "DE" and 9 digits, the first not 0, the
    last the ISO/IEC 7064 MOD 11,10 check digit of the other 8 (Bundeszentralamt für Steuern).

    >>> is_valid_de_vat("DE136695976"), is_valid_de_vat("DE136695978")
    (True, False)
    """
    if not isinstance(value, str) or len(value) != 11 or not value.startswith("DE"):
        return False
    body = value[2:]
    return _is_digits(body) and body[0] != "0" and mod_11_10_check_digit([int(c) for c in body[:8]]) == int(body[8])


# ================================================================== France


def luhn_check_digit(digits: Sequence[int]) -> int:
    """The Luhn check digit (ISO/IEC 7812-1, annex B) to append to ``digits``.

    Counting from the right of ``digits``, every first, third, ... digit is doubled (and 9
    taken off a result above 9); the check digit brings the total to a multiple of 10.

    >>> luhn_check_digit([3, 0, 3, 2, 6, 5, 0, 4])
    5
    """
    total = 0
    for i, d in enumerate(reversed(digits)):
        total = total + (2 * d - 9 * (d > 4) if i % 2 == 0 else d)
    return (10 - total % 10) % 10


def is_valid_siren(value: str) -> bool:
    """Whether ``value`` is a SIREN (INSEE company number): 9 digits, the last the Luhn check
    digit of the other 8.

    >>> is_valid_siren("303265045"), is_valid_siren("303265046")
    (True, False)
    """
    return (
        isinstance(value, str)
        and len(value) == 9
        and _is_digits(value)
        and luhn_check_digit([int(c) for c in value[:8]]) == int(value[8])
    )


def fr_vat_key(siren: int) -> int:
    """The 2-digit key of a French VAT number, as the tax administration (DGFiP) derives it from
    the SIREN: ``(12 + 3 * (SIREN mod 97)) mod 97``, the same as ``int(SIREN + "12") % 97``.

    >>> fr_vat_key(303265045)
    40
    """
    return (12 + 3 * (siren % 97)) % 97


def is_valid_fr_vat(value: str) -> bool:
    """Whether ``value`` is a French VAT number: "FR", a 2-digit key, a SIREN.

    The SIREN must be Luhn-valid, except for Monaco's numbers, whose SIREN part starts with
    "000"; the key must be :func:`fr_vat_key` of the SIREN. Only numeric keys are accepted:
    the alphanumeric keys of some non-SIREN registrations are not checked here.

    >>> is_valid_fr_vat("FR40303265045"), is_valid_fr_vat("FR41303265045")
    (True, False)
    """
    if not isinstance(value, str) or len(value) != 13 or not value.startswith("FR"):
        return False
    key, siren = value[2:4], value[4:]
    if not (_is_digits(key) and _is_digits(siren)):
        return False
    if not siren.startswith("000") and not is_valid_siren(siren):
        return False
    return int(key) == fr_vat_key(int(siren))


# ================================================================== United Kingdom

GB_VAT_WEIGHTS = (8, 7, 6, 5, 4, 3, 2)
"""HMRC weights of the first 7 digits of a VAT registration number."""


def gb_vat_check_number(digits: Sequence[int]) -> int:
    """The 2-digit check number of a UK VAT registration number (HMRC, modulus 97).

    The 7 ``digits`` weighted with :data:`GB_VAT_WEIGHTS`, plus the check number, make a
    multiple of 97. (Numbers issued since 2010 may instead use the "9755" variant, which
    :func:`is_valid_gb_vat` accepts as well.)

    >>> gb_vat_check_number([9, 8, 0, 7, 8, 0, 6])
    84
    """
    total = sum(w * d for w, d in zip(GB_VAT_WEIGHTS, digits))
    return (-total) % 97


def is_valid_gb_vat(value: str) -> bool:
    """Whether ``value`` is a UK VAT registration number (HMRC).

    "GB" and 9 digits whose weighted sum with the 2-digit check number is 0 mod 97, or, for
    numbers from 100 0000 00 up, 0 mod 97 after adding 55 (the "9755" scheme); a branch trader
    adds 3 digits. Government departments ("GBGD" + 000-499) and health authorities ("GBHA" +
    500-999) have no check digits.

    >>> is_valid_gb_vat("GB980780684"), is_valid_gb_vat("GB802311781")
    (True, False)
    """
    if not isinstance(value, str) or not value.startswith("GB"):
        return False
    body = value[2:]
    if len(body) == 5 and body[:2] in ("GD", "HA") and _is_digits(body[2:]):
        return (int(body[2:]) < 500) == (body[:2] == "GD")
    if len(body) not in (9, 12) or not _is_digits(body):
        return False
    remainder = (sum(w * int(c) for w, c in zip(GB_VAT_WEIGHTS, body)) + int(body[7:9])) % 97
    # 9755: (sum + check + 55) % 97 == 0, i.e. (sum + check) % 97 == 97 - 55.
    return remainder == 0 or (remainder == 42 and int(body[:3]) >= 100)


# ================================================================== Japan


def jp_corporate_number_check_digit(digits: Sequence[int]) -> int:
    """The check digit (written first) of a Japanese corporate number, from its other 12 digits.

    As the National Tax Agency defines it (法人番号の構成, "composition of the corporate number"):
    ``9 - (sum of P_n * Q_n) mod 9``, with P_n the n-th digit counted from the right and Q_n 1
    for odd n, 2 for even n.

    >>> jp_corporate_number_check_digit([8, 3, 5, 6, 7, 8, 2, 5, 6, 2, 4, 6])
    5
    """
    total = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(digits), start=1))
    return 9 - total % 9


def is_valid_jp_corporate_number(value: str) -> bool:
    """Whether ``value`` is a 13-digit Japanese corporate number whose first digit is
    :func:`jp_corporate_number_check_digit` of the other 12.

    >>> is_valid_jp_corporate_number("5835678256246"), is_valid_jp_corporate_number("2835678256246")
    (True, False)
    """
    return (
        isinstance(value, str)
        and len(value) == 13
        and _is_digits(value)
        and jp_corporate_number_check_digit([int(c) for c in value[1:]]) == int(value[0])
    )


# ================================================================== United States

EIN_PREFIXES: frozenset[int] = frozenset(
    [*range(1, 7), *range(10, 17), *range(20, 28), *range(30, 49), *range(50, 69), *range(71, 78),
     *range(80, 89), *range(90, 96), 98, 99]
)
"""Prefixes the IRS assigns to employer identification numbers ("How EINs are assigned and
valid EIN prefixes"): the campus that issued the number. An EIN has no check digit."""


def is_valid_us_ein(value: str) -> bool:
    """Whether ``value`` is a US employer identification number: "12-3456789" (or the 9 digits
    without the hyphen) whose 2-digit prefix is in :data:`EIN_PREFIXES`.

    >>> is_valid_us_ein("12-3456789"), is_valid_us_ein("07-3456789")
    (True, False)
    """
    if not isinstance(value, str):
        return False
    digits = value[:2] + value[3:] if len(value) == 10 and value[2] == "-" else value
    return len(digits) == 9 and _is_digits(digits) and int(digits[:2]) in EIN_PREFIXES


# ================================================================== any country

_CHECKS: dict[str, Callable[[str], bool]] = {
    "CN": is_valid_uscc,
    "DE": is_valid_de_vat,
    "FR": is_valid_fr_vat,
    "GB": is_valid_gb_vat,
    "JP": is_valid_jp_corporate_number,
    "US": is_valid_us_ein,
}


def is_valid_tax_id(value: str, country: str) -> bool:
    """Whether ``value`` is a well-formed company tax id of ``country`` (ISO alpha-2, one of
    :data:`TAX_ID_COUNTRIES`), in canonical form; see the ``is_valid_*`` function of each.

    A country without a check is a ``ValueError``: the id is neither valid nor invalid, and
    the caller decides what that means (filter with ``country in TAX_ID_COUNTRIES``).

    >>> is_valid_tax_id("DE136695976", "DE"), is_valid_tax_id("DE136695976", "FR")
    (True, False)
    """
    try:
        check = _CHECKS[country]
    except (KeyError, TypeError):
        raise ValueError(
            f"no tax id check for country {country!r}; checks exist for {sorted(TAX_ID_COUNTRIES)}"
        ) from None
    return check(value)
