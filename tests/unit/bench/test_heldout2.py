"""The held-out benchmark generator (bench/heldout2): deterministic, well formed, valid tax ids.

The generator is a script folder, not a package, so it is loaded from its path. The checks of
the ids of Ireland and Australia, which ``synchub.tax_ids`` does not cover, are written out
here from the standards (Irish Revenue mod 23, ABN mod 89).
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from synchub.tax_ids import is_valid_tax_id

GENERATOR = Path(__file__).resolve().parents[3] / "bench" / "heldout2" / "generate.py"
N = 2_000


def _load():
    spec = importlib.util.spec_from_file_location("heldout2_generate", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def heldout2():
    return _load()


@pytest.fixture(scope="module")
def made(heldout2):
    return heldout2.generate(N, 7)


def _is_valid_ie_vat(value: str) -> bool:
    if not re.fullmatch(r"IE\d{7}[A-W]", value):
        return False
    total = sum(int(d) * w for d, w in zip(value[2:9], range(8, 1, -1)))
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == value[9]


def _is_valid_au_abn(value: str) -> bool:
    if not re.fullmatch(r"[1-9]\d{10}", value):
        return False
    digits = [int(d) for d in value]
    digits[0] -= 1
    return sum(d * w for d, w in zip(digits, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19))) % 89 == 0


def _tax_id_is_valid(written: str) -> bool:
    """Undo the ways the generator writes an id (spaces, full width, lower case, the Japanese
    invoice "T"), guess the country from the shape and run that country's check."""
    value = unicodedata.normalize("NFKC", written).upper().replace(" ", "")
    if value[:2] in ("DE", "FR", "GB"):
        return is_valid_tax_id(value, value[:2])
    if value.startswith("IE"):
        return _is_valid_ie_vat(value)
    if len(value) == 18:
        return is_valid_tax_id(value, "CN")
    if re.fullmatch(r"T?\d{13}", value):
        return is_valid_tax_id(value.removeprefix("T"), "JP")
    if re.fullmatch(r"\d{2}-?\d{7}", value):
        return is_valid_tax_id(value, "US")
    if re.fullmatch(r"\d{11}", value):
        return _is_valid_au_abn(value)
    return False


def test_two_calls_give_identical_frames(heldout2, made):
    records, truth = heldout2.generate(N, 7, workers=1)
    pd.testing.assert_frame_equal(records, made[0])
    pd.testing.assert_frame_equal(truth, made[1])


def test_another_seed_gives_other_records(heldout2, made):
    records, _ = heldout2.generate(N, 8)
    assert not records.name.equals(made[0].name)


def test_written_files_have_the_interface_header(heldout2, tmp_path):
    heldout2.write(tmp_path, 300, 3)
    records = (tmp_path / "records.csv").read_text(encoding="utf-8")
    truth = (tmp_path / "truth.csv").read_text(encoding="utf-8")
    assert records.splitlines()[0] == "record_id,name,address,city,postcode,country,phone,email,tax_id"
    assert truth.splitlines()[0] == "record_id,entity_id"
    assert len(pd.read_csv(tmp_path / "records.csv", dtype=str, keep_default_na=False)) == 300


def test_truth_covers_every_record_exactly_once(made):
    records, truth = made
    assert len(records) == N
    assert records.record_id.is_unique
    assert truth.record_id.is_unique
    assert set(truth.record_id) == set(records.record_id)
    assert truth.entity_id.nunique() < N  # some companies have several records


def test_missing_values_are_empty_strings(made):
    records, _ = made
    assert not records.isna().any().any()
    assert (records.email == "").mean() > 0.2
    assert (records.tax_id == "").mean() > 0.2


def test_every_written_tax_id_has_a_valid_check(made):
    records, truth = made
    written = records.tax_id[records.tax_id != ""]
    assert len(written) > N // 4
    invalid = [t for t in written if not _tax_id_is_valid(t)]
    assert invalid == []


def test_no_tax_id_belongs_to_two_companies(made):
    records, truth = made
    ids = records.tax_id.map(lambda t: unicodedata.normalize("NFKC", t).upper().replace(" ", "").replace("-", "").removeprefix("T"))
    owners = pd.DataFrame({"tax": ids, "entity": truth.entity_id})[ids != ""]
    assert owners.groupby("tax").entity.nunique().max() == 1
