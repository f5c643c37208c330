"""country / countries / infer_countries: codes and names to ISO alpha-2; a missing country read
from the phone, the tax id, the city and the name."""

from __future__ import annotations

import pandas as pd
import pytest

from synchub.config.match_models import MatchSpec
from synchub.matching.features import prepare
from synchub.matching.normalise import countries, country, infer_countries


@pytest.mark.parametrize(("written", "code"), [
    ("CN", "CN"), ("cn", "CN"), ("CHN", "CN"), ("China", "CN"), ("中国", "CN"), ("中華人民共和国", "CN"),
    ("PRC", "CN"), ("P.R. China", "CN"), ("People's Republic of China", "CN"),
    ("JP", "JP"), ("JPN", "JP"), ("Japan", "JP"), ("日本", "JP"), ("Japon", "JP"),
    ("USA", "US"), ("U.S.A.", "US"), ("U.S.", "US"), ("United States", "US"), ("Vereinigte Staaten", "US"),
    ("UK", "GB"), ("GBR", "GB"), ("United Kingdom", "GB"), ("England", "GB"), ("Royaume-Uni", "GB"),
    ("DEU", "DE"), ("Deutschland", "DE"), ("Allemagne", "DE"), ("Germany", "DE"), ("ドイツ", "DE"),
    ("FRA", "FR"), ("France", "FR"), ("Frankreich", "FR"), ("Holland", "NL"), ("Schweiz", "CH"),
    ("South Korea", "KR"), ("대한민국", "KR"), ("台灣", "TW"), ("香港", "HK"),
])
def test_a_country_written_any_way_is_its_iso_code(written, code):
    assert country(written) == code


@pytest.mark.parametrize("written", ["", "  ", "XX", "Atlantis", "Planet Earth", None])
def test_what_is_no_country_is_none(written):
    assert country(written) is None


def test_countries_as_a_column_as_country_does_each_value():
    values = pd.Series(["中国", None, "usa", "中国", "nowhere"], index=[5, 6, 7, 8, 9], dtype=object)
    out = countries(values)
    assert out.index.equals(values.index)
    assert out.tolist() == ["CN", None, "US", "CN", None]


def test_a_missing_country_is_read_from_the_strongest_evidence_first():
    known = pd.Series(["DE", None, None, None, None, None, None, None, None], dtype=object)
    phone = pd.Series(["+86 10 1234 5678", "+81 3 1234 5678", "0049 30 123456", "030 123456", None, None, None,
                       None, "+1 212 555 0100"], dtype=object)
    tax_id = pd.Series([None, "DE136695976", None, "FR 40 303 265 045", "91350100M000100Y43", "91350100M000100Y44",
                        None, None, None], dtype=object)
    city = pd.Series([None, None, None, None, None, "Yokohama", "北京市", None, None], dtype=object)
    name = pd.Series([None, None, None, None, None, None, None, "トヨタ自動車株式会社", None], dtype=object)
    out = infer_countries(known, [("phone", phone), ("tax_id", tax_id), ("city", city), ("company_name", name)])
    # a known country stays; the international prefix outranks the tax id; a national number
    # tells nothing; a USCC that fails its check tells nothing either (the city then does)
    assert out.tolist() == ["DE", "JP", "DE", "FR", "CN", "JP", "CN", "JP", "US"]


def test_a_record_without_evidence_keeps_no_country():
    out = infer_countries(pd.Series([None], dtype=object), [("phone", pd.Series(["123"])),
                                                             ("company_name", pd.Series(["Acme Ltd"]))])
    assert out.tolist() == [None]


def test_prepare_uses_the_inferred_country_for_the_fields_that_read_it():
    spec = MatchSpec.model_validate({
        "fields": {"name": {"normalise": "company_name", "country": "country"},
                   "phone": {"normalise": "phone", "country": "country"},
                   "country": {"normalise": "country", "infer_from": ["phone", "name"]}},
    })
    records = pd.DataFrame({"name": ["Qingdao Xinlong Consulting Co., Ltd", "株式会社ケロタノホ工業"],
                            "phone": ["+86 532 7062 0892", "075(642)0731"], "country": ["中国", None]})
    features = prepare(records, spec)
    assert features["country"].tolist() == ["CN", "JP"]
    assert features["name.place"].tolist() == ["青岛", None]  # a pinyin place in front: a Chinese name
    assert features["phone"].tolist() == ["+8653270620892", "+81756420731"]  # Kyoto, read as Japanese


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": {"normalise": "text", "infer_from": ["phone"]}, "phone": {"normalise": "phone"}},
     "only a field with 'normalise: country'"),
    ({"country": {"normalise": "country", "infer_from": ["email"]}, "email": {"normalise": "email"}},
     "'email' is not a field with one of the normalisers"),
    ({"country": {"normalise": "country", "infer_from": ["fax"]}}, "'fax' is not a field"),
])
def test_infer_from_names_fields_that_can_tell_a_country(fields, message):
    with pytest.raises(ValueError, match=message):
        MatchSpec.model_validate({"fields": fields})
