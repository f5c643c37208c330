"""Record serialisation and content hashes."""

from __future__ import annotations

import pandas as pd

from synchub.records import content_hashes, from_json_lines, json_lines


def test_round_trip_keeps_text_nulls_and_unicode():
    frame = pd.DataFrame([{"name": "北京星辰", "credit_limit": "1000.00", "email": None}])
    lines = json_lines(frame, ["name", "credit_limit", "email"])
    assert lines == ['{"name":"北京星辰","credit_limit":"1000.00","email":null}']
    back = from_json_lines(lines, ["name", "credit_limit", "email"])
    assert back.iloc[0].to_dict() == {"name": "北京星辰", "credit_limit": "1000.00", "email": None}


def test_hash_depends_on_content_and_field_set_only():
    a = pd.DataFrame([{"name": "Acme", "x": "1"}], index=[5])
    b = pd.DataFrame([{"x": "1", "name": "Acme"}], index=[9])
    assert content_hashes(a, ["name", "x"]).iloc[0] == content_hashes(b, ["name", "x"]).iloc[0]
    assert content_hashes(a, ["name"]).iloc[0] != content_hashes(a, ["name", "x"]).iloc[0]
    c = pd.DataFrame([{"name": "Acme", "x": None}])
    assert content_hashes(a, ["name", "x"]).iloc[0] != content_hashes(c, ["name", "x"]).iloc[0]
