"""Street addresses for comparison: one folded text, the house number, its numbers, the set of tokens.

``text`` is the folded address (:mod:`~synchub.matching.normalise.text`) with the common
abbreviations written out one way (:data:`STREET_WORDS`: "St" -> street, "Rd" -> road,
"Str." / "Straße" -> strasse, also glued: "Hauptstr." -> "hauptstrasse", "bd" -> boulevard, "No."
before a number dropped). Japanese 1丁目2番3号 is written 1-2-3 as in 芝浦1-2-3; Chinese 路, 街, 号
stay. ``house_number`` is the first number-like token: "12", "12a", "1-2-3", "88" of "88号".
``numbers`` are all its number-like tokens, distinct, sorted and joined by spaces: "Room 1901,
19F, 249 Chaoyang North Rd." and 朝陽北路249號19樓1901室 both give "1901 19 249" sorted; two
addresses that share no number are two addresses, in any script.
``tokens`` are the distinct tokens of ``text``, sorted and joined by spaces, for token-set
comparisons (a Chinese or Japanese run without spaces is one token).

An abbreviation is expanded the same way wherever it stands: "St Mary Road" becomes "street mary
road" on both records that write it, which is what a comparison needs. In French-speaking
countries (:data:`FRENCH_SPEAKING`) "st" and "ste" are saint and sainte instead.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series, spread
from synchub.matching.normalise.text import fold_prepared, prepare_many
from synchub.matching.normalise.tries import trie_pattern

COLUMNS = ("text", "house_number", "numbers", "tokens")

STREET_WORDS: dict[str, str] = {
    # English
    "st": "street", "str": "strasse", "rd": "road", "ave": "avenue", "av": "avenue", "blvd": "boulevard",
    "bd": "boulevard", "bld": "boulevard", "boul": "boulevard", "dr": "drive", "ln": "lane", "ct": "court",
    "pl": "place", "sq": "square", "hwy": "highway", "pkwy": "parkway", "cres": "crescent", "ter": "terrace",
    "ste": "suite", "fl": "floor", "apt": "apartment", "bldg": "building", "rm": "room", "dist": "district",
    "n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast", "nw": "northwest",
    "se": "southeast", "sw": "southwest",
    # French
    "fbg": "faubourg", "imp": "impasse", "chem": "chemin", "rte": "route",
    # "No. 88", "Nr. 5", "#300": the word goes, the number stays
    "no": "", "nr": "", "nº": "", "num": "",
}
"""Abbreviation -> the one spelling that ``text`` uses ("" drops the word)."""

FRENCH_SPEAKING: frozenset[str] = frozenset({"FR", "BE", "LU", "MC", "CH"})
_FRENCH_WORDS = {**STREET_WORDS, "st": "saint", "ste": "sainte", "r": "rue"}

# 七丁目, 二十三番: kanji numerals before a block word, in digits (up to 99)
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_KANJI_NUMBER = re.compile("([〇一二三四五六七八九十]{1,3})(?=丁目|番地|番|号)")
# 芝浦1丁目2番3号, 1丁目2番地3, 1丁目2番 -> 1-2-3, 1-2
_CHOME = re.compile(r"(\d+)丁目(\d+)番地?(?:(\d+)号?)?")
_DASHES = re.compile(r"(?<=\d)[\u2010-\u2015\u2212\u30fc\uff0d](?=\d)")  # ‐ – — − ー between digits
# the first number-like token: digits (with dashes between groups, Japanese style), and at most
# one letter after them ("12a"); not inside a word or a postcode ("SW1A", "B2")
_HOUSE_NUMBER = r"(?<![a-z0-9])(\d+(?:-\d+){0,3})([a-z])?(?![a-z0-9])"
# on addresses joined, each opened by "\x02": one match per address, its first number or nothing
_FIRST_HOUSE_NUMBER = re.compile(f"\x02(?:[^\x02]*?{_HOUSE_NUMBER})?")
_NUMBERS = re.compile(_HOUSE_NUMBER)
_GLUED_STRASSE = re.compile(r"(?<=[a-z])str\b")


@cache
def _words_pattern(french: bool) -> tuple[re.Pattern, dict[str, str]]:
    words = _FRENCH_WORDS if french else STREET_WORDS
    return re.compile(r"\b(?:" + trie_pattern(words) + r")\b"), words


def _expand(folded: list[str | None], french: bool) -> list[str | None]:
    """Each folded address with its abbreviations written out (all at once: one text, one regex)."""
    at = [i for i, text in enumerate(folded) if text]
    if not at:
        return list(folded)
    pattern, words = _words_pattern(french)
    text = "\n".join(folded[i] for i in at)
    text = _GLUED_STRASSE.sub("strasse", text)
    text = pattern.sub(lambda m: words[m.group()], text)
    text = re.sub(r"  +", " ", text).replace(" \n", "\n").replace("\n ", "\n").strip(" ")
    out = list(folded)
    for i, line in zip(at, text.split("\n")):
        out[i] = line or None
    return out


def _parts(texts: list[str | None], french: bool) -> tuple[list, list, list]:
    prepared = prepare_many(texts)
    at = [i for i, t in enumerate(prepared) if t is not None and not t.isascii()]
    if at:  # Japanese block numbers and dashes, on all non-ASCII addresses at once
        joined = "\n".join(prepared[i] for i in at)
        joined = _KANJI_NUMBER.sub(_kanji_number, joined)
        if "丁目" in joined:
            joined = _CHOME.sub(_chome, joined)
        for i, text in zip(at, _DASHES.sub("-", joined).split("\n")):
            prepared[i] = text
    house = _house_numbers(prepared)
    numbers = _all_numbers(prepared)
    text = _expand(fold_prepared(prepared).tolist(), french)
    # one token (a Chinese or Japanese address is mostly one run) is its own token set
    tokens = [t if t is None or " " not in t else " ".join(sorted(set(t.split(" ")))) for t in text]
    return text, house, numbers, tokens


def _kanji_number(m: re.Match) -> str:
    """七 -> 7, 十二 -> 12, 二十三 -> 23; anything else (十十) stays as it is."""
    text = m.group(1)
    tens, _, ones = text.partition("十")
    if "十" not in text:
        return str(_KANJI_DIGITS[text]) if len(text) == 1 else text
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return text
    return str((_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0))


def _chome(m: re.Match) -> str:
    return "-".join(g for g in m.groups() if g)


def _house_numbers(prepared: list[str | None]) -> list[str | None]:
    """The first number-like token of each address (one regex over all of them: each line
    gives one match, the first number or nothing)."""
    joined = "\x02".join([t or "" for t in prepared]).lower()
    if joined.count("\x02") != len(prepared) - 1:  # a control character inside a value
        joined = "\x02".join([(t or "").replace("\x02", " ") for t in prepared]).lower()
    found = _FIRST_HOUSE_NUMBER.findall("\x02" + joined)
    return [None if t is None or not number else number + letter for t, (number, letter) in zip(prepared, found)]


def numbers(values: pd.Series) -> pd.Series:
    """Every number-like token of each text, as ``numbers`` of :func:`addresses` (distinct, sorted,
    joined by spaces; None where there is none): the numbers of a company name, "Wing On Printing
    (6) Ltd" 6, "Westra Supplies No. 2 Inc" 2. Same index as ``values``."""
    series = as_series(values)
    codes, uniques = pd.factorize(series.to_numpy(dtype=object))
    found = _all_numbers(prepare_many([v if isinstance(v, str) else None for v in uniques.tolist()]))
    return pd.Series(spread(codes, np.array(found, dtype=object)), index=series.index, dtype=object)


