"""Every transform against its golden cases (transform_cases.yaml), forward and back."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml
from pydantic import TypeAdapter

from synchub.canonical import CanonicalField
from synchub.config.models import TRANSFORM_TYPES, Transform
from synchub.mapping.engine import to_canonical_text
from synchub.mapping.transforms import Context, RowErrors, forward, reverse

CASES = yaml.safe_load((Path(__file__).parent / "transform_cases.yaml").read_text(encoding="utf-8"))
PARSE = TypeAdapter(Transform)


def _spec(raw):
    return PARSE.validate_python({"type": raw} if isinstance(raw, str) else raw)


def _ids(case) -> str:
    raw = case["transform"]
    return raw if isinstance(raw, str) else raw["type"] + "-" + "-".join(str(v) for k, v in raw.items() if k != "type")[:30]


def _values(series: pd.Series) -> list:
    return [None if v is None or (isinstance(v, float) and pd.isna(v)) else v for v in series.tolist()]


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_transform_golden_case(case):
    spec = _spec(case["transform"])
    errors = RowErrors()
    ctx = Context(lookups={}, errors=errors, where="fields.x (X)")
    out = forward(pd.Series(case["in"], dtype=object), spec, ctx)
    field = CanonicalField("x", **{"type": "string", "description": "", **case.get("field", {})})
    out = to_canonical_text(out, field, ctx)
    assert _values(out) == case["out"]
    assert sorted(errors.messages) == case.get("errors", [])
    for messages in errors.messages.values():
        assert all(m.startswith("fields.x (X): ") for m in messages)
    if "back" in case:
        back = reverse(pd.Series(case["out"], dtype=object), spec, Context({}, RowErrors(), "fields.x"))
        assert _values(back) == case["back"]


def test_every_transform_has_a_golden_case():
    covered = {_spec(case["transform"]).type for case in CASES}
    assert covered == set(TRANSFORM_TYPES)


def test_canonical_text_of_each_type():
    ctx = Context({}, RowErrors(), "fields.x")
    cases = [
        ("decimal", {"scale": 2}, [1000, "12.5", 0.125, None], ["1000.00", "12.50", "0.12", None]),
        ("integer", {}, ["42", 7.0], ["42", "7"]),
        ("boolean", {}, ["X", "", "true", 0], ["true", "false", "true", "false"]),
        ("date", {}, ["2024-01-31", pd.Timestamp("2024-02-01 10:00")], ["2024-01-31", "2024-02-01"]),
    ]
    for kind, extra, given, expected in cases:
        field = CanonicalField("x", kind, "", **extra)
        assert _values(to_canonical_text(pd.Series(given, dtype=object), field, ctx)) == expected, kind
    assert not ctx.errors.messages
    to_canonical_text(pd.Series(["7.5"], dtype=object), CanonicalField("x", "integer", ""), ctx)
    assert list(ctx.errors.messages) == [0]
