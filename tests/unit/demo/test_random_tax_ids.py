"""The demo's vectorised tax id draws give ids that the engine's checks accept."""

from __future__ import annotations

import numpy as np
import pytest

from synchub.demo import random_tax_ids
from synchub.tax_ids import (
    EIN_PREFIXES,
    is_valid_org_code,
    is_valid_tax_id,
    jp_corporate_number_check_digit,
    luhn_check_digit,
    mod_11_10_check_digit,
)

N = 5000


@pytest.mark.parametrize(
    ("draw", "country"),
    [
        (random_tax_ids.de_vat_ids, "DE"),
        (random_tax_ids.fr_vat_ids, "FR"),
        (random_tax_ids.gb_vat_ids, "GB"),
        (random_tax_ids.jp_corporate_numbers, "JP"),
        (random_tax_ids.us_eins, "US"),
    ],
)
def test_every_drawn_id_is_valid(draw, country):
    ids = draw(np.random.default_rng(1), N)
    assert len(ids) == N and ids.dtype == object
    assert all(is_valid_tax_id(t, country) for t in ids)


def test_drawn_usccs_are_valid_and_carry_a_valid_organisation_code():
    admin6 = np.array(["110105", "440305", "310115"] * (N // 3), dtype=object)
    codes = random_tax_ids.uscc_codes(np.random.default_rng(2), admin6)
    assert all(is_valid_tax_id(c, "CN") for c in codes)
    assert all(is_valid_org_code(c[8:17]) for c in codes)
    assert [c[2:8] for c in codes] == list(admin6)
    assert {c[:2] for c in codes} == {"91", "92"}


def test_demo_ein_prefixes_are_valid_irs_prefixes():
    assert set(random_tax_ids._EIN_PREFIXES.tolist()) <= EIN_PREFIXES


def test_check_digits_of_arrays_are_those_of_each_row():
    digits = np.random.default_rng(3).integers(0, 10, size=(200, 12))
    for check in (mod_11_10_check_digit, luhn_check_digit, jp_corporate_number_check_digit):
        columns = check(list(digits.T))
        assert columns.tolist() == [check([int(d) for d in row]) for row in digits]
