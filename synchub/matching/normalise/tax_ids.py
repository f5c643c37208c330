"""Company tax ids in one canonical form per country, and whether their check digits hold.

The form: NFKC (full-width digits), upper case, without spaces, dots, dashes, slashes,
underscores, commas; then one convention per country, so that one id written two ways is one
string:

- EU VAT ids (and GB, XI, CH): always with the 2-letter VAT prefix (EL for Greece, CHE for the
  Swiss UID): "DE 136 695 976", "136695976" for a German record -> "DE136695976". An id that
  starts with another country's VAT prefix keeps it (a subsidiary's foreign VAT id).
- FR: a bare SIREN (9 digits) or SIRET (14 digits, the SIREN and an establishment number)
  becomes the VAT number of its SIREN ("FR" + key + SIREN): SIREN, SIRET and VAT number of one
  company are one id; company matching does not care which establishment.
- CN unified social credit code (18 characters), JP corporate number (13 digits; the invoice
  registration number "T" + the corporate number too), US EIN (9 digits, no hyphen): without
  any prefix ("CN", "JP", "T", "US" in front are dropped).
- HK business registration (BR) number: 8 digits, without "BR" and without the branch number
  a certificate adds ("12345678-000"); SG UEN without "UEN" in front; an invoice registration
  number "T" + 13 digits of a record of unknown country is the JP corporate number.
- Other countries: just the cleaning.

``valid``: the check digits of the country (:func:`synchub.tax_id_arrays.are_valid_tax_ids`:
CN, DE, FR, GB, JP, US); for a VAT id with another checkable country's prefix, that country's
check. Countries without a check get NA: neither valid nor invalid (no pattern check is
pretended). A missing id is NA too.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series, distinct_with_country, spread
from synchub.matching.normalise.text import prepare_many
from synchub.tax_id_arrays import are_valid_tax_ids
from synchub.tax_ids import TAX_ID_COUNTRIES, fr_vat_key, is_valid_tax_id

COLUMNS = ("tax_id", "valid")

VatCountry = Literal[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
    "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB", "XI", "CH",
]
"""Countries whose company tax id is a VAT id written with a country prefix."""
VAT_PREFIX: dict[str, str] = {**{c: c for c in get_args(VatCountry)}, "GR": "EL", "CH": "CHE"}
"""The VAT prefix of each such country (ISO code but for Greece, EL, and the Swiss UID, CHE)."""
_KNOWN_PREFIXES = tuple(sorted(set(VAT_PREFIX.values()), key=len, reverse=True))
_BARE = {"CN": (("CN",), 18), "JP": (("JP", "T"), 13), "US": (("US",), 9)}
"""Countries whose ids go without a prefix: (prefixes people write in front, the id's length)."""

_SEPARATORS = re.compile(r"[\s.\-/_,:]+")
_KNOWN_TWO = frozenset(p for p in VAT_PREFIX.values() if len(p) == 2)


def _cleaned_many(texts: list[str | None]) -> list[str | None]:
    """Upper case, separators removed: one text for all values, as bytes where it is ASCII."""
    joined = "\n".join(t or "" for t in texts).upper()
    if joined.isascii():
        lines = joined.encode("ascii").translate(None, b" \t.-/_,:").decode("ascii").split("\n")
    else:
        lines = _SEPARATORS.sub(lambda m: "\n" * m.group().count("\n"), joined).split("\n")
    return [line or None if t is not None else None for line, t in zip(lines, texts)]


_INVOICE_NUMBER = re.compile(r"T\d{13}")
"""A Japanese invoice registration number ("T" + the corporate number), recognisable anywhere."""


def _canonical_many(texts: list[str | None], country: str | None) -> list[str | None]:
    """The canonical forms of cleaned ids of one country (see the module doc)."""
    if country is None or country not in _BARE:  # an invoice number names its own country
        texts = [t[1:] if t and len(t) == 14 and _INVOICE_NUMBER.fullmatch(t) else t for t in texts]
    if country == "HK":  # BR number: 8 digits; a certificate adds the branch: "12345678-000"
        texts = [None if t is None else t.removeprefix("BR") for t in texts]
        return [t[:8] if t and len(t) == 11 and t.isdigit() else t for t in texts]
    if country == "SG":  # UEN, written with its name in front at times
        return [None if t is None else t.removeprefix("UEN") for t in texts]
    if country in _BARE:
        prefixes, length = _BARE[country]
        out = []
        for t in texts:
            if t is not None and len(t) > length:
                t = next((t[len(p):] for p in prefixes if len(t) == length + len(p) and t.startswith(p)), t)
            out.append(t)
        return out
    if country == "CH":  # the Swiss UID is written with the VAT it stands for: "CHE-123.456.789 MWST"
        texts = [t if t is None else t.removesuffix("MWST").removesuffix("TVA").removesuffix("IVA") for t in texts]
    if country == "FR":  # a SIREN or SIRET: the VAT number of the SIREN
        texts = [f"FR{fr_vat_key(int(t[:9])):02d}{t[:9]}" if t and len(t) in (9, 14) and t.isdigit() else t
                 for t in texts]
    if country in VAT_PREFIX:
        prefix = VAT_PREFIX[country]
        return [t if t is None or t[:2] in _KNOWN_TWO or t.startswith("CHE") else prefix + t for t in texts]
    return texts


def _check_countries(ids: list[str | None], country: str | None) -> list[str | None]:
    """The country whose check applies to each id: that of its VAT prefix where it has one we
    can check (DE, FR, GB), else the record's where it has a check, else None."""
    own = country if country in TAX_ID_COUNTRIES else None
    if country not in VAT_PREFIX:
        return [None if t is None else own for t in ids]
    return [None if t is None else t[:2] if t[:2] in ("DE", "FR", "GB") else own for t in ids]


def tax_id(value: str | None, country: str | None) -> tuple[str | None, bool | None]:
    """(canonical id, check digits hold) of one id of a record in ``country`` (ISO alpha-2); the
    reference of :func:`tax_ids`: the checks of :func:`synchub.tax_ids.is_valid_tax_id`.

    >>> tax_id("de 136 695 976", "DE"), tax_id("303 265 045", "FR"), tax_id("12-3456789", "US")
    (('DE136695976', True), ('FR40303265045', True), ('123456789', True))
    """
    if not isinstance(value, str):
        return None, None
    country = country.strip().upper() or None if isinstance(country, str) else None
    canonical = _canonical_many(_cleaned_many(prepare_many([value])), country)[0]
    if canonical is None:
        return None, None
    check = _check_countries([canonical], country)[0]
    return canonical, None if check is None else is_valid_tax_id(canonical, check)


def tax_ids(values: pd.Series, countries: pd.Series | None) -> pd.DataFrame:
    """Per id its canonical form (``tax_id``) and whether its check digits hold (``valid``:
    True, False, or NA where the country has no check or there is no id); see the module doc.
    ``countries``: the ISO alpha-2 country of each record (None for unknown). Same index as
    ``values``."""
    series = as_series(values)
    # distinct (id, country) pairs: the canonical form depends on both
    codes, texts, country_of = distinct_with_country(series, countries)
    cleaned = _cleaned_many(prepare_many(texts))
    canonical: list[str | None] = [None] * len(cleaned)
    checks: list[str | None] = [None] * len(cleaned)
    by_country: dict[str | None, list[int]] = {}
    for i, c in enumerate(country_of):
        by_country.setdefault(c, []).append(i)
    for c, at in by_country.items():
        ids = _canonical_many([cleaned[i] for i in at], c)
        for i, t, check in zip(at, ids, _check_countries(ids, c)):
            canonical[i], checks[i] = t, check
    ids = np.array(canonical, dtype=object)
    check_of = np.array(checks, dtype=object)
    valid = np.full(len(canonical), None, dtype=object)
    for check in TAX_ID_COUNTRIES:
        at = np.flatnonzero(check_of == check)
        if len(at):
            valid[at] = are_valid_tax_ids(ids[at], check)
    return pd.DataFrame({
        "tax_id": pd.Series(spread(codes, ids), index=series.index, dtype=object),
        "valid": pd.Series(pd.array(spread(codes, valid), dtype="boolean"), index=series.index),
    }, index=series.index, columns=list(COLUMNS))
