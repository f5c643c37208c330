"""Canonical real-world companies: the truth the three systems are rendered from.

:func:`make_companies` draws each company's country, builds it with the country's builder
(:mod:`synchub.demo.companies_by_country`), and adds what identifies it across systems: a
unique tax id, a unique e-mail domain, currency, credit limit and founding time.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd

from synchub.demo.arrays import decimal_text, obj_array, pick, probabilities
from synchub.demo.companies_by_country import BUILDERS
from synchub.demo.random_tax_ids import de_vat_ids, fr_vat_ids, gb_vat_ids, jp_corporate_numbers, us_eins, uscc_codes
from synchub.demo.spellings import ascii_slug
from synchub.demo.vocabulary import COUNTRIES, COUNTRY_SHARE, CURRENCY, SEED_NOW

COMPANY_FIELDS = (
    "true_id", "country", "name", "name_en", "street", "street_en", "city", "city_en", "postcode",
    "area", "sub", "email", "tax_id", "currency", "credit_limit", "industry", "created",
)
"""Fields of a canonical company (``area``/``sub``: phone area code and subscriber number)."""


def true_id_str(number: int) -> str:
    """The id of real-world company number ``number``: 1 -> "C000001"."""
    return f"C{number:06d}"


# Tax id draws per country; Chinese ids also need the company's division (uscc_codes).
_TAX_IDS = {"JP": jp_corporate_numbers, "DE": de_vat_ids, "FR": fr_vat_ids, "GB": gb_vat_ids, "US": us_eins}


def _unique_build(rng: np.random.Generator, n: int, build) -> dict[str, np.ndarray]:
    """Call ``build(rng, m, n)`` and redraw rows whose ``name`` repeats an earlier row's.

    Distinct companies sharing a full name should be rare; where the space of names of a
    country is nearly used up (a million companies), some repeats remain, which is real.
    """
    out = build(rng, n, n)
    last = n
    for _ in range(30):
        dup = pd.Series(out["name"]).duplicated().to_numpy()
        m = int(dup.sum())
        if m == 0 or m > 0.8 * last:  # done, or redrawing no longer finds free names
            break
        last = m
        redo = build(rng, m, n)
        for key, arr in out.items():
            arr[dup] = redo[key]
    return out


def make_companies(rng: np.random.Generator, n: int, first_number: int = 1) -> dict[str, np.ndarray]:
    """``n`` canonical real-world companies numbered from ``first_number``.

    Returns a record of arrays with :data:`COMPANY_FIELDS`; ``created`` is ``datetime64[s]``
    before :data:`SEED_NOW`, ``credit_limit`` an ``int64`` array, the rest object arrays.
    Names are unique within a country as far as the word tables allow, except for a few
    deliberate namesakes (distinct companies with one name, different tax id and e-mail).
    """
    country = obj_array(COUNTRIES)[rng.choice(len(COUNTRIES), size=n, p=probabilities(COUNTRY_SHARE))]
    out: dict[str, np.ndarray] = {k: np.full(n, None, dtype=object) for k in COMPANY_FIELDS}
    out["true_id"] = obj_array([true_id_str(i) for i in range(first_number, first_number + n)])
    out["country"] = country
    tld = np.full(n, None, dtype=object)
    slug = np.full(n, None, dtype=object)
    for iso in COUNTRIES:
        idx = np.flatnonzero(country == iso)
        if len(idx) == 0:
            continue
        part = _unique_build(rng, len(idx), BUILDERS[iso])
        # Deliberate namesakes: about 0.2% take the name of another company of their country.
        same = np.flatnonzero(rng.random(len(idx)) < 0.002)
        if len(same) and len(idx) > 1:
            src = rng.integers(0, len(idx), size=len(same))
            part["name"][same] = part["name"][src]
            part["name_en"][same] = part["name_en"][src]
        for key in ("name", "name_en", "street", "city", "postcode", "area", "sub", "industry"):
            out[key][idx] = part[key]
        out["street_en"][idx] = part.get("street_en", part["street"])
        out["city_en"][idx] = part.get("city_en", part["city"])
        slug[idx], tld[idx] = part["slug"], part["tld"]
        out["tax_id"][idx] = (
            uscc_codes(rng, part["admin6"]) if iso == "CN" else _TAX_IDS[iso](rng, len(idx))
        )
    # Tax ids must identify a company: redraw the rare collisions of the random parts.
    for _ in range(10):
        dup = pd.Series(out["tax_id"]).duplicated().to_numpy()
        if not dup.any():
            break
        for iso in COUNTRIES:
            idx = np.flatnonzero(dup & (country == iso))
            if len(idx):
                if iso == "CN":
                    admin = obj_array([t[2:8] for t in out["tax_id"][idx]])
                    out["tax_id"][idx] = uscc_codes(rng, admin)
                else:
                    out["tax_id"][idx] = _TAX_IDS[iso](rng, len(idx))
    local = ["info", "sales", "contact", "service", "office", "hello"]
    out["email"] = pick(rng, local, n, [0.45, 0.2, 0.15, 0.1, 0.05, 0.05])
    de = country == "DE"
    out["email"][de] = pick(rng, ["info", "kontakt", "vertrieb", "office"], int(de.sum()), [0.6, 0.2, 0.1, 0.1])
    out["email"] = out["email"] + "@" + _unique_domains(slug, tld, out["city_en"])
    cur = obj_array([CURRENCY[c] for c in country])
    usd = np.isin(country, ["CN", "JP"]) & (rng.random(n) < 0.08)
    cur[usd] = "USD"
    out["currency"] = cur
    out["credit_limit"] = credit_limits(rng, cur)
    span = int((SEED_NOW - datetime(2012, 1, 1)).total_seconds())
    ago = rng.integers(60 * 86400, span, size=n)
    out["created"] = np.datetime64(SEED_NOW, "s") - ago.astype("timedelta64[s]")
    return out


# Rough size of a credit limit in USD, and what one USD is in each currency: limits look
# like round numbers in the customer's own currency.
_CREDIT_USD = np.array([5e3, 1e4, 2.5e4, 5e4, 1e5, 2.5e5, 5e5, 1e6])
_CREDIT_P = np.array([0.10, 0.18, 0.22, 0.20, 0.14, 0.09, 0.05, 0.02])
_FX = {"CNY": 7.0, "JPY": 150.0, "EUR": 1.0, "GBP": 1.0, "USD": 1.0}


def credit_limits(rng: np.random.Generator, currency: np.ndarray) -> np.ndarray:
    """Round credit limits in each row's currency (int64)."""
    usd = rng.choice(_CREDIT_USD, size=len(currency), p=_CREDIT_P)
    fx = np.array([_FX.get(c, 1.0) for c in currency])
    return (np.round(usd * fx / 1000) * 1000).astype(np.int64)


def _unique_domains(slug: np.ndarray, tld: np.ndarray, city_en: np.ndarray) -> np.ndarray:
    """One domain per company: the first of a name keeps "slug.tld", the next ones get the
    city ("slug-berlin.de"), and where even that repeats a number ("slug3.de").

    Slugs never end in a digit, so the numbered form cannot hit another company's domain.
    """
    base = slug + tld
    dom = base.copy()
    again = np.flatnonzero(pd.Series(base).duplicated().to_numpy())
    if len(again):
        city_slug = {c: ascii_slug(c) for c in set(city_en[again])}
        dom[again] = slug[again] + "-" + obj_array([city_slug[c] for c in city_en[again]]) + tld[again]
        clash = again[pd.Series(dom[again]).duplicated().to_numpy()]
        if len(clash):
            rank = pd.Series(base[clash]).groupby(base[clash]).cumcount().to_numpy()
            dom[clash] = slug[clash] + decimal_text(rank + 2) + tld[clash]
    return dom
