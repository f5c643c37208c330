"""Phone numbers in E.164 (``+861012345678``), with the semantics of the ``phonenumbers`` library.

A number written with ``+`` or ``00`` and a country calling code is international; any other is
read in the record's region (its ISO alpha-2 country), which strips the region's national
(trunk) prefix: 0 in CN, DE, FR, GB, JP, 1 in US. Separators, a "(0)" after the country code and
an extension ("ext. 12", "x12"; in Chinese and Japanese 转 12, 分机 12, 内线 12, 内線 12) do not
count. A number that is none as written, but is one without a last group of up to five digits
after a dash ("(312) 848-6050-237", "01 46 11 90 22-145"), is that number: the group is its
extension. A number is kept when the library finds it
*possible* (a known country code and a national number of a length that country uses), as
:func:`synchub.quality.phones.to_e164` decides; anything else (a region of None and a national
number, "n/a", "12") is None.

The library costs ~35 us a number, too much for a million, so :func:`phones_e164` reads the
common case itself, with the library's own metadata, and asks the library (once per distinct
number and region) only for what it leaves:

1. The numbers that are ASCII digits with the separators " -()./", a leading "+" or "00" and
   maybe an extension are cleaned at once, as bytes, into a digit matrix.
2. International: the country code is the shortest known head (codes are prefix-free); the
   national number is read in the code's main region (US for +1).
3. National: a number that starts with the region's international prefix (JP 010, US 011) or
   with its country code is the library's to judge; the national prefix is stripped where the
   library's own pattern takes exactly the plain prefix (a carrier code is the library's).
4. A national prefix after a country code ("+49 (0)30 ...") is stripped as the library does.
   The library keeps a prefix where the number without it is not "viable" but the number with
   it is; that can only happen where the region's number pattern may start with the prefix's
   digit (:func:`_may_start_with`, read off the pattern itself), and then the pattern decides.
5. The national number must have a length the region and the main region of its country code
   allow (local-only lengths do not count), or the library decides.

Whatever steps 1-5 accept is what the library would say, and so is what they reject as surely
no number (a national number without a region, a clean number of a length the region does not
know with or without its prefix); the tests compare both with the library on many random
numbers of each notation. The rest goes to :func:`phone_e164`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series, spread, texts_of
from synchub.quality.phones import to_e164

_WIDTH = 24
"""Cleaned numbers longer than this ("+" and 23 digits) are the library's (it allows 17 digits)."""
_KEYED_WIDTH = 6
"""Patterns that read at most this many leading digits are evaluated per distinct head; longer
ones per number (their heads hardly repeat)."""

# an extension at the end, as the library reads one: "ext. 12", "extension 12", "x12", "#12"
_EXTENSION = re.compile(rb"(?im)[ \t,;]*(?:ext(?:ension)?\.?|x|#)[ \t.:]*[0-9]{1,7}#?[ \t]*$")
# the words Chinese and Japanese records write before an extension: read as "ext."
_LOCAL_EXTENSION = re.compile(r"[ \t,;]*(?:转|轉|分机|分機|内线|內線|内線|内线号)[ \t.:：]*(?=[0-9０-９]{1,7}[ \t]*$)")
# "... 848-6050-237": a last group after a dash, for a number that is none with it
def _with_local_extension(text: str) -> str:
    """``text`` with a Chinese or Japanese extension word read as "ext." (转 12 -> ext. 12)."""
    return text if text.isascii() else _LOCAL_EXTENSION.sub(" ext. ", text)


_DASH_EXTENSION = re.compile(r"^(.*\d)[ \t]*[-\u2010-\u2015][ \t]*\d{1,5}[ \t]*$")
_LEADING_00 = re.compile(rb"(?m)^ *00")  # as to_e164: "00" counts as "+" at the start only
_SEPARATORS = b" -()./"


