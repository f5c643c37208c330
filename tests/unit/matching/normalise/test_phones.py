"""phone_e164 / phones_e164 against their golden cases (phone_cases.yaml), and the fast path of
phones_e164 against the library on many random numbers in every notation users type."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from synchub.matching.normalise import phone_e164, phones_e164
from synchub.matching.normalise import phones as phones_module

CASES = yaml.safe_load(Path(__file__).with_name("phone_cases.yaml").read_text(encoding="utf-8"))

# (area code, subscriber) -> the notations of each country, as people and systems write them
NOTATIONS = {
    "CN": ["+86 {a} {s}", "0{a}-{s}", "(0{a}) {s}", "0086-{a}-{s}", "0{a} {s} ext. 12"],
    "DE": ["+49 {a} {s}", "(0{a}) {s}", "0{a}-{s}", "+49 (0){a} {s}", "0049 {a} {s}"],
    "FR": ["+33 {a} {s}", "0{a} {s}", "+33 (0){a} {s}", "0{a}{s}"],
    "GB": ["+44 {a} {s}", "0{a} {s}", "+44 (0){a} {s}", "00 44 {a} {s}"],
    "JP": ["+81 {a}-{s}", "0{a}-{s}", "0081-{a}-{s}", "(0{a}) {s}"],
    "US": ["+1 {a}-{s}", "({a}) {s}", "{a}.{s}", "1 {a} {s}", "{a}-{s} x12"],
}
AREAS = {"CN": ["10", "21", "755", "512"], "DE": ["30", "89", "221", "5361"], "FR": ["1", "4", "5"],
         "GB": ["20", "161", "131"], "JP": ["3", "6", "52", "565"], "US": ["212", "415", "617"]}


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case['in']!r}-{case['region']}")
def test_phone_e164_golden_case(case):
    assert phone_e164(case["in"], case["region"]) == case["out"]


def test_phones_e164_reads_a_column_as_phone_e164_reads_each_number():
    phones = pd.Series([c["in"] for c in CASES], index=range(50, 50 + len(CASES)), dtype=object)
    regions = pd.Series([c["region"] for c in CASES], index=phones.index, dtype=object)
    out = phones_e164(phones, regions)
    assert out.index.equals(phones.index)
    assert out.tolist() == [c["out"] for c in CASES]


def _random_numbers(rng: np.random.Generator, n: int) -> tuple[list, list]:
    phones, regions = [], []
    countries = list(NOTATIONS)
    for _ in range(n):
        country = countries[rng.integers(len(countries))]
        if rng.random() < 0.8:
            area = AREAS[country][rng.integers(len(AREAS[country]))]
            subscriber = str(rng.integers(10 ** 5, 10 ** 9))[: rng.integers(4, 10)]
            notation = NOTATIONS[country][rng.integers(len(NOTATIONS[country]))]
            phone = notation.format(a=area, s=subscriber)
        else:  # digits of any length behind any start: the edge of every rule
            digits = "".join(map(str, rng.integers(0, 10, rng.integers(2, 19))))
            phone = ["", "+", "00", "0", "1", "(0)", "+1 ", "+86 ", "+49 0", "010", "011"][rng.integers(11)] + digits
        phones.append(phone)
        regions.append(country if rng.random() < 0.9 else [None, "IT", "AU", "KR", "CA"][rng.integers(5)])
    return phones, regions


def test_the_fast_path_answers_what_the_library_answers(monkeypatch):
    phones, regions = _random_numbers(np.random.default_rng(20260101), 4000)
    expected = [phone_e164(p, r) for p, r in zip(phones, regions)]
    asked, library = [], phones_module.to_e164
    monkeypatch.setattr(phones_module, "to_e164", lambda p, r: asked.append(p) or library(p, r))
    out = phones_e164(pd.Series(phones, dtype=object), pd.Series(regions, dtype=object)).tolist()
    assert out == expected
    # and the fast path did the work: the library saw only what it leaves (here, mostly junk)
    assert len(asked) < 0.3 * len(phones)


def test_the_library_is_asked_once_per_distinct_number_and_region(monkeypatch):
    asked = []
    monkeypatch.setattr(phones_module, "to_e164", lambda p, r: asked.append((p, r)) or None)
    phones_e164(pd.Series(["call me", "call me", "call me", "+49 30 123456"], dtype=object),
                pd.Series(["DE", "DE", "FR", "DE"], dtype=object))
    assert sorted(asked) == [("call me", "DE"), ("call me", "FR")]


def test_phones_e164_without_regions_reads_international_numbers_only():
    out = phones_e164(pd.Series(["+44 20 7946 0000", "020 7946 0000", None], dtype=object), None)
    assert out.tolist() == ["+442079460000", None, None]


def test_the_first_digits_a_pattern_may_start_with():
    assert not phones_module._may_start_with("[2-9]\\d{9}|3\\d{6}", "1")
    assert phones_module._may_start_with("00[1-9]\\d{6,14}|[25-9]\\d{9}", "0")
    assert phones_module._may_start_with("(?=1)\\d+", "1")  # a lookahead: it cannot tell, so yes
