"""How the ERP (SAP-like) writes a company: ``KNA1`` rows with the name over NAME1/NAME2, many
names in capitals, a credit limit always set, dates as "YYYYMMDD" (a few malformed), change
timestamps as YYYYMMDDhhmmss numbers, and 10-digit customer numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from synchub.demo.arrays import obj_array
from synchub.demo.companies import credit_limits
from synchub.demo.mess import apply_to, blank, fit, language_choice, mess_emails, pad
from synchub.demo.phones import format_phones
from synchub.demo.spellings import has_cjk, legal_variant, tweak_names


def split_name35(name: str) -> tuple[str, str | None]:
    """SAP's NAME1/NAME2: up to 35 characters each, split at the last space that fits.

    The full name is ``NAME1 + " " + NAME2``; a name without a space in its first 36
    characters is cut hard at 35. Names longer than fit are cut at 70.
    """
    if len(name) <= 35:
        return name, None
    cut = name.rfind(" ", 0, 36)
    if cut <= 0:
        return name[:35], name[35:70].strip() or None
    return name[:cut], name[cut + 1 :][:35].strip() or None


def erp_date(ts: np.ndarray) -> np.ndarray:
    """datetime64[s] -> "YYYYMMDD" strings."""
    return obj_array(np.strings.replace(np.datetime_as_string(ts, unit="D"), "-", "").tolist())


def erp_timestamp(ts: np.ndarray) -> np.ndarray:
    """datetime64[s] -> SAP change timestamps, integers YYYYMMDDhhmmss."""
    d = pd.DatetimeIndex(ts)
    v = (
        d.year.to_numpy(np.int64) * 10**10
        + d.month.to_numpy(np.int64) * 10**8
        + d.day.to_numpy(np.int64) * 10**6
        + d.hour.to_numpy(np.int64) * 10**4
        + d.minute.to_numpy(np.int64) * 100
        + d.second.to_numpy(np.int64)
    )
    return obj_array(v.tolist())


def _bad_erdat(ts: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Malformed 8-character ERDAT values, for quarantine tests (the column holds 8 chars)."""
    d = pd.DatetimeIndex(ts)
    y, m, dd = d.year.to_numpy(), d.month.to_numpy(), d.day.to_numpy()
    kind = rng.integers(0, 5, size=len(ts))
    out = []
    for k, yy, mm, dy in zip(kind, y, m, dd):
        out.append(
            (
                f"{yy}13{dy:02d}",  # month 13
                f"{yy}0230",  # 30 February
                f"{yy % 100:02d}-{mm:02d}-{dy:02d}",  # ISO-ish with a 2-digit year
                f"{dy:02d}{mm:02d}{yy}",  # DDMMYYYY
                "00000000",  # SAP's "no date"
            )[k]
        )
    return obj_array(out)


def _credit_or_new(comp: Mapping[str, np.ndarray], rng: np.random.Generator) -> np.ndarray:
    """Each company's credit limit, drawn anew where it has none (companies that ``mutate`` read
    back from a system): KLIMK is never empty."""
    credit = comp["credit_limit"].astype(object)
    missing = np.array([v is None or (isinstance(v, float) and np.isnan(v)) for v in credit])
    if missing.any():
        credit[missing] = credit_limits(rng, comp["currency"][missing])
    return obj_array([int(v) for v in credit])


def render_erp(
    comp: Mapping[str, np.ndarray],
    rng: np.random.Generator,
    created: np.ndarray,
    modified: np.ndarray,
    tweak: np.ndarray | None = None,
) -> dict[str, list]:
    """ERP ``KNA1`` rows (all columns but ``KUNNR``) for canonical companies."""
    n = len(comp["name"])
    c = comp["country"]
    name, street, city = language_choice(comp, rng, 0.15, 0.15)
    u = rng.random(n)
    latin = np.array([not has_cjk(x) for x in name])
    upper = latin & (u < 0.25)  # old SAP habit: master data in capitals
    apply_to(name, upper, str.upper)
    apply_to(city, upper, str.upper)
    apply_to(name, (u >= 0.25) & (u < 0.29), lambda s: legal_variant(s, rng.random()))
    if tweak is not None and tweak.any():
        name[tweak] = tweak_names(name[tweak], rng)
    name = pad(name, rng, 0.01)
    parts = [split_name35(x) for x in name]
    erdat = erp_date(created)
    bad = np.flatnonzero(rng.random(n) < 0.003)
    erdat[bad] = _bad_erdat(created[bad], rng)
    phone = format_phones(c, comp["area"], comp["sub"], "erp")
    tax = comp["tax_id"].copy()
    tax[rng.random(n) >= 0.9] = None
    return {
        "NAME1": [p[0] for p in parts],
        "NAME2": [p[1] for p in parts],
        "STRAS": fit(blank(street, rng, 0.04), 60).tolist(),
        "ORT01": fit(blank(city, rng, 0.01), 35).tolist(),
        "PSTLZ": fit(blank(comp["postcode"], rng, 0.05), 10).tolist(),
        "LAND1": c.tolist(),
        "TELF1": fit(blank(phone, rng, 0.10), 30).tolist(),
        "SMTP_ADDR": mess_emails(comp["email"], rng, 0.25).tolist(),
        "STCD1": tax.tolist(),
        "WAERS": comp["currency"].tolist(),
        "KLIMK": _credit_or_new(comp, rng).tolist(),
        "ERDAT": erdat.tolist(),
        "CHANGED_TS": erp_timestamp(modified).tolist(),
        "LOEVM": [""] * n,
        "ZZSYNCHUB": [None] * n,
    }


def kunnr(numbers: np.ndarray | Sequence[int]) -> list[str]:
    """SAP customer numbers: 100001 -> "0000100001"."""
    return [f"{int(x):010d}" for x in numbers]