class _Rules(NamedTuple):
    """A region's metadata as the fast path uses it."""

    country_code: str
    national_prefix: str | None
    prefix_pattern: re.Pattern | None
    """The library's national_prefix_for_parsing (bytes), None where it is the plain prefix."""
    international: re.Pattern | None
    """The region's international (IDD) prefix, bytes."""
    lengths: np.ndarray
    """``lengths[n]``: whether a national number of n digits is possible (of every region the
    number is checked in, local-only lengths excluded)."""
    any_lengths: np.ndarray
    """``any_lengths[n]``: whether n digits are possible or local-only in the region or its main
    region; a number neither with nor without its prefix of such a length is surely not one."""
    viable: re.Pattern
    """The national number pattern (bytes, full match)."""
    prefix_may_be_viable: bool
    """Whether a number that starts with the national prefix may still match ``viable``."""


def _metadata(region: str):
    import phonenumbers

    return phonenumbers.PhoneMetadata.metadata_for_region(region, None)


@cache
def _main_region(country_code: int) -> str | None:
    import phonenumbers

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    return regions[0] if regions else None


@cache
def _country_code_table() -> np.ndarray:
    """``table[n]``: whether n (1-999) is a country calling code."""
    import phonenumbers

    table = np.zeros(1000, dtype=bool)
    table[list(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)] = True
    return table


