"""The role a company name gives its company in a group of companies: a holding, the group.

"Acme Holdings Inc", "Acme Group Ltd" and "Acme Inc" are often three companies at one address
with one e-mail domain: the role words are what tells them apart, so they are a feature of
their own (``name.role``), not noise to strip (a rules file can make two roles a conflict).
Each name gets its roles, sorted and joined with "+", or "none" (a named company with no role
word: a value, not a missing one); a missing name has no role. A branch is no role here: a
branch's name is written with and without its branch more often than not.

    >>> company_role("Acme Holdings Inc"), company_role("星辰集团有限公司"), company_role("Acme Inc")
    ('holding', 'group', 'none')
    >>> company_role("Acme Group Holding AG"), company_role("トマキマシステム 横浜支店")
    ('group+holding', 'none')
"""

from __future__ import annotations

import re

import pandas as pd

from synchub.matching.normalise.distinct import as_series, as_text, distinct_texts, spread
from synchub.matching.normalise.text import fold_many

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "holding": ("holding", "holdings", "beteiligungs", "beteiligungsgesellschaft", "控股", "ホールディングス"),
    "group": ("group", "groupe", "gruppe", "grupo", "gruppo", "集团", "集團", "グループ"),
}
"""Words (folded) that give a company its role in a group, in the languages our users write."""


def _patterns() -> list[tuple[str, re.Pattern]]:
    out = []
    for role, words in ROLE_WORDS.items():
        latin = [w for w in words if w.isascii()]
        cjk = [w for w in words if not w.isascii()]
        parts = [rf"\b(?:{'|'.join(map(re.escape, latin))})\b"] if latin else []
        parts += [re.escape(w) for w in cjk]
        out.append((role, re.compile("|".join(parts))))
    return out


_PATTERNS = _patterns()


def _roles(texts: list[str | None]) -> list[str | None]:
    out = []
    for folded in fold_many(texts):
        if folded is None:
            out.append(None)
            continue
        found = [role for role, pattern in _PATTERNS if pattern.search(folded)]
        out.append("+".join(sorted(found)) or "none")
    return out


def company_role(value: str | None) -> str | None:
    """The roles of one company name (see the module doc)."""
    return _roles([as_text(value)])[0]


def company_roles(values: pd.Series) -> pd.Series:
    """:func:`company_role` of each name (on the distinct values); same index."""
    series = as_series(values)
    codes, texts = distinct_texts(series)
    return pd.Series(spread(codes, _roles(texts)), index=series.index, dtype=object)
