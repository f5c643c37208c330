"""The held-out benchmark generator bench/heldout6: determinism, format, truth, tax ids, shapes."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from bench.heldout6 import generate as g
from synchub.matching.normalise.tax_ids import tax_ids

N = 12_000  # three chunks, the last one short


@pytest.fixture(scope="module")
def data():
    return g.generate_with_meta(N, 29, workers=1)


def _digest(folder) -> tuple[str, str]:
    return tuple(hashlib.sha256((folder / f).read_bytes()).hexdigest() for f in ("records.csv", "truth.csv"))


def test_byte_identical_whatever_the_worker_count(tmp_path):
    g.write(tmp_path / "w1", 11_000, 5, workers=1)
    g.write(tmp_path / "w2", 11_000, 5, workers=2)
    g.write(tmp_path / "w3", 11_000, 5, workers=3)
    assert _digest(tmp_path / "w1") == _digest(tmp_path / "w2") == _digest(tmp_path / "w3")
    g.write(tmp_path / "other", 11_000, 6, workers=1)
    assert _digest(tmp_path / "other") != _digest(tmp_path / "w1")


def test_files_and_frames_agree(tmp_path):
    g.write(tmp_path, 6_000, 3, workers=2)
    records, truth = g.generate(6_000, 3, workers=1)
    assert (tmp_path / "records.csv").read_text(encoding="utf-8").splitlines()[0] == \
        "record_id,name,address,city,postcode,country,phone,email,tax_id"
    assert (tmp_path / "truth.csv").read_text(encoding="utf-8").splitlines()[0] == "record_id,entity_id"
    on_disk = pd.read_csv(tmp_path / "records.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(on_disk, records)
    assert len(records) == 6_000


def test_columns_and_truth_cover_every_record(data):
    records, truth, meta = data
    assert list(records.columns) == g.COLUMNS
    assert list(truth.columns) == ["record_id", "entity_id"]
    assert len(records) == N and records.record_id.is_unique
    assert set(truth.record_id) == set(records.record_id) and truth.record_id.is_unique
    assert set(truth.entity_id) == set(meta.entity_id)
    assert not records.isna().any().any()
    assert (records.name != "").all()


def test_record_ids_are_opaque(data):
    records, truth, _ = data
    # shuffled: neighbouring rows are rarely of one company
    same = (truth.entity_id.values[1:] == truth.entity_id.values[:-1]).mean()
    assert same < 0.01
    assert records.record_id.str.fullmatch(r"r\d{7}").all()


def test_no_valid_tax_id_belongs_to_two_companies(data):
    records, truth, meta = data
    m = records.merge(truth, on="record_id").merge(meta.rename(columns={"country": "iso"}), on="entity_id")
    ids = tax_ids(m.tax_id.where(m.tax_id != "", None), m.iso)
    m["canonical"], m["valid"] = ids.tax_id, ids.valid
    valid = m[m.valid.fillna(False).astype(bool)]
    assert len(valid) > 0.2 * (m.tax_id != "").sum()
    assert valid.groupby("canonical").entity_id.nunique().max() == 1
    # check digits generated right: of the checked countries, almost all ids are valid (a few are mistyped)
    checked = m[(m.tax_id != "") & m.iso.isin(["CN", "DE", "FR", "GB", "JP"])]
    assert 0.85 < checked.valid.fillna(False).astype(bool).mean() < 0.995
    # the generator's own checks (real ones, or a Luhn digit where it models none) hold for every id
    for cc in g.COUNTRY_CODES:
        for k in range(0, 60_000, 997):
            t = g.make_tax_id(cc, k, 12345)
            assert g.tax_valid(cc, t), (cc, t)


def test_mistyped_ids_never_valid():
    import random
    r = random.Random(1)
    for cc in g.COUNTRY_CODES:
        for k in range(300):
            t = g.make_tax_id(cc, k * 7919, 99)
            u = g.mistype_tax_id(r, cc, t)
            assert u != t and not g.tax_valid(cc, u), (cc, t, u)


def test_distribution_shapes(data):
    records, truth, meta = data
    sizes = truth.entity_id.value_counts()
    assert sizes.max() <= 10
    assert 0.40 < (sizes == 1).mean() < 0.60           # many singletons
    assert 2.0 < len(truth) / len(sizes) < 3.0         # records per entity
    assert (sizes >= 6).mean() > 0.05                  # long tail
    assert 0.38 < (records.email == "").mean() < 0.55  # e-mail missing
    assert 0.60 < (records.tax_id == "").mean() < 0.78  # tax id missing
    assert 0.03 < (records.country == "").mean() < 0.12
    share = meta.country.value_counts(normalize=True)
    assert share[["CN", "US", "DE", "JP", "GB", "FR"]].sum() > 0.6
    assert set(share.index) == set(g.COUNTRY_CODES)
    kinds = meta.kind.value_counts(normalize=True)
    assert 0.25 < kinds["standalone"] < 0.5
    assert kinds.drop("standalone").sum() > 0.5       # hard negatives are plentiful
    # native scripts are there
    assert records.name.str.contains("有限公司").any() and records.name.str.contains("株式会社|㈱|\\(株\\)").any()
    assert records.name.str.contains("[ｱ-ﾝ]").any()  # half-width kana
