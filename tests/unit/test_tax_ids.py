"""Golden cases of the tax id checks.

Valid cases are published examples (stdnum's documentation, the brief's USCC) or were computed
with the standard's algorithm by hand and cross-checked with python-stdnum; invalid ones change
one thing of a valid case: the check character, the length, a forbidden character, the prefix.
"""

from __future__ import annotations

import pytest

from synchub.tax_ids import (
    TAX_ID_COUNTRIES,
    fr_vat_key,
    gb_vat_check_number,
    is_valid_de_vat,
    is_valid_fr_vat,
    is_valid_gb_vat,
    is_valid_jp_corporate_number,
    is_valid_org_code,
    is_valid_siren,
    is_valid_tax_id,
    is_valid_us_ein,
    is_valid_uscc,
    jp_corporate_number_check_digit,
    luhn_check_digit,
    mod_11_10_check_digit,
    org_code_check_char,
    uscc_check_char,
)

# (country, value, valid, why)
GOLDEN = [
    # China: unified social credit code, GB 32100-2015
    ("CN", "91350100M000100Y43", True, "published example"),
    ("CN", "91110000600037341L", True, "check char L computed"),
    ("CN", "Y1350100MA2XN5J0KM", True, "registration authority Y (other), check computed"),
    ("CN", "91350100M000100Y44", False, "wrong check char"),
    ("CN", "91350100M000100Y4", False, "17 characters"),
    ("CN", "91350100M000100Y433", False, "19 characters"),
    ("CN", "", False, "empty"),
    ("CN", "91350100I000100Y43", False, "forbidden letter I"),
    ("CN", "91350100O000100Y43", False, "forbidden letter O"),
    ("CN", "91350100Z000100Y43", False, "forbidden letter Z"),
    ("CN", "91350100S000100Y43", False, "forbidden letter S"),
    ("CN", "91350100V000100Y43", False, "forbidden letter V"),
    ("CN", "91350100m000100y43", False, "lower case: not canonical"),
    ("CN", "9135 0100 M000 100Y 43", False, "spaces: not canonical"),
    ("CN", "９1350100M000100Y43", False, "full-width digit"),
    ("CN", "91A50100M000100Y42", False, "letter in the division code, check char right"),
    # Germany: USt-IdNr., ISO/IEC 7064 MOD 11,10
    ("DE", "DE136695976", True, "published example"),
    ("DE", "DE123456788", True, "check digit computed"),
    ("DE", "DE136695978", False, "wrong check digit"),
    ("DE", "DE036695975", False, "first digit 0, check digit right"),
    ("DE", "DE13669597", False, "8 digits"),
    ("DE", "136695976", False, "no DE prefix"),
    ("DE", "de136695976", False, "lower-case prefix"),
    # France: TVA, key + SIREN
    ("FR", "FR40303265045", True, "published example"),
    ("FR", "FR23334175221", True, "published example"),
    ("FR", "FR34000123456", True, "Monaco: SIREN part 000..., no Luhn"),
    ("FR", "FR84323140391", False, "published invalid key"),
    ("FR", "FR41303265045", False, "wrong key"),
    ("FR", "FR43303265046", False, "key right, SIREN fails Luhn"),
    ("FR", "FR4030326504", False, "SIREN of 8 digits"),
    ("FR", "FRK7399859412", False, "alphanumeric key: not checked here"),
    # United Kingdom: VAT registration number, mod 97 / 9755
    ("GB", "GB980780684", True, "published example"),
    ("GB", "GB123456782", True, "mod 97, computed"),
    ("GB", "GB123456727", True, "9755 scheme, computed"),
    ("GB", "GB012345620", True, "below 100 0000 00, mod 97"),
    ("GB", "GB980780684001", True, "branch trader"),
    ("GB", "GBGD001", True, "government department"),
    ("GB", "GBHA599", True, "health authority"),
    ("GB", "GB802311781", False, "published invalid check"),
    ("GB", "GB012345662", False, "9755 only from 100 0000 00 up"),
    ("GB", "GBGD500", False, "government departments are below 500"),
    ("GB", "GBHA499", False, "health authorities are 500 and up"),
    ("GB", "GB98078068", False, "8 digits"),
    ("GB", "980780684", False, "no GB prefix"),
    # Japan: corporate number, check digit first
    ("JP", "5835678256246", True, "published example"),
    ("JP", "1180301018771", True, "published corporate number"),
    ("JP", "2835678256246", False, "wrong check digit"),
    ("JP", "583567825624", False, "12 digits"),
    ("JP", "5-8356-7825-6246", False, "hyphens: not canonical"),
    # United States: EIN, IRS prefixes
    ("US", "12-3456789", True, "Andover prefix"),
    ("US", "123456789", True, "without the hyphen"),
    ("US", "01-2345678", True, "Brookhaven prefix"),
    ("US", "07-3456789", False, "prefix 07 not assigned"),
    ("US", "00-1234567", False, "prefix 00 not assigned"),
    ("US", "12-345678", False, "8 digits"),
    ("US", "1-23456789", False, "hyphen in the wrong place"),
    ("US", "12 3456789", False, "space"),
]

