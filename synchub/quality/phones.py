"""Phone numbers to E.164, with the ``phonenumbers`` library and a default region per row.

A number written with ``+`` or the ``00`` international prefix is read as international; any
other is read in the default region (the record's country). It is normalisable when
``phonenumbers`` finds a possible number in it (a known country code and a national number of
a length that country uses: ``is_possible_number_with_reason`` is ``IS_POSSIBLE``). The stricter
``is_valid_number`` also wants the number in an allocated range, which rejects well-formed
numbers from ranges the library's metadata does not list yet (and most made-up demo numbers).

Parsing costs ~35 us a value, too slow for a million rows, so a fast path goes first: it
cleans the separators, splits off the country code and the national prefix, and matches the
national number against the library's own metadata (pattern and possible lengths). It only ever
accepts; whatever it does not accept is parsed by the library, which decides. So the answer is
the library's, and the cost is the fast one for good numbers. ``_surely_valid`` is the fast path
for one value, the reference; ``_surely_valid_column`` does the same for a column with numpy (a
byte matrix: separators dropped, country codes looked up in a table) and leaves only the final
match against the metadata's pattern to ``re``, one call a value, grouped by region.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

import numpy as np
import pandas as pd

# Only what the library reads as punctuation inside a number: a tab or another control
# character (which \s would take) makes it no number at all, so such values go to the library.
_SEPARATORS = r"[ \-()./]"


def _metadata(region: str):
    import phonenumbers

    return phonenumbers.PhoneMetadata.metadata_for_region(region, None)


@lru_cache(maxsize=None)
def _general_rule(region: str) -> tuple[re.Pattern, frozenset[int]] | None:
    """The region's national number pattern, and the lengths 'possible' accepts there.

    The library judges the length by the main region of the country code (US for CA, GB for
    JE), and a local-only length is not possible; so a length counts where both regions allow
    it and neither calls it local-only.
    """
    meta = _metadata(region)
    if meta is None or not meta.general_desc.national_number_pattern:
        return None
    regions = _regions_of_code(meta.country_code)
    main = (_metadata(regions[0]) if regions else None) or meta
    lengths = set(meta.general_desc.possible_length or ()) & set(main.general_desc.possible_length or ())
    lengths -= set(meta.general_desc.possible_length_local_only or ()) | set(
        main.general_desc.possible_length_local_only or ())
    return re.compile(meta.general_desc.national_number_pattern), frozenset(lengths)


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
_SIMPLE = re.compile(r"\+?[0-9]{4,17}")  # ASCII digits: the library reads others its own way


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
    if text.strip().startswith("00"):  # as to_e164 reads "00": only where the text starts with it
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


# ------------------------------------------------------------------ the fast path on a column

_WIDTH = 32
"""Longer values are left to the library (a phone number has at most 17 digits)."""
_BLOCK = 1 << 16
"""Rows judged at once: bounds the byte matrices (a few MB) whatever the column's length."""
_DIGIT, _PLUS, _SEPARATOR_CLASS = 1, 2, 3
_CHAR_CLASS = np.zeros(256, dtype=np.uint8)  # 0: a character _SIMPLE does not allow
_CHAR_CLASS[np.frombuffer(b"0123456789", dtype=np.uint8)] = _DIGIT
_CHAR_CLASS[ord("+")] = _PLUS
_CHAR_CLASS[[c for c in range(128) if _SEPARATOR.fullmatch(chr(c))]] = _SEPARATOR_CLASS


@lru_cache(maxsize=1)
def _country_code_table() -> np.ndarray:
    """``table[n]``: whether ``n`` (1-999, written without leading zeros) is a country calling code."""
    table = np.zeros(1000, dtype=bool)
    table[[int(code) for code in _country_codes()]] = True
    return table


class _AsciiRules(NamedTuple):
    """A region's metadata as the fast path uses it, with patterns for ASCII bytes."""

    international_prefix: re.Pattern | None
    national_prefix: bytes | None
    national_prefix_pattern: re.Pattern | None  # None: the plain prefix
    number: re.Pattern
    lengths: list[int]


def _ascii(pattern: str) -> re.Pattern:
    # On ASCII text a pattern means the same in bytes as in str (\d is [0-9] there anyway).
    return re.compile(pattern.encode("ascii"))


@lru_cache(maxsize=None)
def _ascii_rules(region: str) -> _AsciiRules | None:
    """None where the fast path has no rule for the region (no metadata, a pattern not ASCII)."""
    general = _general_rule(region)
    if general is None:
        return None
    idd, national = _international_prefix(region), _national_rule(region)
    try:
        return _AsciiRules(
            international_prefix=_ascii(idd.pattern) if idd is not None else None,
            national_prefix=national[0].encode("ascii") if national else None,
            national_prefix_pattern=(None if national is None or national[1].pattern == re.escape(national[0])
                                     else _ascii(national[1].pattern)),
            number=_ascii(general[0].pattern), lengths=sorted(general[1]))
    except UnicodeEncodeError:
        return None


