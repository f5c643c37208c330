"""Features: the normalised values that blocking and comparisons work on.

Each field of the rules names its source column and its normaliser
(:mod:`synchub.matching.normalise`); some normalisers add derived features named
``<field>.<part>`` (the legal form and place of a company name, the domain of an e-mail, ...).
"""

from __future__ import annotations

import multiprocessing
import os

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from synchub.config.match_models import MatchSpec
from synchub.errors import ConfigError
from synchub.tax_ids import CHECK_DIGIT_COUNTRIES

PARALLEL_FROM = 200_000
"""From this many records on, the company names (the costliest fields) are normalised in a
second process while this one does the other fields (where the OS can fork and has two CPUs)."""
COSTLY = frozenset({"company_name"})

_SHARED: tuple | None = None
"""(records, spec, country_of) for the forked process, which inherits it instead of a pickled copy."""


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) > 1


def _fields(names: list[str]) -> dict[str, pd.Series]:
    """In the forked process: the features of ``names``."""
    records, spec, country_of = _SHARED
    out: dict[str, pd.Series] = {}
    for name in names:
        out.update(_field(name, spec.fields[name], records, country_of))
    return out


def source_columns(spec: MatchSpec) -> set[str]:
    """The columns of the input the rules read."""
    columns = set()
    for name, prep in spec.fields.items():
        columns.add(prep.column or name)
        if prep.country:
            columns.add(prep.country)
    return columns


def _checked(ids: pd.Series, valid: pd.Series) -> tuple[pd.Series, pd.Series]:
    """An identifier with a check (tax id, GTIN) and its ``.valid`` feature. An id that fails its
    check is a typo, not another company's or product's id: it counts as missing, so that it
    neither matches nor conflicts."""
    invalid = valid.astype(object).eq(False)
    return ids.where(~invalid, None), valid.map({True: "valid", False: None}).astype(object)


def _countries(records: pd.DataFrame, spec: MatchSpec):
    """``column -> ISO alpha-2 codes`` of a column of countries, computed once per column. A
    column that a ``country`` field reads gets that field's values: gaps filled from its
    ``infer_from`` fields."""
    from synchub.matching import normalise as n

    found: dict[str, pd.Series] = {}
    for name, prep in spec.fields.items():
        if prep.normalise == "country":
            column = prep.column or name
            evidence = [(spec.fields[f].normalise, records[spec.fields[f].column or f]) for f in prep.infer_from]
            found[column] = n.infer_countries(n.countries(records[column]), evidence)

    def country_of(column: str) -> pd.Series:
        if column not in found:
            found[column] = n.countries(records[column])
        return found[column]

    return country_of


def _field(name: str, prep, records: pd.DataFrame, country_of) -> dict[str, pd.Series]:
    """The feature ``name`` and the ones its normaliser derives, of every record."""
    from synchub.matching import normalise as n  # here: the engine imports without its vocabularies

    out: dict[str, pd.Series] = {}
    values = records[prep.column or name].astype(object)
    values = values.where(values.notna(), None)
    country = country_of(prep.country) if prep.country else None
    kind = prep.normalise
    if kind == "country":
        out[name] = country_of(prep.column or name)
    elif kind == "company_name":
        parts = n.company_names(values, country)
        out[name] = parts["core"]
        out[f"{name}.legal_form"] = parts["legal_form"]
        out[f"{name}.place"] = parts["place"]
        out[f"{name}.sound"] = n.name_sounds(parts["core"], country)
        out[f"{name}.role"] = n.company_roles(values)
        out[f"{name}.numbers"] = n.numbers(parts["core"])
    elif kind == "address":
        parts = n.addresses(values, country)
        out[name] = parts["text"]
        out[f"{name}.number"] = parts["house_number"]
        out[f"{name}.numbers"] = parts["numbers"]
        out[f"{name}.tokens"] = parts["tokens"]
    elif kind == "tax_id":
        parts = n.tax_ids(values, country if country is not None else pd.Series(None, index=values.index))
        out[name], out[f"{name}.valid"] = _checked(parts["tax_id"], parts["valid"])
        # verified by check digits (a valid id of a country whose ids have them; no country, no check)
        with_digits = (country.isin(CHECK_DIGIT_COUNTRIES) if country is not None  # ISO codes: country_of
                       else pd.Series(False, index=values.index))
        out[f"{name}.check_digits"] = out[f"{name}.valid"].where(with_digits, None).map({"valid": "verified"})
    elif kind == "email":
        out[name] = n.emails(values)
        out[f"{name}.domain"] = n.email_domains(out[name])
        # a company's own domain is evidence; a free-mail one (qq.com, gmail.com) is not
        out[f"{name}.company_domain"] = out[f"{name}.domain"].where(
            ~out[f"{name}.domain"].isin(n.FREE_MAIL_DOMAINS), None)
    elif kind == "phone":
        regions = country if country is not None else pd.Series(None, index=values.index, dtype=object)
        out[name] = n.phones_e164(values, regions)
    elif kind == "gtin":
        parts = n.gtins(values)
        out[name], out[f"{name}.valid"] = _checked(parts["gtin"], parts["valid"])
    elif kind == "sku":
        out[name] = n.skus(values)
    elif kind == "city":
        out[name] = n.cities(values)
    elif kind == "postcode":
        out[name] = n.postcodes(values, country)
    elif kind in ("text", "person_name"):
        out[name] = n.fold_text(values)
    elif kind == "number":
        out[name] = pd.to_numeric(values, errors="coerce").astype(object)
    elif kind == "date":
        out[name] = pd.to_datetime(values, errors="coerce").dt.strftime("%Y-%m-%d").astype(object)
    else:  # none
        out[name] = values
    return out


