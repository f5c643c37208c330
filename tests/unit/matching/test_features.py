"""prepare: the features of every record; the same whether the company names are normalised in a
second process (many records) or here."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from pydantic import ValidationError

from synchub.config.match_models import MatchSpec
from synchub.matching import features
from synchub.matching.csv_files import load_rules

RULES = Path(__file__).resolve().parents[3] / "mappings" / "match" / "companies.yaml"


def test_names_in_a_second_process_give_the_same_features(monkeypatch):
    spec = load_rules(RULES).match
    records = pd.DataFrame({
        "record_id": ["1", "2", "3", "4"],
        "name": ["北京星辰科技有限公司", "Xingchen Technology (Beijing) Co., Ltd.", "Acme Holdings Inc", None],
        "address": ["朝阳区建国路88号", "88 Jianguo Road", "1 Main St", None],
        "city": ["北京市", "Beijing", "Dallas, TX", None],
        "postcode": ["100022", "100022", "75201", None],
        "country": ["中国", None, "USA", None],
        "phone": ["010-6500 1234", "+86 10 6500 1234", "214 555 0100", None],
        "email": [None, "info@xingchen.cn", "x@gmail.com", None],
        "tax_id": ["91110105MA01ABCD0X", None, "12-3456789", None],
    })
    here = features.prepare(records, spec)
    monkeypatch.setattr(features, "PARALLEL_FROM", 2)
    contexts = []
    real = features.multiprocessing.get_context
    monkeypatch.setattr(features.multiprocessing, "get_context", lambda method: contexts.append(method) or real(method))
    apart = features.prepare(records, spec)
    assert contexts == ["fork"]
    pd.testing.assert_frame_equal(apart, here)
    assert list(here.columns) == spec.features()
    assert here["country"].tolist() == ["CN", "CN", "US", None]
    assert here["name.sound"].tolist()[:2] == ["xingchen", "xingchen"]
    assert here["name.role"].tolist() == ["none", "none", "holding", None]


def test_a_value_more_records_share_than_max_records_is_no_identifier():
    spec = MatchSpec.model_validate({"fields": {"email": {"normalise": "email", "max_records": 2}}})
    records = pd.DataFrame({"email": ["brand@naver.com"] * 3 + ["a@acme.com", "A@acme.com", None]})
    out = features.prepare(records, spec)
    # three records write the brand's free-mail address: missing; a company's own address stays
    assert out["email"].tolist() == [None, None, None, "a@acme.com", "a@acme.com", None]
    assert out["email.domain"].tolist()[:3] == ["naver.com"] * 3
    assert out["email.company_domain"].tolist()[:4] == [None, None, None, "acme.com"]


def test_a_value_records_of_more_than_max_names_unlike_names_write_is_no_identifier():
    spec = MatchSpec.model_validate({"fields": {
        "name": {"normalise": "company_name"}, "phone": {"normalise": "phone", "max_names": 2}}})
    switchboard, own = "+44 1223 429770", "+86 10 6500 1234"
    records = pd.DataFrame({
        "name": [
            # a serviced office's switchboard: three unlike names (four records) write it
            "Hughes Trading Ltd", "Hughes Trading Limited", "Ironbridge Manufacturing", "Sigmapoint Controls Ltd",
            # one company in two scripts (one sound), with a typo and an addressee: one name
            "北京星辰科技有限公司", "Xingchen Technology (Beijing) Co., Ltd.", "Xingchen Tecnology Co Ltd",
            "Xingchen Technology Ltd c/o Accounts Dept.",
        ],
        "phone": [switchboard] * 4 + [own] * 4,
    })
    out = features.prepare(records, spec)
    assert out["phone"].tolist() == [None] * 4 + ["+861065001234"] * 4


def test_max_names_needs_a_company_name_field():
    with pytest.raises(ValidationError, match="names_from must be a field with 'normalise: company_name'"):
        MatchSpec.model_validate({"fields": {"phone": {"normalise": "phone", "max_names": 2}}})
    with pytest.raises(ValidationError, match="names_from goes with max_names"):
        MatchSpec.model_validate({"fields": {"name": {"normalise": "company_name"},
                                             "phone": {"normalise": "phone", "names_from": "name"}}})
