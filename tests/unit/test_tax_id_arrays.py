"""The column checks of ``synchub.tax_id_arrays`` answer what the scalar reference answers.

Property style, seeded: per country many random valid ids (the demo's generators, confirmed by
the scalar check), each corrupted in the ways ids go wrong (a character changed, dropped,
doubled or swapped, the prefix changed, lower case, a non-ASCII character), plus random strings
of the lengths the standards use, so that the arithmetic is exercised on ids of every verdict.
"""

from __future__ import annotations

import numpy as np
import pytest

from synchub.demo import random_tax_ids
from synchub.tax_id_arrays import are_valid_tax_ids
from synchub.tax_ids import TAX_ID_COUNTRIES, USCC_CHARSET, is_valid_tax_id

from tests.unit.test_tax_ids import GOLDEN

ALPHABET = list("0123456789") + list("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + list("-  a?/") + ["é", "０", "١", "\x00", "\ud800"]
N = 4000


def valid_ids(country: str, rng: np.random.Generator) -> list[str]:
    """Random valid ids of ``country`` in every form its standard allows."""
    if country == "CN":
        admin = np.array([f"{rng.integers(110000, 660000)}" for _ in range(N)])
        return random_tax_ids.uscc_codes(rng, admin).tolist()
    if country == "DE":
        return random_tax_ids.de_vat_ids(rng, N).tolist()
    if country == "FR":
        ids = random_tax_ids.fr_vat_ids(rng, N).tolist()
        monaco = [f"000{rng.integers(0, 10**6):06d}" for _ in range(200)]  # no Luhn for Monaco
        return ids + [f"FR{(12 + 3 * (int(s) % 97)) % 97:02d}{s}" for s in monaco]
    if country == "GB":
        ids = random_tax_ids.gb_vat_ids(rng, N).tolist()
        branches = [f"{v}{rng.integers(0, 1000):03d}" for v in ids[:300]]
        public = [f"GBGD{rng.integers(0, 500):03d}" for _ in range(150)] + [
            f"GBHA{rng.integers(500, 1000):03d}" for _ in range(150)]
        return ids + branches + public
    if country == "JP":
        return random_tax_ids.jp_corporate_numbers(rng, N).tolist()
    ids = random_tax_ids.us_eins(rng, N).tolist()
    return ids + [v.replace("-", "") for v in ids[:500]]


def corrupted(value: str, rng: np.random.Generator) -> str:
    """``value`` spoiled once, the ways real ids are spoiled."""
    kind = rng.integers(8)
    i = int(rng.integers(len(value)))
    if kind == 0:
        return value[:i] + ALPHABET[rng.integers(len(ALPHABET))] + value[i + 1:]
    if kind == 1:
        return value[:i] + value[i + 1:]
    if kind == 2:
        return value[:i] + value[i] + value[i:]
    if kind == 3 and i + 1 < len(value):
        return value[:i] + value[i + 1] + value[i] + value[i + 2:]
    if kind == 4:
        return value.lower()
    if kind == 5:  # another country's prefix, or a digit for a letter
        return rng.choice(["DE", "FR", "GB", "91", "00"]) + value[2:]
    if kind == 6:
        return value[:i] + USCC_CHARSET[rng.integers(len(USCC_CHARSET))] + value[i + 1:]
    return value[:i] + str(rng.integers(10)) + value[i + 1:]


def random_strings(country: str, rng: np.random.Generator) -> list[str]:
    """Digits (and the prefix) at random: about 1 in 10 to 1 in 97 passes a check by chance."""
    out = []
    for _ in range(N):
        if country == "CN":
            out.append("".join(rng.choice(list(USCC_CHARSET), 18)))
            continue
        digits = "".join(map(str, rng.integers(0, 10, 14)))
        out.append({"DE": "DE" + digits[:9], "FR": "FR" + digits[:11], "GB": "GB" + digits[:rng.choice([9, 12])],
                    "JP": digits[:13], "US": digits[:2] + "-" + digits[2:9]}[country])
    return out


@pytest.mark.parametrize("country", sorted(TAX_ID_COUNTRIES))
def test_the_column_check_agrees_with_the_scalar_check(country):
    rng = np.random.default_rng(sorted(TAX_ID_COUNTRIES).index(country) + 11)
    valid = valid_ids(country, rng)
    assert all(is_valid_tax_id(v, country) for v in valid), "the generators make valid ids"
    values = valid + [corrupted(v, rng) for v in valid] + random_strings(country, rng)
    values += [v for _, v, _, _ in GOLDEN] + [None, 12345, 5835678256246.0, b"DE136695976", "", float("nan")]
    expected = np.array([is_valid_tax_id(v, country) for v in values])
    got = are_valid_tax_ids(np.array(values, dtype=object), country)
    assert got.dtype == bool and len(got) == len(values)
    disagree = [(v, bool(e)) for v, e, g in zip(values, expected, got) if e != g]
    assert disagree == []
    # both verdicts are well represented, so that the agreement says something
    assert expected.sum() > len(valid) and (~expected).sum() > len(valid) // 2


def test_an_empty_column_and_a_country_without_a_check():
    assert are_valid_tax_ids([], "DE").tolist() == []
    with pytest.raises(ValueError, match="no tax id check for country 'IT'"):
        are_valid_tax_ids(["IT12345678901"], "IT")
