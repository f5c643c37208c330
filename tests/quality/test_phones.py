"""The column fast path of ``synchub.quality.phones`` answers what the one-value reference answers,
and ``are_normalisable`` what the library answers, on seeded random numbers of every region."""

from __future__ import annotations

import numpy as np
import pandas as pd
import phonenumbers
import pytest

from synchub.quality.phones import _surely_valid, _surely_valid_column, are_normalisable, to_e164

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
NOISE = [" ", "-", "(", ")", ".", "/", "\t", "  ", "\x1c", "\xa0", "_", "x", "ext", "+", "١", "０", "\x00"]


def random_phones(n: int, seed: int) -> tuple[list, list]:
    """Numbers as people write them (national, international with "+" or "00", the region's own
    international prefix, a national prefix after the code), messed up now and then, with the
    record's region (sometimes missing or not a region)."""
    rng = np.random.default_rng(seed)

    def digits(k: int) -> str:
        return "".join(map(str, rng.integers(0, 10, k)))

    phones, regions = [], []
    for _ in range(n):
        region = REGIONS[rng.integers(len(REGIONS))] if rng.random() < 0.93 else \
            [None, "XX", float("nan"), "de"][rng.integers(4)]
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region, None) if isinstance(region, str) else None
        example = (meta.general_desc.example_number if meta else None) or digits(int(rng.integers(2, 16)))
        kind = rng.integers(6)
        if kind == 0 and meta:
            phone = (meta.national_prefix or "") + example if rng.random() < 0.7 else example
        elif kind == 1 and meta:
            after = (meta.national_prefix or "") if rng.random() < 0.2 else ""
            phone = rng.choice(["+", "00", "+0"]) + str(meta.country_code) + after + example
        elif kind == 2:
            phone = rng.choice(["+", "00", "011", "010", ""]) + str(CODES[rng.integers(len(CODES))]) + digits(9)
        elif kind == 3:
            phone = rng.choice(["1", "0", "12", "179", "00", "001", "+"]) + digits(int(rng.integers(2, 16)))
        else:
            phone = digits(int(rng.integers(1, 18)))
        if rng.random() < 0.6:
            phone = "".join(c + (NOISE[rng.integers(len(NOISE))] if rng.random() < 0.15 else "") for c in phone)
        phones.append(phone * 3 if rng.random() < 0.02 else phone)
        regions.append(region)
    return phones, regions


@pytest.mark.parametrize("seed", [1, 2])
def test_the_column_fast_path_agrees_with_the_one_value_fast_path(seed):
    phones, regions = random_phones(20_000, seed)
    expected = np.array([_surely_valid(p, r) for p, r in zip(phones, regions)])
    got = _surely_valid_column(np.array(phones, dtype=object), np.array(regions, dtype=object))
    # it never accepts more; on ASCII text of up to 32 characters it accepts the same
    assert [(p, r) for p, r, g, e in zip(phones, regions, got, expected) if g and not e] == []
    judged = np.array([p.isascii() and len(p) <= 32 for p in phones])
    assert [(p, r) for p, r, g, e, j in zip(phones, regions, got, expected, judged) if j and g != e] == []
    assert expected.sum() > 500 and (~expected).sum() > 5000


def example_numbers(seed: int) -> tuple[list, list]:
    """Every region's example numbers of every type, in the forms they are written in (national,
    with the national prefix, "+" or "00" or the region's own international prefix and the
    code, the code without "+", a national prefix after the code), now and then with a digit
    changed, added or dropped, in threes, or read in another region."""
    rng = np.random.default_rng(seed)
    types = ["fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip", "pager",
             "uan", "voicemail"]
    phones, regions = [], []
    for region in REGIONS:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
        descs = [getattr(meta, t) for t in types]
        examples = [d.example_number for d in descs if d is not None and d.example_number]
        for example in examples * 8:
            digits = list(example)
            change = rng.integers(5)
            if change == 1:
                digits[rng.integers(len(digits))] = str(rng.integers(10))
            elif change == 2:
                digits.insert(rng.integers(len(digits) + 1), str(rng.integers(10)))
            elif change == 3 and len(digits) > 1:
                del digits[rng.integers(len(digits))]
            number, code, prefix = "".join(digits), str(meta.country_code), meta.national_prefix or ""
            phone = [number, prefix + number, "+" + code + number, "00" + code + number, code + number,
                     "+" + code + prefix + number, (meta.preferred_international_prefix or "00") + code + number,
                     ][rng.integers(7)]
            if rng.random() < 0.5:
                phone = " ".join(phone[i:i + 3] for i in range(0, len(phone), 3))
            phones.append(phone)
            regions.append(REGIONS[rng.integers(len(REGIONS))] if rng.random() < 0.2 else region)
    return phones, regions


def test_on_real_numbers_of_every_region_the_fast_paths_agree_and_the_library_accepts_what_they_accept():
    phones, regions = example_numbers(4)
    expected = np.array([_surely_valid(p, r) for p, r in zip(phones, regions)])
    got = _surely_valid_column(np.array(phones, dtype=object), np.array(regions, dtype=object))
    assert [(p, r) for p, r, g, e in zip(phones, regions, got, expected) if g != e] == []
    assert [(p, r) for p, r, g in zip(phones, regions, got) if g and to_e164(p, r) is None] == []
    assert expected.sum() > 3000 and (~expected).sum() > 3000


def test_are_normalisable_is_the_library_verdict_and_absence_passes():
    phones, regions = random_phones(3000, 3)
    phones += [None, "", "   ", float("nan"), 12345, "12", "12", "call me"]
    regions += ["GB", "GB", "GB", "DE", "US", "GB", "GB", "FR"]
    index = pd.Index(np.arange(len(phones)) * 10 + 7)  # the row key is the index, not the position
    got = are_normalisable(pd.Series(phones, index=index, dtype=object), pd.Series(regions, index=index, dtype=object))
    blank = [p is None or (isinstance(p, float) and p != p) or (isinstance(p, str) and not p.strip()) for p in phones]
    expected = [b or to_e164(p, r) is not None for p, r, b in zip(phones, regions, blank)]
    assert got.index.equals(index)
    assert got.tolist() == expected


def test_a_column_of_nothing_but_missing_values():
    got = are_normalisable(pd.Series([None, None], dtype=object), pd.Series(["GB", None], dtype=object))
    assert got.tolist() == [True, True]
    assert _surely_valid_column(np.array([], dtype=object), np.array([], dtype=object)).tolist() == []
