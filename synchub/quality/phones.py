"""Phone numbers to E.164, with the ``phonenumbers`` library and a default region per row.

A number written with ``+`` or the ``00`` international prefix is read as international; any
other is read in the default region (the record's country). It is normalisable when
``phonenumbers`` finds a possible number in it (a known country code and a national number of
a length that country uses: ``is_possible_number_with_reason`` is ``IS_POSSIBLE``). The stricter
``is_valid_number`` also wants the number in an allocated range, which rejects well-formed
numbers from ranges the library's metadata does not list yet (and most made-up demo numbers).

Parsing costs ~35 us a value, too slow for a million rows, so a vectorised path goes first: it
cleans the separators, splits off the country code and the national prefix, and matches the
national number against the library's own metadata (pattern and possible lengths). It only ever accepts; whatever it does not accept is parsed by the library, which
decides. So the answer is the library's, and the cost is the vectorised one for good numbers.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

_SEPARATORS = r"[\s\-()./]"


def _metadata(region: str):
    import phonenumbers

    return phonenumbers.PhoneMetadata.metadata_for_region(region, None)


@lru_cache(maxsize=None)
def _general_rule(region: str) -> tuple[re.Pattern, frozenset[int]] | None:
    """The region's national number pattern and possible lengths (what 'possible' tests)."""
    meta = _metadata(region)
    if meta is None or not meta.general_desc.national_number_pattern:
        return None
    return re.compile(meta.general_desc.national_number_pattern), frozenset(meta.general_desc.possible_length or ())


@lru_cache(maxsize=None)
def _national_prefix(region: str) -> tuple[str, str] | None:
    """The region's national (trunk) prefix and the library's pattern for stripping it."""
    meta = _metadata(region)
    if meta is None or not meta.national_prefix:
        return None
    return meta.national_prefix, meta.national_prefix_for_parsing or re.escape(meta.national_prefix)


@lru_cache(maxsize=None)
def _regions_of_code(code: int) -> tuple[str, ...]:
    import phonenumbers

    return tuple(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ()))


_SEPARATOR = re.compile(_SEPARATORS)
_SIMPLE = re.compile(r"\+?\d{4,17}")


@lru_cache(maxsize=None)
def _international_prefix(region: str) -> re.Pattern | None:
    meta = _metadata(region)
    return re.compile(meta.international_prefix) if meta is not None and meta.international_prefix else None


@lru_cache(maxsize=None)
def _national_rule(region: str) -> tuple[str, re.Pattern] | None:
    rule = _national_prefix(region)
    return None if rule is None else (rule[0], re.compile(rule[1]))


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    import phonenumbers

    return frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _fits(nsn: str, region: str) -> bool:
    rule = _general_rule(region)
    return rule is not None and len(nsn) in rule[1] and rule[0].fullmatch(nsn) is not None


def _surely_valid(text: str, region) -> bool:
    """True where the number is surely valid (see the module doc); False means 'ask the library'."""
    clean = _SEPARATOR.sub("", text)
    if clean.startswith("00"):
        clean = "+" + clean[2:]
    if _SIMPLE.fullmatch(clean) is None:
        return False
    if clean[0] == "+":
        codes = _country_codes()
        digits = clean[1:]
        # country calling codes are prefix-free: the shortest known head is the code
        code = next((digits[:w] for w in (1, 2, 3) if digits[:w] in codes), None)
        if code is None:
            return False
        main = _regions_of_code(int(code))[0]
        nsn = digits[len(code):]
        rule = _national_rule(main)
        # a national prefix written after the country code is the library's to judge
        return not (rule and nsn.startswith(rule[0])) and _fits(nsn, main)
    if not isinstance(region, str):
        return False
    idd = _international_prefix(region)
    if idd is not None and idd.match(clean):  # the region's own international prefix (JP 010, US 011)
        return False
    nsn = clean
    rule = _national_rule(region)
    if rule is not None:
        prefix, parsing = rule
        m = parsing.match(clean)
        # strip only where the library's own pattern takes exactly the plain prefix
        if m is not None and m.group(0) == prefix and not any(m.groups()):
            nsn = clean[len(prefix):]
    return _fits(nsn, region)


def to_e164(phone: str | None, region: str | None) -> str | None:
    """One number in E.164 form (``+442079460000``), or None when the library finds no possible one."""
    import phonenumbers

    if not isinstance(phone, str) or not phone.strip():
        return None
    text = phone.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region if isinstance(region, str) else None)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_possible_number_with_reason(number) != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def are_normalisable(phones: pd.Series, regions: pd.Series) -> pd.Series:
    """Per row, whether the phone can be written in E.164 (nulls count as passing: absence is
    another expectation's business)."""
    phones = phones.astype(object)
    present = phones.notna().to_numpy() & (phones.astype(str).str.strip() != "").to_numpy()
    ok = ~present
    if present.any():
        idx = np.flatnonzero(present)
        fast = np.fromiter((_surely_valid(p, r) for p, r in zip(phones.to_numpy()[idx], regions.to_numpy()[idx])),
                           dtype=bool, count=len(idx))
        ok[idx[fast]] = True
        slow = idx[~fast]
        if len(slow):
            ok[slow] = [to_e164(p, r) is not None for p, r in zip(phones.iloc[slow], regions.iloc[slow])]
    return pd.Series(ok, index=phones.index)
