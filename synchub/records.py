"""Canonical records as JSON text, and their content hashes.

A record's JSON line (its fields in the entity's order, canonical text values, nulls as null)
is its exact, stable serialisation; its hash is the BLAKE2b digest of that line. Comparing
hashes is how the hub tells a real change from a record that merely was read again.
"""

from __future__ import annotations

import hashlib
import json

import pandas as pd


def json_lines(frame: pd.DataFrame, fields: list[str]) -> list[str]:
    """One JSON object per row, keys in the order given (pandas' C serialiser, not a Python loop)."""
    if frame.empty:
        return []
    subset = frame.reindex(columns=fields).astype(object)
    subset = subset.where(subset.notna(), None)
    return subset.to_json(orient="records", lines=True, force_ascii=False).splitlines()


def hashes(lines: list[str]) -> list[str]:
    """The content hash of each JSON line."""
    return [hashlib.blake2b(line.encode("utf-8"), digest_size=16).hexdigest() for line in lines]


def content_hashes(frame: pd.DataFrame, fields: list[str]) -> pd.Series:
    """Content hash per row over the given fields, index-aligned."""
    return pd.Series(hashes(json_lines(frame, fields)), index=frame.index, dtype=object)


def from_json_lines(lines: pd.Series | list[str], fields: list[str]) -> pd.DataFrame:
    """Records back as a frame of canonical text values (object dtype, None for null)."""
    index = lines.index if isinstance(lines, pd.Series) else None
    rows = [json.loads(line) if line else {} for line in lines]
    # column by column: much faster than letting pandas infer the keys of every dict
    columns = {field: pd.Series([row.get(field) for row in rows], index=index, dtype=object) for field in fields}
    return pd.DataFrame(columns, index=index if rows else None, columns=fields)
