"""Countries as ISO 3166-1 alpha-2 codes, however a system writes them, and a record's country
when it writes none.

:func:`country` reads a code ("cn", "CN"), an alpha-3 code ("CHN", "DEU"), a name in English,
German, French, Spanish, Italian, Dutch, Portuguese, Chinese, Japanese or Korean ("China",
"中国", "Deutschland", "Allemagne", "日本") or a common other name ("PRC", "P.R. China", "USA",
"U.S.", "UK", "England", "Holland"). Names come from the Unicode CLDR (through Babel); what it
does not know is None, not a guess.

    >>> country("中国"), country("PRC"), country("U.S.A."), country("JPN"), country("Allemagne")
    ('CN', 'CN', 'US', 'JP', 'DE')

:func:`infer_countries` fills a record's missing country from what else it holds, strongest
evidence first: a phone written with its international prefix (+81, 0086); a tax id that names
its country (a VAT prefix, the 18 characters of a Chinese unified social credit code that pass
their check); a city that is a known Chinese or Japanese place (北京, Yokohama); a company name
in kana or with a Chinese or Japanese legal form (株式会社 -> JP, 有限公司 -> CN). A record
without such evidence keeps no country.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series, distinct_texts, spread
from synchub.matching.normalise.phones import _main_region

LOCALES = ("en", "de", "fr", "es", "it", "nl", "pt", "zh", "zh_Hant", "ja", "ko")
"""The languages whose country names are read (from the CLDR, through Babel)."""

OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "CN": ("PRC", "P.R.C.", "P.R. China", "PR China", "People's Republic of China", "Mainland China", "中华人民共和国",
           "中國", "中国大陆", "中華人民共和国", "Chine", "VR China"),
    "US": ("USA", "U.S.A.", "U.S.", "US of A", "United States of America", "America", "美國"),
    "GB": ("UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland",
           "United Kingdom of Great Britain and Northern Ireland", "英國"),
    "DE": ("BRD", "Federal Republic of Germany", "Bundesrepublik Deutschland"),
    "NL": ("Holland", "The Netherlands"),
    "KR": ("Korea", "South Korea", "Republic of Korea", "韓国", "韩国"),
    "TW": ("Taiwan ROC", "Republic of China", "中華民國", "台灣", "臺灣"),
    "HK": ("Hong Kong", "Hong Kong SAR", "HKSAR", "香港", "香港特别行政区", "香港特別行政區"),
    "MO": ("Macau", "Macao", "澳门", "澳門"),
    "JP": ("日本国", "Nippon", "Nihon"),
    "CH": ("Schweiz", "Suisse", "Svizzera"),
    "AE": ("UAE", "U.A.E."),
    "RU": ("Russia",),
    "VN": ("Viet Nam",),
    "CZ": ("Czech Republic",),
}
"""Names the CLDR does not list but systems write (English short forms, abbreviations,
traditional Chinese)."""

_FOLD = re.compile(r"[\s.'’\-_,()]+")

# what tells a record's country when it has none
_VAT = re.compile(r"^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)"
                  r"[0-9A-Z]{8,12}$")
_JP_NAME = re.compile(r"[\u3040-\u30ff]|株式会社|有限会社|合同会社|\(株\)|（株）|㈱|\(有\)|㈲")
_CN_NAME = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团公司)\s*$")


def _key(text: str) -> str:
    return _FOLD.sub("", text).casefold()


@cache
def _names() -> dict[str, str]:
    """Folded name, alpha-2 or alpha-3 code -> alpha-2 code."""
    from babel import Locale
    from babel.core import get_global

    import phonenumbers

    codes = set(phonenumbers.SUPPORTED_REGIONS)  # the ISO codes of today's countries and territories
    out: dict[str, str] = {}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and targets[0] in codes:
            out[_key(alias)] = targets[0]
    for locale in LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if code in codes:
                out.setdefault(_key(name), code)
    for code, names in OTHER_NAMES.items():
        for name in names:
            out[_key(name)] = code
    for code in codes:
        out[_key(code)] = code
    return out


def _lookup(texts: list[str | None]) -> list[str | None]:
    names = _names()
    return [None if t is None else names.get(_key(t)) for t in texts]


def country(value: str | None) -> str | None:
    """One country as its ISO 3166-1 alpha-2 code, None where it is not a country we know."""
    return _lookup([value if isinstance(value, str) else None])[0]


def countries(values: pd.Series) -> pd.Series:
    """Each country as :func:`country` does it (on the distinct values); same index."""
    series = as_series(values)
    codes, texts = distinct_texts(series)
    return pd.Series(spread(codes, _lookup(texts)), index=series.index, dtype=object)


def _from_phones(phones: pd.Series) -> pd.Series:
    """The country of a phone written with its international prefix (+81 ..., 0081 ...)."""
    import phonenumbers

    text = phones.astype(object).where(phones.notna(), "").astype(str).str.strip()
    international = text.str.match(r"^(?:\+|＋|00)")
    out = pd.Series(None, index=phones.index, dtype=object)
    if not international.any():
        return out
    digits = text[international].str.replace(r"\D", "", regex=True).str.replace(r"^00", "", regex=True)
    regions = {str(code): region for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE
               if (region := _main_region(code)) and region != "001"}  # 001: non-geographic (satellite, ...)
    for width in (1, 2, 3):  # country codes are prefix-free: at most one width is a code
        found = digits.str[:width].map(regions)
        out[found.index] = out[found.index].where(out[found.index].notna(), found)
    return out


def _from_tax_ids(tax_ids: pd.Series) -> pd.Series:
    """The country a tax id names: its VAT prefix, or the check of a Chinese unified social credit code."""
    from synchub.tax_ids import is_valid_tax_id

    text = tax_ids.astype(object).where(tax_ids.notna(), "").astype(str)
    cleaned = text.str.upper().str.replace(r"[\s.\-/]", "", regex=True)
    out = cleaned.str.extract(_VAT, expand=False).replace({"EL": "GR"}).astype(object)
    uscc = cleaned.str.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}") & out.isna()
    if uscc.any():
        out[uscc[uscc].index] = [("CN" if is_valid_tax_id(t, "CN") else None) for t in cleaned[uscc].tolist()]
    return out.where(out.notna(), None)


def _from_cities(cities: pd.Series) -> pd.Series:
    """CN or JP for a city that is a known Chinese or Japanese place, in any script."""
    from synchub.matching.normalise.cities import cities as canonical_cities
    from synchub.matching.normalise.places import CN_PLACES, JP_PLACES

    # a name both countries write (the Latin "Taizhou" is two Chinese cities, not a Japanese one)
    where = {p.name: "CN" for p in CN_PLACES} | {p.name: "JP" for p in JP_PLACES}
    return canonical_cities(cities).map(where).astype(object)


def _from_names(names: pd.Series) -> pd.Series:
    """JP for a company name in kana or with a Japanese legal form, CN for a Chinese legal form."""
    text = names.astype(object).where(names.notna(), "").astype(str)
    out = pd.Series(None, index=names.index, dtype=object)
    out[text.str.contains(_CN_NAME)] = "CN"
    out[text.str.contains(_JP_NAME)] = "JP"
    return out


INFERRED_FROM = {"phone": _from_phones, "tax_id": _from_tax_ids, "city": _from_cities, "company_name": _from_names}
"""The normalisers of the fields a missing country can be read from, and how."""


def infer_countries(known: pd.Series, evidence: list[tuple[str, pd.Series]]) -> pd.Series:
    """``known`` (alpha-2 codes, None where missing) with each gap filled from ``evidence``: pairs
    of (normaliser, raw column), strongest first; a gap no evidence fills stays None."""
    out = known.astype(object).copy()
    for kind, column in evidence:
        gaps = out.isna().to_numpy()
        if not gaps.any():
            break
        found = INFERRED_FROM[kind](column[gaps])
        out[found.index] = np.where(found.notna(), found, None)
    return out.where(out.notna(), None)