def _without_shared(values: pd.Series, max_records: int) -> pd.Series:
    """``values`` with those more than ``max_records`` records share as missing."""
    counts = values.map(values.value_counts())
    return values.where(~(counts > max_records), None)


NAMES_ALIKE = 75
"""Indel ratio (0-100) from which two names count as one for ``max_names``."""


def _without_shared_names(values: pd.Series, names: pd.Series, sounds: pd.Series, max_names: int) -> pd.Series:
    """``values`` with those written by records of more than ``max_names`` unlike names as
    missing. The names of a value's records fall into groups: connected components of the pairs
    alike (similar names, or one sound: a name and its romanisation); more groups than
    ``max_names`` is several companies' switchboard. All values at once: the pairs of every
    value's records, one graph."""
    v = values.to_numpy(dtype=object)
    n = names.to_numpy(dtype=object)
    at = np.flatnonzero(pd.notna(v) & pd.notna(n))
    codes, _ = pd.factorize(v[at])
    sizes = np.bincount(codes)
    keep = sizes[codes] > max_names  # fewer records cannot have more groups
    at, codes = at[keep], codes[keep]
    if not len(at):
        return values
    order = np.argsort(codes, kind="stable")
    at, codes = at[order], np.unique(codes[order], return_inverse=True)[1]  # codes 0..k-1 again
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    lengths = np.diff(np.r_[starts, len(codes)])
    # every pair (i < j) inside each value's run of records
    i_parts, j_parts = [], []
    for length in np.unique(lengths):
        first = starts[lengths == length]
        ii, jj = np.triu_indices(int(length), 1)
        i_parts.append((first[:, None] + ii[None, :]).ravel())
        j_parts.append((first[:, None] + jj[None, :]).ravel())
    i, j = np.concatenate(i_parts), np.concatenate(j_parts)
    ri, rj = at[i], at[j]
    s = sounds.to_numpy(dtype=object)
    alike = pd.notna(s[ri]) & (s[ri] == s[rj])
    rest = np.flatnonzero(~alike)
    alike[rest] = process.cpdist(n[ri[rest]].tolist(), n[rj[rest]].tolist(), scorer=fuzz.ratio, workers=-1,
                                 score_cutoff=NAMES_ALIKE) >= NAMES_ALIKE
    m = len(at)
    graph = coo_matrix((np.ones(int(alike.sum()), dtype=np.int8), (i[alike], j[alike])), shape=(m, m))
    _, group = connected_components(graph, directed=False)
    groups = pd.Series(group).groupby(codes).nunique().to_numpy()
    shared = at[groups[codes] > max_names]
    out = values.copy()
    out.iloc[shared] = None
    return out


def prepare(records: pd.DataFrame, spec: MatchSpec, where: str = "match rules") -> pd.DataFrame:
    """The features of every record (same index as ``records``)."""
    missing = sorted(source_columns(spec) - set(records.columns))
    if missing:
        raise ConfigError(f"{where}: fields read unknown column(s) {', '.join(map(repr, missing))}; "
                          f"columns are {', '.join(map(str, records.columns))}")
    global _SHARED
    country_of = _countries(records, spec)
    for prep in spec.fields.values():
        if prep.country:
            country_of(prep.country)  # once, before the fields that read it are split up
    names = list(spec.fields)
    costly = [f for f in names if spec.fields[f].normalise in COSTLY]
    out: dict[str, pd.Series] = {}
    if len(records) >= PARALLEL_FROM and costly and len(costly) < len(names) and _can_fork():
        # the company names in a second process (forked: it inherits the records), the rest here
        _SHARED = (records, spec, country_of)
        try:
            with multiprocessing.get_context("fork").Pool(1) as pool:
                names_done = pool.apply_async(_fields, (costly,))
                for name in names:
                    if name not in costly:
                        out.update(_field(name, spec.fields[name], records, country_of))
                out.update(names_done.get())
        finally:
            _SHARED = None
    else:
        for name in names:
            out.update(_field(name, spec.fields[name], records, country_of))
    for name, prep in spec.fields.items():
        if prep.max_records:
            out[name] = _without_shared(out[name], prep.max_records)
        if prep.max_names:
            of = prep.names_from or next(f for f, p in spec.fields.items() if p.normalise == "company_name")
            out[name] = _without_shared_names(out[name], out[of], out[f"{of}.sound"], prep.max_names)
    out = {f: out[f] for f in spec.features()}  # in the rules' order
    frame = pd.DataFrame(out, index=records.index)
    return frame.astype(object).where(frame.notna(), None)
