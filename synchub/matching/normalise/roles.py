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
import unicodedata

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series, as_text, distinct_texts, spread

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "holding": ("holding", "holdings", "beteiligungs", "beteiligungsgesellschaft", "控股", "ホールディングス"),
    "group": ("group", "groupe", "gruppe", "grupo", "gruppo", "集团", "集團", "グループ"),
}
"""Words (folded) that give a company its role in a group, in the languages our users write."""


def _patterns() -> list[tuple[str, re.Pattern]]:
    """Per role, its words; a Latin word must not run on into a letter after it (the letter
    before is checked on each hit: a look-behind would slow the search over all names)."""
    out = []
    for role, words in ROLE_WORDS.items():
        latin = [w for w in words if w.isascii()]
        cjk = [w for w in words if not w.isascii()]
        parts = [rf"(?:{'|'.join(map(re.escape, latin))})(?![^\W\d_])"] if latin else []
        parts += [re.escape(w) for w in cjk]
        out.append((role, re.compile("|".join(parts))))
    return out


_PATTERNS = _patterns()


def _roles(texts: list[str | None]) -> list[str | None]:
    """The roles of distinct names: NFKC (where not ASCII), all names joined (one line a
    name) and lower-cased at once, each role's words searched once over the whole text."""
    lines = ["" if t is None else t if t.isascii() else unicodedata.normalize("NFKC", t) for t in texts]
    joined = "\n".join(lines)
    if joined.count("\n") != len(lines) - 1:  # a name with a line break in it
        joined = "\n".join(line.replace("\n", " ") for line in lines)
    joined = joined.casefold()  # may change lengths, not lines
    line_ends = np.flatnonzero(np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32) == ord("\n"))
    found: dict[int, list[str]] = {}
    for role, pattern in _PATTERNS:
        hits = [m.start() for m in pattern.finditer(joined)
                if not m.group(0).isascii() or m.start() == 0 or not joined[m.start() - 1].isalpha()]
        for line in np.unique(np.searchsorted(line_ends, hits)).tolist():
            found.setdefault(line, []).append(role)
    out: list[str | None] = ["none"] * len(texts)
    for line, roles in found.items():
        out[line] = "+".join(sorted(roles))
    for i, t in enumerate(texts):
        if t is None or not t or t.isspace():
            out[i] = None
    return out


def company_role(value: str | None) -> str | None:
    """The roles of one company name (see the module doc)."""
    return _roles([as_text(value)])[0]


def company_roles(values: pd.Series) -> pd.Series:
    """:func:`company_role` of each name (on the distinct values); same index."""
    series = as_series(values)
    codes, texts = distinct_texts(series)
    return pd.Series(spread(codes, _roles(texts)), index=series.index, dtype=object)
