"""Folding text for comparison: one spelling for what people write in many ways.

:func:`fold` on one value, step by step:

1. Unicode NFKC: full-width letters, digits, brackets and spaces become their ASCII forms
   ("ＡＢＣ１２３" -> "ABC123", "（" -> "("), "㈱" -> "(株)", ligatures are split.
2. casefold (lower case for every script; "ß" -> "ss").
3. Accents of Latin, Greek and Cyrillic letters are dropped ("Müller" -> "muller", "Société" ->
   "societe"): systems that cannot store them write the bare letter, and a match must not hinge
   on it. Only the combining marks U+0300-U+036F go; the Japanese voicing marks (ガ) and the
   vowel signs of Indic scripts stay.
4. "&" becomes " and " ("Smith & Sons" = "Smith and Sons"); "und", "et" are left alone.
5. Apostrophes are dropped, joining the word ("McDonald's" -> "mcdonalds", "Xi'an" -> "xian").
6. The dots of a dotted abbreviation are dropped ("G.m.b.H." -> "gmbh", "S.A." -> "sa").
7. Every other punctuation, symbol, control or space character becomes a space; letters,
   digits and combining marks of every script stay (CJK characters included).
8. Runs of spaces collapse to one; leading and trailing spaces go.
9. A space next to a Chinese or Japanese character goes ("北京 星辰 科技" -> "北京星辰科技",
   "北京 KDX 科技" -> "北京kdx科技"): these scripts do not separate words by spaces, so a space
   there is noise.

An empty result is None.

:func:`fold_text` does the same on a column, fast: steps 1-3 run per distinct value (and only
where a value is not ASCII), steps 4-9 on all distinct values joined into one text, ASCII ones
as bytes, so that the regular expressions run once over the whole column.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series, as_text, distinct_texts, spread

CJK = "\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
"""A regex character-class body of the Chinese characters, kana and the iteration marks 々 〆."""

_LATIN_MARKS = re.compile("[\u0300-\u036f]+")
# letters that may carry such a mark: Latin-1, Latin Extended, Greek, Cyrillic (and a bare mark)
_ACCENTED = re.compile("[\u00c0-\u024f\u0300-\u03ff\u0400-\u04ff\u1e00-\u1fff]")


@cache
def _punctuation_class() -> str:
    """A regex character-class body of what step 7 makes a space: the characters of Unicode
    categories P (punctuation), S (symbols), Z (separators) and C (control, format, unassigned,
    private use) in the BMP, with the emoji planes; "\\n" excepted, it separates values."""
    ranges, start = [], None
    for code in range(0x10000):
        is_gap = unicodedata.category(chr(code))[0] in "PSZC" and code != 0x0A
        if is_gap and start is None:
            start = code
        elif not is_gap and start is not None:
            ranges.append((start, code - 1))
            start = None
    if start is not None:
        ranges.append((start, 0xFFFF))
    ranges.append((0x1F000, 0x1FAFF))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


# Steps 4-9 over joined text, one value per line: (pattern, replacement) in order, compiled for
# str (any script) and for bytes (ASCII values). A dotted abbreviation: a dot between single
# letters (which keeps "co.ltd" and "st.mary" apart as words).
_ABBREVIATION_DOT = r"\.(?<=(?<![a-z0-9])[a-z]\.)(?=[a-z](?![a-z0-9]))"


@cache
def _str_steps() -> list[tuple[re.Pattern, str]]:
    return [
        (re.compile("&"), " and "),
        (re.compile("['`\u00b4\u2018\u2019\u02bc]"), ""),
        (re.compile(_ABBREVIATION_DOT), ""),
        (re.compile(f"[{_punctuation_class()}]+"), " "),
        (re.compile("  +"), " "),
        # a space next to a CJK character (a literal first: the scan for it is fast)
        (re.compile(f" (?:(?=[{CJK}])|(?<=[{CJK}] ))"), ""),
    ]


_BYTES_ABBREVIATION_DOT = re.compile(_ABBREVIATION_DOT.encode())
_BYTES_GAPS = bytes(c if chr(c).isalnum() or c == 0x0A else 0x20 for c in range(128)) + b" " * 128
_BYTES_SPACES = re.compile(rb"  +")


def prepare(value: str) -> str:
    """Steps 1-3 of :func:`fold` for one value: NFKC, casefold, Latin accents dropped
    (punctuation stays). ASCII needs none of them but lower case, which :func:`fold_prepared`
    does for all ASCII values at once; such a value is returned as it is."""
    return value if value.isascii() else prepare_many([value])[0]


def prepare_many(values: list[str | None]) -> list[str | None]:
    """:func:`prepare` of each value; the NFKC check and casefold run once over all values."""
    out = list(values)
    at = [i for i, v in enumerate(values) if v is not None and not v.isascii()]
    if not at:
        return out
    texts = [values[i] for i in at]
    if not unicodedata.is_normalized("NFKC", "\n".join(texts)):  # full-width, ligatures, ㈱ ...
        texts = [unicodedata.normalize("NFKC", t) for t in texts]
    # casefold writes "İ" as "i" and a combining dot, the one mark NFKC does not compose again
    texts = "\n".join(texts).casefold().replace("i\u0307", "i").split("\n")
    for i, text in zip(at, texts):
        if _ACCENTED.search(text) and not unicodedata.is_normalized("NFKD", text):
            text = unicodedata.normalize("NFKC", _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text)))
        out[i] = text
    return out


def _joined(values: list[str]) -> str:
    """The values as one text, one per line (a line break inside a value becomes a space)."""
    text = "\n".join(values)
    if text.count("\n") != len(values) - 1:
        text = "\n".join(v.replace("\n", " ") for v in values)
    return text


def _fold_ascii(values: list[str]) -> list[str]:
    data = _joined(values).encode("ascii").lower()
    data = _BYTES_ABBREVIATION_DOT.sub(b"", data.replace(b"&", b" and "))
    data = _BYTES_SPACES.sub(b" ", data.translate(_BYTES_GAPS, b"'`"))
    return data.replace(b" \n", b"\n").replace(b"\n ", b"\n").strip(b" ").decode("ascii").split("\n")


def _fold_unicode(values: list[str]) -> list[str]:
    text = _joined(values)
    for pattern, replacement in _str_steps():
        text = pattern.sub(replacement, text)
    return text.replace(" \n", "\n").replace("\n ", "\n").strip(" ").split("\n")


def fold_prepared(values: list[str | None]) -> np.ndarray:
    """Steps 4-9 of :func:`fold` on values that :func:`prepare` made, as an object array (None
    stays None)."""
    lanes = np.fromiter((0 if v is None else 1 if v.isascii() else 2 for v in values), dtype=np.int8,
                        count=len(values))
    given = np.array(values, dtype=object) if len(values) else np.empty(0, dtype=object)
    out = np.full(len(values), None, dtype=object)
    for lane, fold_lane in ((1, _fold_ascii), (2, _fold_unicode)):
        at = np.flatnonzero(lanes == lane)
        if len(at):
            out[at] = fold_lane(given[at].tolist())
    out[out == ""] = None
    return out


def fold_many(values: list[str | None]) -> np.ndarray:
    """:func:`fold` of each value of a list, as an object array (None stays None)."""
    return fold_prepared(prepare_many(values))


def fold(value: str | None) -> str | None:
    """One value folded for comparison (see the module doc), or None where nothing is left.

    >>> fold("  Ｍüller & Söhne G.m.b.H. "), fold("北京 星辰（科技）"), fold("---")
    ('muller and sohne gmbh', '北京星辰科技', None)
    """
    return fold_many([as_text(value)])[0]


def fold_text(values: pd.Series) -> pd.Series:
    """Each value folded for comparison (see the module doc); None where there is nothing.

    Same index as ``values``; a number is folded as its digits, anything else that is not text
    (a date, a list) is None.
    """
    series = as_series(values)
    codes, texts = distinct_texts(series)
    return pd.Series(spread(codes, fold_many(texts)), index=series.index, dtype=object)

