"""The transforms of the mapping language, each a vectorised function on a pandas Series.

``forward`` turns native values towards canonical ones; ``reverse`` turns canonical values back
into native ones when pushing. Normalising transforms (trim, case, NFKC ...) reverse to nothing:
the canonical value is already in the normal form. A value a transform cannot handle is reported
through ``RowErrors`` and its row is quarantined; the other rows go on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from synchub.config import models as m


@dataclass
class RowErrors:
    """Per-row problems found while mapping, as index -> list of messages."""

    messages: dict = field(default_factory=dict)

    def add(self, mask: pd.Series, message: pd.Series | str) -> None:
        if not mask.any():
            return
        texts = message[mask] if isinstance(message, pd.Series) else pd.Series(message, index=mask[mask].index)
        for index, text in texts.items():
            self.messages.setdefault(index, []).append(text)

    def reasons(self) -> pd.Series:
        return pd.Series({i: "; ".join(t) for i, t in self.messages.items()}, dtype=object)


@dataclass
class Context:
    """What a transform may need besides its own settings."""

    lookups: dict[str, dict[str, list[str]]]
    errors: RowErrors
    where: str  # e.g. "fields.customer_since (ERDAT)", prefixed to every row message


def _quoted(values: pd.Series) -> pd.Series:
    return "'" + values.astype(str) + "'"


def _present(s: pd.Series) -> pd.Series:
    return s.notna()


def _nullify_empty(s: pd.Series) -> pd.Series:
    return s.mask(s.eq(""), None) if s.dtype == object else s


def _text(s: pd.Series) -> pd.Series:
    """Values as Python str (object dtype), nulls as None."""
    out = s.astype(object).where(s.notna(), None)
    if pd.api.types.infer_dtype(out, skipna=True) not in ("string", "empty"):
        present = out.notna()
        out[present] = out[present].astype(str)
    return out


def _strings(fn: Callable[[pd.Series], pd.Series]) -> Callable:
    def apply(s: pd.Series, spec, ctx: Context) -> pd.Series:
        s = _text(s)
        return _nullify_empty(fn(s).astype(object).where(s.notna(), None))
    return apply


def _case(s, spec: m.Case, ctx):
    return getattr(_text(s).str, spec.to)()


def _regex(s, spec: m.RegexReplace, ctx):
    s = _text(s)
    return _nullify_empty(s.str.replace(spec.pattern, spec.replacement, regex=True).where(s.notna(), None))


def _null_if(s, spec: m.NullIf, ctx):
    return s.astype(object).where(~s.astype(object).isin(spec.values), None)


def _default(s, spec: m.Default, ctx):
    return s.astype(object).where(s.notna(), spec.value)


def _parse_dates(s: pd.Series, fmt: str | None, ctx: Context, what: str) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(s):
        return s
    s = s.astype(object)
    texts = s.map(lambda v: v if isinstance(v, str) or v is None else None)
    not_text = s.notna() & texts.isna()
    parsed = pd.to_datetime(texts, format=fmt or "ISO8601", errors="coerce")
    if not_text.any():  # date/datetime objects straight from the driver
        parsed[not_text] = pd.to_datetime(s[not_text], errors="coerce")
    bad = s.notna() & parsed.isna()
    ctx.errors.add(bad, ctx.where + ": cannot read " + _quoted(s) + f" as a {what}"
                   + (f" with format {fmt}" if fmt else ""))
    return parsed


def _parse_date(s, spec: m.ParseDate, ctx):
    return _parse_dates(s, spec.format, ctx, "date")


def _parse_datetime(s, spec: m.ParseDatetime, ctx):
    return _parse_dates(s, spec.format, ctx, "date and time")


def _to_date(s, spec: m.ToDate, ctx):
    return _parse_dates(s, None, ctx, "date").dt.normalize()


def _parse_number(s, spec: m.ParseNumber, ctx):
    text = _text(s)
    if spec.thousands:
        text = text.str.replace(spec.thousands, "", regex=False)
    if spec.decimal == ",":
        text = text.str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(text.str.strip(), errors="coerce")
    bad = s.notna() & numbers.isna()
    ctx.errors.add(bad, ctx.where + ": " + _quoted(s) + " is not a number")
    return numbers


def lookup_table(spec: m.Lookup, lookups: dict) -> dict[str, list[str]]:
    return spec.values if spec.values is not None else lookups[spec.table]


def _lookup(s, spec: m.Lookup, ctx):
    forward: dict[str, str] = {}
    for canonical, natives in lookup_table(spec, ctx.lookups).items():
        for native in natives:
            forward.setdefault(native.lower() if spec.ignore_case else native, canonical)
    text = _text(s)
    keys = text.str.lower() if spec.ignore_case else text
    out = keys.map(forward)
    missing = text.notna() & out.isna()
    if spec.on_missing == "keep":
        out = out.where(~missing, text)
    elif spec.on_missing == "error":
        where = f"lookup table {spec.table!r}" if spec.table else "the inline lookup values"
        ctx.errors.add(missing, ctx.where + ": " + _quoted(text) + f" is not in {where}; add it there")
    return out.astype(object).where(out.notna(), None)


def _split(s, spec: m.Split, ctx):
    text = _text(s)
    return _nullify_empty(text.str.split(spec.sep, regex=False).str[spec.index])


def _gtin(s, spec: m.Gtin, ctx):
    from synchub.matching.normalise.products import gtins  # here: the normalisers load their vocabularies

    return gtins(_text(s))["gtin"]


def _sku(s, spec: m.Sku, ctx):
    from synchub.matching.normalise.products import skus

    return skus(_text(s), spec.vendor_prefixes)


FORWARD: dict[str, Callable] = {
    "trim": _strings(lambda s: s.str.strip()),
    "collapse_spaces": _strings(lambda s: s.str.replace(r"\s+", " ", regex=True)),
    "nfkc": _strings(lambda s: s.str.normalize("NFKC")),
    "case": _case,
    "regex_replace": _regex,
    "null_if": _null_if,
    "default": _default,
    "parse_date": _parse_date,
    "parse_datetime": _parse_datetime,
    "to_date": _to_date,
    "parse_number": _parse_number,
    "lookup": _lookup,
    "split": _split,
    "gtin": _gtin,
    "sku": _sku,
}


# ------------------------------------------------------------------ reverse
def _format_dates(s: pd.Series, fmt: str | None) -> pd.Series:
    parsed = pd.to_datetime(s, errors="coerce", format="ISO8601")
    if fmt is None:
        out = parsed.dt.strftime("%Y-%m-%dT%H:%M:%S")
    else:
        out = parsed.dt.strftime(fmt)
    return out.astype(object).where(parsed.notna(), None)


def _reverse_number(s, spec: m.ParseNumber, ctx):
    text = _text(s)
    return text.str.replace(".", ",", regex=False) if spec.decimal == "," else text


def _reverse_lookup(s, spec: m.Lookup, ctx):
    backward = {canonical: natives[0] for canonical, natives in lookup_table(spec, ctx.lookups).items() if natives}
    text = _text(s)
    out = text.map(backward)
    missing = text.notna() & out.isna()
    if spec.on_missing == "error":
        ctx.errors.add(missing, ctx.where + ": no native value for " + _quoted(text) + " in the lookup")
    out = out.where(~missing, text if spec.on_missing == "keep" else None)
    return out.astype(object).where(out.notna(), None)


REVERSE: dict[str, Callable] = {
    "parse_date": lambda s, spec, ctx: _format_dates(s, spec.format),
    "parse_datetime": lambda s, spec, ctx: _format_dates(s, spec.format),
    "parse_number": _reverse_number,
    "lookup": _reverse_lookup,
}
"""Transforms with a meaningful reverse; every other transform reverses to the value itself."""


def forward(s: pd.Series, transform, ctx: Context) -> pd.Series:
    return FORWARD[transform.type](s, transform, ctx)


def reverse(s: pd.Series, transform, ctx: Context) -> pd.Series:
    fn = REVERSE.get(transform.type)
    return fn(s, transform, ctx) if fn else s


__all__ = ["Context", "RowErrors", "forward", "reverse", "lookup_table"]
