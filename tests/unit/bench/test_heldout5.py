"""Held-out benchmark 5 generator: determinism, file shape, truth and tax-id sanity on a small run."""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from synchub.tax_ids import TAX_ID_COUNTRIES, is_valid_tax_id

N = 2_000
_PATH = Path(__file__).resolve().parents[3] / "bench" / "heldout5" / "generate.py"


def _load_generator():
    # Registered under a fixed name so that worker processes can unpickle its functions.
    spec = importlib.util.spec_from_file_location("bench_heldout5_generate", _PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_heldout5_generate"] = module
    spec.loader.exec_module(module)
    return module


generator = _load_generator()


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Path]:
    """Seed 23 written with 1 and with 2 workers, and seed 24 with the default."""
    out = {}
    for label, seed, workers in (("one", 23, 1), ("two", 23, 2), ("other", 24, None)):
        out[label] = tmp_path_factory.mktemp(label)
        generator.write(out[label], N, seed, workers)
    return out


@pytest.fixture(scope="module")
def frames(written) -> tuple[pd.DataFrame, pd.DataFrame]:
    records = pd.read_csv(written["one"] / "records.csv", dtype=str, keep_default_na=False)
    truth = pd.read_csv(written["one"] / "truth.csv", dtype=str, keep_default_na=False)
    return records, truth


def test_output_is_byte_identical_across_worker_counts(written):
    for name in ("records.csv", "truth.csv"):
        assert (written["one"] / name).read_bytes() == (written["two"] / name).read_bytes()


def test_another_seed_gives_other_data(written):
    assert (written["one"] / "records.csv").read_bytes() != (written["other"] / "records.csv").read_bytes()


def test_headers_are_exact(written):
    with open(written["one"] / "records.csv", encoding="utf-8") as f:
        assert f.readline().rstrip("\n") == "record_id,name,address,city,postcode,country,phone,email,tax_id"
    with open(written["one"] / "truth.csv", encoding="utf-8") as f:
        assert f.readline().rstrip("\n") == "record_id,entity_id"


def test_truth_covers_every_record_once(frames):
    records, truth = frames
    assert len(records) == N
    assert records["record_id"].is_unique
    assert truth["record_id"].is_unique
    assert set(truth["record_id"]) == set(records["record_id"])


def test_cluster_sizes_are_between_one_and_eight(frames):
    sizes = frames[1]["entity_id"].value_counts()
    assert sizes.min() >= 1 and sizes.max() <= 8
    assert (sizes == 1).mean() > 0.2  # many singletons


def test_no_null_markers_in_any_field(frames):
    records, _ = frames
    for column in records.columns:
        assert not records[column].str.fullmatch(r"(?i)nan|none|null").any(), column


def _country_of_entity(records: pd.DataFrame, truth: pd.DataFrame) -> pd.Series:
    """ISO-2 country per entity, read from however the records spell it."""
    spelling = {}
    for country in generator.COUNTRIES:
        for text in (country.iso2, country.iso3, *country.names):
            spelling[text.casefold()] = country.iso2
    iso2 = records["country"].str.casefold().map(spelling)
    merged = truth.assign(iso2=iso2.values).dropna(subset=["iso2"])
    return merged.groupby("entity_id")["iso2"].agg(lambda s: s.mode().iloc[0])


def _canonical_tax_id(value: str, country: str) -> str:
    text = unicodedata.normalize("NFKC", value).upper()
    text = "".join(c for c in text if c.isalnum())
    if country == "JP" and text.startswith("T"):
        text = text[1:]
    if country in ("DE", "FR", "GB") and not text.startswith(country):
        text = country + text
    if country == "US" and len(text) == 9:
        text = f"{text[:2]}-{text[2:]}"
    return text


def test_tax_ids_validate_and_belong_to_one_entity(frames):
    records, truth = frames
    entity_country = _country_of_entity(records, truth)
    ids = truth.assign(tax_id=records["tax_id"].values, country=truth["entity_id"].map(entity_country))
    ids = ids[(ids["tax_id"] != "") & ids["country"].isin(TAX_ID_COUNTRIES)]
    assert len(ids) > N * 0.2
    canonical = [_canonical_tax_id(v, c) for v, c in zip(ids["tax_id"], ids["country"])]
    valid = pd.Series([is_valid_tax_id(v, c) for v, c in zip(canonical, ids["country"])], index=ids.index)
    assert valid.mean() >= 0.95
    owners = ids.assign(canonical=canonical)[valid].groupby("canonical")["entity_id"].nunique()
    assert (owners == 1).all(), owners[owners > 1].head()
