"""Golden cases of SyncHub's GX expectations (``cases/expectations.json``: ``in`` data and kwargs,
``out`` the failing rows or the batch verdict), run through real Great Expectations."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from synchub.quality.suites import Suite

CASES = json.loads((Path(__file__).parent / "cases" / "expectations.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["title"] for c in CASES])
def test_expectation_golden_case(case, tmp_path):
    from synchub.quality import runner

    frame = pd.DataFrame(case["in"]["data"], dtype=object)
    frame = frame.astype(object).where(frame.notna(), None)
    suite = Suite("case", tmp_path / "case.yaml", {"name": "case", "expectations": [
        {"type": case["type"], "kwargs": case["in"]["kwargs"]}]})
    outcome = runner.check(frame, suite)
    assert outcome.errors == []
    if "unexpected_index_list" in case["out"]:
        assert sorted(outcome.failures["row"].tolist()) == case["out"]["unexpected_index_list"]
    else:
        assert [b["success"] for b in outcome.batch] == [case["out"]["success"]]


def test_the_customer_suite_loads_and_names_only_real_fields():
    from synchub.canonical import CUSTOMER
    from synchub.quality import load_suite, runner

    suite = load_suite("customer", CUSTOMER.field_names)
    rows, batch = runner.build(suite)
    assert len(rows.expectations) >= 8 and len(batch.expectations) >= 3


def test_a_suite_naming_an_unknown_field_is_a_config_error(tmp_path):
    from synchub.errors import ConfigError
    from synchub.quality import load_suite

    (tmp_path / "customer.yaml").write_text(
        "expectations:\n  - type: expect_column_values_to_not_be_null\n    kwargs: {column: vat}\n")
    with pytest.raises(ConfigError, match="expectations.0.kwargs.column: 'vat' is not a field"):
        load_suite("customer", ["name", "tax_id"], tmp_path)


def test_the_fast_phone_path_never_accepts_what_phonenumbers_rejects():
    import numpy as np

    from synchub.quality.phones import _surely_valid, to_e164

    rng = np.random.default_rng(3)
    samples = []
    for region, formats in {"GB": ["+44 {a} {b}", "0{a} {b}"], "DE": ["(0{a}) {b}", "+49 {a} {b}"],
                            "CN": ["0086-{a}-{b}", "0{a} {b}"], "JP": ["0{a}-{b}", "0081-{a}-{b}"],
                            "US": ["({a}) {b}", "+1 {a}-{b}"], "FR": ["0{a}{b}", "+33 {a} {b}"]}.items():
        for _ in range(300):
            fmt = formats[rng.integers(len(formats))]
            samples.append((fmt.format(a=rng.integers(1, 999), b=rng.integers(10, 10**rng.integers(3, 10))), region))
    for phone, region in samples:
        if _surely_valid(phone, region):
            assert to_e164(phone, region) is not None, (phone, region)


def test_iso_code_lists():
    from synchub.quality.codes import ISO_3166_ALPHA2, ISO_4217

    assert len(ISO_3166_ALPHA2) == 249 and {"CN", "GB", "DE"} <= ISO_3166_ALPHA2 and "UK" not in ISO_3166_ALPHA2
    assert {"CNY", "EUR", "USD", "JPY"} <= ISO_4217 and "XXX" not in ISO_4217


def test_the_engine_and_cli_do_not_import_great_expectations():
    import subprocess
    import sys

    code = ("import sys, synchub.cli, synchub.pipeline, synchub.quality, synchub.alerts, synchub.quarantine; "
            "print('great_expectations' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_product_suite_loads_and_names_only_real_fields():
    from synchub.canonical import PRODUCT
    from synchub.quality import load_suite, runner

    suite = load_suite("product", PRODUCT.field_names)
    rows, batch = runner.build(suite)
    assert "expect_column_values_to_be_valid_gtins" in {spec["type"] for spec in suite.expectations}
    assert len(rows.expectations) >= 7 and len(batch.expectations) >= 2