def _all_numbers(prepared: list[str | None]) -> list[str | None]:
    """Every number-like token of each address without its letter ("12a" is 12, a floor "19F" is
    19, as 19樓 is; the parts of a Japanese 1-2-3 one by one), distinct and sorted, joined by
    spaces; None where it has none."""
    out: list[str | None] = []
    for text in prepared:
        found = _NUMBERS.findall(text.lower()) if text else ()
        # a Japanese block number's parts count one by one: 7-25-14 is 七丁目25番14号
        out.append(" ".join(sorted({part for number, _ in found for part in number.split("-")})) or None)
    return out


def addresses(values: pd.Series, countries: pd.Series | None = None) -> pd.DataFrame:
    """Per address its ``text``, ``house_number`` and ``tokens`` (see the module doc); None in all
    three where there is no address. ``countries`` (ISO alpha-2 per row, optional) picks the
    French reading of "st". Same index as ``values``."""
    series = as_series(values)
    n = len(series)
    codes, uniques = pd.factorize(series.to_numpy(dtype=object))
    french = (np.zeros(n, dtype=bool) if countries is None
              else np.isin(as_series(countries).to_numpy(dtype=object), list(FRENCH_SPEAKING)))
    # distinct (address, French or not) pairs
    pair = np.where(codes < 0, -1, codes.astype(np.int64) * 2 + french)
    pair_codes, pairs = pd.factorize(pair)
    columns = [np.full(len(pairs), None, dtype=object) for _ in COLUMNS]
    for is_french in (False, True):
        at = np.flatnonzero((pairs >= 0) & (pairs % 2 == is_french))
        if not len(at):
            continue
        texts = [v if isinstance(v, str) else None for v in uniques[pairs[at] // 2].tolist()]
        for column, part in zip(columns, _parts(texts, is_french)):
            column[at] = part
    return pd.DataFrame({name: spread(pair_codes, column) for name, column in zip(COLUMNS, columns)},
                        index=series.index, columns=list(COLUMNS), dtype=object)


def address(value: str | None, country: str | None = None) -> tuple[str | None, str | None, str | None, str | None]:
    """(text, house_number, numbers, tokens) of one address, as :func:`addresses` makes them.

    >>> address("Hauptstr. 5a")
    ('hauptstrasse 5a', '5a', '5', '5a hauptstrasse')
    """
    frame = addresses(pd.Series([value], dtype=object), pd.Series([country], dtype=object))
    return tuple(frame.iloc[0])
