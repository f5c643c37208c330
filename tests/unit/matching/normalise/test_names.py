"""company_name / company_names against their golden cases (name_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from synchub.matching.normalise import company_name, company_names, legal_form_codes

CASES = yaml.safe_load(Path(__file__).with_name("name_cases.yaml").read_text(encoding="utf-8"))


def _id(case) -> str:
    return f"{case['in']!r}-{case.get('country')}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_company_name_golden_case(case):
    got = company_name(case["in"], case.get("country"))
    assert got._asdict() == {k: case[k] for k in ("core", "legal_form", "place")}


def test_company_names_splits_a_column_as_each_name_alone():
    # one column of all cases, twice and shuffled: the batch steps (one text per column) must
    # give what each name gives alone
    cases = CASES * 2
    order = list(range(len(cases)))[::3] + list(range(len(cases)))[1::3] + list(range(len(cases)))[2::3]
    names = pd.Series([cases[i]["in"] for i in order], index=[f"r{i}" for i in order], dtype=object)
    countries = pd.Series([cases[i].get("country") for i in order], index=names.index, dtype=object)
    out = company_names(names, countries)
    assert list(out.columns) == ["core", "legal_form", "place"]
    assert out.index.equals(names.index)
    expected = [[cases[i][k] for k in ("core", "legal_form", "place")] for i in order]
    assert out.values.tolist() == expected


def test_every_legal_form_in_the_cases_is_a_known_code():
    codes = legal_form_codes()
    assert {c["legal_form"] for c in CASES if c["legal_form"]} <= codes
    assert "group" not in codes  # a designator is never reported as a legal form


def test_company_names_without_countries():
    out = company_names(pd.Series(["Beijing Acme Co., Ltd.", "Beijing Acme LLC"], dtype=object))
    assert out.values.tolist() == [["acme", "ltd", "北京"], ["beijing acme", "llc", None]]