def _may_start_with(pattern: str, digit: str) -> bool:
    """Whether a match of ``pattern`` may start with ``digit``; True where it cannot tell.

    Reads the parsed pattern (``re._parser``): the metadata's patterns are alternations,
    digit classes and repeats, whose first characters are plain to see.
    """
    from re import _constants as c
    from re import _parser

    def first(items) -> tuple[set[str] | None, bool]:
        """(characters a match of ``items`` may start with or None for any, may it be empty)"""
        out: set[str] = set()
        for op, arg in items:
            if op is c.LITERAL:
                chars, empty = {chr(arg)}, False
            elif op is c.IN:
                if any(o is c.NEGATE for o, _ in arg):
                    return None, False
                chars, empty = set(), False
                for o, a in arg:
                    if o is c.LITERAL:
                        chars.add(chr(a))
                    elif o is c.RANGE:
                        chars.update(map(chr, range(a[0], a[1] + 1)))
                    else:  # a category: \d or another
                        return None, False
            elif op is c.BRANCH:
                chars, empty = set(), False
                for branch in arg[1]:
                    sub, sub_empty = first(branch)
                    if sub is None:
                        return None, False
                    chars |= sub
                    empty |= sub_empty
            elif op is c.SUBPATTERN:
                chars, empty = first(arg[-1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                chars, empty = first(arg[2])
                empty = empty or arg[0] == 0
            elif op is c.AT:
                chars, empty = set(), True
            else:
                return None, False
            if chars is None:
                return None, False
            out |= chars
            if not empty:
                return out, False
        return out, True

    chars, _ = first(_parser.parse(pattern))
    return chars is None or digit in chars


@cache
def _rules(region: str) -> _Rules | None:
    """The fast path's rules of a region; None where it has no metadata or non-ASCII patterns."""
    meta = _metadata(region)
    if meta is None or not meta.general_desc.national_number_pattern or meta.country_code is None:
        return None
    main = _metadata(_main_region(meta.country_code) or region) or meta
    lengths = np.zeros(_WIDTH + 1, dtype=bool)
    allowed = set(meta.general_desc.possible_length or ()) & set(main.general_desc.possible_length or ())
    allowed -= set(meta.general_desc.possible_length_local_only or ()) | set(
        main.general_desc.possible_length_local_only or ())
    lengths[[n for n in allowed if 0 < n <= _WIDTH]] = True
    any_lengths = np.zeros(_WIDTH + 1, dtype=bool)
    for desc in (meta.general_desc, main.general_desc):
        any_lengths[[n for n in (*(desc.possible_length or ()), *(desc.possible_length_local_only or ()))
                     if 0 < n <= _WIDTH]] = True
    prefix = meta.national_prefix or None
    parsing = meta.national_prefix_for_parsing
    general = meta.general_desc.national_number_pattern
    try:
        return _Rules(
            country_code=str(meta.country_code),
            national_prefix=prefix,
            prefix_pattern=(None if not parsing or parsing == prefix else re.compile(parsing.encode("ascii"))),
            international=re.compile(meta.international_prefix.encode("ascii")) if meta.international_prefix else None,
            lengths=lengths,
            any_lengths=any_lengths,
            viable=re.compile(general.encode("ascii")),
            prefix_may_be_viable=bool(prefix) and _may_start_with(general, prefix[0]),
        )
    except UnicodeEncodeError:
        return None


@cache
def _head_width(pattern: str) -> int | None:
    """How many leading characters a match of ``pattern`` can depend on at most, or None
    (unbounded, or a lookaround that may look further). Where it is K, the match of a number is
    that of its first K digits, with one more character standing for "the number goes on"."""
    from re import _parser

    if any(look in pattern for look in ("(?=", "(?!", "(?<=", "(?<!")):
        return None
    width = _parser.parse(pattern).getwidth()[1]
    return width if width <= _WIDTH else None


def _head_matches(pattern: re.Pattern, matrix: np.ndarray, lengths: np.ndarray,
                  prefix: bytes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``pattern.match`` at the start of each row of a digit matrix: per row whether it
    matches, how many digits it takes, and whether it takes exactly ``prefix`` and no group.
    A pattern that depends on a few leading digits only (:func:`_head_width`) is evaluated once
    per distinct head and length class, not once per row."""
    width = _head_width(pattern.pattern.decode("ascii"))
    if width is not None and width <= _KEYED_WIDTH:
        digits = np.where(matrix[:, :width] == 0, 0, matrix[:, :width].astype(np.int64) - 0x2F)  # 1-10, 0: none
        key = digits @ (11 ** np.arange(width - 1, -1, -1, dtype=np.int64))
        key = key * (width + 2) + np.minimum(lengths, width + 1)  # a number longer than the head: width + 1
        unique, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        texts = [matrix[j, :min(n, width)].tobytes() + (b"0" if n > width else b"")  # "0": it goes on
                 for j, n in zip(first.tolist(), lengths[first].tolist())]
    else:
        inverse = np.arange(len(matrix))
        texts = np.ascontiguousarray(matrix).view(f"S{_WIDTH}").ravel().tolist()
    found = [(m.end(), bool(prefix) and m.group(0) == prefix and not any(m.groups())) if m else (-1, False)
             for m in map(pattern.match, texts)]
    taken = np.array([f[0] for f in found], dtype=np.int64)[inverse]
    plain = np.array([f[1] for f in found], dtype=bool)[inverse]
    return taken >= 0, np.maximum(taken, 0), plain


def _starts_with(matrix: np.ndarray, lengths: np.ndarray, prefix: bytes) -> np.ndarray:
    head = np.frombuffer(prefix, dtype=np.uint8)
    return (lengths >= len(head)) & (matrix[:, :len(head)] == head).all(axis=1)


def _digit_matrix(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The cleaned numbers as a (rows, _WIDTH) byte matrix (zero padded) and their lengths
    (-1 where a value is no clean number: letters, another separator, too long)."""
    data = "\n".join(texts).encode("ascii")
    if b"x" in data or b"X" in data or b"#" in data:
        data = _EXTENSION.sub(b"", data)
    while b"\n " in data:  # leading spaces, which to_e164 strips
        data = data.replace(b"\n ", b"\n")
    data = data.lstrip(b" ")
    data = data.replace(b"\n00", b"\n+")  # as to_e164: "00" counts as "+" at the start only
    if data.startswith(b"00"):
        data = b"+" + data[2:]
    lines = data.translate(None, _SEPARATORS).split(b"\n")
    lengths = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
    matrix = np.array(lines, dtype=f"S{_WIDTH}").view(np.uint8).reshape(len(lines), _WIDTH)
    digit = (matrix >= 0x30) & (matrix <= 0x39)
    blank = matrix == 0
    plus = matrix[:, 0] == 0x2B
    ok = (digit | blank).all(axis=1) | (plus & (digit[:, 1:] | blank[:, 1:]).all(axis=1))
    ok &= (lengths >= 2 + plus) & (lengths <= _WIDTH)
    return matrix, np.where(ok, lengths, -1)


def _shifted(matrix: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Each row moved left by its offset (zero filled): the national number from column 0."""
    out = np.zeros_like(matrix)
    for k in np.unique(offset).tolist():  # a handful: 0, "+" and a code, a national prefix
        at = offset == k
        out[at, :_WIDTH - k] = matrix[at, k:]
    return out


def _decoded(matrix: np.ndarray, head: str) -> list[str]:
    """``head`` and each row's digits, as str."""
    lead = np.broadcast_to(np.frombuffer(head.encode("ascii"), dtype=np.uint8), (len(matrix), len(head)))
    joined = np.ascontiguousarray(np.concatenate([lead, matrix], axis=1))
    texts = joined.view(f"S{joined.shape[1]}").ravel().tolist()  # numpy drops the zero padding
    return b"\n".join(texts).decode("ascii").split("\n")


def _fast_e164(texts: list[str], regions: list[str | None]) -> tuple[np.ndarray, np.ndarray]:
    """E.164 of each number that steps 1-5 of the module doc accept, and whether the fast path
    has decided: an accepted number, or one the library surely rejects (a national number with
    no region, a clean number of no length the region knows). The undecided ones are the
    library's (an unknown country code among them: after "+" the library may still find the
    region's international prefix, "+011 52 ...")."""
    n = len(texts)
    out = np.full(n, None, dtype=object)
    decided = np.zeros(n, dtype=bool)
    matrix, lengths = _digit_matrix(texts)
    good = lengths > 0
    international = good & (matrix[:, 0] == 0x2B)
    # the country code: the shortest known head of the digits after "+"
    d = matrix[:, 1:4].astype(np.int64) - 0x30
    heads = np.stack([d[:, 0], d[:, 0] * 10 + d[:, 1], d[:, 0] * 100 + d[:, 1] * 10 + d[:, 2]], axis=1)
    known = _country_code_table()[np.clip(heads, 0, 999)] & (d[:, :1] > 0) & (d >= 0).all(axis=1)[:, None]
    width = np.where(known[:, 0], 1, np.where(known[:, 1], 2, np.where(known[:, 2], 3, 0)))
    code = np.take_along_axis(heads, np.maximum(width - 1, 0)[:, None], axis=1).ravel()
    international &= width > 0
    national = good & (matrix[:, 0] != 0x2B)
    # the region each number is read in: the main region of its country code, or the record's
    reading = np.array(regions, dtype=object)
    decided |= national & (reading == None)  # noqa: E711 (a national number needs a region)
    for c in np.unique(code[international]).tolist():
        reading[international & (code == c)] = _main_region(c)
    keys, groups = pd.factorize(reading)
    start = np.where(international, 1 + width, 0)
    for k, region in enumerate(groups.tolist()):
        rules = _rules(region) if isinstance(region, str) else None
        rows = np.flatnonzero((keys == k) & (international | national))
        if rules is None or not len(rows):
            continue
        nsn, length, local = _shifted(matrix[rows], start[rows]), lengths[rows] - start[rows], national[rows]
        special = np.zeros(len(rows), dtype=bool)  # what only the library can judge
        if local.any():
            if rules.international is not None:  # the region's own international prefix: JP 010, US 011
                hit, taken, _ = _head_matches(rules.international, nsn, length, b"")
                after = nsn[np.arange(len(rows)), np.minimum(taken, _WIDTH - 1)]
                # the library reads it as international unless a 0 follows (no country code starts so)
                special |= local & hit & ((taken >= length) | (after != 0x30))
            special |= local & _starts_with(nsn, length, rules.country_code.encode())
        prefix = (rules.national_prefix or "").encode()
        if rules.prefix_pattern is not None:
            hit, _, plain = _head_matches(rules.prefix_pattern, nsn, length, prefix)
            special |= hit & ~plain  # a carrier code or a transformed prefix
        else:
            plain = _starts_with(nsn, length, prefix) if prefix else np.zeros(len(rows), dtype=bool)
        if rules.prefix_may_be_viable and plain.any():
            # the library keeps a prefix where the number matches its pattern only with it
            for j in np.flatnonzero(plain).tolist():
                text = nsn[j, :length[j]].tobytes()
                if rules.viable.fullmatch(text) and not rules.viable.fullmatch(text[len(prefix):]):
                    special[j] = True
        cut = np.where(plain, len(prefix), 0)
        accept = ~special & rules.lengths[np.clip(length - cut, 0, _WIDTH)]
        decided[rows] |= accept | (~special & ~rules.any_lengths[np.clip(length - cut, 0, _WIDTH)]
                                   & ~rules.any_lengths[np.clip(length, 0, _WIDTH)])
        if accept.any():
            out[rows[accept]] = _decoded(_shifted(nsn[accept], cut[accept]), "+" + rules.country_code)
    return out, decided


def phone_e164(phone: str | None, region: str | None) -> str | None:
    """One number in E.164, read in ``region`` (ISO alpha-2, None: international only), or None:
    the library's answer (:func:`synchub.quality.phones.to_e164`), the reference of the fast path.

    >>> phone_e164("(010) 1234 5678", "CN"), phone_e164("+49 (0)30 123456", None), phone_e164("n/a", "DE")
    ('+861012345678', '+4930123456', None)
    """
    region = region.strip().upper() or None if isinstance(region, str) else None
    if isinstance(phone, int | np.integer) and not isinstance(phone, bool):
        phone = str(phone)
    if not isinstance(phone, str):
        return None
    phone = _with_local_extension(phone)
    found = to_e164(phone, region)
    if found is None and (head := _DASH_EXTENSION.match(phone)):
        found = to_e164(head.group(1), region)
    return found


def phones_e164(phones: pd.Series, regions: pd.Series | None) -> pd.Series:
    """Each number in E.164, read in the region of its row (ISO alpha-2; None: international
    numbers only); None where it is no possible phone number. Same index as ``phones``.

    ``regions`` is aligned with ``phones`` by position; None means no region for any row.
    """
    series = as_series(phones)
    n = len(series)
    region_values = (np.full(n, None, dtype=object) if regions is None
                     else as_series(regions).to_numpy(dtype=object))
    region_codes, region_names = pd.factorize(region_values)
    clean_regions = [r.strip().upper() or None if isinstance(r, str) else None for r in region_names.tolist()]
    region_of = spread(region_codes, clean_regions)
    # phone numbers hardly repeat, so the fast path runs on the rows, the library on distinct pairs
    values = texts_of(series)
    out = np.full(n, None, dtype=object)
    present = np.flatnonzero(pd.notna(values))
    texts = values[present].tolist()
    read = {j: _with_local_extension(text) for j, text in enumerate(texts) if not text.isascii()}
    changed = {j: text for j, text in read.items() if text != texts[j]}
    if changed:
        values = values.copy()
        for j, text in changed.items():
            texts[j] = values[present[j]] = text
    plain = np.fromiter(map(str.isascii, texts), dtype=bool, count=len(texts))
    plain &= np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) <= 40
    candidates = present[plain]
    batch = values[candidates].tolist()
    if "\n".join(batch).count("\n") != len(batch) - 1:  # a line break inside a value: the library's
        keep = np.fromiter(("\n" not in v for v in batch), dtype=bool, count=len(batch))
        candidates, batch = candidates[keep], [v for v, k in zip(batch, keep) if k]
    undecided = np.ones(n, dtype=bool)
    if len(candidates):
        out[candidates], decided = _fast_e164(batch, region_of[candidates].tolist())
        undecided[candidates[decided]] = False
    rest = np.flatnonzero(undecided & pd.notna(values)).tolist()
    asked: dict[tuple[str, str | None], str | None] = {}
    for i in rest:
        key = (values[i], region_of[i])
        if key not in asked:
            asked[key] = to_e164(*key)
        out[i] = asked[key]
    # none as written: without a last group after a dash (its extension), once per distinct pair
    for i in np.flatnonzero(pd.isna(out) & pd.notna(values)).tolist():
        head = _DASH_EXTENSION.match(values[i])
        if head:
            key = (head.group(1), region_of[i])
            if key not in asked:
                asked[key] = to_e164(*key)
            out[i] = asked[key]
    return pd.Series(out, index=series.index, dtype=object)
