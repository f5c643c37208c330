"""The mapping engine: one system's native rows to canonical rows, and golden rows back.

``Mapper.to_canonical`` is the read direction: per canonical field, take the native column(s),
apply the field's transforms, then cast to the canonical type's text form. ``Mapper.to_native``
is the push direction: the reverse of each transform, in reverse order, then the split of a
field over several columns. Both are vectorised; neither touches a database.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from synchub import canonical as c
from synchub.canonical import CanonicalEntity, CanonicalField
from synchub.config.project import SystemMapping
from synchub.mapping.transforms import Context, RowErrors, forward, reverse


@dataclass
class MapResult:
    """Canonical rows that mapped, and the native rows that did not, with their reasons."""

    rows: pd.DataFrame  # canonical fields + trace columns, index = the native frame's index
    rejected: pd.DataFrame  # columns: _local_id, reason, payload ({"native": row, "canonical": what mapped})


class Mapper:
    """Maps between one system's native shape and a canonical entity."""

    def __init__(self, mapping: SystemMapping, entity: CanonicalEntity, lookups: dict[str, dict[str, list[str]]]):
        self.system = mapping.system
        self.spec = mapping.spec
        self.entity = entity
        self.lookups = lookups

    # ------------------------------------------------------------------ what to read and write
    @property
    def native_columns(self) -> list[str]:
        """Every native column the mapping reads, key and cursor first."""
        source = self.spec.source
        wanted = [source.key, source.cursor]
        if source.deleted:
            wanted.append(source.deleted.column)
        if source.golden_id_column:
            wanted.append(source.golden_id_column)
        for field_map in self.spec.fields.values():
            wanted.extend(field_map.columns)
        return list(dict.fromkeys(wanted))

    @property
    def mapped_fields(self) -> list[str]:
        """Canonical fields this system has, in the entity's order."""
        return [f for f in self.entity.field_names if f in self.spec.fields]

    @property
    def push_fields(self) -> list[str]:
        """Canonical fields written back to this system."""
        if self.spec.target is None:
            return []
        return [f for f in self.mapped_fields if self.spec.fields[f].push and self.spec.fields[f].from_ is not None]

    # ------------------------------------------------------------------ native -> canonical
    def canonical_fields(self, native: pd.DataFrame, errors: RowErrors | None = None,
                         fields: list[str] | None = None) -> pd.DataFrame:
        """Canonical fields (all mapped ones, or those given) of native rows, without trace columns.

        Problems go to ``errors``."""
        errors = errors if errors is not None else RowErrors()
        out = pd.DataFrame(index=native.index)
        for name in fields if fields is not None else self.mapped_fields:
            field_map = self.spec.fields[name]
            if field_map.const is not None:
                out[name] = field_map.const
                continue
            ctx = Context(self.lookups, errors, f"fields.{name} ({', '.join(field_map.columns)})")
            values = _joined(native, field_map.columns, field_map.join)
            for transform in field_map.transforms:
                values = forward(values, transform, ctx)
            out[name] = to_canonical_text(values, self.entity.field(name), ctx)
        return out

    def to_canonical(self, native: pd.DataFrame) -> MapResult:
        """Canonical rows with trace columns; rows with problems are set apart with their reasons."""
        errors = RowErrors()
        source = self.spec.source
        out = self.canonical_fields(native, errors)
        out[c.SYSTEM] = self.system
        out[c.LOCAL_ID] = native[source.key].astype(str).values
        out[c.MODIFIED_AT] = _modified_at(native[source.cursor], source.cursor_format)
        if source.deleted:
            flag = native[source.deleted.column]
            out[c.DELETED] = (flag.astype(object) == source.deleted.equals).values
        else:
            out[c.DELETED] = False
        if source.golden_id_column:
            hint = native[source.golden_id_column].astype(object)
            out[c.GOLDEN_HINT] = hint.where(hint.notna() & hint.ne(""), None).values
        else:
            out[c.GOLDEN_HINT] = None
        # a deleted record is not checked: its content no longer matters
        reasons = errors.reasons()
        reasons = reasons[~out.loc[reasons.index, c.DELETED]] if len(reasons) else reasons
        bad = out.index.isin(reasons.index)
        rejected = pd.DataFrame({
            c.LOCAL_ID: out.loc[bad, c.LOCAL_ID],
            "reason": reasons.reindex(out.index[bad]),
            "payload": [{"native": n, "canonical": r} for n, r in zip(
                native.loc[bad].astype(object).where(native.loc[bad].notna(), None).to_dict("records"),
                out.loc[bad, self.mapped_fields].to_dict("records"))],
        })
        return MapResult(rows=out.loc[~bad], rejected=rejected)

    # ------------------------------------------------------------------ canonical -> native
    def to_native(self, canonical: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
        """Native values of the push fields; plus per-row reasons for rows that cannot be pushed."""
        errors = RowErrors()
        out = pd.DataFrame(index=canonical.index)
        canonical = canonical.reindex(columns=self.entity.field_names)  # a missing field is null
        for name in self.push_fields:
            field_map = self.spec.fields[name]
            ctx = Context(self.lookups, errors, f"fields.{name}")
            values = canonical[name].astype(object).where(canonical[name].notna(), None)
            for transform in reversed(field_map.transforms):
                values = reverse(values, transform, ctx)
            columns = field_map.columns
            if len(columns) == 1:
                out[columns[0]] = values
            else:
                pieces = [_wrap(v, field_map.split_width, len(columns)) for v in values]
                for i, column in enumerate(columns):
                    out[column] = [p[i] for p in pieces]
        return out, errors.reasons()


def _wrap(value, width: int, parts: int) -> list:
    """Cut text into at most ``parts`` pieces of ``width``, at the last space that fits where there
    is one (as SAP fills NAME1, NAME2); the last piece takes what is left, cut to width."""
    if value is None:
        return [None] * parts
    pieces, rest = [], str(value)
    for _ in range(parts - 1):
        if len(rest) <= width:
            break
        cut = rest.rfind(" ", 0, width + 1)
        cut = cut if cut > 0 else width
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    pieces.append(rest[:width] or None)
    return pieces + [None] * (parts - len(pieces))


def _joined(native: pd.DataFrame, columns: list[str], sep: str) -> pd.Series:
    if len(columns) == 1:
        return native[columns[0]]
    joined = None
    for col in columns:
        part = native[col].astype(object)
        part = part.where(part.notna() & part.ne(""), None)
        part = part.where(part.isna(), part.astype(str))
        if joined is None:
            joined = part
        else:
            both = joined.notna() & part.notna()
            joined = joined.where(joined.notna(), part)
            joined[both] = joined[both] + sep + part[both]
    return joined.where(joined.ne(""), None)


def to_canonical_text(values: pd.Series, field: CanonicalField, ctx: Context) -> pd.Series:
    """Cast to the canonical type and render its text form; bad values are row errors."""
    present = values.notna()
    if field.type == "string":
        text = values.astype(object).where(present, None)
        text[present] = text[present].astype(str)
        return text.where(text.ne(""), None)
    if field.type in ("decimal", "integer"):
        numbers = pd.to_numeric(values.astype(object).where(present, None), errors="coerce")
        if numbers.dtype == object:
            numbers = numbers.astype(float)
        bad = present & numbers.isna()
        ctx.errors.add(bad, ctx.where + ": '" + values.astype(str) + f"' is not a number")
        if field.type == "integer":
            fractional = numbers.notna() & (numbers != np.floor(numbers))
            ctx.errors.add(fractional, ctx.where + ": '" + values.astype(str) + "' is not a whole number")
            rendered = numbers.map(lambda v: str(int(v)) if pd.notna(v) else None)
        else:
            fmt = f"{{:.{field.scale or 0}f}}"
            rendered = numbers.round(field.scale or 0).map(lambda v: fmt.format(v) if pd.notna(v) else None)
        return rendered.astype(object).where(numbers.notna(), None)
    if field.type in ("date", "datetime"):
        if pd.api.types.is_datetime64_any_dtype(values):
            stamps = values
        else:
            raw = values.astype(object).where(present, None)
            stamps = pd.to_datetime(raw.map(lambda v: v if v is None else str(v)), format="ISO8601", errors="coerce")
        bad = present & stamps.isna()
        ctx.errors.add(bad, ctx.where + ": '" + values.astype(str) + f"' is not a {field.type}")
        fmt = "%Y-%m-%d" if field.type == "date" else "%Y-%m-%dT%H:%M:%S"
        return stamps.dt.strftime(fmt).astype(object).where(stamps.notna(), None)
    if field.type == "boolean":
        lowered = values.astype(object).map(lambda v: None if v is None or v != v else str(v).strip().lower())
        truth = lowered.map({"true": "true", "1": "true", "x": "true", "yes": "true", "y": "true",
                             "false": "false", "0": "false", "": "false", "no": "false", "n": "false"})
        ctx.errors.add(present & truth.isna(), ctx.where + ": '" + values.astype(str) + "' is not a yes/no value")
        return truth.astype(object).where(truth.notna(), None)
    raise ValueError(f"unknown canonical type {field.type}")


def _modified_at(cursor: pd.Series, cursor_format: str) -> np.ndarray:
    if cursor_format == "number":
        return np.full(len(cursor), None, dtype=object)
    if cursor_format == "yyyymmddhhmmss":
        text = cursor.astype(object).map(lambda v: None if v is None or v != v else str(int(v)))
        stamps = pd.to_datetime(text, format="%Y%m%d%H%M%S", errors="coerce")
    else:
        stamps = pd.to_datetime(cursor, errors="coerce")
    return stamps.dt.strftime("%Y-%m-%dT%H:%M:%S").astype(object).where(stamps.notna(), None).values
