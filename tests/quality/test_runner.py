"""``synchub.quality.runner``: one GX validation for both halves, errors never swallowed, values
that are not text still judged as they are."""

from __future__ import annotations

from unittest import mock

import pandas as pd

from synchub.quality.suites import Suite

TAX = {"type": "expect_column_pair_values_to_be_valid_tax_ids_for_country",
       "kwargs": {"column_A": "tax_id", "column_B": "country"}}
PHONE = {"type": "expect_column_pair_values_to_be_e164_phone_numbers",
         "kwargs": {"column_A": "phone", "column_B": "country"}}
UNIQUE = {"type": "expect_column_proportion_of_unique_values_to_be_between",
          "kwargs": {"column": "tax_id", "min_value": 0.9}, "severity": "warning"}


def suite(*expectations, tmp_path) -> Suite:
    return Suite("case", tmp_path / "case.yaml", {"name": "case", "expectations": list(expectations)})


def frame() -> pd.DataFrame:
    return pd.DataFrame({"tax_id": ["DE136695976", "DE136695978", "12-3456789", None],
                         "country": ["DE", "DE", "US", "US"],
                         "phone": ["+49 30 1234567", "12", None, "(212) 555-0199"]},
                        index=[10, 11, 12, 13], dtype=object)


def test_row_and_batch_expectations_are_judged_in_one_validation(tmp_path):
    from synchub.quality import runner

    with mock.patch.object(runner, "_run", wraps=runner._run) as run:
        outcome = runner.check(frame(), suite(TAX, PHONE, UNIQUE, tmp_path=tmp_path))
    assert run.call_count == 1
    assert sorted(outcome.failures["row"]) == [11, 11]
    assert [(b["expectation"], b["success"]) for b in outcome.batch] == [(UNIQUE["type"], True)]
    assert list(outcome.held_rows) == [11] and outcome.errors == []


def test_gx_does_not_fingerprint_the_batch(tmp_path):
    from great_expectations.execution_engine import pandas_execution_engine

    from synchub.quality import runner

    gx, batch_definition = runner._asset()
    assert pandas_execution_engine.HASH_THRESHOLD == 0  # fails loudly if GX renames the setting
    result = runner._run(batch_definition, frame(), runner.build(suite(TAX, tmp_path=tmp_path))[0])
    assert "pandas_data_fingerprint" not in result.meta["batch_markers"]


def test_an_expectation_that_raises_is_an_error_not_a_pass(tmp_path):
    from synchub.quality import runner
    from synchub.quality.expectations import expect_column_pair_values_to_be_e164_phone_numbers as phones

    runner._asset()
    with mock.patch.object(phones, "are_normalisable", side_effect=RuntimeError("metadata missing")):
        outcome = runner.check(frame(), suite(PHONE, TAX, tmp_path=tmp_path))
    assert outcome.errors == [f"{PHONE['type']}: metadata missing"]
    assert sorted(outcome.failures["row"]) == [11]  # the other expectation still judged


def test_a_value_that_is_not_text_is_judged_as_it_is(tmp_path):
    from synchub.quality import runner

    rows = frame()
    rows.loc[12, "tax_id"] = 123456789  # the number, not the text "123456789" (a valid EIN)
    outcome = runner.check(rows, suite(TAX, tmp_path=tmp_path))
    assert sorted(outcome.failures["row"]) == [11, 12]
    assert rows["tax_id"].dtype == object  # the caller's frame is left as it was


def test_reasons_name_the_values_and_the_expectations_of_each_held_row(tmp_path):
    from synchub.quality import runner

    rows = frame()
    outcome = runner.check(rows, suite(TAX, PHONE, tmp_path=tmp_path))
    texts, details = runner.reasons(outcome, rows, outcome.held_rows)
    assert texts.to_dict() == {11: f"tax_id='DE136695978', country='DE': fails {TAX['type']}; "
                                   f"phone='12', country='DE': fails {PHONE['type']}"}
    assert [d["values"] for d in details[11]] == [{"tax_id": "DE136695978", "country": "DE"},
                                                  {"phone": "12", "country": "DE"}]


def test_missing_text_is_still_missing(tmp_path):
    from synchub.quality import runner

    not_null = {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "tax_id"}}
    iso = {"type": "expect_column_values_to_be_iso3166_alpha2_country_codes", "kwargs": {"column": "country"}}
    rows = frame()
    rows.loc[11, "country"] = "None"  # the text, not a missing value
    outcome = runner.check(rows, suite(not_null, iso, tmp_path=tmp_path))
    assert sorted(zip(outcome.failures["row"], outcome.failures["expectation"])) == [
        (11, iso["type"]), (13, not_null["type"])]
