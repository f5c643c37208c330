"""legal_forms.yaml: the shipped file loads; a broken one is reported with what is wrong."""

from __future__ import annotations

import pytest

from synchub.errors import ConfigError
from synchub.matching.normalise.legal_forms import LEGAL_FORMS_FILE, load_legal_forms, strip_legal_forms


def test_the_shipped_file_loads_and_has_the_forms_users_meet():
    forms = load_legal_forms(LEGAL_FORMS_FILE)
    for code in ("ltd", "inc", "llc", "corp", "plc", "gmbh", "ag", "gmbh_co_kg", "kg", "sas", "sarl", "sa", "bv",
                 "nv", "spa", "srl", "oy", "ab", "pty_ltd", "kk", "yk", "gk", "co_ltd_cn", "jsc_cn", "co_cn"):
        assert code in forms, code
    assert forms["group"].designator


@pytest.mark.parametrize(("text", "problem"), [
    ("ltd: {description: x, countries: [GB]}\n", "ltd.variants: Field required"),
    ("ltd: {description: x, countries: [GB], variants: [Ltd], colour: red}\n", "ltd.colour: Extra inputs"),
    ("Bad-Code: {description: x, countries: [GB], variants: [Ltd]}\n", "'Bad-Code': a code is lower case"),
    ("a: {description: x, countries: [GB], variants: [Ltd]}\nb: {description: y, countries: [GB], variants: [LTD.]}\n",
     "b: variant 'LTD.' (folded 'ltd') is also a variant of a"),
    ("as: {description: x, countries: [DK, NO], variants: [A/S]}\n", "as.countries.1: Input should be a valid string"),
    ("- just a list\n", "expected a mapping"),
    ("ltd: [unclosed\n", "cannot read the legal forms"),
])
def test_a_broken_file_is_reported_with_the_key_and_the_problem(tmp_path, text, problem):
    path = tmp_path / "legal_forms.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_legal_forms(path)
    assert problem in str(error.value)
    assert str(path) in str(error.value)


@pytest.mark.parametrize(("folded", "expected"), [
    ("acme co ltd", ("acme", "ltd")),
    ("wuhan baoyuan group co ltd", ("wuhan baoyuan", "ltd")),
    ("acme inc ltd", ("acme", "ltd")),                      # two forms: the outer one is reported
    ("acme ltd ltd ltd", ("acme ltd", "ltd")),               # at most two are stripped
    ("株式会社トヨタ", ("トヨタ", "kk")),
    ("バイオネクスト物流llc", ("バイオネクスト物流", "llc")),  # a Latin form glued to CJK
    ("xltd", ("xltd", None)),                                # not a word of its own
    ("トヨタ株", ("トヨタ株", None)),                          # 株 only in brackets
    ("ltd", ("ltd", "ltd")),
])
def test_strip_legal_forms(folded, expected):
    assert strip_legal_forms(folded) == expected
