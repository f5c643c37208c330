"""The held-out benchmark 3 generator: deterministic, well-formed, valid tax ids."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from synchub.tax_ids import is_valid_tax_id

# Loaded under its own name: other benchmarks also have a generate.py.
_PATH = Path(__file__).resolve().parents[3] / "bench" / "heldout3" / "generate.py"
_SPEC = importlib.util.spec_from_file_location("bench_heldout3_generate", _PATH)
heldout3 = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = heldout3  # so that worker processes can unpickle its functions
_SPEC.loader.exec_module(heldout3)

N = 2_000

TAX_ID_PREFIX_COUNTRY = {"DE": "DE", "FR": "FR", "GB": "GB"}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("heldout3")
    heldout3.write(out, N, seed=5, workers=1)
    return out


def test_same_seed_writes_byte_identical_files(written: Path, tmp_path: Path) -> None:
    heldout3.write(tmp_path, N, seed=5, workers=2)
    for name in ("records.csv", "truth.csv"):
        assert (tmp_path / name).read_bytes() == (written / name).read_bytes()


def test_another_seed_gives_other_data() -> None:
    a, _ = heldout3.generate(300, seed=1, workers=1)
    b, _ = heldout3.generate(300, seed=2, workers=1)
    assert not a["name"].equals(b["name"])


def test_headers(written: Path) -> None:
    lines = {name: (written / name).read_text(encoding="utf-8").splitlines()[0]
             for name in ("records.csv", "truth.csv")}
    assert lines["records.csv"] == "record_id,name,address,city,postcode,country,phone,email,tax_id"
    assert lines["truth.csv"] == "record_id,entity_id"


def test_truth_covers_each_record_once(written: Path) -> None:
    records = pd.read_csv(written / "records.csv", dtype=str, keep_default_na=False)
    truth = pd.read_csv(written / "truth.csv", dtype=str, keep_default_na=False)
    assert len(records) == N
    assert records["record_id"].is_unique
    assert sorted(truth["record_id"]) == sorted(records["record_id"])
    assert (truth["entity_id"] != "").all()
    sizes = truth["entity_id"].value_counts()
    assert sizes.max() <= 5 and (sizes == 1).any() and (sizes > 1).any()


def test_missing_values_are_empty_strings() -> None:
    records, truth = heldout3.generate(N, seed=5, workers=1)
    for frame in (records, truth):
        assert not frame.isna().any().any()
        assert all(isinstance(v, str) for v in frame.to_numpy().ravel())
    for column in ("email", "tax_id"):
        assert 0.3 <= (records[column] == "").mean() <= 0.5


def _tax_country(tax_id: str) -> str:
    if tax_id[:2] in TAX_ID_PREFIX_COUNTRY:
        return TAX_ID_PREFIX_COUNTRY[tax_id[:2]]
    if len(tax_id) == 18:
        return "CN"
    if len(tax_id) == 13 and tax_id.isdigit():
        return "JP"
    return "US"


def test_tax_ids_pass_their_check_digits() -> None:
    records, truth = heldout3.generate(N, seed=5, workers=1)
    ids = records.loc[records["tax_id"] != "", "tax_id"].str.replace(" ", "", regex=False)
    assert len(ids) > N // 3
    bad = [t for t in ids if not is_valid_tax_id(t, _tax_country(t))]
    assert bad == []
    countries = {_tax_country(t) for t in ids}
    assert countries == {"CN", "JP", "DE", "FR", "GB", "US"}
    # one company, one tax id: an id never belongs to two entities
    owners = truth.loc[ids.index, "entity_id"].groupby(ids.to_numpy()).nunique()
    assert (owners == 1).all()
