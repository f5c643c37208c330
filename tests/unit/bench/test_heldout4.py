"""Tests of the held-out benchmark 4 generator (bench/heldout4/generate.py): determinism, file
format, truth, tax-id validity and cluster sizes, on a small data set."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from synchub.tax_ids import TAX_ID_COUNTRIES, is_valid_tax_id

N_RECORDS = 2000
SEED = 17
_PATH = Path(__file__).resolve().parents[3] / "bench" / "heldout4" / "generate.py"


def _load() -> ModuleType:
    # Registered in sys.modules so that worker processes can unpickle the chunk jobs.
    name = "bench_heldout4_generate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


generate = _load()


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[bytes, bytes]]:
    """records.csv and truth.csv bytes for seed 17 written with 1 and with 2 workers."""
    out = {}
    for workers in (1, 2):
        directory = tmp_path_factory.mktemp(f"workers{workers}")
        records_path, truth_path = generate.write(directory, N_RECORDS, SEED, workers=workers)
        out[workers] = records_path.read_bytes(), truth_path.read_bytes()
    return out


@pytest.fixture(scope="module")
def frames(written: dict[int, tuple[bytes, bytes]], tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    """The records of seed 17 joined with their entity, read back as strings."""
    directory = tmp_path_factory.mktemp("read")
    (directory / "records.csv").write_bytes(written[1][0])
    (directory / "truth.csv").write_bytes(written[1][1])
    records = pd.read_csv(directory / "records.csv", dtype=str, keep_default_na=False)
    truth = pd.read_csv(directory / "truth.csv", dtype=str, keep_default_na=False)
    return records.merge(truth, on="record_id", validate="one_to_one")


def test_same_seed_gives_identical_files_for_any_worker_count(written: dict[int, tuple[bytes, bytes]]) -> None:
    assert written[1] == written[2]


def test_another_seed_gives_other_data() -> None:
    records_17, _ = generate.generate(300, SEED, workers=1)
    records_18, _ = generate.generate(300, SEED + 1, workers=1)
    assert set(records_17["name"]) != set(records_18["name"])
    assert set(records_17["record_id"]).isdisjoint(records_18["record_id"])


def test_headers_are_exact(written: dict[int, tuple[bytes, bytes]]) -> None:
    records, truth = written[1]
    assert records.decode("utf-8").split("\n", 1)[0] == "record_id,name,address,city,postcode,country,phone,email,tax_id"
    assert truth.decode("utf-8").split("\n", 1)[0] == "record_id,entity_id"


def test_truth_covers_every_record_once(written: dict[int, tuple[bytes, bytes]], frames: pd.DataFrame) -> None:
    records = written[1][0].decode("utf-8").strip().split("\n")
    truth = written[1][1].decode("utf-8").strip().split("\n")
    assert len(records) == len(truth) == N_RECORDS + 1
    assert len(frames) == N_RECORDS
    assert frames["record_id"].is_unique


def test_missing_values_are_empty_strings() -> None:
    records, truth = generate.generate(N_RECORDS, SEED, workers=1)
    for frame in (records, truth):
        assert not frame.isna().any().any()
        assert all(isinstance(v, str) for column in frame for v in frame[column])
        assert not frame.isin(["nan", "None", "NaN"]).any().any()
    assert (records["email"] == "").mean() > 0.2
    assert (records["name"] != "").all()


def test_cluster_sizes_are_between_one_and_six(frames: pd.DataFrame) -> None:
    sizes = frames.groupby("entity_id").size()
    assert sizes.min() >= 1 and sizes.max() <= 6
    assert (sizes == 1).mean() > 0.3 and (sizes > 1).any()


def _country_of_entity(frames: pd.DataFrame) -> pd.Series:
    codes = frames["country"].map(generate.COUNTRY_ALIASES)
    return codes.groupby(frames["entity_id"]).agg(lambda c: c.dropna().mode().iat[0] if c.notna().any() else None)


def test_tax_ids_validate_and_belong_to_one_entity(frames: pd.DataFrame) -> None:
    country = frames["entity_id"].map(_country_of_entity(frames))
    checked = frames[(frames["tax_id"] != "") & country.isin(TAX_ID_COUNTRIES)].assign(cc=country)
    canonical = [generate.canonical_tax_id(v, c) for v, c in zip(checked["tax_id"], checked["cc"])]
    valid = pd.Series([is_valid_tax_id(v, c) for v, c in zip(canonical, checked["cc"])], index=checked.index)
    assert len(checked) > 500
    assert valid.mean() >= 0.95  # the rest are deliberate typos
    owners = checked.assign(canonical=canonical)[valid].groupby("canonical")["entity_id"].nunique()
    assert (owners == 1).all(), owners[owners > 1]
