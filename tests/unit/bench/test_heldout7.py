"""The heldout7 generator: deterministic, complete truth, unique valid ids, documented shape.

Small sizes only; the generator's own check digits are confirmed with the project's tax id
canonicaliser (the one part of the engine the generator may look at).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
_spec = importlib.util.spec_from_file_location("bench.heldout7.generate", ROOT / "bench" / "heldout7" / "generate.py")
G = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bench.heldout7.generate", G)
_spec.loader.exec_module(G)

N = 24_000  # three chunks: 10k, 10k, 4k


@pytest.fixture(scope="module")
def frame():
    return G._frame(N, 31, workers=1)


def test_byte_identical_across_workers_and_hash_seeds(tmp_path):
    outs = []
    for workers, hashseed in ((1, "0"), (2, "12345")):
        out = tmp_path / f"w{workers}"
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        subprocess.run([sys.executable, str(ROOT / "bench" / "heldout7" / "generate.py"), "--records", "21000",
                        "--seed", "7", "--out", str(out), "--workers", str(workers)], check=True, env=env, cwd=ROOT)
        outs.append(out)
    for name in ("records.csv", "truth.csv"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes()
    other = G.generate(21000, 8, workers=1)[0]
    assert not other["name"].equals(pd.read_csv(outs[0] / "records.csv", dtype=str, keep_default_na=False)["name"])


def test_columns_and_truth(tmp_path):
    G.write(tmp_path, 3000, 5, workers=1)
    rec = pd.read_csv(tmp_path / "records.csv", dtype=str, keep_default_na=False)
    truth = pd.read_csv(tmp_path / "truth.csv", dtype=str, keep_default_na=False)
    assert list(rec.columns) == ["record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id"]
    assert list(truth.columns) == ["record_id", "entity_id"]
    assert len(rec) == 3000 and rec["record_id"].is_unique
    assert set(truth["record_id"]) == set(rec["record_id"]) and truth["record_id"].is_unique
    assert (truth["entity_id"] != "").all()
    assert (rec["name"] != "").all()
    assert (tmp_path / "records.csv").read_bytes().decode("utf-8")


def test_ids_are_opaque_and_rows_shuffled(frame):
    # record ids sorted say nothing of the entity: neighbours in id order are rarely one entity
    df = frame.sort_values("record_id")
    same = (df["_entity"].to_numpy()[1:] == df["_entity"].to_numpy()[:-1]).mean()
    assert same < 0.01
    same_rows = (frame["_entity"].to_numpy()[1:] == frame["_entity"].to_numpy()[:-1]).mean()
    assert same_rows < 0.01


def test_no_valid_tax_id_of_two_entities(frame):
    from synchub.matching.normalise.tax_ids import tax_ids

    r = tax_ids(frame["tax_id"].replace("", None), frame["_country"])
    ok = r["valid"].fillna(False).astype(bool)
    owners = frame.loc[ok].groupby(r.loc[ok, "tax_id"])["_entity"].nunique()
    assert (owners == 1).all()
    # the generated check digits hold where the country has a check: untouched ids are valid
    checked = frame["_country"].isin(["CN", "DE", "FR", "GB", "JP", "US"]) & ~frame["_typo"] & (frame["tax_id"] != "")
    main_form = checked & ~frame["_canon"].str.startswith("ALT:") & ~frame["tax_id"].str.startswith("USt")
    assert r.loc[main_form, "valid"].fillna(False).astype(bool).mean() > 0.99
    # a mistyped id of a checked country is invalid (EINs have no check digit), but for a French
    # VAT number whose key was mistyped and that is written as its SIREN or SIRET: that is the
    # company's own, right, id again
    typo = frame["_typo"] & frame["_country"].isin(["CN", "DE", "FR", "GB", "JP"]) & (frame["tax_id"] != "")
    assert typo.sum() > 20
    valid_typo = typo & r["valid"].fillna(False).astype(bool)
    assert (frame.loc[valid_typo, "_country"] == "FR").all()
    assert (r.loc[valid_typo, "tax_id"].str[4:] == frame.loc[valid_typo, "_canon"].str[4:]).all()
    # every entity has one real id: no two entities' untouched ids are the same
    real = frame.loc[main_form]
    assert (real.groupby(r.loc[main_form, "tax_id"])["_entity"].nunique() == 1).all()


def test_distributions_roughly_as_documented(frame):
    sizes = frame.groupby("_entity").size()
    assert sizes.max() <= 12 and sizes.min() >= 1
    assert 2.6 < N / len(sizes) < 3.3
    assert 0.30 < (sizes == 1).mean() < 0.42
    assert 0.30 < (frame["email"] == "").mean() < 0.55
    assert 0.55 < (frame["tax_id"] == "").mean() < 0.75
    ents = frame.groupby("_entity").first()
    share = ents["_country"].value_counts(normalize=True)
    assert 0.24 < share["DE"] < 0.34 and 0.10 < share["CN"] < 0.18
    for c in ("JP", "FR", "GB", "US"):
        assert 0.05 < share[c] < 0.12
    fam = ents["_family"].value_counts(normalize=True)
    assert 0.33 < fam["single"] < 0.52
    for kind in ("group", "colocated", "namesake", "generic", "oneword", "successor"):
        assert fam[kind] > 0.03
    src = frame["_source"].value_counts(normalize=True)
    assert set(src.index) == {"erp_old", "erp_new", "crm", "ecom", "procure", "edi", "collect", "sheet"}
    # the native scripts are there, and so is upper case
    assert frame["name"].str.contains(r"[\u4e00-\u9fff]").mean() > 0.04
    assert frame["name"].str.contains(r"[\u3040-\u30ff]|株式会社").any()
    assert frame["name"].str.contains(r"[\uac00-\ud7a3]").any()
    assert (frame["name"] == frame["name"].str.upper()).mean() > 0.15
