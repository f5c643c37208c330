"""City names: one value for one city, however a system writes it.

- A Chinese or Japanese place in any of its written forms (北京, 北京市, Beijing, BEIJING; 横浜市,
  Yokohama, Yokohama City, Yokohama-shi) is its one canonical name, so that a city written in two
  scripts by two systems is one value.
- A qualifier after the city goes: a US state or Canadian province code ("Dallas, TX", "Portland
  OR") and a country after a comma ("London, UK", "Lyon, France").
- A European city's other names are one: München, Muenchen and Munich; Frankfurt a.M. and
  Frankfurt am Main; "St", "Ste" and "Sankt" are written out ("St Etienne" = "Saint-Étienne").
- Other cities are folded text (:func:`fold`).

    >>> city("重庆市"), city("Chongqing"), city("東京都"), city("Kyoto City"), city("Köln")
    ('重庆', '重庆', '東京', '京都', 'koln')
    >>> city("Dallas, TX"), city("London, UK"), city("Munich"), city("Frankfurt a.M.")
    ('dallas', 'london', 'munchen', 'frankfurt am main')
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from synchub.matching.normalise.distinct import as_series, as_text, distinct_texts, spread
from synchub.matching.normalise.places import place_tables
from synchub.matching.normalise.text import fold, fold_many

US_STATES_AND_CA_PROVINCES = frozenset("""
    AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC
    ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS NT NU ON PE QC SK YT
""".split())
"""Two-letter codes written after a North American city ("Austin TX", "Toronto, ON")."""

OTHER_NAMES: tuple[tuple[str, ...], ...] = (
    ("München", "Muenchen", "Munich", "Monaco di Baviera"),
    ("Köln", "Koeln", "Cologne"),
    ("Frankfurt am Main", "Frankfurt a.M.", "Frankfurt a. M.", "Frankfurt/Main", "Frankfurt (Main)", "Frankfurt Main",
     "Frankfurt"),
    ("Nürnberg", "Nuernberg", "Nuremberg"),
    ("Hannover", "Hanover"),
    ("Düsseldorf", "Duesseldorf"),
    ("Braunschweig", "Brunswick"),
    ("Wien", "Vienna", "Vienne"),
    ("Zürich", "Zuerich", "Zurich"),
    ("Genève", "Geneva", "Genf", "Ginevra"),
    ("Bern", "Berne"),
    ("Basel", "Bâle", "Basle"),
    ("Luzern", "Lucerne"),
    ("Bruxelles", "Brussels", "Brussel", "Brüssel"),
    ("Antwerpen", "Antwerp", "Anvers"),
    ("Den Haag", "The Hague", "'s-Gravenhage", "La Haye"),
    ("Milano", "Milan", "Mailand"),
    ("Roma", "Rome", "Rom"),
    ("Torino", "Turin"),
    ("Firenze", "Florence", "Florenz"),
    ("Napoli", "Naples", "Neapel"),
    ("Venezia", "Venice", "Venedig"),
    ("Genova", "Genoa", "Genua"),
    ("Lisboa", "Lisbon", "Lissabon", "Lisbonne"),
    ("Porto", "Oporto"),
    ("Sevilla", "Seville", "Séville"),
    ("Zaragoza", "Saragossa"),
    ("Praha", "Prague", "Prag"),
    ("Warszawa", "Warsaw", "Warschau", "Varsovie"),
    ("Kraków", "Krakow", "Cracow", "Krakau"),
    ("København", "Copenhagen", "Kopenhagen", "Copenhague"),
    ("Göteborg", "Gothenburg", "Goeteborg"),
    ("Marseille", "Marseilles"),
    ("Lyon", "Lyons"),
    ("Moskva", "Moscow", "Moskau", "Moscou"),
    ("Athina", "Athens", "Athen", "Athènes"),
)
"""Each European city's names in other languages and spellings; the first one is canonical."""

_AFTER_COMMA = re.compile(r"^(.*?[^\s,])\s*,\s*([^,]+?)\s*$")
_STATE_AFTER = re.compile(r"^(.*\S)\s+([A-Z]{2})$")
# a Japanese or Chinese city romanised with its kind: "Kyoto City", "Osaka-shi", "Chengdu Shi"
_CITY_WORD = re.compile(r"^(.*\S)[\s-]+(?:city|shi)$")
_SAINT = re.compile(r"^(?:st|sankt) |(?<= )st(?= |$)")
_SAINTE = re.compile(r"^ste |(?<= )ste(?= |$)")


@cache
def _other_names() -> dict[str, str]:
    return {fold(name): fold(names[0]) for names in OTHER_NAMES for name in names}


def _unqualified(text: str) -> str:
    """The city without a state or country written after it."""
    from synchub.matching.normalise.countries import country

    found = _AFTER_COMMA.match(text)
    if found and (found.group(2).replace(".", "").upper() in US_STATES_AND_CA_PROVINCES or country(found.group(2))):
        return found.group(1)
    found = _STATE_AFTER.match(text)
    if found and found.group(2) in US_STATES_AND_CA_PROVINCES:
        return found.group(1)
    return text


def _canonical(texts: list[str | None]) -> list[str | None]:
    places, others = place_tables().bracketed, _other_names()
    out = []
    for folded in fold_many([None if t is None else _unqualified(t.strip()) for t in texts]):
        if folded is None:
            out.append(None)
            continue
        word = _CITY_WORD.match(folded)
        if word and word.group(1) in places:
            folded = word.group(1)
        if folded in places:
            out.append(places[folded])
            continue
        folded = _SAINTE.sub(lambda m: m.group(0).replace("ste", "sainte"), folded)
        folded = _SAINT.sub(lambda m: m.group(0).replace("sankt", "saint").replace("st", "saint"), folded)
        out.append(others.get(folded, folded))
    return out


def city(value: str | None) -> str | None:
    """One city name, canonical where it is a known Chinese or Japanese place."""
    return _canonical([as_text(value)])[0]


def cities(values: pd.Series) -> pd.Series:
    """Each city as :func:`city` does it (on the distinct values); same index, None where nothing."""
    series = as_series(values)
    codes, texts = distinct_texts(series)
    return pd.Series(spread(codes, _canonical(texts)), index=series.index, dtype=object)
