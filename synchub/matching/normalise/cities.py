"""City names: folded text, with a Chinese or Japanese place in any of its written forms (北京,
北京市, Beijing, BEIJING; 横浜市, Yokohama) as its one canonical name, so that a city written in
two scripts by two systems is one value. Other cities are folded text (:func:`fold`).

    >>> city("重庆市"), city("Chongqing"), city("東京都"), city("TOKYO"), city("Köln")
    ('重庆', '重庆', '東京', '東京', 'koln')
"""

from __future__ import annotations

import pandas as pd

from synchub.matching.normalise.distinct import as_series, as_text, distinct_texts, spread
from synchub.matching.normalise.places import place_tables
from synchub.matching.normalise.text import fold_many


def _canonical(folded: list[str | None]) -> list[str | None]:
    places = place_tables().bracketed
    return [None if value is None else places.get(value, value) for value in folded]


def city(value: str | None) -> str | None:
    """One city name, canonical where it is a known Chinese or Japanese place."""
    return _canonical(list(fold_many([as_text(value)])))[0]


def cities(values: pd.Series) -> pd.Series:
    """Each city as :func:`city` does it (on the distinct values); same index, None where nothing."""
    series = as_series(values)
    codes, texts = distinct_texts(series)
    return pd.Series(spread(codes, _canonical(list(fold_many(texts)))), index=series.index, dtype=object)