CHECKS = {
    "CN": is_valid_uscc,
    "DE": is_valid_de_vat,
    "FR": is_valid_fr_vat,
    "GB": is_valid_gb_vat,
    "JP": is_valid_jp_corporate_number,
    "US": is_valid_us_ein,
}


@pytest.mark.parametrize(("country", "value", "valid", "why"), GOLDEN, ids=[f"{c}-{v}" for c, v, _, _ in GOLDEN])
def test_golden_cases(country, value, valid, why):
    assert CHECKS[country](value) is valid, why
    assert is_valid_tax_id(value, country) is valid, why


def test_every_country_has_valid_and_invalid_cases():
    assert set(CHECKS) == TAX_ID_COUNTRIES
    assert {(c, v) for c, _, v, _ in GOLDEN} == {(c, v) for c in TAX_ID_COUNTRIES for v in (True, False)}


def test_a_valid_id_of_one_country_is_not_valid_for_another():
    assert not is_valid_tax_id("DE136695976", "FR")
    assert not is_valid_tax_id("91350100M000100Y43", "JP")


@pytest.mark.parametrize("value", [None, 12345, 5835678256246.0, b"DE136695976"])
def test_a_value_that_is_not_a_string_is_never_valid(value):
    for country in TAX_ID_COUNTRIES:
        assert is_valid_tax_id(value, country) is False


@pytest.mark.parametrize("country", ["IT", "de", "", None, "DEU"])
def test_a_country_without_a_check_is_an_error(country):
    with pytest.raises(ValueError, match="no tax id check for country"):
        is_valid_tax_id("DE136695976", country)


# ------------------------------------------------------------------ check characters


def test_uscc_check_char_of_known_codes():
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert uscc_check_char("91110000600037341") == "L"
    assert uscc_check_char("91350100m000100y4") == "3"  # the body is read as upper case


@pytest.mark.parametrize("body", ["9135", "91350100M000100Y43", "91350100M000100I4", "91350100M000100O4"])
def test_uscc_check_char_rejects_bad_bodies(body):
    with pytest.raises(ValueError):
        uscc_check_char(body)


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("M000100Y4", True),  # inside the published USCC 91350100M000100Y43
        ("600037341", True),  # inside 91110000600037341L
        ("123456788", True),  # computed: 11 - 201 % 11 = 8
        ("D2143569X", True),  # check value 10 is written X
        ("100000040", True),  # check value 11 is written 0
        ("M000100Y5", False),
        ("D21435690", False),
        ("12345678", False),
        ("M000100Y-4", False),
        ("m000100Y4", False),
    ],
)
def test_organisation_codes(code, valid):
    assert is_valid_org_code(code) is valid


def test_org_code_check_char():
    assert org_code_check_char("M000100Y") == "4"
    assert org_code_check_char("D2143569") == "X"
    assert org_code_check_char("10000004") == "0"
    with pytest.raises(ValueError):
        org_code_check_char("m000100Y")


def test_digit_checks_of_published_numbers():
    assert mod_11_10_check_digit([1, 3, 6, 6, 9, 5, 9, 7]) == 6  # DE136695976
    assert luhn_check_digit([3, 0, 3, 2, 6, 5, 0, 4]) == 5  # SIREN 303265045
    assert luhn_check_digit([7, 9, 9, 2, 7, 3, 9, 8, 7, 1]) == 3  # the classic Luhn example 79927398713
    assert fr_vat_key(303265045) == 40  # FR40303265045
    assert fr_vat_key(334175221) == 23  # FR23334175221
    assert gb_vat_check_number([9, 8, 0, 7, 8, 0, 6]) == 84  # GB980780684
    assert jp_corporate_number_check_digit([8, 3, 5, 6, 7, 8, 2, 5, 6, 2, 4, 6]) == 5  # 5835678256246


@pytest.mark.parametrize(("siren", "valid"), [("303265045", True), ("334175221", True), ("303265046", False),
                                               ("30326504", False), ("30326504A", False)])
def test_siren(siren, valid):
    assert is_valid_siren(siren) is valid