def _tails(matrix: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Per row of a zero-padded byte matrix, its bytes from ``offset`` on, as an object array of
    ``bytes`` (numpy drops the trailing zero bytes)."""
    out = np.empty(len(matrix), dtype=object)
    for start in np.unique(offset):  # a handful: 0, and the lengths of a "+", a code, a prefix
        rows = offset == start
        out[rows] = np.ascontiguousarray(matrix[rows, start:]).view(f"S{matrix.shape[1] - start}").ravel()
    return out


def _starts_with(matrix: np.ndarray, offset: np.ndarray, length: np.ndarray, prefix: bytes) -> np.ndarray:
    """Per row, whether the ``length`` bytes of ``matrix`` from ``offset`` start with ``prefix``."""
    take = np.minimum(offset[:, None] + np.arange(len(prefix)), matrix.shape[1] - 1)
    head = np.take_along_axis(matrix, take, axis=1)
    return (length >= len(prefix)) & (head == np.frombuffer(prefix, dtype=np.uint8)).all(axis=1)


def _matches(pattern: re.Pattern, texts: np.ndarray, how: str = "match") -> np.ndarray:
    # numpy reads a match as True and None as False
    return np.fromiter(map(getattr(pattern, how), texts), dtype=bool, count=len(texts))


def _takes_plain_prefix(match: re.Match | None, prefix: bytes) -> bool:
    return match is not None and match.group(0) == prefix and not any(match.groups())


def _groups(values: np.ndarray):
    """(value, positions) per distinct value."""
    codes, uniques = pd.factorize(values)
    for k, value in enumerate(uniques):
        yield value, np.flatnonzero(codes == k)


def _cleaned(phones: np.ndarray) -> tuple[np.ndarray, ...]:
    """Of the ASCII text values of 4 to ``_WIDTH`` characters: their positions, the values
    without separators as a zero-padded byte matrix, the length of each, whether each is only
    digits after an optional "+" (the characters ``_SIMPLE`` allows), and whether it starts
    with "00"."""
    n = len(phones)
    lengths = np.full(n, -1, dtype=np.int64)
    is_text = np.fromiter(map(isinstance, phones, repeat(str)), dtype=bool, count=n)
    lengths[is_text] = np.fromiter(map(len, phones[is_text]), dtype=np.int64, count=int(is_text.sum()))
    rows = np.flatnonzero((lengths >= 4) & (lengths <= _WIDTH))
    rows = rows[np.fromiter(map(str.isascii, phones[rows]), dtype=bool, count=len(rows))]
    width = int(lengths[rows].max()) if len(rows) else 4
    raw = phones[rows].astype(f"S{width}").view(np.uint8).reshape(len(rows), width)
    kind = np.where(np.arange(width) < lengths[rows][:, None], _CHAR_CLASS[raw], _SEPARATOR_CLASS)
    keep = kind != _SEPARATOR_CLASS
    # each kept character moves to its rank among the kept ones; the others to a spare column
    rank = np.cumsum(keep, axis=1, dtype=np.int8) - 1
    rank[~keep] = width
    spread = np.zeros((len(rows), width + 1), dtype=np.uint8)
    spread.ravel()[(np.arange(len(rows)) * (width + 1))[:, None] + rank] = raw
    clean = spread[:, :width]
    allowed = (kind != 0).all(axis=1) & ~(clean[:, 1:] == ord("+")).any(axis=1)
    # "00" counts as "+" only where the text (after spaces) starts with it, as in to_e164
    lead = np.argmax(raw != ord(" "), axis=1)
    two = np.take_along_axis(raw, np.minimum(lead[:, None] + np.arange(2), width - 1), axis=1)
    double_zero = (two == ord("0")).all(axis=1) & (lead + 1 < lengths[rows])
    return rows, clean, keep.sum(axis=1), allowed, double_zero


def _surely_valid_block(phones: np.ndarray, regions: np.ndarray) -> np.ndarray:
    """:func:`_surely_valid_column` of a block of rows, step by step as :func:`_surely_valid`."""
    ok = np.zeros(len(phones), dtype=bool)
    rows, clean, size, good, double_zero = _cleaned(phones)
    if not len(rows):
        return ok
    # a leading "00" is read as "+"; then _SIMPLE: \+?[0-9]{4,17}
    start = np.where(clean[:, 0] == ord("+"), 1, np.where(double_zero, 2, 0))
    good &= (size - start >= 4) & (size - start <= 17)
    international = start > 0
    # international: the country calling code is the shortest known head of the digits (codes
    # are prefix-free), the number is read in the code's main region
    head = np.take_along_axis(clean, np.minimum(start[:, None] + np.arange(3), clean.shape[1] - 1), axis=1)
    head = head.astype(np.int64) - ord("0")
    heads = np.stack([head[:, 0], head[:, 0] * 10 + head[:, 1], head[:, 0] * 100 + head[:, 1] * 10 + head[:, 2]],
                     axis=1)
    known = _country_code_table()[np.clip(heads, 0, 999)] & (head[:, :1] > 0)
    code_width = np.where(known[:, 0], 1, np.where(known[:, 1], 2, np.where(known[:, 2], 3, 0)))
    good &= ~international | (code_width > 0)
    nsn_start = start + np.where(international, code_width, 0)
    region = regions[rows].copy()
    abroad = np.flatnonzero(international & good)
    for code, where in _groups(heads[abroad, code_width[abroad] - 1]):
        region[abroad[where]] = _regions_of_code(int(code))[0]
    # national: read in the record's region
    national = np.flatnonzero(good & ~international)
    is_text = np.fromiter(map(isinstance, region[national], repeat(str)), dtype=bool, count=len(national))
    good[national[~is_text]] = False
    national = national[is_text]
    zero = np.zeros(len(national), dtype=np.int64)
    texts = _tails(clean[national], zero)
    for name, where in _groups(region[national]):
        mine, rules = national[where], _ascii_rules(name)
        if rules is None:
            good[mine] = False
            continue
        if rules.international_prefix is not None:  # the region's own (JP 010, US 011): the library's
            good[mine] &= ~_matches(rules.international_prefix, texts[where])
        if rules.national_prefix is None:
            continue
        if rules.national_prefix_pattern is None:
            strip = _starts_with(clean[mine], zero[where], size[mine], rules.national_prefix)
        else:  # strip only where the library's own pattern takes exactly the plain prefix
            strip = np.fromiter(map(_takes_plain_prefix, map(rules.national_prefix_pattern.match, texts[where]),
                                    repeat(rules.national_prefix)), dtype=bool, count=len(where))
        nsn_start[mine[strip]] = len(rules.national_prefix)
    # the national significant number against the region's metadata: lengths, then pattern
    candidates = np.flatnonzero(good)
    nsn_size = size[candidates] - nsn_start[candidates]
    for name, where in _groups(region[candidates]):
        mine, rules = candidates[where], _ascii_rules(name)
        if rules is None:
            good[mine] = False
            continue
        fits = np.isin(nsn_size[where], rules.lengths)
        if rules.national_prefix is not None:  # a national prefix after the country code: the library's
            fits &= ~(international[mine] & _starts_with(clean[mine], nsn_start[mine], nsn_size[where],
                                                         rules.national_prefix))
        test = where[fits]
        fits[fits] = _matches(rules.number, _tails(clean[candidates[test]], nsn_start[candidates[test]]),
                              "fullmatch")
        good[mine] = fits
    ok[rows[good]] = True
    return ok


def _surely_valid_column(phones: np.ndarray, regions: np.ndarray) -> np.ndarray:
    """Per value, what :func:`_surely_valid` answers, or False where only the library can tell.

    ASCII text of up to ``_WIDTH`` characters is judged here, the rest is left to the library
    (which is never wrong: this path only ever accepts). The tests compare it with
    :func:`_surely_valid` on many random numbers.
    """
    phones, regions = np.asarray(phones, dtype=object), np.asarray(regions, dtype=object)
    ok = np.zeros(len(phones), dtype=bool)
    for start in range(0, len(phones), _BLOCK):
        ok[start:start + _BLOCK] = _surely_valid_block(phones[start:start + _BLOCK], regions[start:start + _BLOCK])
    return ok


def _library_verdicts(phones: np.ndarray, regions: np.ndarray) -> list[bool]:
    """Per row, whether the library finds a possible number; asked once per distinct pair
    (failing rows often repeat a value: "12", "n/a", "-")."""
    verdicts: dict = {}
    out = []
    for phone, region in zip(phones, regions):
        try:
            verdict = verdicts[phone, region]
        except KeyError:
            verdict = verdicts[phone, region] = to_e164(phone, region) is not None
        except TypeError:  # not hashable: not text either, so no phone
            verdict = to_e164(phone, region) is not None
        out.append(verdict)
    return out


def are_normalisable(phones: pd.Series, regions: pd.Series) -> pd.Series:
    """Per row, whether the phone can be written in E.164 (nulls and blank text count as passing:
    absence is another expectation's business)."""
    values, region_values = phones.to_numpy(dtype=object), regions.to_numpy(dtype=object)
    present = phones.notna().to_numpy().copy()
    text = np.flatnonzero(present)
    text = text[np.fromiter(map(isinstance, values[text], repeat(str)), dtype=bool, count=len(text))]
    present[text] = np.fromiter(map(bool, map(str.strip, values[text])), dtype=bool, count=len(text))
    ok = ~present
    idx = np.flatnonzero(present)
    if len(idx):
        fast = _surely_valid_column(values[idx], region_values[idx])
        ok[idx[fast]] = True
        slow = idx[~fast]
        ok[slow] = _library_verdicts(values[slow], region_values[slow])
    return pd.Series(ok, index=phones.index)
