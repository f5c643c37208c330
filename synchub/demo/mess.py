"""The habits that make master data messy, applied to whole columns: values left blank, stray
whitespace, values cut to the column width, e-mails and tax ids typed in odd ways, a mistyped
USCC, and the English name and address of an Asian company where the local ones belong.

Each system style (:mod:`~synchub.demo.crm_style`, ...) applies them at its own rates.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from synchub.demo.arrays import obj_array
from synchub.tax_ids import USCC_CHARSET


def apply_to(arr: np.ndarray, mask: np.ndarray, fn) -> None:
    """``arr[mask] = fn(x)`` for the non-missing values, in place."""
    idx = np.flatnonzero(mask)
    arr[idx] = [None if arr[i] is None else fn(arr[i]) for i in idx]


def blank(arr: np.ndarray, rng: np.random.Generator, p: float) -> np.ndarray:
    """A copy of ``arr`` with each value left blank (``None``) with probability ``p``."""
    out = arr.copy()
    out[rng.random(len(arr)) < p] = None
    return out


def pad(arr: np.ndarray, rng: np.random.Generator, p: float) -> np.ndarray:
    """Stray whitespace around a few values, as copy-paste leaves it."""
    out = arr.copy()
    idx = np.flatnonzero(rng.random(len(arr)) < p)
    kinds = rng.integers(0, 4, size=len(idx))
    for i, k in zip(idx, kinds):
        v = out[i]
        if v is not None:
            out[i] = (" " + v, v + " ", " " + v + "  ", v.replace(" ", "  ", 1) + " ")[k]
    return out


def fit(arr: np.ndarray, width: int) -> np.ndarray:
    """Cut values to the column width, as the source system's UI would have."""
    return obj_array([None if v is None else v[:width] for v in arr])


def mess_emails(email: np.ndarray, rng: np.random.Generator, p_missing: float) -> np.ndarray:
    """E-mails as typed: a share ``p_missing`` left blank, a few in capitals, capitalised or
    with spaces around."""
    out = blank(email, rng, p_missing)
    u = rng.random(len(out))
    apply_to(out, u < 0.03, str.upper)
    apply_to(out, (u >= 0.03) & (u < 0.06), lambda s: s[:1].upper() + s[1:])
    apply_to(out, (u >= 0.06) & (u < 0.09), lambda s: f" {s} ")
    return out


def mess_tax_ids(tax: np.ndarray, country: np.ndarray, rng: np.random.Generator, p: float) -> np.ndarray:
    """Tax ids as typed: lower case, or with spaces ("DE 123456789", "9135 0100 M000 ...")."""
    out = tax.copy()
    u = rng.random(len(out))
    apply_to(out, u < p / 2, str.lower)
    grouped = (u >= p / 2) & (u < p)
    apply_to(out, grouped & (country == "CN"), lambda s: " ".join(s[i : i + 4] for i in range(0, len(s), 4)))
    apply_to(out, grouped & np.isin(country, ["DE", "FR", "GB"]), lambda s: s[:2] + " " + s[2:])
    apply_to(out, grouped & (country == "JP"), lambda s: f"{s[0]} {s[1:5]} {s[5:9]} {s[9:]}")
    return out


def uscc_typo(code: str, r1: float, r2: float) -> str:
    """A USCC with one character mistyped: the check character no longer fits."""
    i = int(r1 * 17)
    c = USCC_CHARSET[(USCC_CHARSET.index(code[i]) + 1 + int(r2 * 30)) % 31] if code[i] in USCC_CHARSET else "0"
    return code[:i] + c + code[i + 1 :]


def language_choice(
    comp: Mapping[str, np.ndarray], rng: np.random.Generator, p_cn: float, p_jp: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(name, street, city) as a system holds them: the English ones for a share ``p_cn`` of the
    Chinese and ``p_jp`` of the Japanese companies, the local ones otherwise."""
    n = len(comp["name"])
    u = rng.random(n)
    c = comp["country"]
    use_en = ((c == "CN") & (u < p_cn)) | ((c == "JP") & (u < p_jp))
    name = np.where(use_en, comp["name_en"], comp["name"]).astype(object)
    street = np.where(use_en, comp["street_en"], comp["street"]).astype(object)
    city = np.where(use_en, comp["city_en"], comp["city"]).astype(object)
    return name, street, city
